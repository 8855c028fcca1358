"""Agreement per topic, for each article and pooled over the articles, with the mean over topics."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from marginalia.core.agreement.alpha import nominal_alpha
from marginalia.core.agreement.alpha_u import UnitizingTally, pool_unitizing, tally_unitizing, unitizing_alpha
from marginalia.core.agreement.coding import CodingTally, pool_coding, tally_coding
from marginalia.core.agreement.figures import Figures, NullReason, mean_figures
from marginalia.core.agreement.kappa import cohen_kappa
from marginalia.core.agreement.percent import pairwise_agreement
from marginalia.core.agreement.units import ArticleClaims, units_by_topic


def figures_of(coding: CodingTally, unitizing: UnitizingTally) -> Figures:
    """The four figures of one topic, or why each is undefined.

    The cases that would give a number that misleads come first: fewer than two
    reviewers, no text, and a topic nobody used (every reviewer "agrees" that no
    code point has it, which percent agreement would call 100 %).
    """
    if coding.reviewers < 2:
        return Figures.none(NullReason.ONE_REVIEWER)
    if not coding.units:
        return Figures.none(NullReason.NO_TEXT)
    if not unitizing.units:
        return Figures.none(NullReason.NO_CLAIMS)
    columns = coding.value_counts()
    kappa = cohen_kappa(coding.pair_table()) if coding.reviewers == 2 else NullReason.NOT_TWO_REVIEWERS
    return Figures(pairwise_agreement(columns), kappa, nominal_alpha(columns), unitizing_alpha(unitizing))


@dataclass(frozen=True)
class AgreementReport:
    """Every figure of one comparison of reviewers, by topic, pooled and article by article.

    For a table: `pooled[topic]` and `overall`; for a table of one article:
    `by_article[name][topic]` and `article_overall[name]`; for a heat map of topic ×
    article: `by_article[name][topic].value("alpha_u")` (None where undefined).
    """

    reviewers: tuple[str, ...]
    topics: tuple[str, ...]  # topic ids, in the order asked for
    articles: tuple[str, ...]  # article names, in the order given
    units: int  # code points of all the articles
    pooled: Mapping[str, Figures]  # topic → figures over all the articles as one text
    overall: Figures  # mean over topics of `pooled`, each figure over the topics that have it
    by_article: Mapping[str, Mapping[str, Figures]]  # article → topic → figures
    article_overall: Mapping[str, Figures]  # article → mean over topics
    coded: Mapping[str, Mapping[str, int]]  # topic → reviewer → code points they coded, pooled

    def to_json(self) -> dict:
        """The `agreement --json` document: reviewers, topics, overall, then the extras."""
        return {
            "reviewers": list(self.reviewers),
            "topics": {topic: {**self.pooled[topic].as_json(), "coded": dict(self.coded[topic])}
                       for topic in self.topics},
            "overall": self.overall.as_json(),
            "articles": list(self.articles),
            "units": self.units,
            "per_article": {name: {"topics": {t: f.as_json() for t, f in self.by_article[name].items()},
                                   "overall": self.article_overall[name].as_json()}
                            for name in self.articles},
        }


def measure_agreement(articles: Sequence[ArticleClaims], reviewers: Sequence[str],
                      topics: Sequence[str]) -> AgreementReport:
    """Compare `reviewers` on `topics` in `articles`: plain inputs in, every figure out.

    A claim's reviewer is its first field; its topics are ids. A reviewer with no
    claims in an article coded none of it. Article names must be distinct; a reviewer
    or topic named twice counts once.
    """
    reviewers, topics = tuple(dict.fromkeys(reviewers)), tuple(dict.fromkeys(topics))  # once each, in order
    names = tuple(a.name for a in articles)
    if len(set(names)) != len(names):
        raise ValueError("article names must be distinct")
    coding: dict[str, list[CodingTally]] = {t: [] for t in topics}
    unitizing: dict[str, list[UnitizingTally]] = {t: [] for t in topics}
    by_article: dict[str, dict[str, Figures]] = {}
    for article in articles:
        figures = by_article[article.name] = {}
        for topic, units in units_by_topic(article, reviewers, topics).items():
            c, u = tally_coding(article.length, units), tally_unitizing(article.length, units)
            coding[topic].append(c)
            unitizing[topic].append(u)
            figures[topic] = figures_of(c, u)
    empty_coding = CodingTally((0,) * (len(reviewers) + 1), (0,) * len(reviewers))
    empty_unitizing = UnitizingTally(len(reviewers), 0, 0, (), ())
    pooled, coded = {}, {}
    for topic in topics:
        c = pool_coding(coding[topic]) or empty_coding
        pooled[topic] = figures_of(c, pool_unitizing(unitizing[topic]) or empty_unitizing)
        coded[topic] = dict(zip(reviewers, c.coded))
    return AgreementReport(
        reviewers=reviewers, topics=topics, articles=names, units=sum(a.length for a in articles),
        pooled=pooled, overall=mean_figures([pooled[t] for t in topics]),
        by_article=by_article, article_overall={n: mean_figures(list(f.values())) for n, f in by_article.items()},
        coded=coded,
    )
