"""Names of articles' languages in the interface's language ("wietnamski — Tiếng Việt" in Polish)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from marginalia.core.language import UNDETERMINED, describe_language
from marginalia.ui import i18n
from marginalia.ui.wording import arg

# The languages of the corpus and those a news corpus meets most; any other language
# reads as its own name (its autonym). The core knows every language's English name
# and autonym, and its cached lookups keep start-up fast; looking names up in
# another language would load language data at every start.
_NAMES = {
    "ar": QT_TRANSLATE_NOOP("LanguageNames", "Arabic"),
    "cs": QT_TRANSLATE_NOOP("LanguageNames", "Czech"),
    "de": QT_TRANSLATE_NOOP("LanguageNames", "German"),
    "en": QT_TRANSLATE_NOOP("LanguageNames", "English"),
    "es": QT_TRANSLATE_NOOP("LanguageNames", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("LanguageNames", "French"),
    "it": QT_TRANSLATE_NOOP("LanguageNames", "Italian"),
    "ja": QT_TRANSLATE_NOOP("LanguageNames", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("LanguageNames", "Korean"),
    "nl": QT_TRANSLATE_NOOP("LanguageNames", "Dutch"),
    "pl": QT_TRANSLATE_NOOP("LanguageNames", "Polish"),
    "pt": QT_TRANSLATE_NOOP("LanguageNames", "Portuguese"),
    "ru": QT_TRANSLATE_NOOP("LanguageNames", "Russian"),
    "tr": QT_TRANSLATE_NOOP("LanguageNames", "Turkish"),
    "uk": QT_TRANSLATE_NOOP("LanguageNames", "Ukrainian"),
    "vi": QT_TRANSLATE_NOOP("LanguageNames", "Vietnamese"),
    "zh": QT_TRANSLATE_NOOP("LanguageNames", "Chinese"),
}


def language_name(tag: str) -> str:
    """The language's name in the interface's language; its autonym when there is none."""
    info = describe_language(tag)
    if info.tag in ("", UNDETERMINED):
        return QCoreApplication.translate("LanguageNames", "Unknown language")
    if i18n.current_language() == i18n.SOURCE_LANGUAGE:
        return info.english_name
    base = info.tag.split("-")[0]
    english = _NAMES.get(base)
    if english is not None and info.english_name == english:  # "pt-BR" is "Brazilian Portuguese": its own
        return QCoreApplication.translate("LanguageNames", english)
    return info.autonym or info.english_name


def language_label(tag: str) -> str:
    """The name and, when it differs, the autonym: "Vietnamese — Tiếng Việt", "wietnamski — Tiếng Việt"."""
    info = describe_language(tag)
    name = language_name(tag)
    if info.tag in ("", UNDETERMINED) or not info.autonym or info.autonym.casefold() == name.casefold():
        return name
    return arg(QCoreApplication.translate("LanguageNames", "%1 — %2"), name, info.autonym)
