"""Language identification with py3langid's model, in pure Python (no numpy).

py3langid ships a naive-Bayes model (``data/model.npz.xz``) but runs it with
numpy, which is 38 MB of the frozen app. This module reads the same file with
the standard library only and gives the same answers as
``py3langid.langid.LanguageIdentifier(..., norm_probs=True).classify``.

The file is an LZMA-compressed ``.npz`` (a zip of ``.npy`` arrays):

* ``ptc`` float16 (features, classes): log-probability of each feature per class;
* ``pc`` float32 (classes,): prior log-probability of each class;
* ``classes`` unicode (classes,): labels, some repeated (script aliases);
* ``nextmove`` uint (rows * 256,): transition rows of the byte DFA, deduplicated;
* ``nextmove_row`` uint (states,): the transition row of each state;
* ``out_feat`` int32 (states,): the feature a state emits, or -1.

Nothing here imports py3langid (its package imports numpy): the model file is
found through the package's import spec, which does not execute it.

Scoring adds up, class by class, the ``ptc`` rows of the features a text holds,
weighted. Unpacking each row to 142 Python floats would cost ~7 µs a feature;
instead each row is turned once (and cached) into one Python int of 64-bit
slots, one per class (see ``_PACKED_*``), and rows are added as ints: every
class at once, at C speed, and exactly.
"""

from __future__ import annotations

import ast
import importlib.util
import lzma
import math
import struct
import sys
import threading
import unicodedata
import zipfile
from array import array
from collections import Counter
from itertools import repeat
from operator import add, mul, sub, truediv
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import MarginaliaError

__all__ = ["LangidModel", "ModelError", "find_model_file"]

PACKAGE = "py3langid"
MODEL_RELATIVE_PATH = Path("data", "model.npz.xz")

_NPY_MAGIC = b"\x93NUMPY"
_ZIP_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, ..., name length, extra length

# A packed row is one int holding a feature's whole ptc row, class k in bits
# [64k, 64k + 64): the value v as the integer v * 2**24 + 2**40. Every float16
# value is a multiple of 2**-24 (the smallest subnormal) and |v| <= 65504 < 2**16,
# so the slot is exact and lies in [0, 2**41). A sum of N packed rows is the
# packed sum of the rows (slot k: the sum of column k, times 2**24, plus N * 2**40),
# exact and without carries from slot to slot while N <= 2**23.
_PACKED_SLOT_BYTES = 8
_PACKED_UNIT_BITS = 24  # a slot counts units of 2**-24
_PACKED_OFFSET = 1 << 40  # added to every slot to make it non-negative
_PACKED_MAX_ROWS = 1 << 23  # rows added up in one int at most
# Packing goes through float64 bits rather than 142 int() calls (faster): for
# |v| < 2**27, v + 1.5 * 2**28 lies in [2**28, 2**29), where doubles are spaced
# 2**-24 apart, so the sum is exact and its bits are bits(1.5 * 2**28) + v * 2**24.
_PACKED_BIAS = 1.5 * 2 ** 28
_PACKED_BIAS_BITS = struct.unpack("<Q", struct.pack("<d", _PACKED_BIAS))[0]
# Packed rows kept, by feature: ~1.2 KB each with 142 classes, so ~20 MB at most.
# A library in a few languages uses a few thousand to a few tens of thousands.
PACKED_CACHE_SIZE = 16_000


class ModelError(MarginaliaError):
    """The language model file is missing or not in the expected format."""

    def __init__(self, path: Path | str, code: ErrorCode = ErrorCode.LANGUAGE_MODEL_DAMAGED, **facts) -> None:
        super().__init__(code, file=str(path), **facts)
        self.path = Path(path)


def find_model_file() -> Path:
    """Path of py3langid's model file, found without importing py3langid."""
    spec = None
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        pass
    if spec is None:
        # find_spec answers None when sys.modules[PACKAGE] is None, i.e. when the
        # import is blocked on purpose; the data file may be there all the same.
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            if find is None:
                continue
            try:
                spec = find(PACKAGE, None)
            except (ImportError, ValueError):
                continue
            if spec is not None:
                break
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    for location in locations:
        candidate = Path(location) / MODEL_RELATIVE_PATH
        if candidate.is_file():
            return candidate
    searched = ", ".join(str(Path(location) / MODEL_RELATIVE_PATH) for location in locations)
    raise ModelError(
        searched or f"{PACKAGE}/{MODEL_RELATIVE_PATH.as_posix()}",
        ErrorCode.LANGUAGE_MODEL_MISSING, package=None if locations else PACKAGE,
    )


class _MemoryFile:
    """A read-only, seekable file over a buffer, for zipfile; unlike io.BytesIO it does not copy."""

    def __init__(self, view: memoryview):
        self._view = view
        self._position = 0

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = 0) -> int:
        base = (0, self._position, len(self._view))[whence]
        self._position = max(0, base + offset)
        return self._position

    def read(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else self._position + size
        data = bytes(self._view[self._position:end])
        self._position += len(data)
        return data

    def close(self) -> None:
        pass


class _Npy:
    """One array of the .npz: its dtype, shape and raw little/big-endian data."""

    __slots__ = ("name", "byteorder", "kind", "itemsize", "shape", "fortran_order", "data")

    def __init__(self, path, name: str, raw: memoryview):
        if raw[:6] != _NPY_MAGIC or len(raw) < 10:
            raise ModelError(path, detail=f"{name} is not a .npy array")
        major = raw[6]
        if major == 1:
            (header_length,), start = struct.unpack_from("<H", raw, 8), 10
        elif major in (2, 3):
            (header_length,), start = struct.unpack_from("<I", raw, 8), 12
        else:
            raise ModelError(path, detail=f"{name} has unsupported .npy version {major}")
        header_bytes = bytes(raw[start:start + header_length])
        try:
            header = ast.literal_eval(header_bytes.decode("utf-8" if major == 3 else "latin-1"))
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            raise ModelError(path, detail=f"{name} has an unreadable .npy header") from None
        if not isinstance(header, dict) or set(header) != {"descr", "fortran_order", "shape"}:
            raise ModelError(path, detail=f"{name} has an unexpected .npy header {header!r}")
        descr, fortran_order, shape = header["descr"], header["fortran_order"], header["shape"]
        if not (isinstance(descr, str) and len(descr) >= 3 and descr[0] in "<>|="
                and descr[1].isalpha() and descr[2:].isdigit()):
            raise ModelError(path, detail=f"{name} has unsupported dtype {descr!r}")
        if not (isinstance(shape, tuple) and all(isinstance(n, int) and n >= 0 for n in shape)):
            raise ModelError(path, detail=f"{name} has an invalid shape {shape!r}")
        if not isinstance(fortran_order, bool):
            raise ModelError(path, detail=f"{name} has an invalid fortran_order {fortran_order!r}")
        self.name = name
        self.byteorder = {"<": "<", ">": ">", "|": "<", "=": "<" if sys.byteorder == "little" else ">"}[descr[0]]
        self.kind = descr[1]
        self.itemsize = int(descr[2:]) * (4 if self.kind == "U" else 1)
        self.shape = shape
        self.fortran_order = fortran_order and len(shape) > 1
        self.data = raw[start + header_length:]
        if len(self.data) != self.itemsize * math.prod(shape):
            raise ModelError(path, detail=f"{name} holds {len(self.data)} bytes, not {shape} of {descr}")

    def check(self, path, kinds: str, itemsizes: tuple[int, ...], ndim: int) -> None:
        if self.kind not in kinds or self.itemsize not in itemsizes or len(self.shape) != ndim:
            raise ModelError(
                path, detail=f"{self.name} is {self.kind}{self.itemsize} with shape {self.shape}, "
                f"expected {ndim}-d of kind {kinds!r} and item size {itemsizes}")

    def integers(self):
        """The values as an indexable sequence of ints (a zero-copy view when possible)."""
        assert self.kind in "iu", self.kind
        native = self.byteorder == ("<" if sys.byteorder == "little" else ">")
        typecode = next(code for code in "bBhHiIlLqQ"
                        if array(code).itemsize == self.itemsize and code.islower() == (self.kind == "i"))
        if native:
            return self.data.cast(typecode)
        values = array(typecode, bytes(self.data))
        values.byteswap()
        return values

    def floats(self) -> tuple[float, ...]:
        code = {2: "e", 4: "f", 8: "d"}[self.itemsize]
        return struct.unpack(f"{self.byteorder}{math.prod(self.shape)}{code}", self.data)

    def strings(self) -> list[str]:
        codec = "utf-32-le" if self.byteorder == "<" else "utf-32-be"
        return [bytes(self.data[i:i + self.itemsize]).decode(codec).rstrip("\x00")
                for i in range(0, len(self.data), self.itemsize)]


def _read_npz(path: Path) -> dict[str, _Npy]:
    """The arrays of an LZMA-compressed .npz; their data are views of one buffer."""
    buffer = bytearray()
    try:
        with lzma.open(path) as compressed:
            while chunk := compressed.read(1 << 20):
                buffer += chunk
    except FileNotFoundError:
        raise ModelError(path, ErrorCode.LANGUAGE_MODEL_MISSING) from None
    except OSError as exc:
        raise ModelError(path, detail=f"cannot be read ({exc})") from None
    except (lzma.LZMAError, EOFError) as exc:
        raise ModelError(path, detail=f"is not a valid .xz file ({exc})") from None
    view = memoryview(buffer)
    arrays = {}
    try:
        with zipfile.ZipFile(_MemoryFile(view)) as archive:
            for info in archive.infolist():
                if not info.filename.endswith(".npy"):
                    continue
                name = info.filename[:-4]
                if info.compress_type == zipfile.ZIP_STORED:
                    # Stored (np.savez): use the bytes in place rather than copying them.
                    signature, name_length, extra_length = _ZIP_LOCAL_HEADER.unpack_from(view, info.header_offset)
                    if signature != b"PK\x03\x04":
                        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
                    start = info.header_offset + _ZIP_LOCAL_HEADER.size + name_length + extra_length
                    raw = view[start:start + info.file_size]
                    if len(raw) != info.file_size:
                        raise zipfile.BadZipFile(f"{info.filename} is truncated")
                else:  # np.savez_compressed
                    raw = memoryview(archive.read(info))
                arrays[name] = _Npy(path, name, raw)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, struct.error, NotImplementedError,
            ValueError, EOFError, OSError) as exc:
        raise ModelError(path, detail=f"is not a valid .npz archive ({exc})") from None
    return arrays


class LangidModel:
    """py3langid's naive-Bayes language identifier (norm_probs=True), without numpy.

    One instance can serve several threads: the model does not change once
    loaded; the only other state is a bounded cache of packed rows, read
    without a lock (dict.get is atomic) and written under one; sums are local.
    `cache_size` bounds that cache (packed rows kept at most; 0 keeps none;
    PACKED_CACHE_SIZE by default).
    """

    __slots__ = ("path", "classes", "_prior", "_ptc", "_row", "_row_at", "_features",
                 "_nextmove", "_rowbase", "_out_feat", "_alias_pairs",
                 "_packed", "_packed_limit", "_packed_lock", "_packed_base", "_pack_doubles")

    def __init__(self, path: Path | str | None = None, *, cache_size: int | None = None):
        path = Path(path) if path is not None else find_model_file()
        self.path = path
        arrays = _read_npz(path)
        missing = sorted({"ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat"} - set(arrays))
        if missing:
            raise ModelError(path, detail=f"arrays {missing} are missing")
        ptc, pc, classes = arrays["ptc"], arrays["pc"], arrays["classes"]
        nextmove, nextmove_row, out_feat = arrays["nextmove"], arrays["nextmove_row"], arrays["out_feat"]
        ptc.check(path, "f", (2,), 2)
        pc.check(path, "f", (2, 4, 8), 1)
        classes.check(path, "U", tuple(range(4, 4 * 64 + 1, 4)), 1)
        nextmove.check(path, "u", (2, 4, 8), 1)
        nextmove_row.check(path, "u", (1, 2, 4, 8), 1)
        out_feat.check(path, "i", (1, 2, 4, 8), 1)
        features, n_classes = ptc.shape
        if n_classes == 0 or pc.shape != (n_classes,) or classes.shape != (n_classes,):
            raise ModelError(path, detail=f"ptc {ptc.shape}, pc {pc.shape} and classes {classes.shape} disagree")
        rows, remainder = divmod(nextmove.shape[0], 256)
        states = nextmove_row.shape[0]
        if remainder or not rows or not states or out_feat.shape != (states,):
            raise ModelError(path, detail=f"nextmove {nextmove.shape}, nextmove_row {nextmove_row.shape} "
                             f"and out_feat {out_feat.shape} do not describe a 256-way DFA")

        self.classes = classes.strings()
        self._prior = pc.floats()
        # float16 cannot be viewed as Python floats (memoryview has no 'e' cast):
        # the matrix stays raw bytes and only the rows of seen features are unpacked.
        self._row = struct.Struct(f"{ptc.byteorder}{n_classes}e")
        self._features = features
        if ptc.fortran_order:  # column after column: a row is every `features`-th value
            self._ptc = ptc.data.cast("H")
            self._row_at = self._strided_row
        else:
            self._ptc = ptc.data
            self._row_at = self._contiguous_row
        self._packed: dict[int, int] = {}
        self._packed_limit = max(0, PACKED_CACHE_SIZE if cache_size is None else cache_size)
        self._packed_lock = threading.Lock()
        self._pack_doubles = struct.Struct(f"<{n_classes}d").pack
        # What turns the doubles' bits into slots: bits(_PACKED_BIAS) - _PACKED_OFFSET in
        # every slot. Each slot of the difference is >= 0, so nothing borrows across slots.
        self._packed_base = int.from_bytes(
            struct.pack(f"<{n_classes}Q", *[_PACKED_BIAS_BITS - _PACKED_OFFSET] * n_classes), "little")
        self._nextmove = nextmove.integers()
        row_of_state = nextmove_row.integers()
        # Python lists for the two tables indexed once per byte: a list hands out its
        # int objects, an array or memoryview makes one per access (the DFA walk is
        # ~30% faster; the lists take ~8 MB for py3langid's 104,583 states).
        self._out_feat = out_feat.integers().tolist()
        if max(row_of_state) >= rows:
            raise ModelError(path, detail="nextmove_row points past the last DFA row")
        if min(self._out_feat) < -1 or max(self._out_feat) >= features:
            raise ModelError(path, detail="out_feat points past the last feature")
        # Checking every entry of nextmove (~10 million) would cost 0.2 s here;
        # a transition to a state that does not exist is reported when taken.
        self._rowbase = [row << 8 for row in row_of_state]  # first transition of each state
        first: dict[str, int] = {}
        self._alias_pairs = []
        for index, label in enumerate(self.classes):
            if label in first:
                self._alias_pairs.append((first[label], index))
            else:
                first[label] = index

    @staticmethod
    def _encode(text: str | bytes) -> bytes:
        """The bytes py3langid classifies: lower-cased if all upper case, NFC, UTF-8."""
        if isinstance(text, (bytes, bytearray)):
            decoded = _decode_trimmed(bytes(text))
            if decoded is None:
                return bytes(text)  # not UTF-8: classified as it is, like py3langid
            text = decoded
        if text.isupper():
            text = text.lower()
        return unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")

    def feature_counts(self, data: bytes) -> Counter:
        """How often each feature's state is reached while the DFA reads `data`."""
        nextmove, rowbase, out_feat = self._nextmove, self._rowbase, self._out_feat
        state = 0
        seen = []
        append = seen.append
        try:
            for byte in data:
                state = nextmove[rowbase[state] + byte]
                feature = out_feat[state]
                if feature >= 0:
                    append(feature)
        except IndexError:
            raise ModelError(self.path, detail=f"nextmove leads to state {state}, which does not exist") from None
        return Counter(seen)

    def _contiguous_row(self, feature: int) -> tuple[float, ...]:
        return self._row.unpack_from(self._ptc, feature * self._row.size)

    def _strided_row(self, feature: int) -> tuple[float, ...]:
        return self._row.unpack(self._ptc[feature::self._features].tobytes())

    def _packed_row(self, feature: int) -> int | None:
        """The row of `feature` as one int (see _PACKED_OFFSET), cached; None if not all finite."""
        row = self._row_at(feature)
        if not math.isfinite(sum(row)):  # finite float16 values cannot add up to an overflow
            return None
        packed = int.from_bytes(self._pack_doubles(*map(add, row, repeat(_PACKED_BIAS))), "little")
        packed -= self._packed_base
        if self._packed_limit:
            with self._packed_lock:
                if len(self._packed) >= self._packed_limit:
                    # Simple, and nearly as good as evicting the oldest half (3.4% of
                    # lookups missed instead of 3.0% over 5,000 varied 4 KB texts).
                    self._packed.clear()
                self._packed[feature] = packed
        return packed

    def _weighted_sums(self, groups: list[tuple[float, list[int]]]) -> list[float]:
        """Per class, the sum over `groups` of weight * (the sum of the rows of features).

        Weights must be finite and >= 0. The result is the exact value, rounded
        once to float64. Rows that are not finite (none in py3langid's model)
        are added as floats at the end.
        """
        get, pack = self._packed.get, self._packed_row
        parts = []  # (packed sum of some rows, how many, weight)
        loose = []  # (weight, feature) of the rows that cannot be packed
        for weight, features in groups:
            for start in range(0, len(features), _PACKED_MAX_ROWS):
                total = rows = 0
                for feature in features[start:start + _PACKED_MAX_ROWS]:
                    row = get(feature)
                    if row is None:
                        row = pack(feature)
                        if row is None:
                            loose.append((weight, feature))
                            continue
                    total += row
                    rows += 1
                if rows:
                    parts.append((total, rows, weight))
        sums = self._combine(parts) if parts else [0.0] * len(self._prior)
        for weight, feature in loose:
            sums = list(map(add, sums, map(mul, self._row_at(feature), repeat(weight))))
        return sums

    def _combine(self, parts: list[tuple[int, int, float]]) -> list[float]:
        """sum of weight * (packed sum) over `parts`, unpacked, exact then rounded once.

        A float weight is an integer over a power of two: over their common
        denominator the weighted sum is an integer combination of packed sums,
        computed in slots widened to hold it, and unpacked once (rather than
        unpacking and weighting each sum: 12 µs a part instead of 33).
        """
        n_classes = len(self._prior)
        ratios = [weight.as_integer_ratio() for _total, _rows, weight in parts]
        if any(numerator < 0 for numerator, _denominator in ratios):
            raise ValueError("weights must be >= 0")
        shift = max(denominator.bit_length() - 1 for _numerator, denominator in ratios)
        multipliers = [numerator << (shift - denominator.bit_length() + 1) for numerator, denominator in ratios]
        # Every slot of the combination holds the weighted sum plus `offset`, in [0, 2 * offset).
        offset = sum(multiplier * rows for multiplier, (_total, rows, _weight) in zip(multipliers, parts))
        offset *= _PACKED_OFFSET
        words = max(1, -(-(2 * offset).bit_length() // (8 * _PACKED_SLOT_BYTES)))  # 64-bit words a slot
        narrow_size, wide_size = n_classes * _PACKED_SLOT_BYTES, n_classes * _PACKED_SLOT_BYTES * words
        combination = 0
        for multiplier, (total, _rows, _weight) in zip(multipliers, parts):
            wide = bytearray(wide_size)
            memoryview(wide).cast("Q")[::words] = memoryview(total.to_bytes(narrow_size, "little")).cast("Q")
            combination += int.from_bytes(wide, "little") * multiplier
        slot_size = wide_size // n_classes
        data = memoryview(combination.to_bytes(wide_size, "little"))
        slots = map(int.from_bytes, [data[i:i + slot_size] for i in range(0, wide_size, slot_size)], repeat("little"))
        # Integer true division is correctly rounded, whatever the sizes.
        return list(map(truediv, map(sub, slots, repeat(offset)), repeat(1 << (_PACKED_UNIT_BITS + shift))))

    def raw_scores(self, data: bytes) -> list[float]:
        """Naive-Bayes log-scores per class: sum_f log1p(count_f) * ptc[f] + pc; zeros without features."""
        counts = self.feature_counts(data)
        if not counts:
            return [0.0] * len(self.classes)
        # Features seen equally often share a weight: their rows are added up
        # first (as packed ints), then weighted once.
        features_by_count: dict[int, list[int]] = {}
        for feature, count in counts.items():
            features_by_count.setdefault(count, []).append(feature)
        groups = [(math.log1p(count), features) for count, features in features_by_count.items()]
        return list(map(add, self._prior, self._weighted_sums(groups)))

    def probabilities(self, text: str | bytes) -> list[float]:
        """Probability of each class (aliases folded into their first column), as py3langid's norm_probs."""
        data = self._encode(text)
        scale = 1.0 / math.sqrt(len(data) or 1)  # temperature sqrt(bytes), as py3langid
        scores = [score * scale for score in self.raw_scores(data)]
        highest = max(scores)
        exps = [math.exp(score - highest) for score in scores]
        total = sum(exps)
        probabilities = [value / total for value in exps]
        for first, duplicate in self._alias_pairs:
            probabilities[first] += probabilities[duplicate]
            probabilities[duplicate] = 0.0
        return probabilities

    def classify(self, text: str | bytes) -> tuple[str, float]:
        """(language label, probability) of the most likely class, as py3langid's classify."""
        probabilities = self.probabilities(text)
        best = max(range(len(probabilities)), key=probabilities.__getitem__)
        return self.classes[best], probabilities[best]


def _decode_trimmed(data: bytes) -> str | None:
    """UTF-8 text of `data`, dropping up to 3 bytes of a cut-off last character; None if not UTF-8."""
    for trim in range(4):
        try:
            return (data[:len(data) - trim] if trim else data).decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(data) - 3:
                return None
    return None

