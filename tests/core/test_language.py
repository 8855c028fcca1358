"""Language identification and its display: names, autonyms, direction."""

import pytest

from support import SEEDS
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


def test_language_names_are_remembered_between_runs(tmp_path, monkeypatch):
    """Names looked up once are read back from the names file without asking langcodes."""
    import marginalia.core.language as language

    monkeypatch.setattr(language, "_known_names", {})
    language.use_names_file(tmp_path / "names.json")
    assert describe_language("pl").autonym == "polski"
    monkeypatch.setattr(language, "_known_names", {})
    language.use_names_file(tmp_path / "names.json")
    assert "pl" in language._known_names  # read from the file, not computed
    assert describe_language("pl").label == "Polish — polski"
    monkeypatch.setattr(language, "_names_file", None)
