"""The numpy-free language identifier agrees with py3langid, on its own model file and others."""

from __future__ import annotations

import io
import lzma
import math
import random
import struct
import sys
import threading
import zipfile
from collections import Counter
from fractions import Fraction

import numpy as np
import pytest

from support import SEEDS
from marginalia.core import langid_model
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


# --- scoring with packed rows: exact integer sums, and a bounded cache --------------

def _extreme_ptc(seed: int, features: int = 40, classes: int = 5) -> np.ndarray:
    """float16 values over the whole finite range: ±65504, subnormals down to ±2**-24, 0, random bits."""
    rng = np.random.default_rng(seed)
    bits = rng.integers(0, 1 << 16, size=(features, classes), dtype=np.uint16)
    bits[(bits & 0x7C00) == 0x7C00] &= 0xBFFF  # no inf or nan: exponent 31 becomes 15
    ptc = bits.view(np.float16)
    ptc[0, :] = [65504, -65504, 2.0 ** -24, -(2.0 ** -24), 0][:classes] + [0] * (classes - 5)
    ptc[1, :] = -65504
    ptc[2, :] = 65504
    return ptc


def _write_model(tmp_path, name: str, layout: str, ptc=None, seed: int = 7) -> tuple:
    """A small model, its matrix stored row after row ("C"), column after column ("F") or big-endian."""
    small_ptc, pc, classes, nextmove, out_feat = _small_model(seed)
    ptc = small_ptc if ptc is None else ptc
    path = tmp_path / f"{name}-{layout}.npz.xz"
    if layout == "big-endian":
        buffer = io.BytesIO()
        np.savez(buffer, ptc=ptc.astype(">f2"), pc=pc.astype(">f4"), classes=np.array(classes).astype(">U2"),
                 nextmove=nextmove.astype(">u4"), nextmove_row=np.arange(len(out_feat), dtype=">u4"),
                 out_feat=out_feat.astype(">i4"))
        path.write_bytes(lzma.compress(buffer.getvalue()))
    else:
        save_model(path, (np.asarray(ptc, order=layout), pc, classes, nextmove, np.arange(len(out_feat)), out_feat))
    return path, ptc.astype(np.float64), pc.astype(np.float64)


@pytest.fixture(scope="module", params=["C", "F", "big-endian"])
def small_models(request, tmp_path_factory):
    """(model, its ptc as float64) for an ordinary small model and one with extreme values, in each layout."""
    folder = tmp_path_factory.mktemp(f"packed-{request.param}")
    models = []
    for name, ptc in [("small", None), ("extreme", _extreme_ptc(5))]:
        path, ptc64, _pc = _write_model(folder, name, request.param, ptc)
        models.append((LangidModel(path), ptc64))
    return models


def _reference_row_ints(ptc64: np.ndarray, feature: int) -> int:
    """The packed row as the module's comment defines it, computed the plain way."""
    return int.from_bytes(struct.pack(f"<{ptc64.shape[1]}Q", *(int(value * 2 ** 24) + 2 ** 40
                                                               for value in ptc64[feature])), "little")


def test_packed_rows_follow_their_definition(small_models, model, reference):
    """Slot k of a feature's packed row is ptc[feature, k] * 2**24 + 2**40, 64 bits wide, in any layout."""
    real_ptc = reference.nb_ptc.astype(np.float64)
    cases = [(m, ptc64, range(ptc64.shape[0])) for m, ptc64 in small_models]
    cases.append((model, real_ptc, random.Random(1).sample(range(real_ptc.shape[0]), 300)))
    for langid, ptc64, features in cases:
        for feature in features:
            assert langid._packed_row(feature) == _reference_row_ints(ptc64, feature), feature


def _exact_sums(ptc64: np.ndarray, groups) -> list[float]:
    """sum over groups of weight * (sum of rows), per class, exactly, then rounded once."""
    terms = Counter()  # feature: its total weight, exactly
    for weight, features in groups:
        for feature, times in Counter(features).items():
            terms[feature] += Fraction(weight) * times
    return [float(sum((weight * Fraction(ptc64[feature, k]) for feature, weight in terms.items()), Fraction(0)))
            for k in range(ptc64.shape[1])]


def test_packed_sums_equal_float_sums_exactly(small_models):
    """Random feature sets, repeated features and the extreme values (±65504, subnormals) included."""
    rng = random.Random(11)
    for langid, ptc64 in small_models:
        features = range(ptc64.shape[0])
        for size in [1, 2, 5, 40, 300, 5000]:
            chosen = [rng.choice(features) for _ in range(size)]
            assert langid._weighted_sums([(1.0, chosen)]) == [math.fsum(ptc64[chosen, k])
                                                              for k in range(ptc64.shape[1])]
        for _ in range(10):
            groups = [(math.log1p(rng.randint(1, 500)), rng.sample(features, rng.randint(1, 20)))
                      for _ in range(rng.randint(1, 8))]
            assert langid._weighted_sums(groups) == _exact_sums(ptc64, groups)
        # Many large values of one sign: the slots must not carry into each other.
        for feature in [1, 2]:
            assert langid._weighted_sums([(3.0, [feature] * 20_000), (1.5, [0] * 7)]) == _exact_sums(
                ptc64, [(3.0, [feature] * 20_000), (1.5, [0] * 7)])


def test_packed_sums_exact_on_the_real_model(model, reference):
    rng = random.Random(12)
    ptc64 = reference.nb_ptc.astype(np.float64)
    for size in [1, 10, 700, 3000]:
        chosen = rng.sample(range(ptc64.shape[0]), size)
        assert model._weighted_sums([(1.0, chosen)]) == [math.fsum(ptc64[chosen, k]) for k in range(ptc64.shape[1])]
    groups = [(math.log1p(count), rng.sample(range(ptc64.shape[0]), rng.randint(1, 60))) for count in range(1, 8)]
    assert model._weighted_sums(groups) == _exact_sums(ptc64, groups)


def test_sums_split_into_several_ints_are_the_same(small_models, monkeypatch):
    """Past _PACKED_MAX_ROWS rows a group is added up in several ints; nothing changes."""
    rng = random.Random(13)
    cases = []
    for langid, ptc64 in small_models:
        for _ in range(5):
            groups = [(math.log1p(count), [rng.randrange(ptc64.shape[0]) for _ in range(rng.randint(1, 60))])
                      for count in range(1, 5)]
            cases.append((langid, ptc64, groups, langid._weighted_sums(groups)))
    monkeypatch.setattr(langid_model, "_PACKED_MAX_ROWS", 7)
    for langid, ptc64, groups, whole in cases:
        assert langid._weighted_sums(groups) == whole == _exact_sums(ptc64, groups)


def test_raw_scores_are_the_naive_bayes_formula(small_models):
    for langid, ptc64 in small_models:
        for text in _random_texts(10):
            counts = langid.feature_counts(langid._encode(text))
            if not counts:
                continue
            groups = [(math.log1p(count), [feature]) for feature, count in counts.items()]
            prior = [float(p) for p in langid._prior]
            expected = [p + s for p, s in zip(prior, _exact_sums(ptc64, groups))]
            assert langid.raw_scores(langid._encode(text)) == pytest.approx(expected, rel=1e-15, abs=1e-12)


def test_rows_that_are_not_finite_are_added_as_floats(tmp_path):
    """No such row in py3langid's model; were there one, it would not be packed into nonsense."""
    ptc = _small_model(seed=3)[0].copy()
    ptc[::3, 1] = -np.inf
    ptc[5, 2] = np.nan
    path, ptc64, pc64 = _write_model(tmp_path, "infinite", "C", ptc, seed=3)
    langid = LangidModel(path)
    checked = 0
    for text in _random_texts(20):
        counts = langid.feature_counts(langid._encode(text))
        if not counts:
            continue
        features = list(counts)
        weights = np.log1p(np.array([counts[f] for f in features], dtype=np.float64))
        expected = pc64 + weights @ ptc64[features]
        np.testing.assert_allclose(langid.raw_scores(langid._encode(text)), expected, rtol=1e-12)
        checked += any(not np.isfinite(ptc64[f]).all() for f in features)
    assert checked
    assert langid._packed
    assert not [feature for feature in langid._packed if not np.isfinite(ptc64[feature]).all()]


def _library_texts() -> list[str]:
    rng = random.Random(14)
    texts = []
    for article in _seed_texts():
        for _ in range(12):
            start = rng.randrange(len(article) - 600)
            texts.append(article[start:start + rng.randint(100, 600)])
    return texts + SENTENCES


def test_cache_is_bounded_and_changes_no_result(model):
    """Cold, warm, tiny or no cache: the same probabilities, to the last bit; the bound always holds."""
    texts = _library_texts()
    model._packed.clear()
    cold = [model.probabilities(text) for text in texts]
    assert 0 < len(model._packed) <= langid_model.PACKED_CACHE_SIZE
    assert [model.probabilities(text) for text in texts] == cold  # warm
    no_cache = LangidModel(cache_size=0)
    tiny = LangidModel(cache_size=50)
    for text, expected in zip(texts, cold):
        assert no_cache.probabilities(text) == expected
        assert tiny.probabilities(text) == expected
        assert len(tiny._packed) <= 50
        assert not no_cache._packed
    assert tiny._packed  # it does cache


def test_cache_bound_holds_with_the_default_size(tmp_path, monkeypatch):
    monkeypatch.setattr(langid_model, "PACKED_CACHE_SIZE", 9)
    path, _ptc64, _pc = _write_model(tmp_path, "small", "C")
    langid = LangidModel(path)  # the default, read when the model is made
    sizes = []
    for text in _random_texts(40):
        langid.classify(text)
        sizes.append(len(langid._packed))
    assert max(sizes) == 9
    assert min(sizes[5:]) < 9  # it was cleared and refilled


def test_threads_share_one_model(small_models):
    """Several threads classify with one model and a small cache: each gets the single-thread answers."""
    langid = LangidModel(small_models[0][0].path, cache_size=7)
    texts = _random_texts(60)
    expected = [LangidModel(langid.path, cache_size=0).probabilities(text) for text in texts]
    results, errors = {}, []

    def work(index):
        try:
            for _ in range(5):
                results[index] = [langid.probabilities(text) for text in texts]
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(index,)) for index in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert all(results[index] == expected for index in range(4))
    assert len(langid._packed) <= 7
