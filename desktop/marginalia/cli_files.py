"""Headless commands on a corpus's files: export, import, check and show."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from marginalia.cli_common import (
    EXIT_OK, EXIT_PROBLEMS, LISTED, Progress, UsageError, export_time, open_corpus, warn,
)
from marginalia.core.errors import InputError, WriteError
from marginalia.core.export import FORMATS, collect, render, write_export
from marginalia.core.files import is_regular_file, read_regular_file
from marginalia.core.printable import printable
from marginalia.core.storage.formats import MAX_SIDECAR_BYTES, SIDECAR_SUFFIX, sidecar_path


def add_file_commands(commands) -> None:
    """The parsers of export, import, check and show, on the `commands` of the main parser."""
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


def cmd_export(args: argparse.Namespace) -> int:
    corpus = open_corpus(args.corpus)
    selection = collect(corpus, topics=args.topic or (), articles=args.article or (), reviewers=args.reviewer,
                        adjudicated=args.adjudicated,
                        progress=Progress())
    data = render(args.format, selection, exported=export_time(), name=corpus.root.name)
    try:
        write_export(Path(args.output), data, corpus=corpus)
    except WriteError as exc:
        raise UsageError(f"{args.output}: cannot write: {exc.reason}") from exc
    for problem in selection.problems:
        warn(f"left out: {problem}")
    for name in args.reviewer or ():
        if not any(a.author == name for article in selection.articles for a in article.annotations):
            warn(f"no claims by reviewer {name!r} were exported")
    count = selection.claim_count()
    print(f"Exported {count} claim{'s' if count != 1 else ''} from {len(selection.articles)} "
          f"article{'s' if len(selection.articles) != 1 else ''} to {printable(args.output)} ({args.format}).")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    if args.reviewer is not None and not args.reviewer.strip():
        raise UsageError("--reviewer: give a name")
    corpus = open_corpus(args.corpus)
    if not Path(args.file).exists():
        raise UsageError(f"{args.file}: no such file")
    if not is_regular_file(Path(args.file)):
        raise UsageError(f"{args.file}: not a regular file")
    from marginalia.core.importer import import_file  # with the anchoring engine: only for import

    report = import_file(corpus, Path(args.file), progress=Progress(), reviewer=(args.reviewer or "").strip())
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
    for where, reason in report.unmatched[:LISTED]:
        print(f"  unmatched {printable(where)}: {printable(reason)}")
    if len(report.unmatched) > LISTED:
        print(f"  … and {len(report.unmatched) - LISTED} more unmatched")
    faults = report.unmatched or any(s.fault for s in report.skipped)
    return EXIT_PROBLEMS if faults else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    corpus = open_corpus(args.corpus, take_in=False)  # check writes nothing: it lists the conflict copies
    from marginalia.core.checking import check_corpus, format_check

    report = check_corpus(corpus, progress=Progress(), reviewers=args.reviewer)
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
