"""Typed application settings over QSettings, with every default declared here."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    """One object per window; tests point it at a temporary folder via MARGINALIA_HOME.
    With `file`, the settings live in that INI file instead (a scratch window's, say)."""

    def __init__(self, file: Path | None = None) -> None:
        home = os.environ.get("MARGINALIA_HOME")
        if file is not None or home:
            self._q = QSettings(str(file or Path(home) / "settings.ini"), QSettings.Format.IniFormat)
        else:
            self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Marginalia", "Marginalia")

    def sync(self) -> None:
        self._q.sync()

    # -- window state ----------------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._q.setValue("window/splitter", value)

    # -- corpus ----------------------------------------------------------
    @property
    def last_corpus(self) -> Path | None:
        value = self._q.value("corpus/last", "")
        return Path(value) if value else None

    @last_corpus.setter
    def last_corpus(self, path: Path) -> None:
        self._q.setValue("corpus/last", str(path))

    @property
    def last_article(self) -> Path | None:
        value = self._q.value("corpus/last_article", "")
        return Path(value) if value else None

    @last_article.setter
    def last_article(self, path: Path | None) -> None:
        self._q.setValue("corpus/last_article", str(path) if path else "")

    @property
    def recent_corpora(self) -> list[Path]:
        value = self._q.value("corpus/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [Path(v) for v in value or [] if v]

    def add_recent_corpus(self, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent_corpora if p != path]
        self._q.setValue("corpus/recent", paths[:MAX_RECENT])

    # -- annotating ------------------------------------------------------
    @property
    def author(self) -> str:
        default = os.environ.get("USER") or os.environ.get("USERNAME") or ""
        return str(self._q.value("annotating/author", default))

    @author.setter
    def author(self, name: str) -> None:
        self._q.setValue("annotating/author", name)

    # -- interface ---------------------------------------------------------
    @property
    def ui_language(self) -> str:
        """The interface's language code, chosen in View ▸ Interface Language; "" follows the
        system. Read once at start-up: a change applies from the next start."""
        return str(self._q.value("interface/language", "") or "")

    @ui_language.setter
    def ui_language(self, code: str) -> None:
        self._q.setValue("interface/language", code)

    @property
    def high_contrast(self) -> bool | None:
        """View ▸ High Contrast as last chosen; None until chosen (the system's setting is followed)."""
        value = str(self._q.value("interface/high_contrast", "") or "")
        return {"on": True, "off": False}.get(value)

    @high_contrast.setter
    def high_contrast(self, on: bool) -> None:
        self._q.setValue("interface/high_contrast", "on" if on else "off")

    @property
    def author_set(self) -> bool:
        """Whether the reviewer gave a name (else the first claim asks for it)."""
        return self._q.contains("annotating/author")

    # -- whose claims are shown (Reviewers menu) ---------------------------
    @property
    def reviewer_mode(self) -> str:
        """"all", "mine" or "chosen" (see core.reviewers)."""
        return str(self._q.value("reviewers/mode", "all"))

    @reviewer_mode.setter
    def reviewer_mode(self, mode: str) -> None:
        self._q.setValue("reviewers/mode", mode)

    @property
    def reviewers_chosen(self) -> list[str]:
        """The reviewers shown in the "chosen" mode ("" for claims without a reviewer)."""
        value = self._q.value("reviewers/chosen", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v)[1:] for v in value or [] if str(v).startswith("=")]

    @reviewers_chosen.setter
    def reviewers_chosen(self, names: list[str]) -> None:
        # Each name behind "=": the reviewer "" survives, and an empty list reads back as one.
        self._q.setValue("reviewers/chosen", ["=" + n for n in names])

    # -- file dialogs ------------------------------------------------------
    def folder(self, kind: str) -> Path | None:
        """The folder a file dialog of this kind ("open", "import", "export") last used,
        if it is still there."""
        value = self._q.value(f"folders/{kind}", "")
        return Path(value) if value and Path(value).is_dir() else None

    def set_folder(self, kind: str, path: Path) -> None:
        self._q.setValue(f"folders/{kind}", str(path))
    # -- agreement window --------------------------------------------------
    # What was unticked, not what was ticked: a reviewer, topic or article that turns up
    # later is compared without being asked for, as in the `agreement` command.
    def _names(self, key: str) -> list[str]:
        value = self._q.value(key, [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or [] if str(v)]  # an empty list reads back as ""

    @property
    def agreement_geometry(self) -> QByteArray | None:
        return self._bytes("agreement/geometry")

    @agreement_geometry.setter
    def agreement_geometry(self, value: QByteArray) -> None:
        self._q.setValue("agreement/geometry", value)

    @staticmethod
    def _corpus_key(corpus: Path) -> str:
        # Names of reviewers, topics and articles belong to one folder; a key of its path
        # keeps them apart without putting the path itself in a settings key.
        return hashlib.sha256(str(corpus).encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def agreement_left_out(self, corpus: Path) -> dict[str, list[str]]:
        """"reviewers", "topics", "articles" → the names unticked in the agreement window for `corpus`."""
        key = self._corpus_key(corpus)
        return {kind: self._names(f"agreement/{key}/left_out_{kind}") for kind in ("reviewers", "topics", "articles")}

    def set_agreement_left_out(self, corpus: Path, kind: str, names: list[str]) -> None:
        self._q.setValue(f"agreement/{self._corpus_key(corpus)}/left_out_{kind}", list(names))

    @property
    def agreement_figure(self) -> str:
        """The figure the heat map shows."""
        return str(self._q.value("agreement/figure", "alpha_u"))

    @agreement_figure.setter
    def agreement_figure(self, name: str) -> None:
        self._q.setValue("agreement/figure", name)

    @property
    def agreement_tab(self) -> int:
        try:
            return int(self._q.value("agreement/tab", 0))
        except (TypeError, ValueError):
            return 0

    @agreement_tab.setter
    def agreement_tab(self, index: int) -> None:
        self._q.setValue("agreement/tab", index)
