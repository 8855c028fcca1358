"""Mutual-best re-ranking: a passage gains when its best match back in the claim's article is the claim."""

from __future__ import annotations

from marginalia.core.suggest.features import KINDS, kind_of
from marginalia.core.suggest.scoring import idf, length_factor

_KIND_SLOT = {kind: i for i, kind in enumerate(KINDS)}
# Only the first few passages of each article are scored back (as mutual nearest neighbours
# are in bitext alignment): the others rarely move up to first, and each costs a query
# restricted to the claim's article.
DEPTH = 3


class Backward:
    """Scores any passage's features against the passages of the claim's own article, with
    the forward ranking's weights, idf, length discount and place, and tells how near the
    claim's passage comes to the best of them."""

    def __init__(self, index, source, start: int, end: int) -> None:
        self.index, self.source = index, source
        self.local: dict[str, list[int]] = {}
        for j, keys in enumerate(source.passage_features()):
            for key in keys:
                self.local.setdefault(key, []).append(j)
        self.own = [j for j, (s, e) in enumerate(source.spans) if s < end and start < e]
        self.idf: dict[str, float] = {}
        passages = max(1, index._passages)
        self.passages = passages
        w = index.weights
        self.kind_weights = (w.ngram, w.word, w.name, w.quantity, w.concept)
        self.averages = [t / passages for t in index._kind_totals]

    def scores(self, keys, position: float) -> list[float]:
        index, w = self.index, self.index.weights
        kinds = len(KINDS)
        mass = [0.0] * kinds
        sums = [[0.0] * len(self.source.spans) for _ in range(kinds)]
        idfs, df_of, local = self.idf, index._df, self.local
        for key in keys:
            weight = idfs.get(key)
            if weight is None:
                df = df_of.get(key)
                weight = idfs[key] = idf(df, self.passages) if df else 0.0
            if not weight:
                continue
            kind = _KIND_SLOT[kind_of(key)]
            mass[kind] += weight
            found = local.get(key)
            if found:
                row = sums[kind]
                for j in found:
                    row[j] += weight
        out = []
        for j, counts in enumerate(self.source.counts):
            total = 0.0
            for kind in range(kinds):
                if mass[kind] and sums[kind][j]:
                    total += (self.kind_weights[kind] / mass[kind] * sums[kind][j]
                              * length_factor(counts[kind], self.averages[kind], w.length))
            if w.position:
                total += w.position * (1.0 - abs(position - self.source.positions[j]))
            out.append(total)
        return out

    def bonus(self, keys, position: float) -> float:
        """How near the claim's passage comes to the best match of `keys` in the claim's
        article: 1 when it is the best, its share of the best's score otherwise."""
        scores = self.scores(keys, position)
        top = max(scores, default=0.0)
        if not self.own or top <= 0.0:
            return 0.0
        return max(scores[j] for j in self.own) / top
