"""The agreement figures as table rows, pooled or article by article, and as CSV for a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass

from marginalia.core.agreement.figures import Figures
from marginalia.core.agreement.report import AgreementReport
from marginalia.core.export.csv_table import neutralise


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One row of a table: a topic's figures (`topic` None: the mean over topics) pooled
    over the articles (`article` None) or in one article."""

    article: str | None
    topic: str | None
    figures: Figures


def pooled_rows(report: AgreementReport) -> list[FigureRow]:
    """Each topic pooled over the articles, then the mean over topics."""
    rows = [FigureRow(None, topic, report.pooled[topic]) for topic in report.topics]
    return rows + [FigureRow(None, None, report.overall)]


def article_rows(report: AgreementReport) -> list[FigureRow]:
    """For each article in order, each topic then the mean over topics."""
    rows: list[FigureRow] = []
    for name in report.articles:
        rows += [FigureRow(name, topic, report.by_article[name][topic]) for topic in report.topics]
        rows.append(FigureRow(name, None, report.article_overall[name]))
    return rows


def _number(value: float | None) -> str:
    # A fixed number of places with a dot, whatever the reader's locale: the file is
    # read by programs; an undefined figure is an empty cell, its reason beside it.
    return "" if value is None else f"{value:.6f}"


def agreement_csv(rows: list[FigureRow], *, topic_names: Mapping[str, str] = {}, mean_name: str = "",
                  with_articles: bool = True) -> bytes:
    """`rows` as CSV bytes (UTF-8 with a BOM, as the claims export): topic id and name,
    the four figures as proportions (percent too, as in the JSON) and why each missing
    one is missing, in the JSON's codes. The mean row has an empty topic id and
    `mean_name`; text from files is neutralised against spreadsheet formulas."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    names = Figures.names()
    writer.writerow((("article",) if with_articles else ()) + ("topic", "topic_name") + names
                    + tuple(f"{name}_reason" for name in names))
    for row in rows:
        reasons = row.figures.reasons()
        topic_name = mean_name if row.topic is None else topic_names.get(row.topic, row.topic)
        writer.writerow([*((neutralise(row.article or ""),) if with_articles else ()),
                         neutralise(row.topic or ""), neutralise(topic_name),
                         *(_number(row.figures.value(name)) for name in names),
                         *(str(reasons.get(name, "")) for name in names)])
    return buffer.getvalue().encode("utf-8-sig")
