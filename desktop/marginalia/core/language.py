"""Language of an article: offline identification, display names and text direction."""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

class LanguageDetector:
    """Identifies the language of texts with the bundled model, loaded on first use
    (about half a second); remembers the last answers by sample. One is built where
    the app is wired (app.py, cli.py); tests may build their own, with another model."""

    def __init__(self, model_factory: Callable[[], Any] | None = None, remembered: int = 256) -> None:
        self._factory = model_factory
        self._model = None
        self._lock = threading.Lock()
        # Keyed by the sample, not the whole text, and few: a library scan passes thousands
        # of articles through here once each (the corpus keeps their languages by hash).
        self._answers: OrderedDict[str, str] = OrderedDict()
        self._remembered = remembered

    def detect(self, text: str) -> str:
        """BCP 47 tag of the language `text` is written in, or "und" when there is too little text."""
        sample = text[:_SAMPLE_CHARS]
        with self._lock:
            known = self._answers.get(sample)
        if known is not None:
            return known
        if sum(ch.isalpha() for ch in sample[:200]) < 3:
            answer = UNDETERMINED
        else:
            code, _probability = self._identifier().classify(sample)
            answer = normalize_tag(code)
        with self._lock:
            self._answers[sample] = answer
            while len(self._answers) > self._remembered:
                self._answers.popitem(last=False)
        return answer

    def forget(self) -> None:
        """Forget earlier answers (the model stays loaded)."""
        with self._lock:
            self._answers.clear()

    def _identifier(self):
        # py3langid's model, run without numpy (see langid_model).
        with self._lock:
            if self._model is None:
                if self._factory is None:
                    from marginalia.core.langid_model import LangidModel

                    self._model = LangidModel()
                else:
                    self._model = self._factory()
            return self._model


def detect_language(text: str, detector: LanguageDetector | None = None) -> str:
    """BCP 47 tag of the language `text` is written in, or "und" when there is too little text
    (by `detector`, or the one the app was wired with)."""
    from marginalia.core.services import services

    return (detector or services().detector).detect(text)


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


_UNKNOWN = LanguageInfo(UNDETERMINED, "Unknown language", "", False)


class LanguageNames:
    """Display names and direction of languages, remembered once looked up, and kept
    across runs in `file` (JSON) when one is given: langcodes takes about 0.2 s to
    import and answer, which a start-up should not pay again."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = Path(file) if file is not None else None
        self.known: dict[str, LanguageInfo] = {}
        if self.file is None:
            return
        try:
            stored = json.loads(self.file.read_text(encoding="utf-8"))
            for tag, (tag_out, english, autonym, rtl) in stored.items():
                self.known[tag] = LanguageInfo(tag_out, english, autonym, bool(rtl))
        except (OSError, ValueError, TypeError):
            pass  # a missing or damaged cache is rebuilt as names are looked up

    def describe(self, tag: str) -> LanguageInfo:
        """Display names and direction of the language `tag`. A tag that is not BCP 47
        (a hand-edited sidecar or manifest may hold anything) reads as unknown."""
        if not tag or tag == UNDETERMINED:
            return _UNKNOWN
        known = self.known.get(tag)
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
        self._remember(tag, info)
        return info

    def _remember(self, tag: str, info: LanguageInfo) -> None:
        self.known[tag] = info
        if self.file is None:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            data = {k: [v.tag, v.english_name, v.autonym, v.right_to_left] for k, v in self.known.items()}
            temporary = self.file.with_name(self.file.name + ".tmp")
            temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self.file)
        except OSError:
            pass  # only a cache


def describe_language(tag: str, names: LanguageNames | None = None) -> LanguageInfo:
    """Display names and direction of the language `tag` (from `names`, or the ones the
    app was wired with)."""
    from marginalia.core.services import services

    return (names or services().names).describe(tag)
