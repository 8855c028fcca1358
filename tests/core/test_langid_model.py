"""The numpy-free language identifier agrees with py3langid, on its own model file and others."""

from __future__ import annotations

import io
import lzma
import random
import sys
import zipfile

import numpy as np
import pytest

from support import SEEDS
from marginalia.core.langid_model import LangidModel, ModelError, find_model_file

# The reference: py3langid itself (tests may import numpy; the app may not).
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from py3langid.modelio import save_model

TOLERANCE = 1e-3  # py3langid computes in float32, the pure-Python model in float64

SENTENCES = [
    "The government announced new measures today to support farmers in rural areas.",
    "Le gouvernement a annoncé aujourd'hui de nouvelles mesures pour soutenir les agriculteurs.",
    "Die Bundesregierung hat heute neue Maßnahmen zur Unterstützung der Landwirte angekündigt.",
    "O governo anunciou hoje novas medidas de apoio aos agricultores das zonas rurais.",
    "أعلنت الحكومة اليوم عن إجراءات جديدة لدعم المزارعين في المناطق الريفية.",
    "הממשלה הודיעה היום על צעדים חדשים לתמיכה בחקלאים באזורים הכפריים.",
    "Правительство сегодня объявило о новых мерах поддержки фермеров в сельских районах.",
    "Влада је данас најавила нове мере подршке пољопривредницима у сеоским крајевима.",  # sr, Cyrillic
    "Ovo je rečenica napisana srpskom latinicom, uz reči kao što su hleb, mleko i reka.",  # sr, Latin
    "Шта радиш данас? Šta radiš danas? Идемо у град. Idemo u grad.",  # both sr columns matter
    "O'zbekiston Respublikasi Markaziy Osiyoda joylashgan davlat. "
    "Ўзбекистон Республикаси Марказий Осиёда жойлашган давлат.",  # uz, also an alias
    "政府今天宣布了支持农村地区农民的新措施。",
    "政府は本日、農村地域の農家を支援する新たな措置を発表した。",
    "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των αγροτών.",
    "정부는 오늘 농촌 지역 농민을 지원하기 위한 새로운 조치를 발표했다.",
    "सरकार ने आज ग्रामीण क्षेत्रों में किसानों की सहायता के लिए नए उपायों की घोषणा की।",
    "รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรในพื้นที่ชนบทในวันนี้",
    "Hükümet bugün kırsal bölgelerdeki çiftçileri desteklemek için yeni önlemler açıkladı.",
    "Chính phủ hôm nay công bố các biện pháp mới nhằm hỗ trợ nông dân.",
    "Rząd ogłosił dziś nowe środki wsparcia dla rolników z obszarów wiejskich.",
    "THE GOVERNMENT ANNOUNCED NEW MEASURES TODAY TO SUPPORT FARMERS.",  # upper case only
    "ΑΘΗΝΑ ΕΙΝΑΙ Η ΠΡΩΤΕΥΟΥΣΑ ΤΗΣ ΕΛΛΑΔΑΣ",
    "ДОБРО ПОЖАЛОВАТЬ В МОСКВУ",
    "Cafe\u0301 de\u0301licieux, cre\u0300me bru\u0302le\u0301e a\u0300 la franc\u0327aise.",  # NFD input
    "🤝🎉😀🚀",  # emoji only
    "🤝",
    "12 34 🤝",
    "",
    " ",
    "a",
    "abc\ud800def",  # a lone surrogate
]


@pytest.fixture(scope="module")
def reference():
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.fixture(scope="module")
def model():
    return LangidModel()


def _seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def _disagreements(model, reference, texts) -> list[str]:
    problems = []
    for text in texts:
        label, probability = model.classify(text)
        expected_label, expected_probability = reference.classify(text)
        if label != expected_label or abs(probability - expected_probability) > TOLERANCE:
            problems.append(f"{text[:40]!r}: {label} {probability:.6f}, "
                            f"py3langid {expected_label} {expected_probability:.6f}")
    return problems


def test_model_file_is_py3langid_own(reference):
    """The file is found beside py3langid's code, without running that code."""
    assert find_model_file() == MODEL_DIR / MODEL_FILE


def test_agrees_with_py3langid_on_each_seed(model, reference):
    """Whole articles: same language, same probability."""
    texts = _seed_texts()
    assert len(texts) == 5
    assert _disagreements(model, reference, texts) == []


def test_agrees_with_py3langid_on_random_slices(model, reference):
    """Slices of 10 to 2,000 characters, cut anywhere, including mid-word."""
    rng = random.Random(20240611)
    texts = []
    for article in _seed_texts():
        for _ in range(60):
            length = rng.choice([rng.randint(10, 60), rng.randint(60, 400), rng.randint(400, 2000)])
            start = rng.randrange(max(1, len(article) - length))
            texts.append(article[start:start + length])
    assert _disagreements(model, reference, texts) == []


@pytest.mark.parametrize("text", SENTENCES, ids=range(len(SENTENCES)))
def test_agrees_with_py3langid_on_sentences(model, reference, text):
    """Many scripts, the aliased labels (sr, uz), upper case, NFD, emoji and empty text."""
    assert _disagreements(model, reference, [text]) == []


@pytest.mark.parametrize("data", [
    "Zażółć gęślą jaźń, powiedział.".encode(),
    "ZAŻÓŁĆ GĘŚLĄ JAŹŃ".encode()[:-1],  # a character cut in half at the end
    b"\xff\xfe not UTF-8 \xc3 at all",
    b"",
])
def test_agrees_with_py3langid_on_bytes(model, reference, data):
    """Bytes are decoded (or not) the way py3langid does."""
    assert model.classify(data)[0] == reference.classify(data)[0]
    assert model.classify(data)[1] == pytest.approx(reference.classify(data)[1], abs=TOLERANCE)


def test_probabilities_match_for_every_label(model, reference):
    """The whole distribution, not only the winner, including folded alias columns."""
    for text in ["Шта радиш данас? Šta radiš danas?", _seed_texts()[0][:700], ""]:
        ours = model.probabilities(text)
        theirs = reference._decide(text).tolist()
        assert len(ours) == len(theirs)
        assert max(abs(a - b) for a, b in zip(ours, theirs)) < TOLERANCE
        assert sum(ours) == pytest.approx(1.0)


# --- other models: little DFAs written by py3langid's own writer, and by hand -----

def _small_model(seed: int = 7):
    rng = np.random.default_rng(seed)
    features, states = 40, 60
    classes = ["aa", "bb", "aa", "cc", "dd"]  # "aa" is an alias, as sr and uz are
    ptc = np.log(rng.dirichlet(np.ones(features), size=len(classes)).T).astype(np.float16)
    pc = np.log(rng.dirichlet(np.ones(len(classes)))).astype(np.float32)
    nextmove = rng.integers(0, states, size=states * 256)
    out_feat = np.where(rng.random(states) < 0.6, rng.integers(0, features, size=states), -1)
    return ptc, pc, classes, nextmove, out_feat


def _random_texts(count: int = 40) -> list[str]:
    rng = random.Random(3)
    alphabet = "abcdefghij ĉŝ日本ДЖ!?"
    return [""] + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 200))) for _ in range(count)]


@pytest.mark.parametrize("order", ["C", "F"])
def test_agrees_with_py3langid_on_a_model_from_its_writer(tmp_path, order):
    """A model written by py3langid.modelio (uint16 DFA rows this time) reads the same,
    whether its matrix is stored row after row or column after column."""
    ptc, pc, classes, nextmove, out_feat = _small_model()
    ptc = np.asarray(ptc, order=order)
    path = tmp_path / "small.npz.xz"
    save_model(path, (ptc, pc, classes, nextmove, np.arange(len(out_feat)), out_feat))
    reference = LanguageIdentifier.from_model_file(path, norm_probs=True)
    assert _disagreements(LangidModel(path), reference, _random_texts()) == []


def test_reads_big_endian_and_compressed_npz(tmp_path):
    """Byte order comes from each array's descr; deflated members are read too."""
    ptc, pc, classes, nextmove, out_feat = _small_model(seed=11)
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer, ptc=ptc.astype(">f2"), pc=pc.astype(">f4"), classes=np.array(classes).astype(">U2"),
        nextmove=nextmove.astype(">u4"), nextmove_row=np.arange(len(out_feat), dtype=">u4"),
        out_feat=out_feat.astype(">i4"))
    path = tmp_path / "big-endian.npz.xz"
    path.write_bytes(lzma.compress(buffer.getvalue()))
    # py3langid copies DFA arrays as raw bytes and so cannot read this file
    # itself: the reference reads the same model written little-endian.
    little_endian = tmp_path / "little-endian.npz.xz"
    save_model(little_endian, (ptc, pc, classes, nextmove, np.arange(len(out_feat)), out_feat))
    reference = LanguageIdentifier.from_model_file(little_endian, norm_probs=True)
    assert _disagreements(LangidModel(path), reference, _random_texts()) == []


# --- a missing or malformed model is reported with the file's name -----------------

def _npz_xz(path, **arrays):
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    path.write_bytes(lzma.compress(buffer.getvalue()))
    return path


def _valid_arrays():
    ptc, pc, classes, nextmove, out_feat = _small_model()
    return dict(ptc=ptc, pc=pc, classes=np.array(classes), nextmove=nextmove.astype(np.uint32),
                nextmove_row=np.arange(len(out_feat), dtype=np.uint16), out_feat=out_feat.astype(np.int32))


def _assert_names_file(excinfo, path, *words):
    message = str(excinfo.value)
    assert str(path) in message
    assert excinfo.value.path == path
    for word in words:
        assert word in message


def test_valid_small_model_loads(tmp_path):
    """The control for the malformed cases below."""
    model = LangidModel(_npz_xz(tmp_path / "ok.npz.xz", **_valid_arrays()))
    assert model.classes == ["aa", "bb", "aa", "cc", "dd"]


def test_missing_model_file_is_named(tmp_path):
    path = tmp_path / "nowhere" / "model.npz.xz"
    with pytest.raises(ModelError) as excinfo:
        LangidModel(path)
    _assert_names_file(excinfo, path, "not found")


@pytest.mark.parametrize("content", [b"", b"not xz at all", lzma.compress(b"not a zip archive")[:-8],
                                     lzma.compress(b"not a zip archive")])
def test_unreadable_model_file_is_named(tmp_path, content):
    path = tmp_path / "model.npz.xz"
    path.write_bytes(content)
    with pytest.raises(ModelError) as excinfo:
        LangidModel(path)
    _assert_names_file(excinfo, path)


@pytest.mark.parametrize("change, words", [
    (lambda a: a.pop("out_feat"), ["out_feat", "missing"]),
    (lambda a: a.update(ptc=a["ptc"].astype(np.float32)), ["ptc", "f4"]),
    (lambda a: a.update(ptc=a["ptc"][:, :3]), ["ptc", "disagree"]),
    (lambda a: a.update(nextmove=a["nextmove"][:-1]), ["nextmove", "DFA"]),
    (lambda a: a.update(nextmove=a["nextmove"].astype(np.float32)), ["nextmove"]),
    (lambda a: a.update(out_feat=a["out_feat"] + 1000), ["out_feat"]),
    (lambda a: a.update(nextmove_row=a["nextmove_row"] + 1000), ["nextmove_row"]),
    (lambda a: a.update(classes=np.array([1, 2, 3, 4, 5])), ["classes"]),
])
def test_malformed_arrays_are_named(tmp_path, change, words):
    arrays = _valid_arrays()
    change(arrays)
    path = _npz_xz(tmp_path / "model.npz.xz", **arrays)
    with pytest.raises(ModelError) as excinfo:
        LangidModel(path)
    _assert_names_file(excinfo, path, *words)


def test_transition_to_a_missing_state_is_named(tmp_path):
    """nextmove is not scanned at load (10 million entries); a bad transition is reported when taken."""
    arrays = _valid_arrays()
    arrays["nextmove"][256 * 0 + ord("q")] = 10_000
    path = _npz_xz(tmp_path / "model.npz.xz", **arrays)
    model = LangidModel(path)
    with pytest.raises(ModelError) as excinfo:
        model.classify("q")
    _assert_names_file(excinfo, path, "nextmove", "10000")


@pytest.mark.parametrize("damage, words", [
    (lambda npy: b"\x93NUMPZ" + npy[6:], ["pc", "not a .npy"]),
    (lambda npy: npy[:6] + b"\x09" + npy[7:], ["pc", "version"]),
    (lambda npy: npy.replace(b"'descr'", b"'descX'"), ["pc", "header"]),
    (lambda npy: npy.replace(b"{'descr'", b"['descr'"), ["pc", "header"]),
    (lambda npy: npy[:-4], ["pc", "bytes"]),
])
def test_damaged_npy_is_named(tmp_path, damage, words):
    """The .npy header is checked: magic, version, dict literal, and the data's size."""
    arrays = _valid_arrays()
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    damaged = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info.filename, damage(data) if info.filename == "pc.npy" else data)
    path = tmp_path / "model.npz.xz"
    path.write_bytes(lzma.compress(damaged.getvalue()))
    with pytest.raises(ModelError) as excinfo:
        LangidModel(path)
    _assert_names_file(excinfo, path, *words)


def test_missing_package_data_is_named(tmp_path, monkeypatch):
    """py3langid found but its data/model.npz.xz absent: the error names the path searched."""
    package = tmp_path / "fake_langid_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("raise AssertionError('must not be imported')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("marginalia.core.langid_model.PACKAGE", "fake_langid_pkg")
    with pytest.raises(ModelError) as excinfo:
        find_model_file()
    assert str(package / "data" / "model.npz.xz") in str(excinfo.value)


def test_missing_package_is_named(monkeypatch):
    monkeypatch.setattr("marginalia.core.langid_model.PACKAGE", "no_such_langid_package")
    with pytest.raises(ModelError, match="no_such_langid_package/data/model.npz.xz"):
        find_model_file()


def test_finds_data_left_without_code(tmp_path, monkeypatch):
    """As in the frozen app: py3langid's folder holds data/model.npz.xz but no Python code."""
    data = tmp_path / "fake_langid_data" / "data"
    data.mkdir(parents=True)
    _npz_xz(data / "model.npz.xz", **_valid_arrays())
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("marginalia.core.langid_model.PACKAGE", "fake_langid_data")
    assert find_model_file() == data / "model.npz.xz"
    monkeypatch.setitem(sys.modules, "fake_langid_data", None)  # an import blocked on purpose
    assert find_model_file() == data / "model.npz.xz"
    assert LangidModel().classes == ["aa", "bb", "aa", "cc", "dd"]
