"""The HTML and Markdown reports' words in the interface's language, for exports made from the window."""

from __future__ import annotations

from PySide6.QtCore import QObject

from marginalia.core.export import ReportWords
from marginalia.ui import i18n
from marginalia.ui.document_status import status_words
from marginalia.ui.language_names import language_label
from marginalia.ui.wording import arg


class ReportWording(QObject):
    """Fills the core's ReportWords; a QObject for its translation context. The counts are
    worded when the report is written, on the export's thread (translating is thread-safe)."""

    def words(self) -> ReportWords:
        return ReportWords(
            language=i18n.current_language(),
            title=self.tr("Marginalia report"),
            exported=lambda moment: arg(self.tr("Exported %1"), moment),
            claims=lambda n: self.tr("%Ln claim(s)", "", n),
            claims_in_articles=lambda claims, articles: arg(
                self.tr("%1 %2", "claims in articles"), self.tr("%Ln claim(s)", "", claims),
                self.tr("in %Ln article(s)", "", articles)),
            claims_per_topic=self.tr("Claims per topic"),
            article=self.tr("Article"),
            claims_column=self.tr("Claims"),
            total=self.tr("Total"),
            no_claims=self.tr("No claims."),
            no_claims_matched=self.tr("No claims matched."),
            untagged=self.tr("Untagged"),
            empty_selection=self.tr("(empty selection)"),
            not_found=lambda quote: arg(self.tr("Not found in the text: “%1”"), quote),
            note=self.tr("Note:"),
            page=lambda page: arg(self.tr("p. %1"), page),
            characters=lambda start, end: arg(self.tr("characters %1–%2"), start, end),
            also=lambda topics: arg(self.tr("also: %1"), topics),
            by=lambda author: arg(self.tr("by %1"), author),
            status=status_words,
            language_name=language_label,
            chart_title=self.tr("Claims per topic per article"),
            chart_axis=self.tr("claims", "the unit of the chart's vertical axis"),
            chart_more=lambda n: self.tr("%Ln more article(s) in the table, not drawn", "", n),
            chart_more_rows=lambda n: self.tr("%Ln more topic(s) with fewer claims in the table, not drawn", "", n),
            chart_empty=self.tr("No claims to chart."),
            across_outlets=self.tr("Across outlets"),
            clusters_intro=lambda n: self.tr(
                "%Ln cluster(s): each row is one fact, each column what an article says of it.", "", n),
            cluster=self.tr("Cluster"),
            no_label=self.tr("(no label)"),
            more_members=lambda n: self.tr("%Ln more member(s) not in this export", "", n),
        )


def report_words() -> ReportWords | None:
    """The words for a report exported now; None in English, where the core's own words
    (those of `marginalia export`) make the same report the command line makes."""
    if i18n.current_language() == i18n.SOURCE_LANGUAGE:
        return None
    return ReportWording().words()
