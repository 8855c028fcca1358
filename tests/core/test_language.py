"""Language identification and its display: names, autonyms, direction."""

import ast
import json
import subprocess
import sys
import threading

import pytest

from support import REPO, SEEDS
from marginalia.core.language import describe_language, detect_language, normalize_tag


@pytest.mark.parametrize("prefix, tag", [("en-", "en"), ("es-", "es"), ("it-", "it"), ("pl-", "pl"), ("vi-", "vi")])
def test_detect_language_identifies_each_seed(prefix, tag):
    """Every bundled article is identified as the language it is written in."""
    path = next(SEEDS.glob(prefix + "*.txt"))
    assert detect_language(path.read_text(encoding="utf-8")) == tag


@pytest.mark.parametrize("sentence, tag", [
    ("Microsoft cung cấp cho OpenAI tài chính và sức mạnh tính toán.", "vi"),
    ("Twórcy GPT szukają niezależności od Microsoftu.", "pl"),
    ("La relación entre Microsoft y OpenAI parece cada vez más tensa.", "es"),
])
def test_detect_language_handles_single_sentences(sentence, tag):
    """Short single sentences are identified too."""
    assert detect_language(sentence) == tag


def test_detect_language_is_undetermined_without_letters():
    """Numbers or emoji alone give 'und' rather than a guess."""
    assert detect_language("12 34 🤝") == "und"


def test_describe_language_gives_name_autonym_and_direction():
    """Display label pairs the English name with the autonym; direction follows the script."""
    vi = describe_language("vi")
    assert vi.label == "Vietnamese — Tiếng Việt" and not vi.right_to_left
    assert describe_language("ar").right_to_left and describe_language("he").right_to_left
    assert not describe_language("az-Latn").right_to_left and describe_language("az-Arab").right_to_left
    assert describe_language("en").label == "English"


def test_normalize_tag_rejects_nonsense():
    """User-typed tags are normalised, and invalid ones refused."""
    assert normalize_tag("pt-br") == "pt-BR"
    with pytest.raises(ValueError):
        normalize_tag("not a tag!")


def test_language_names_are_remembered_between_runs(tmp_path):
    """Names looked up once are read back from the names file without asking langcodes."""
    from marginalia.core.language import LanguageNames

    assert describe_language("pl", LanguageNames(tmp_path / "names.json")).autonym == "polski"
    again = LanguageNames(tmp_path / "names.json")
    assert "pl" in again.known  # read from the file, not computed
    assert describe_language("pl", again).label == "Polish — polski"


_WITHOUT_NUMPY = """
import json, sys
sys.path.insert(0, {desktop!r})
sys.modules["numpy"] = None  # any import of numpy, or of py3langid, now fails
sys.modules["py3langid"] = None
from pathlib import Path
from marginalia.core.language import detect_language
tags = {{path.name: detect_language(path.read_text(encoding="utf-8")) for path in Path({seeds!r}).glob("*.txt")}}
tags["upper"] = detect_language("LA RELACIÓN ENTRE MICROSOFT Y OPENAI PARECE CADA VEZ MÁS TENSA.")
loaded = sorted(name for name, module in sys.modules.items()
                if module is not None and name.split(".")[0] in ("numpy", "py3langid"))
print(json.dumps({{"tags": tags, "loaded": loaded}}))
"""


def test_detect_language_works_without_numpy_or_py3langid_code():
    """The frozen app ships py3langid's model file but neither numpy nor py3langid's code."""
    script = _WITHOUT_NUMPY.format(desktop=str(REPO / "desktop"), seeds=str(SEEDS))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["loaded"] == []
    assert result["tags"] == {
        **{path.name: path.name[:2] for path in SEEDS.glob("*.txt")}, "upper": "es"}


def test_desktop_code_imports_neither_numpy_nor_py3langid():
    """Not even lazily, in a function: the bundle leaves numpy out."""
    offenders = []
    for path in (REPO / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            offenders += [f"{path.relative_to(REPO)}:{node.lineno} {name}" for name in names
                          if name.split(".")[0] in ("numpy", "py3langid")]
    assert offenders == []


def test_model_is_loaded_once_when_threads_race(monkeypatch):
    """Detection runs on a worker thread as well as the main one: one load, shared."""
    import marginalia.core.langid_model as langid_model
    import marginalia.core.language as language

    loads = []
    started = threading.Barrier(4)

    class SlowModel:
        def __init__(self):
            loads.append(self)
            threading.Event().wait(0.2)  # as if reading the file

        def classify(self, text):
            return "pl", 1.0

    monkeypatch.setattr(langid_model, "LangidModel", SlowModel)
    detector = language.LanguageDetector()
    results = []

    def detect(number):
        started.wait()
        results.append(detect_language(f"Tekst numer {number} do rozpoznania.", detector))

    threads = [threading.Thread(target=detect, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1 and results == ["pl"] * 4


def test_language_detectors_are_independent_objects_a_corpus_can_be_given(seed_corpus):
    """A detector made by a test (here with a fake model) is the one a Corpus given it uses;
    the installed one is not touched, and each keeps its own answers."""
    from marginalia.core.corpus import Corpus
    from marginalia.core.language import LanguageDetector
    from marginalia.core.services import CoreServices, services

    class Always:
        def classify(self, text):
            return "it", 1.0

    fake = CoreServices(detector=LanguageDetector(Always))
    entries = Corpus(seed_corpus, services=fake).entries()
    identified = [e for e in entries if e.language == "it"]
    assert identified and fake.detector is not services().detector
    assert services().detector.detect("Hello there, this is an English sentence of some length.") == "en"
