"""The headless `agreement` command: the reviewers' agreement figures as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from marginalia.cli_common import EXIT_OK, open_corpus, warn
from marginalia.core.printable import printable


def add_agreement_command(commands) -> None:
    """The parser of `agreement`, on the `commands` of the main parser."""
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
    corpus = open_corpus(args.corpus)
    from marginalia.core.agreement import corpus_agreement  # only for this command

    result = corpus_agreement(corpus, reviewers=args.reviewers or (), articles=args.article or (),
                              topics=args.topic or ())
    for problem in result.problems:
        warn(f"left out: {' '.join(str(problem).split())}")
    if result.orphaned:
        warn(f"{result.orphaned} claim(s) that could not be placed in their article's text were not counted")
    if result.unattributed:
        warn(f"{result.unattributed} claim(s) without a reviewer name were not counted "
              f"(count them with --reviewers \"\" ...)")
    if args.json:
        json.dump(result.report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_agreement(result.report))
    return EXIT_OK
