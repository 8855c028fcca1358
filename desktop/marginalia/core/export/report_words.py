"""The words of the HTML and Markdown reports: English by default, another language's from the front end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from marginalia.core.language import describe_language


def _english_count(one: str, many: str) -> Callable[[int], str]:
    return lambda n: (one if n == 1 else many).format(n=n)


@dataclass(frozen=True, slots=True)
class ReportWords:
    """Everything a report says that is not the user's own text. The command line uses
    these English defaults, so its reports stay the same from run to run; the window
    passes its interface's language. Counts and places are functions, since a language's
    plural forms (and its way of writing numbers) belong to the front end."""

    language: str = "en"  # the report's own language (the page's lang attribute)
    title: str = "Marginalia report"
    exported: Callable[[str], str] = "Exported {}".format  # the export's time, ISO 8601
    claims: Callable[[int], str] = field(default=_english_count("{n} claim", "{n} claims"))
    claims_in_articles: Callable[[int, int], str] = field(default=lambda claims, articles: (
        _english_count("{n} claim", "{n} claims")(claims) + " in "
        + _english_count("{n} article", "{n} articles")(articles)))
    claims_per_topic: str = "Claims per topic"
    article: str = "Article"  # the counts table's first column
    claims_column: str = "Claims"
    total: str = "Total"
    no_claims: str = "No claims."
    no_claims_matched: str = "No claims matched."
    untagged: str = "Untagged"  # the Markdown section of claims without a topic
    empty_selection: str = "(empty selection)"
    not_found: Callable[[str], str] = "Not found in the text: “{}”".format
    note: str = "Note:"
    page: Callable[[int], str] = "p. {}".format
    characters: Callable[[int, int], str] = "characters {}–{}".format
    also: Callable[[str], str] = "also: {}".format  # the claim's other topics, listed
    by: Callable[[str], str] = "by {}".format
    status: Callable[[str], str] = str  # "moved", "fuzzy", "orphaned"
    language_name: Callable[[str], str] = field(default=lambda tag: describe_language(tag).label)
    # The chart of claims per topic per article (the compare view's).
    chart_title: str = "Claims per topic per article"
    chart_axis: str = "claims"
    chart_more: Callable[[int], str] = field(default=_english_count(
        "{n} more article is in the table, not drawn", "{n} more articles are in the table, not drawn"))
    chart_more_rows: Callable[[int], str] = field(default=_english_count(
        "{n} topic with fewer claims is in the table, not drawn",
        "{n} topics with fewer claims are in the table, not drawn"))
    chart_empty: str = "No claims to chart."
    # The clusters' table, "Across outlets".
    across_outlets: str = "Across outlets"
    clusters_intro: Callable[[int], str] = field(default=_english_count(
        "{n} cluster: each row is one fact, each column what an article says of it.",
        "{n} clusters: each row is one fact, each column what an article says of it."))
    cluster: str = "Cluster"  # the clusters' table's first column
    no_label: str = "(no label)"
    more_members: Callable[[int], str] = field(default=_english_count(
        "{n} more member not in this export", "{n} more members not in this export"))


ENGLISH = ReportWords()
