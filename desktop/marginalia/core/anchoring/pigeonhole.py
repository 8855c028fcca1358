"""Where in a long text an approximate match could be, found with exact searches only.

Pigeonhole principle: split the pattern into k + 1 pieces; a match with at
most k errors leaves at least one piece untouched, so it contains that piece
verbatim. str.find locates pieces at C speed, and the slow bit-parallel matcher
then runs only in small windows around the hits.
"""

from __future__ import annotations

# Pieces shorter than this occur all over a long text and select nothing, so
# long quotes are split into fewer, longer pieces, and at most MAX_PIECES
# (each costs a pass over the text). The guarantee then covers fewer errors
# than the matcher allows (pieces - 1), but a real edit rarely touches every
# piece, and the local window search has already covered the expected
# neighbourhood without any such limit. Quotes shorter than two pieces are
# not searched for globally at all (see worth_searching).
MIN_PIECE = 12
MAX_PIECES = 16
# A piece found more often than this is as common as a word; its hits would
# only add noise to the vote.
MAX_PIECE_HITS = 500
# The matcher runs in at most this many windows, the best-supported first.
MAX_WINDOWS = 8


def split_pieces(pattern: str, count: int) -> list[tuple[int, str]]:
    """`count` consecutive pieces of near-equal length, with their offsets."""
    count = max(1, min(count, len(pattern)))
    bounds = [len(pattern) * i // count for i in range(count + 1)]
    return [(lo, pattern[lo:hi]) for lo, hi in zip(bounds, bounds[1:])]


def worth_searching(length: int) -> bool:
    """Whether a quote is long enough to be split into at least two informative pieces."""
    return length >= 2 * MIN_PIECE


def piece_count(length: int, max_errors: int) -> int:
    """k + 1 pieces, unless that would make them shorter than MIN_PIECE or too many."""
    return max(2, min(max_errors + 1, length // MIN_PIECE, MAX_PIECES))


def _diagonals(text: str, pattern: str, max_errors: int) -> list[tuple[int, int]]:
    """(implied match start, piece index) for every informative piece hit."""
    hits = []
    pieces = split_pieces(pattern, piece_count(len(pattern), max_errors))
    for index, (offset, piece) in enumerate(pieces):
        found = []
        at = text.find(piece)
        while at >= 0 and len(found) <= MAX_PIECE_HITS:
            found.append((at - offset, index))
            at = text.find(piece, at + 1)
        if len(found) <= MAX_PIECE_HITS:
            hits.extend(found)
    hits.sort()
    return hits


def candidate_windows(
    text: str, pattern: str, max_errors: int, skip: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """Up to MAX_WINDOWS [lo, hi) ranges of `text` that may hold a match.

    Hits whose implied starts lie within 2k + 1 of each other are one cluster
    (insertions and deletions shift a piece by at most k either way); clusters
    are ranked by how many distinct pieces support them. Windows wholly inside
    `skip` (a range already searched) are left out.
    """
    clusters: list[tuple[int, int, set[int]]] = []
    for diagonal, index in _diagonals(text, pattern, max_errors):
        if clusters and diagonal - clusters[-1][0] <= 2 * max_errors + 1:
            first, _, pieces = clusters[-1]
            pieces.add(index)
            clusters[-1] = (first, diagonal, pieces)
        else:
            clusters.append((diagonal, diagonal, {index}))
    # A stable sort: equally supported clusters stay in text order.
    clusters.sort(key=lambda cluster: -len(cluster[2]))
    windows = []
    for first, last, _ in clusters:
        lo = max(0, first - max_errors - 1)
        hi = min(len(text), last + len(pattern) + max_errors + 1)
        if skip is not None and skip[0] <= lo and hi <= skip[1]:
            continue
        windows.append((lo, hi))
        if len(windows) == MAX_WINDOWS:
            break
    return windows
