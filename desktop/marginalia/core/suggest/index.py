"""The suggestion index: every article's passages and features, and the ranking of a claim against them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from marginalia.core.article import text_sha256
from marginalia.core.suggest.features import (
    KINDS,
    WINDOW,
    ArticleFeatures,
    article_features,
    kind_of,
    text_features,
    windows,
)
from marginalia.core.suggest import mutual
from marginalia.core.suggest.mutual import Backward
from marginalia.core.suggest.scoring import DEFAULT_WEIGHTS, Weights, idf, length_factor

_KIND_SLOT = {kind: i for i, kind in enumerate(KINDS)}
# Postings of removed articles stay until this share of them is stale, then all are rebuilt:
# removing one article of thousands should not walk every feature.
_STALE_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A passage of another article that may report the same fact as the claim."""

    article: str  # the name the article was added under
    start: int  # code points in that article's canonical text
    end: int
    quote: str
    score: float


def _best_apart(scores: list[float], spans, top_k: int) -> list[int]:
    """The `top_k` best passages, skipping any that overlaps a better one (windows overlap)."""
    chosen: list[int] = []
    for i in sorted(range(len(scores)), key=lambda i: (-scores[i], i)):
        start, end = spans[i]
        if all(end <= spans[j][0] or spans[j][1] <= start for j in chosen):
            chosen.append(i)
            if len(chosen) == top_k:
                break
    return chosen


class _Slot:
    """An indexed article: its text, its features, its passages (windows of sentences) and
    where their numbers start among all passages."""

    __slots__ = ("name", "text", "features", "base", "runs", "spans", "counts", "positions")

    def __init__(self, name: str, text: str, features: ArticleFeatures, window: int, base: int) -> None:
        self.name, self.text, self.features, self.base = name, text, features, base
        sentences = features.sentences
        self.runs = windows(sentences, window)
        self.spans = tuple((sentences[first][0], sentences[last - 1][1]) for first, last in self.runs)
        self.counts = [tuple(_kind_counts(keys)) for keys in self.passage_features()]
        length = max(1, features.length)
        self.positions = tuple((start + end) / 2 / length for start, end in self.spans)

    def passage(self, i: int) -> frozenset[str]:
        """Passage `i`'s features, made when asked rather than kept (a window repeats its
        sentences' features)."""
        first, last = self.runs[i]
        sets = self.features.features
        return frozenset().union(*sets[first:last]) if last - first > 1 else sets[first]

    def passage_features(self):
        return (self.passage(i) for i in range(len(self.runs)))


def _kind_counts(keys: frozenset[str]) -> list[int]:
    counts = [0] * len(KINDS)
    for key in keys:
        counts[_KIND_SLOT[kind_of(key)]] += 1
    return counts


class SuggestionIndex:
    """Articles by name, each with its text's features; `query` ranks the passages of every
    article but the source for one claim. Kept up to date with add / update / remove."""

    def __init__(self, weights: Weights = DEFAULT_WEIGHTS, window: int = WINDOW) -> None:
        self.weights = weights
        self.window = window
        self._slots: dict[str, _Slot] = {}
        self._df: Counter[str] = Counter()  # passages holding each feature
        self._kind_totals = [0] * len(KINDS)  # features of every passage, by kind
        self._passages = 0
        self._postings: dict[str, list[int]] = {}  # feature → passage numbers
        self._owner: list[_Slot | None] = []  # passage number → its article (None once removed)
        self._stale = 0

    # -- contents ------------------------------------------------------------
    def __contains__(self, name: str) -> bool:
        return name in self._slots

    def __len__(self) -> int:
        return len(self._slots)

    def names(self) -> list[str]:
        return list(self._slots)

    def features(self, name: str) -> ArticleFeatures:
        return self._slots[name].features

    def text(self, name: str) -> str:
        return self._slots[name].text

    def add(self, name: str, text: str, features: ArticleFeatures | None = None) -> bool:
        """Add the article `name`, or update it if its text changed; features are computed
        unless given (from a cache) for this very text. Returns whether anything changed."""
        sha = text_sha256(text)
        current = self._slots.get(name)
        if current is not None and current.features.sha256 == sha:
            return False
        if features is None or features.sha256 != sha:
            features = article_features(text, sha)
        if current is not None:
            self._forget(current)
        slot = _Slot(name, text, features, self.window, len(self._owner))
        self._slots[name] = slot
        self._post(slot)
        self._count(slot, +1)
        return True

    def _post(self, slot: _Slot) -> None:
        postings, owner = self._postings, self._owner
        for number, keys in enumerate(slot.passage_features(), slot.base):
            owner.append(slot)
            for key in keys:
                found = postings.get(key)
                if found is None:
                    postings[key] = [number]
                else:
                    found.append(number)

    update = add

    def remove(self, name: str) -> bool:
        slot = self._slots.pop(name, None)
        if slot is None:
            return False
        self._forget(slot)
        return True

    def _forget(self, slot: _Slot) -> None:
        self._count(slot, -1)
        for number in range(slot.base, slot.base + len(slot.spans)):
            self._owner[number] = None
        self._stale += len(slot.spans)
        if self._stale > _STALE_SHARE * len(self._owner):
            self._rebuild()

    def _rebuild(self) -> None:
        slots = list(self._slots.values())
        self._postings, self._owner, self._stale = {}, [], 0
        for slot in slots:
            slot.base = len(self._owner)
            self._post(slot)

    def _count(self, slot: _Slot, sign: int) -> None:
        df, totals = self._df, self._kind_totals
        for keys in slot.passage_features():
            for key in keys:
                df[key] += sign
                if not df[key]:
                    del df[key]
        for counts in slot.counts:
            for kind, count in enumerate(counts):
                totals[kind] += sign * count
        self._passages += sign * len(slot.spans)

    # -- ranking -------------------------------------------------------------
    def query(self, text: str, *, source: str | None = None, position: float | None = None,
              top_k: int = 5) -> dict[str, list[Suggestion]]:
        """For each article other than `source`, its `top_k` passages most likely to report
        what `text` says, best first. `position` is where the claim sits in its own article
        (0 to 1); `source`'s names tell which of its sentence openers are names."""
        known = self._slots[source].features.names if source in self._slots else None
        return self._rank(text_features(text, known=known), frozenset(), source, position, top_k)

    def query_span(self, source: str, start: int, end: int, top_k: int = 5) -> dict[str, list[Suggestion]]:
        """Suggestions for text[start:end] of the indexed article `source`."""
        slot = self._slots[source]
        text, features = slot.text, slot.features
        query = text_features(text, start, end, features.names)
        context = frozenset()
        if self.weights.context:
            before = max((s for s, e in features.sentences if e <= start), default=start)
            after = min((e for s, e in features.sentences if s >= end), default=end)
            context = text_features(text, before, after, features.names) - query
        backward = Backward(self, slot, start, end) if self.weights.mutual else None
        return self._rank(query, context, source, (start + end) / 2 / max(1, len(text)), top_k, backward)

    def _rank(self, query: frozenset[str], context: frozenset[str], source: str | None,
              position: float | None, top_k: int, backward: Backward | None = None) -> dict[str, list[Suggestion]]:
        w = self.weights
        kinds = len(KINDS)
        kind_weights = (w.ngram, w.word, w.name, w.quantity, w.concept)
        passages = max(1, self._passages)
        weighted: list[tuple[str, int, float]] = []
        mass = [0.0] * kinds
        for key in query | context:
            df = self._df.get(key)
            if not df:
                continue  # no passage has it: it cannot tell passages apart
            slot = _KIND_SLOT[kind_of(key)]
            weight = idf(df, passages) * (w.context if key in context else 1.0)
            weighted.append((key, slot, weight))
            mass[slot] += weight
        # Each kind counts as the share of the query's own evidence of that kind that the
        # passage holds, so a claim with one name and forty n-grams weighs both.
        scale = [kind_weights[i] / mass[i] if mass[i] else 0.0 for i in range(kinds)]
        sums = [dict() for _ in range(kinds)]  # passage number → matched idf, by kind
        for key, slot, weight in weighted:
            if not scale[slot]:
                continue
            found = sums[slot]
            for number in self._postings.get(key, ()):
                found[number] = found.get(number, 0.0) + weight
        averages = [self._kind_totals[i] / passages for i in range(kinds)]
        factors: dict[tuple[int, int], float] = {}

        def factor(kind: int, count: int) -> float:
            value = factors.get((kind, count))
            if value is None:
                value = factors[kind, count] = length_factor(count, averages[kind], w.length)
            return value

        matched: dict[int, float] = {}
        for kind in range(kinds):
            for number, total in sums[kind].items():
                owner = self._owner[number]
                if owner is None:
                    continue
                count = owner.counts[number - owner.base][kind]
                matched[number] = matched.get(number, 0.0) + scale[kind] * total * factor(kind, count)
        results: dict[str, list[Suggestion]] = {}
        for name, slot in self._slots.items():
            if name == source:
                continue
            results[name] = self._best(slot, matched, position, top_k, backward)
        return results

    def _best(self, slot: _Slot, matched: dict[int, float], position: float | None,
              top_k: int, backward: Backward | None = None) -> list[Suggestion]:
        w = self.weights
        base, spans = slot.base, slot.spans
        scores = [matched.get(number, 0.0) for number in range(base, base + len(spans))]
        if w.position and position is not None:
            scores = [s + w.position * (1.0 - abs(position - p)) for s, p in zip(scores, slot.positions)]
        best = _best_apart(scores, spans, max(top_k, mutual.DEPTH) if backward else top_k)
        if backward is not None and best:
            # Only passages within the bonus of the first can change places with it.
            head = [i for i in best[:mutual.DEPTH] if scores[i] + w.mutual > scores[best[0]]]
            if len(head) > 1:
                for i in head:
                    scores[i] += w.mutual * backward.bonus(slot.passage(i), slot.positions[i])
                best = sorted(head, key=lambda i: (-scores[i], i)) + best[len(head):]
            best = best[:top_k]
        return [Suggestion(slot.name, *spans[i], slot.text[slice(*spans[i])], round(scores[i], 4)) for i in best]
