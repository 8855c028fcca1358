"""Headless commands on claims across articles and over time: suggest, history, clusters, accept-decoding."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marginalia.cli_common import EXIT_OK, EXIT_PROBLEMS, UsageError, open_corpus, warn
from marginalia.core.corpus import Corpus
from marginalia.core.printable import printable


def add_reading_commands(commands) -> None:
    """The parsers of suggest, history, clusters and accept-decoding, on the `commands` of the main parser."""
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
    corpus = open_corpus(args.corpus)
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
        warn(f"left out {name}: {problem.reason}")
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
    corpus = open_corpus(str(article.parent))
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
    open_corpus(str(article.parent))  # what a git merge or a sync folder left comes in first
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
    corpus = open_corpus(str(article.parent))
    restore_claim(corpus, article.resolve(), versions[args.restore - 1])
    print(f"Restored version {args.restore} of claim "
          f"{printable(str(versions[args.restore - 1].record.get('id')))} in {printable(article.name)}.")
    return EXIT_OK


def cmd_clusters(args: argparse.Namespace) -> int:
    corpus = open_corpus(args.corpus)
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
