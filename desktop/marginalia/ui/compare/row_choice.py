"""A kind of row the Compare window offers (topics; clusters later), described without loading the view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marginalia.core.compare import RowSource


@dataclass(frozen=True)
class RowChoice:
    """Its name in the window's Rows chooser, the chart's title for it, a function giving
    the current RowSource (asked at every refresh, so it sees the current codebook or
    clusters), and the sentence saying what a row is ("" for the topics' sentence)."""

    label: str
    chart_title: str
    source: Callable[[], RowSource]
    explanation: str = ""
