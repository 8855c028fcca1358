"""Headless commands for scripts and terminals: export, import, check, show, agreement, suggest, history,
clusters, accept-decoding, and (cli_team.py) git-setup and merge-driver."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from marginalia.core.annotation import utc_now
from marginalia.core.corpus import Corpus
from marginalia.core.errors import InputError, MarginaliaError, WriteError
from marginalia.core.export import FORMATS, collect, render, write_export
from marginalia.core.printable import printable
from marginalia.core.storage.formats import MAX_SIDECAR_BYTES, SIDECAR_SUFFIX, sidecar_path
from marginalia.core.files import is_regular_file, read_regular_file
from marginalia.error_english import english

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
_LISTED = 20  # unmatched records printed one by one before summarising the rest


class UsageError(Exception):
    """Bad arguments or unreadable input: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    # argparse prints the whole usage and exits; a script wants one line it can log.
    def error(self, message: str):
        raise UsageError(f"{self.prog}: {message}")


class _Progress:
    """"[3/40] name" on stderr, rewritten in place; silent unless stderr is a terminal."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()

    def __call__(self, done: int, total: int, name: str) -> None:
        if not self.enabled:
            return
        line = f"[{done}/{total}] {name}" if done < total else ""
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()


def _export_time() -> datetime:
    # SOURCE_DATE_EPOCH (reproducible-builds.org) pins the timestamp, so a
    # script can produce byte-identical exports from identical annotations.
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return utc_now()


def _open_corpus(folder: str, *, take_in: bool = True) -> Corpus:
    """The corpus at `folder`; with `take_in`, what other writers left for it (a sync
    folder's conflict copies, a git merge's pending versions) merged in first."""
    if not Path(folder).is_dir():
        raise UsageError(f"{folder}: not a folder")
    corpus = Corpus(Path(folder))
    if take_in:
        from marginalia.cli_team import take_in_team_changes

        take_in_team_changes(corpus)
    return corpus


def _warn(message: str) -> None:
    print(f"warning: {printable(message)}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    corpus = _open_corpus(args.corpus)
    selection = collect(corpus, topics=args.topic or (), articles=args.article or (), reviewers=args.reviewer,
                        adjudicated=args.adjudicated,
                        progress=_Progress())
    data = render(args.format, selection, exported=_export_time(), name=corpus.root.name)
    try:
        write_export(Path(args.output), data, corpus=corpus)
    except WriteError as exc:
        raise UsageError(f"{args.output}: cannot write: {exc.reason}") from exc
    for problem in selection.problems:
        _warn(f"left out: {problem}")
    for name in args.reviewer or ():
        if not any(a.author == name for article in selection.articles for a in article.annotations):
            _warn(f"no claims by reviewer {name!r} were exported")
    count = selection.claim_count()
    print(f"Exported {count} claim{'s' if count != 1 else ''} from {len(selection.articles)} "
          f"article{'s' if len(selection.articles) != 1 else ''} to {printable(args.output)} ({args.format}).")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    if args.reviewer is not None and not args.reviewer.strip():
        raise UsageError("--reviewer: give a name")
    corpus = _open_corpus(args.corpus)
    if not Path(args.file).exists():
        raise UsageError(f"{args.file}: no such file")
    if not is_regular_file(Path(args.file)):
        raise UsageError(f"{args.file}: not a regular file")
    from marginalia.core.importer import import_file  # with the anchoring engine: only for import

    report = import_file(corpus, Path(args.file), progress=_Progress(), reviewer=(args.reviewer or "").strip())
    print(f"Imported {len(report.imported)}, updated {len(report.updated)}, skipped {len(report.skipped)}, "
          f"unmatched {len(report.unmatched)}, conflicts {len(report.conflicts)} (from {printable(args.file)}).")
    if report.conflicts:
        print(f"  {len(report.conflicts)} differ from a claim here that is not older: the claims here are kept, "
              "and the incoming versions are in the articles' history (marginalia history ARTICLE).")
    if report.articles_added:
        print(f"  New articles: {printable(', '.join(report.articles_added))}.")
    if report.orphaned:
        print(f"  {len(report.orphaned)} of them could not be placed in the text and are kept as orphans.")
    if report.new_topics:
        print(f"  New topics: {printable(', '.join(report.new_topics))}.")
    if report.clusters:
        print(f"  Claim clusters made or extended: {len(report.clusters)}.")
    for where, fact in report.notes:
        print(f"  note: {printable(where)}: {printable(fact)}")
    for reason, n in Counter(s.reason for s in report.skipped).most_common():
        print(f"  skipped {n}: {printable(reason)}")
    # What was read but not kept, field by field: nothing is dropped silently.
    for (name, reason), n in Counter((d.field, d.reason) for d in report.dropped).most_common():
        print(f"  not kept{f' ({n}×)' if n > 1 else ''}: {printable(name)}: {printable(reason)}")
    for where, reason in report.unmatched[:_LISTED]:
        print(f"  unmatched {printable(where)}: {printable(reason)}")
    if len(report.unmatched) > _LISTED:
        print(f"  … and {len(report.unmatched) - _LISTED} more unmatched")
    faults = report.unmatched or any(s.fault for s in report.skipped)
    return EXIT_PROBLEMS if faults else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    corpus = _open_corpus(args.corpus, take_in=False)  # check writes nothing: it lists the conflict copies
    from marginalia.core.checking import check_corpus, format_check

    report = check_corpus(corpus, progress=_Progress(), reviewers=args.reviewer)
    sys.stdout.write(format_check(report))
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_show(args: argparse.Namespace) -> int:
    given = Path(args.article)
    side = given if given.name.endswith(SIDECAR_SUFFIX) else sidecar_path(given)
    if not given.exists():
        raise UsageError(f"{given}: no such file")
    try:
        data = read_regular_file(side, MAX_SIDECAR_BYTES)
        if data is None:
            raise UsageError(f"{given}: has no annotations yet (no {side.name})")
        text = data.decode("utf-8-sig")
    except InputError as exc:
        raise UsageError(f"{side}: cannot read: {exc.reason}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{side}: not UTF-8 (byte {exc.start})") from exc
    if sys.stdout.isatty():
        from pygments import highlight
        from pygments.formatters import Terminal256Formatter, TerminalFormatter
        from pygments.lexers import JsonLexer

        rich = "256" in os.environ.get("TERM", "") or os.environ.get("COLORTERM")
        text = highlight(text, JsonLexer(), Terminal256Formatter() if rich else TerminalFormatter())
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


# How the table words each reason a figure is undefined (the JSON keeps the codes).
_AGREEMENT_REASONS = {
    "no_text": "the articles have no text",
    "one_reviewer": "needs two or more reviewers",
    "not_two_reviewers": "needs exactly two reviewers",
    "no_claims": "no claims with this topic",
    "no_expected_disagreement": "nothing to tell from chance (every code point has the same value)",
    "no_topics": "no topics",
    "undefined_for_every_topic": "undefined for every topic",
}
_AGREEMENT_COLUMNS = ("percent", "kappa", "alpha", "alpha_u")


def _agreement_row(label: str, figures) -> list[str]:
    cells = [printable(label)]
    for name in _AGREEMENT_COLUMNS:
        value = figures.value(name)
        if value is None:
            cells.append("–")
        elif name == "percent":
            cells.append(f"{value * 100:.1f} %")
        else:
            cells.append(f"{value:.3f}")
    reasons = figures.reasons()
    worded = {_AGREEMENT_REASONS.get(str(r), str(r)) for r in reasons.values()}
    if len(reasons) == len(_AGREEMENT_COLUMNS) and len(worded) == 1:
        cells.append(worded.pop())
    else:
        cells.append("; ".join(f"{name}: {_AGREEMENT_REASONS.get(str(r), str(r))}" for name, r in reasons.items()))
    return cells


def format_agreement(report) -> str:
    """The table `agreement` prints: one row per topic and the mean over topics, aligned."""
    articles = len(report.articles)
    names = ", ".join(printable(r) or "(no name)" for r in report.reviewers) or "no reviewers"
    lines = [f"Agreement of {names} on {articles} article{'s' if articles != 1 else ''} "
             f"({report.units:,} code points).", ""]
    rows = [["topic", *_AGREEMENT_COLUMNS, ""]]
    rows += [_agreement_row(topic, report.pooled[topic]) for topic in report.topics]
    rows.append(_agreement_row("overall", report.overall))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(row[1:-1], widths[1:])]
        lines.append("  ".join(cells + [row[-1]]).rstrip())
    lines += ["", "percent  share of code points the reviewers agree on (the mean over pairs of reviewers)",
              "kappa    Cohen's kappa, for exactly two reviewers",
              "alpha    Krippendorff's alpha, nominal, on the same code points",
              "alpha_u  Krippendorff's unitizing alpha: where units lie; text no one coded does not count",
              "overall  the mean over the topics that have the figure"]
    return "\n".join(lines) + "\n"


def cmd_agreement(args: argparse.Namespace) -> int:
    corpus = _open_corpus(args.corpus)
    from marginalia.core.agreement import corpus_agreement  # only for this command

    result = corpus_agreement(corpus, reviewers=args.reviewers or (), articles=args.article or (),
                              topics=args.topic or ())
    for problem in result.problems:
        _warn(f"left out: {' '.join(str(problem).split())}")
    if result.orphaned:
        _warn(f"{result.orphaned} claim(s) that could not be placed in their article's text were not counted")
    if result.unattributed:
        _warn(f"{result.unattributed} claim(s) without a reviewer name were not counted "
              f"(count them with --reviewers \"\" ...)")
    if args.json:
        json.dump(result.report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_agreement(result.report))
    return EXIT_OK


def _suggest_source(corpus: Corpus, given: str) -> Path:
    """ARTICLE as a file name within the corpus, else as a path."""
    for candidate in (corpus.root / given, Path(given)):
        if candidate.is_file():
            return candidate
    if (corpus.root / given).exists() or Path(given).exists():
        raise UsageError(f"{given}: not a regular file")
    raise UsageError(f"{given}: no such article in {corpus.root} (nor such a file)")


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def cmd_suggest(args: argparse.Namespace) -> int:
    corpus = _open_corpus(args.corpus)
    source_path = _suggest_source(corpus, args.article)
    from marginalia.core.article import load_article  # the engine loads only for this command
    from marginalia.core.suggest.store import CorpusSuggestions
    from marginalia.paths import user_cache_dir

    text = load_article(source_path).text
    if not 0 <= args.start < args.end <= len(text):
        raise UsageError(f"{args.article}: offsets {args.start}..{args.end} are not a non-empty range within "
                         f"its {len(text)} code points")
    if args.top < 1:
        raise UsageError(f"--top {args.top}: must be at least 1")
    suggestions = CorpusSuggestions(corpus, user_cache_dir())
    try:
        suggestions.refresh()
        try:
            source = suggestions.name_of(source_path.resolve())
        except ValueError:
            source = None  # a file outside the corpus: every corpus article is another one
        index = suggestions.index
        if source is not None and source in index:
            found = index.query_span(source, args.start, args.end, args.top)
        else:
            found = index.query(text[args.start:args.end], position=(args.start + args.end) / 2 / len(text),
                                top_k=args.top)
    finally:
        suggestions.close()
    for name, problem in sorted(suggestions.problems.items()):
        _warn(f"left out {name}: {problem.reason}")
    ordered = [s for name in index.names() if name in found for s in found[name]]
    if args.json:
        import orjson

        rows = [{"article": s.article, "start": s.start, "end": s.end, "quote": s.quote, "score": s.score}
                for s in ordered]
        sys.stdout.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n")
        return EXIT_OK
    for name in (n for n in index.names() if n in found):
        print(name)
        for rank, s in enumerate(found[name], 1):
            print(f"  {rank}. [{s.start}-{s.end}] {s.score:.3f}  {_one_line(s.quote)}")
    return EXIT_OK




def cmd_accept_decoding(args: argparse.Namespace) -> int:
    """The user's say: the article's text as it now decodes is the one to annotate."""
    article = Path(args.article)
    if not article.is_file():
        raise UsageError(f"{article}: no such file")
    corpus = _open_corpus(str(article.parent))
    document = corpus.open(article.resolve(), accept_decoding=True)
    if document.read_only:
        raise UsageError(f"{article}: still read-only: {corpus.file_of(document).read_only_error.reason}")
    corpus.save(document)
    counts = document.anchors.counts()
    print(f"{printable(article.name)}: claims placed in the text decoded as {document.article.encoding} "
          f"({counts.get('exact', 0)} exact, {counts.get('moved', 0)} moved, {counts.get('fuzzy', 0)} fuzzy, "
          f"{counts.get('orphaned', 0)} orphaned) and saved.")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from marginalia.core.recovery import claim_versions, restore_claim

    article = Path(args.article)
    if not article.is_file():
        raise UsageError(f"{article}: no such file")
    _open_corpus(str(article.parent))  # what a git merge or a sync folder left comes in first
    versions = claim_versions(article)
    if args.restore is None:
        for n, entry in enumerate(versions, 1):
            record = entry.record
            quote = (record.get("quote") or {}).get("exact", "") if isinstance(record.get("quote"), dict) else ""
            print(f"{n:>4}  {printable(entry.at)}  {entry.reason:<15}  {printable(str(record.get('id', '?')))}  "
                  f"“{printable(_excerpt(str(quote)))}”  note: {printable(_excerpt(str(record.get('note', ''))))}")
        if not versions:
            print(f"No earlier versions are kept for {printable(article.name)}.")
        return EXIT_OK
    if not 1 <= args.restore <= len(versions):
        raise UsageError(f"--restore {args.restore}: the history has versions 1 to {len(versions)}")
    corpus = _open_corpus(str(article.parent))
    restore_claim(corpus, article.resolve(), versions[args.restore - 1])
    print(f"Restored version {args.restore} of claim "
          f"{printable(str(versions[args.restore - 1].record.get('id')))} in {printable(article.name)}.")
    return EXIT_OK


def cmd_clusters(args: argparse.Namespace) -> int:
    corpus = _open_corpus(args.corpus)
    from marginalia.core.clusters.resolve import resolve_in_corpus

    store = corpus.cluster_store
    if store.error is not None:
        raise store.error
    resolved = resolve_in_corpus(corpus)
    if args.json:
        json.dump([{"id": r.id, "label": r.cluster.label, "note": r.cluster.note, "members": [
            {"claim": m.claim_id, "article": m.article, "language": m.language, "quote": m.quote, "state": m.state}
            for m in r.members]} for r in resolved], sys.stdout, ensure_ascii=False, indent=2)
        print()
    for r in [] if args.json else sorted(resolved, key=lambda r: (r.cluster.label.casefold(), r.id)):
        print(f"{printable(r.cluster.label) or '(no label)'}  [{r.id}]  {len(r.members)} members")
        for m in r.members:
            state = "" if m.state == "found" else f" ({m.state})"
            print(f"  {printable(m.language)}  {printable(m.article)}{state}: “{printable(_excerpt(m.quote, 60))}”")
    return EXIT_PROBLEMS if any(r.missing() for r in resolved) else EXIT_OK


def _excerpt(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="marginalia", description="Marginalia's headless commands.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    export = commands.add_parser("export", help="write the annotations in an open format",
                                 description="Write a corpus's annotations in an open format.",
                                 epilog="SOURCE_DATE_EPOCH, if set, fixes the export timestamp.")
    export.add_argument("corpus", metavar="CORPUS", help="the corpus folder")
    export.add_argument("--format", required=True, choices=list(FORMATS), metavar="FORMAT",
                        help="one of: " + ", ".join(FORMATS))
    export.add_argument("--output", required=True, metavar="PATH", help="the file to write")
    # "extend" takes both "--topic a b" and "--topic a --topic b".
    export.add_argument("--topic", action="extend", nargs="+", metavar="T",
                        help="only claims with any of these topics (ids or names)")
    export.add_argument("--article", action="extend", nargs="+", metavar="FILE",
                        help="only these articles (file names within the corpus)")
    export.add_argument("--reviewer", action="append", metavar="NAME",
                        help="only claims by this reviewer (their author); repeat for several")
    export.add_argument("--adjudicated", action="store_true",
                        help="only the adjudicated set: the claims settled from two reviewers' claims (they record "
                             "derived_from); with --reviewer, those of that adjudicator")
    export.set_defaults(handler=cmd_export)

    imp = commands.add_parser("import", help="bring annotations, projects, codebooks or articles into a corpus",
                              description="Bring a file into a corpus: W3C Web Annotations (JSON-LD), a "
                                          "Hypothesis API export, a REFI-QDA project (.qdpx, .qde) or codebook "
                                          "(.qdc), a codebook CSV (Taguette), or an article (.txt, .md, .html, "
                                          ".pdf, .docx, .epub), which is copied into the corpus. Re-importing "
                                          "updates, never duplicates. What is read but not kept is listed.",
                              epilog="Exit status: 0 done, 1 some records unmatched or skipped for a fault, "
                                     "2 bad arguments, or a file that cannot be imported.")
    imp.add_argument("corpus", metavar="CORPUS", help="the corpus folder")
    imp.add_argument("file", metavar="FILE", help="the file to import")
    imp.add_argument("--reviewer", metavar="NAME", help="the reviewer (author) of the claims the file names none for")
    imp.set_defaults(handler=cmd_import)

    check = commands.add_parser("check", help="re-anchor every claim and report problems",
                                description="Read every sidecar, re-anchor its claims and report problems. "
                                            "Nothing is written.",
                                epilog="Exit status: 0 all well, 1 problems found, 2 bad arguments.")
    check.add_argument("corpus", metavar="CORPUS", help="the corpus folder")
    check.add_argument("--reviewer", action="append", metavar="NAME",
                       help="count and report only this reviewer's claims; repeat for several")
    check.set_defaults(handler=cmd_check)

    show = commands.add_parser("show", help="print an article's sidecar",
                               description="Print an article's sidecar (coloured on a terminal).")
    show.add_argument("article", metavar="ARTICLE", help="the article file (or its sidecar)")
    show.set_defaults(handler=cmd_show)

    agree = commands.add_parser("agreement", help="inter-coder agreement of the reviewers' claims",
                                description="Agreement of reviewers per topic, pooled over the articles: percent "
                                            "agreement, Cohen's kappa (two reviewers), Krippendorff's alpha and "
                                            "unitizing alpha_u. Units are the code points of the texts; a code point "
                                            "is coded by a reviewer for a topic when one of their claims with that "
                                            "topic covers it.",
                                epilog="A figure that would mislead (a topic no one used, one reviewer, no "
                                       "variation to correct for chance) is left out with the reason. "
                                       "Exit status: 0 done, 2 bad arguments or an unknown reviewer, topic or article.")
    agree.add_argument("corpus", metavar="CORPUS", help="the corpus folder")
    agree.add_argument("--reviewers", action="extend", nargs="+", metavar="NAME",
                       help="the reviewers to compare (claim authors); default: every author in the articles")
    agree.add_argument("--article", action="extend", nargs="+", metavar="FILE",
                       help="only these articles (file names within the corpus)")
    agree.add_argument("--topic", action="extend", nargs="+", metavar="T",
                       help="only these topics (ids or names); default: every topic")
    agree.add_argument("--json", action="store_true", help="print the figures as JSON")
    agree.set_defaults(handler=cmd_agreement)
    suggest = commands.add_parser("suggest", help="find a claim's fact in the other articles",
                                  description="Rank the passages of every other article of the corpus that likely "
                                              "report what ARTICLE says between START and END, in any of its "
                                              "languages. Nothing is written but the feature cache.",
                                  epilog="Exit status: 0 done, 2 bad arguments or unreadable article.")
    suggest.add_argument("corpus", metavar="CORPUS", help="the corpus folder")
    suggest.add_argument("article", metavar="ARTICLE", help="a file name within the corpus, or a path")
    suggest.add_argument("start", metavar="START", type=int, help="code-point offset where the claim starts")
    suggest.add_argument("end", metavar="END", type=int, help="code-point offset where the claim ends")
    suggest.add_argument("--top", metavar="K", type=int, default=5, help="passages per article (default 5)")
    suggest.add_argument("--json", action="store_true",
                         help="print a JSON list of {article, start, end, quote, score}")
    suggest.set_defaults(handler=cmd_suggest)
    history = commands.add_parser("history", help="list (or restore) earlier versions of an article's claims",
                                  description="List every version of a claim that a save took out of the article's "
                                              "sidecar (edited, removed, or left out of a conflict), newest last; "
                                              "--restore N brings version N back as the claim's current version.",
                                  epilog="Exit status: 0 done, 2 bad arguments or unreadable files.")
    history.add_argument("article", metavar="ARTICLE", help="the article file")
    history.add_argument("--restore", type=int, metavar="N", help="restore the version numbered N in the list")
    history.set_defaults(handler=cmd_history)

    clusters = commands.add_parser("clusters", help="list the claim clusters with their members",
                                   description="List every claim cluster (one fact as several articles report it) "
                                               "with its members: language, article, and quote, and whether the "
                                               "claim was found (moved: its article was renamed; unreadable; gone: "
                                               "deleted).",
                                   epilog="Exit status: 0 every member found, 1 some not found, 2 bad arguments or "
                                          "an unreadable clusters file.")
    clusters.add_argument("corpus", metavar="CORPUS", help="the corpus folder")
    clusters.add_argument("--json", action="store_true",
                          help="print a JSON list of {id, label, note, members: [{claim, article, language, quote, "
                               "state}]}")
    clusters.set_defaults(handler=cmd_clusters)

    accept = commands.add_parser("accept-decoding", help="annotate an article as it now decodes",
                                 description="An article that now decodes into another text than its claims were "
                                             "made on (another encoding) opens read-only. This takes its text as it "
                                             "now reads: the claims are placed in it again and saved.",
                                 epilog="Exit status: 0 done, 2 bad arguments or the article still cannot be "
                                        "annotated (e.g. damaged UTF-8).")
    accept.add_argument("article", metavar="ARTICLE", help="the article file")
    accept.set_defaults(handler=cmd_accept_decoding)
    from marginalia.cli_team import add_team_commands

    add_team_commands(commands)
    return parser


def wire_services() -> None:
    """Build the core's services for one headless run (the language model, the kept
    extracted texts, the listing of unfinished writes) and install them."""
    from marginalia.core.extract.cache import ExtractCache, user_folder
    from marginalia.core.services import CoreServices, install

    install(CoreServices(extracts=ExtractCache(user_folder())))


def run_command(argv: list[str]) -> int:
    """Run one headless command; returns the exit status (0 ok, 1 problems, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(printable(str(exc)), file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help, after printing it
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    try:
        return args.handler(args)
    except UsageError as exc:
        print(f"marginalia {args.command}: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except (MarginaliaError, OSError) as exc:
        # One line: the core's errors name the file (and field) already.
        message = " ".join(printable(english(exc) if isinstance(exc, MarginaliaError) else str(exc)).split())
        print(f"marginalia {args.command}: {message}", file=sys.stderr)
        return EXIT_USAGE
