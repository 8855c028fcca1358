"""Language of an article: offline identification, display names and text direction."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import InvalidValueError

# Scripts written right to left (ISO 15924). Direction follows the script, not the
# language: Azerbaijani is LTR in Latin script, RTL in Arabic script.
RTL_SCRIPTS = frozenset({
    "Adlm", "Arab", "Aran", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi",
})

UNDETERMINED = "und"

# Identification only needs a representative sample; the model's cost grows with
# the input and a book-length article would otherwise block for seconds.
_SAMPLE_CHARS = 20_000

_identifier = None
_identifier_lock = threading.Lock()


def _get_identifier():
    # py3langid's model, run without numpy (see langid_model): loading it takes
    # about half a second, paid on first use only.
    global _identifier
    with _identifier_lock:
        if _identifier is None:
            from marginalia.core.langid_model import LangidModel

            _identifier = LangidModel()
        return _identifier


def detect_language(text: str) -> str:
    """BCP 47 tag of the language `text` is written in, or "und" when there is too little text."""
    return _identify_sample(text[:_SAMPLE_CHARS])


# Keyed by the sample, not the whole text, and few: a library scan passes thousands
# of articles through here once each (the corpus keeps their languages by hash).
@lru_cache(maxsize=256)
def _identify_sample(sample: str) -> str:
    if sum(ch.isalpha() for ch in sample[:200]) < 3:
        return UNDETERMINED
    code, _probability = _get_identifier().classify(sample)
    return normalize_tag(code)


detect_language.cache_clear = _identify_sample.cache_clear  # forget earlier answers


@dataclass(frozen=True, slots=True)
class LanguageInfo:
    tag: str
    english_name: str
    autonym: str
    right_to_left: bool

    @property
    def label(self) -> str:
        """E.g. "Vietnamese — Tiếng Việt"; only one name when both are the same."""
        if not self.autonym or self.autonym == self.english_name:
            return self.english_name
        return f"{self.english_name} — {self.autonym}"


def normalize_tag(tag: str) -> str:
    """The standard form of a BCP 47 tag ("EN-us" → "en-US"); raises ValueError if invalid."""
    import langcodes

    try:
        language = langcodes.Language.get(tag.strip())
    except (langcodes.tag_parser.LanguageTagError, ValueError) as exc:
        raise InvalidValueError(ErrorCode.BAD_LANGUAGE_TAG, value=tag) from exc
    if not language.is_valid():
        raise InvalidValueError(ErrorCode.BAD_LANGUAGE_TAG, value=tag)
    return language.to_tag()


# Names already looked up, kept across runs when the app gives a file: langcodes
# takes about 0.2 s to import and answer, which a start-up should not pay again.
_known_names: dict[str, LanguageInfo] = {}
_names_file: Path | None = None


def use_names_file(path: Path) -> None:
    """Remember display names in `path` (JSON) between runs."""
    global _names_file
    _names_file = Path(path)
    try:
        stored = json.loads(_names_file.read_text(encoding="utf-8"))
        for tag, (tag_out, english, autonym, rtl) in stored.items():
            _known_names[tag] = LanguageInfo(tag_out, english, autonym, bool(rtl))
    except (OSError, ValueError, TypeError):
        pass  # a missing or damaged cache is rebuilt as names are looked up


def _remember(tag: str, info: LanguageInfo) -> None:
    _known_names[tag] = info
    if _names_file is None:
        return
    try:
        _names_file.parent.mkdir(parents=True, exist_ok=True)
        data = {k: [v.tag, v.english_name, v.autonym, v.right_to_left] for k, v in _known_names.items()}
        temporary = _names_file.with_name(_names_file.name + ".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, _names_file)
    except OSError:
        pass  # only a cache


_UNKNOWN = LanguageInfo(UNDETERMINED, "Unknown language", "", False)


def describe_language(tag: str) -> LanguageInfo:
    """Display names and direction of the language `tag`. A tag that is not BCP 47
    (a hand-edited sidecar or manifest may hold anything) reads as unknown."""
    if not tag or tag == UNDETERMINED:
        return _UNKNOWN
    known = _known_names.get(tag)
    if known is not None:
        return known
    import langcodes

    try:
        language = langcodes.Language.get(tag)
    except ValueError:  # langcodes' LanguageTagError
        return _UNKNOWN
    script = language.maximize().script or ""
    info = LanguageInfo(
        tag=language.to_tag(),
        english_name=language.display_name("en"),
        autonym=language.autonym(),
        right_to_left=script in RTL_SCRIPTS,
    )
    _remember(tag, info)
    return info
