"""A health report of a corpus: how every claim re-anchors and what cannot be read."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from marginalia.core.errors import ArticleError, MarginaliaError
from marginalia.core.export.selection import Progress
from marginalia.core.printable import printable
from marginalia.core.storage.formats import SIDECAR_SUFFIX

STATUSES = ("exact", "moved", "fuzzy", "orphaned")
_QUOTE_SHOWN = 40  # enough of a lost quote to recognise it in a terminal line


@dataclass(frozen=True, slots=True)
class Problem:
    """One fault, located as precisely as the file allows."""

    path: Path
    field: str  # a JSON path such as "annotations[3].position.end", or "" for the whole file
    reason: str


@dataclass(slots=True)
class ArticleCheck:
    name: str
    claims: int = 0
    counts: Counter = field(default_factory=Counter)  # status → claims
    problems: list[Problem] = field(default_factory=list)


@dataclass(slots=True)
class CorpusCheck:
    root: Path
    articles: list[ArticleCheck] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # not tied to one article

    def all_problems(self) -> list[Problem]:
        return self.problems + [p for a in self.articles for p in a.problems]

    @property
    def ok(self) -> bool:
        return not self.all_problems()


def _short(quote: str) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= _QUOTE_SHOWN else flat[:_QUOTE_SHOWN - 1] + "…"


def check_article(corpus, path: Path, reviewers: Collection[str] | None = None) -> ArticleCheck:
    """Open one article as the reader would (re-anchoring, nothing written) and collect
    faults; with `reviewers`, only their claims are counted and reported (the file's
    own faults still are: an unreadable record may be theirs)."""
    result = ArticleCheck(corpus.relative_name(path))
    try:
        # A check reports no languages, and writes nothing (not even a killed write's leftovers go).
        document = corpus.open(path, identify_language=False, tidy=False)
    except ArticleError as exc:
        result.problems.append(Problem(exc.path, "", f"article unreadable: {exc.reason}"))
        return result
    file = corpus.file_of(document)
    if file.read_only_error is not None:
        result.problems.append(_problem(file.read_only_error))
    for bad in file.bad_records:
        result.problems.append(_problem(bad.error))
    claims = [a for a in document.ordered() if reviewers is None or a.author in reviewers]
    result.claims = len(claims) + len(file.bad_records)
    known = set(corpus.codebook.ids())
    for a in claims:
        status = "orphaned" if a.orphaned else document.anchors.statuses.get(a.id, "exact")
        result.counts[status] += 1
        where = f"annotations[id={a.id}]"
        if status == "orphaned":
            result.problems.append(Problem(file.path, where,
                                           f"orphaned: “{_short(a.quote.exact)}” is not in the text"))
        for topic_id in a.topics:
            if topic_id not in known:
                result.problems.append(Problem(file.path, where + ".topics",
                                               f"topic {topic_id!r} is not in the codebook"))
    return result


def _problem(error: MarginaliaError) -> Problem:
    return Problem(error.path, getattr(error, "field", ""), error.reason)


def _stray_sidecars(corpus, articles: set[Path]) -> list[Problem]:
    from marginalia.core.teamwork.conflict_names import conflict_name

    found = []
    for side in sorted(corpus.root.rglob("*" + SIDECAR_SUFFIX)):
        if any(part.startswith(".") for part in side.relative_to(corpus.root).parts):
            continue
        if conflict_name(side.name) is not None:
            continue  # a sync folder's conflict copy: reported as one
        article = side.with_name(side.name[:-len(SIDECAR_SUFFIX)])
        if article not in articles:
            found.append(Problem(side, "", f"sidecar without its article {article.name}"))
    return found


def check_clusters(root: Path) -> list[Problem]:
    """The claim clusters' faults: a clusters file that cannot be read, and each member
    whose claim cannot be found (its sidecar unreadable, or the claim deleted). A member
    whose article was renamed is found, and no fault. Reads only (no cache is written)."""
    from marginalia.core.clusters.claim_index import ClaimIndex
    from marginalia.core.clusters.resolve import GONE, resolve_clusters
    from marginalia.core.clusters.store import ClusterStore

    store = ClusterStore(root, tidy=False)
    if store.error is not None:
        return [_problem(store.error)]
    problems = []
    for resolved in resolve_clusters(root, store.clusters, None, ClaimIndex(root)):
        for member in resolved.missing():
            why = "deleted" if member.state == GONE else f"unreadable ({member.problem.reason})"
            problems.append(Problem(store.path, f"clusters[id={resolved.id}].members[claim={member.claim_id}]",
                                    f"claim of cluster “{_short(resolved.cluster.label)}” not found, {why}: "
                                    f"“{_short(member.quote)}” in {member.article}"))
    return problems


def _conflict_copies(corpus) -> list[Problem]:
    from marginalia.core.teamwork.conflict_copies import find_conflict_copies

    found = []
    for copy in find_conflict_copies(corpus.root):
        original = copy.original.relative_to(corpus.root).as_posix()
        if copy.kind is None:
            found.append(Problem(copy.path, "", f"a conflict copy {copy.client} made of the article {original}, "
                                                "which Marginalia does not merge: compare them and keep one"))
        else:
            found.append(Problem(copy.path, "", f"a conflict copy {copy.client} made of {original}: not merged "
                                                "yet (opening the corpus in Marginalia, or any command but "
                                                "check, merges it and moves it aside)"))
    return found


def check_corpus(corpus, *, progress: Progress | None = None, reviewers: Collection[str] | None = None
                 ) -> CorpusCheck:
    """Check every article of `corpus` (a core Corpus); with `reviewers`, only their
    claims. Reads only; never writes: a sync folder's conflict copies are listed."""
    report = CorpusCheck(corpus.root)
    for error in (corpus.codebook_error, corpus.manifest_error):
        if error is not None:
            report.problems.append(_problem(error))
    report.problems.extend(_problem(refused) for refused in corpus.refused_articles())
    paths = corpus.article_paths()
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths), corpus.relative_name(path))
        report.articles.append(check_article(corpus, path, reviewers))
    if progress is not None:
        progress(len(paths), len(paths), "")
    report.problems.extend(_stray_sidecars(corpus, set(paths)))
    report.problems.extend(check_clusters(corpus.root))
    report.problems.extend(_conflict_copies(corpus))
    return report


def _where(root: Path, problem: Problem) -> str:
    try:  # not resolved: a link is named as the link, not as what it points to
        name = problem.path.relative_to(root).as_posix()
    except ValueError:
        name = str(problem.path)
    return printable(f"{name} ({problem.field})" if problem.field else name)


def format_check(report: CorpusCheck) -> str:
    """The report as a plain-text table (one row per article), then the problems."""
    header = ("article", "claims", *STATUSES, "problems")
    rows = [(printable(a.name), a.claims, *(a.counts[s] for s in STATUSES), len(a.problems)) for a in report.articles]
    totals = ("total", sum(r[1] for r in rows), *(sum(r[i] for r in rows) for i in range(2, 6)),
              len(report.all_problems()))
    table = [tuple(str(v) for v in row) for row in (header, *rows, totals)]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]

    def line(row: tuple[str, ...]) -> str:
        return "  ".join([row[0].ljust(widths[0])] + [v.rjust(w) for v, w in zip(row[1:], widths[1:])])

    rule = "  ".join("-" * w for w in widths)
    out = [line(table[0]), rule, *(line(r) for r in table[1:-1]), rule, line(table[-1])]
    problems = report.all_problems()
    if problems:
        out += ["", f"{len(problems)} problem{'s' if len(problems) != 1 else ''}:"]
        out += [f"  {_where(report.root, p)}: {printable(p.reason)}" for p in problems]
    else:
        out += ["", "No problems."]
    return "\n".join(out) + "\n"
