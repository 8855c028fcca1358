"""Language of an article: offline identification, display names and text direction."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

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
    # py3langid takes about half a second to load its model: pay it on first use only.
    global _identifier
    with _identifier_lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _identifier


@lru_cache(maxsize=4096)
def detect_language(text: str) -> str:
    """BCP 47 tag of the language `text` is written in, or "und" when there is too little text."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample[:200]) < 3:
        return UNDETERMINED
    code, _probability = _get_identifier().classify(sample)
    return normalize_tag(code)


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
        raise ValueError(f"{tag!r} is not a BCP 47 language tag") from exc
    if not language.is_valid():
        raise ValueError(f"{tag!r} is not a BCP 47 language tag")
    return language.to_tag()


@lru_cache(maxsize=512)
def describe_language(tag: str) -> LanguageInfo:
    """Display names and direction of the language `tag`."""
    import langcodes

    if not tag or tag == UNDETERMINED:
        return LanguageInfo(UNDETERMINED, "Unknown language", "", False)
    language = langcodes.Language.get(tag)
    script = language.maximize().script or ""
    return LanguageInfo(
        tag=language.to_tag(),
        english_name=language.display_name("en"),
        autonym=language.autonym(),
        right_to_left=script in RTL_SCRIPTS,
    )
