"""Why an import left records out, in the interface's language: one sentence per SkipCode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from marginalia.core.error_codes import SkipCode as S
from marginalia.ui.error_words import ErrorWords
from marginalia.ui.wording import arg, number


class ImportWords(QObject):
    """`skip(skipped)`: the reason a Skipped (or Rejected) record of an import report gives."""

    def skip(self, skipped) -> str:
        facts, error = skipped.facts, getattr(skipped, "error", None)
        code = skipped.code
        if code in (S.ARTICLE_UNREADABLE, S.FILE_READ_ONLY, S.CLUSTERS_UNREADABLE):
            name = Path(error.facts.get("file", "")).name if error is not None else "?"
            return arg(self._with_error()[code], name, ErrorWords().reason(error) if error is not None else "?")
        if code == S.NOT_TEXT_SOURCE:
            return arg(self.tr("%1, not text"), self._source_kind(facts.get("kind", "")))
        if code == S.REPEATED_ID:
            return arg(self.tr("id %1 occurs earlier in the file"), facts.get("id", "?"))
        if code == S.POSITIONS_OUTSIDE_SOURCE:
            values = (number(facts[k]) if isinstance(facts.get(k), int) else "?" for k in ("start", "end", "length"))
            return arg(self.tr("positions %1–%2 are not in the source's text (%3 characters)"), *values)
        if code == S.SOURCE_TEXT_NOT_IN_PROJECT:
            text = (self.tr("not imported: its text %1 is not in the project (files outside the project are not read)")
                    if facts.get("outside") else self.tr("not imported: its text %1 is not in the project"))
            return arg(text, facts.get("reference", "?"))
        return self.plain().get(code, code.value)

    def plain(self) -> dict:
        """The reasons without facts."""
        return {
            S.NOT_AN_OBJECT: self.tr("not a JSON object"),
            S.NOT_AN_ANNOTATION: self.tr("not an Annotation, AnnotationPage or AnnotationCollection"),
            S.NO_TARGET: self.tr("no target"),
            S.TARGET_WITHOUT_SELECTOR: self.tr("the target is a whole resource, without a text selector"),
            S.NO_TEXT_SELECTOR: self.tr("no usable TextQuoteSelector or TextPositionSelector"),
            S.REPLY: self.tr("a reply to another annotation, attached to no text"),
            S.PAGE_NOTE: self.tr("a page note, attached to no text"),
            S.POSITION_BEYOND_TEXT: self.tr("no quote, and the position is beyond the text"),
            S.LINK_WITHOUT_CLAIMS: self.tr("a link between annotations none of which is a claim here"),
            S.UNCHANGED: self.tr("already here, unchanged"),
            S.CLUSTER_UNCHANGED: self.tr("cluster already here, unchanged"),
            S.TOPIC_EXISTS: self.tr("a topic of that name exists already"),
            S.ALREADY_IN_CORPUS: self.tr("already in the corpus"),
            S.PDF_WITHOUT_TEXT: self.tr("a PDF without a plain-text representation"),
            S.SOURCE_RICH_TEXT_ONLY: self.tr("not imported: it has only rich text (richTextPath), no plain text"),
            S.SOURCE_WITHOUT_TEXT: self.tr("not imported: it has no text"),
        }

    def _with_error(self) -> dict:
        return {
            S.ARTICLE_UNREADABLE: self.tr("the article %1 cannot be read: %2"),
            S.FILE_READ_ONLY: self.tr("%1 is not to be written: %2"),
            S.CLUSTERS_UNREADABLE: self.tr("%1 cannot be read: %2"),
        }

    def _source_kind(self, kind: str) -> str:
        kinds = {"PictureSource": self.tr("a picture"), "AudioSource": self.tr("a recording"),
                 "VideoSource": self.tr("a video")}
        return kinds.get(kind, kind)

    def worded(self) -> set:
        """Every code this class words (for the test that each has words)."""
        return set(self.plain()) | set(self._with_error()) | {
            S.NOT_TEXT_SOURCE, S.REPEATED_ID, S.POSITIONS_OUTSIDE_SOURCE, S.SOURCE_TEXT_NOT_IN_PROJECT}
