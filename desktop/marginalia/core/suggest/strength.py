"""How strongly a suggested passage is likely to report the claim's fact, in four plain steps.

Scores are not comparable across claims (a claim rich in names and numbers scores
higher everywhere), so the strength looks at a passage's rank within its article and
at how far the best passage stands ahead of the next. Measured on the seeds' gold set
(tests/data/suggest/gold.json, every gold passage as the claim, five passages asked
per article): a best passage at least STRONG_LEAD times the runner-up's score reports
the fact about seven times in ten; any best passage about four times in ten; a
runner-up close to the best (NEAR_BEST) about one time in six; the others rarely.
"""

from __future__ import annotations

from collections.abc import Sequence

STRONG, LIKELY, POSSIBLE, WEAK = "strong", "likely", "possible", "weak"
STRONG_LEAD = 1.5  # best / runner-up score for STRONG
NEAR_BEST = 0.9  # a runner-up's score / the best's for POSSIBLE


def strengths(scores: Sequence[float]) -> list[str]:
    """The strength of each of one article's passages, given their scores best first."""
    if not scores:
        return []
    best = scores[0]
    second = scores[1] if len(scores) > 1 else 0.0
    out = [STRONG if best > 0 and (second <= 0 or best / second >= STRONG_LEAD) else LIKELY if best > 0 else WEAK]
    for score in scores[1:]:
        out.append(POSSIBLE if best > 0 and score / best >= NEAR_BEST else WEAK)
    return out
