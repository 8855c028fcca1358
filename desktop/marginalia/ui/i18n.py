"""The interface's language: which one a run uses, its catalogues, and the locale its numbers and dates follow."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SOURCE_LANGUAGE = "en"  # the language of the strings in the code
# The interface's languages, each named in itself (a menu of languages is read by
# someone who may not read the current one).
LANGUAGES = {"en": "English", "es": "Español", "it": "Italiano", "pl": "Polski", "vi": "Tiếng Việt"}
CATALOGUE = "marginalia"  # resources/translations/marginalia_<code>.qm
QT_CATALOGUE = "qtbase"  # Qt's own words: standard buttons, dialogs, context menus
_TRANSLATOR_NAME = "marginalia-translator"
_SEPARATOR = re.compile(r"[_\-.@]")  # language_REGION.encoding@modifier


def normalize(code: str) -> str | None:
    """The interface language a code or locale name means ("pl", "pl_PL", "pl-PL.UTF-8", "PL"
    → "pl"), or None when Marginalia has no interface in that language."""
    base = _SEPARATOR.split(code.strip(), maxsplit=1)[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The first of the system's preferred languages the interface has; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = normalize(name)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def choose_language(requested: str | None, saved: str) -> tuple[str, str | None]:
    """The language of this run, and a sentence for the user when the one asked for
    cannot be had. `requested` comes from --ui-language, `saved` from the settings
    ("" follows the system)."""
    if requested is not None:
        code = normalize(requested)
        if code is not None:
            return code, None
        return SOURCE_LANGUAGE, (f"the interface has no language {requested!r}; it is in English. "
                                 f"Languages: {', '.join(LANGUAGES)}.")
    return normalize(saved) or system_language(), None


def locale_for(code: str) -> QLocale:
    """The locale numbers and dates follow: the system's own when it is in the interface's
    language (its region's conventions: en_GB dates, es_MX numbers), else the language's
    usual one."""
    system = QLocale.system()
    if normalize(system.name()) == code:
        return system
    return QLocale("en_US" if code == SOURCE_LANGUAGE else code)


def translations_dir() -> Path | None:
    from marginalia import paths

    try:
        folder = paths.resources_dir() / "translations"
    except FileNotFoundError:
        return None
    return folder if folder.is_dir() else None


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install(app: QCoreApplication, code: str) -> list[str]:
    """Make `code` the interface's language: its catalogues (the English one too, under
    it, for plural forms of strings not yet translated) and Qt's, and its locale as the
    default one. Catalogues installed before are removed. Returns the files loaded."""
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    loaded: list[str] = []
    folder = translations_dir()
    wanted = [(CATALOGUE + "_" + SOURCE_LANGUAGE, folder)]
    if code != SOURCE_LANGUAGE:
        wanted += [(QT_CATALOGUE + "_" + code, qt_translations_dir()), (CATALOGUE + "_" + code, folder)]
    for name, where in wanted:
        if where is None:
            continue
        # Loading maps the file: a few hundred microseconds, nothing to defer.
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(name, str(where)):
            app.installTranslator(translator)  # the last installed is asked first
            loaded.append(translator.filePath())
        else:
            translator.deleteLater()  # Qt ships no catalogue for some languages (Vietnamese)
    QLocale.setDefault(locale_for(code))
    return loaded


def current_language() -> str:
    """The interface's language, as install() set it."""
    return normalize(QLocale().name()) or SOURCE_LANGUAGE


def ensure_installed(app: QCoreApplication, saved: str = "") -> None:
    """Install the catalogues unless a start-up did already (a window made by a test or a script)."""
    if not app.findChildren(QTranslator, _TRANSLATOR_NAME):
        install(app, choose_language(None, saved)[0])


def translate_in(code: str, context: str, text: str) -> str:
    """`text` as the catalogue of `code` words it, without changing the interface: to say
    something in the language just chosen."""
    folder = translations_dir()
    translator = QTranslator()
    if folder is not None and translator.load(CATALOGUE + "_" + code, str(folder)):
        return translator.translate(context, text) or text
    return text
