"""W3C Web Annotation text selectors, counted in Unicode code points."""

from __future__ import annotations

from dataclasses import dataclass

# The W3C model leaves the context length to the implementer; 32 code points
# disambiguates almost every repeated phrase in prose while staying readable
# in a diff of the sidecar.
CONTEXT_LENGTH = 32


@dataclass(frozen=True, slots=True)
class TextPosition:
    """A half-open span [start, end) of code points in an article's canonical text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    @property
    def length(self) -> int:
        return self.end - self.start

    def shifted(self, delta: int) -> TextPosition:
        return TextPosition(self.start + delta, self.end + delta)


@dataclass(frozen=True, slots=True)
class TextQuote:
    """The quoted text with up to CONTEXT_LENGTH code points of context on each side."""

    exact: str
    prefix: str = ""
    suffix: str = ""


def quote_at(text: str, position: TextPosition, context: int = CONTEXT_LENGTH) -> TextQuote:
    """Build the TextQuoteSelector for `position` in `text`."""
    start, end = position.start, position.end
    if end > len(text):
        raise ValueError(f"span [{start}, {end}) is beyond the text ({len(text)} code points)")
    return TextQuote(
        exact=text[start:end],
        prefix=text[max(0, start - context):start],
        suffix=text[end:end + context],
    )
