"""An agreement figure, or the reason there is none: the value every measure returns."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum


class NullReason(StrEnum):
    """Why a figure is left out rather than given as a number that would mislead.

    The values are stable: they are written as they are in the JSON output.
    """

    # No code points at all: every chosen article is empty.
    NO_TEXT = "no_text"
    # Agreement needs at least two reviewers to compare.
    ONE_REVIEWER = "one_reviewer"
    # Cohen's kappa is defined for exactly two reviewers.
    NOT_TWO_REVIEWERS = "not_two_reviewers"
    # No chosen reviewer tagged any text with the topic: agreeing on "nothing here"
    # everywhere would read as perfect agreement.
    NO_CLAIMS = "no_claims"
    # Chance would produce no disagreement (everyone coded all of the text, say), so a
    # chance-corrected coefficient is 0 / 0.
    NO_EXPECTED_DISAGREEMENT = "no_expected_disagreement"
    # A mean over topics with no topic to average.
    NO_TOPICS = "no_topics"
    # A mean over topics none of which has the figure, for differing reasons.
    UNDEFINED_FOR_EVERY_TOPIC = "undefined_for_every_topic"


Value = float | NullReason


@dataclass(frozen=True, slots=True)
class Figures:
    """The four figures of one topic (or their mean over topics) on some articles."""

    percent: Value  # a proportion in [0, 1], not a percentage
    kappa: Value
    alpha: Value
    alpha_u: Value

    @classmethod
    def none(cls, reason: NullReason) -> Figures:
        return cls(reason, reason, reason, reason)

    @staticmethod
    def names() -> tuple[str, ...]:
        return tuple(f.name for f in fields(Figures))

    def value(self, name: str) -> float | None:
        """The figure called `name`, None when it is undefined."""
        found = getattr(self, name)
        return None if isinstance(found, NullReason) else found

    def reasons(self) -> dict[str, NullReason]:
        """name → why, for each undefined figure."""
        return {name: getattr(self, name) for name in self.names() if isinstance(getattr(self, name), NullReason)}

    def as_json(self) -> dict:
        """{"percent": 0.93, ..., "reasons": {"kappa": "not_two_reviewers"}}; null for undefined figures."""
        data: dict = {name: self.value(name) for name in self.names()}
        data["reasons"] = {name: str(reason) for name, reason in self.reasons().items()}
        return data


def mean_figures(figures: list[Figures]) -> Figures:
    """Each figure's mean over the entries where it is defined; when it is defined in none,
    their common reason (NO_TOPICS when there is nothing to average)."""
    values = []
    for name in Figures.names():
        defined = [f.value(name) for f in figures if f.value(name) is not None]
        if defined:
            values.append(sum(defined) / len(defined))
        else:
            reasons = {getattr(f, name) for f in figures}
            if not reasons:
                values.append(NullReason.NO_TOPICS)
            else:
                values.append(reasons.pop() if len(reasons) == 1 else NullReason.UNDEFINED_FOR_EVERY_TOPIC)
    return Figures(*values)
