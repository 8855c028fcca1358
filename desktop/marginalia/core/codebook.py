"""Topics (the codebook): names, colours and one-key shortcuts, kept with the corpus."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import InvalidValueError

# Okabe & Ito's palette: distinguishable under the common colour-vision
# deficiencies, and mid-luminance enough to tint both light and dark backgrounds.
PALETTE = ("#0072B2", "#E69F00", "#CC79A7", "#009E73", "#D55E00", "#56B4E9", "#F0E442", "#999999")

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
SHORTCUT_KEYS = tuple("123456789")


@dataclass(frozen=True, slots=True)
class Topic:
    id: str  # stable: renaming a topic never rewrites the annotations that carry it
    name: str
    color: str  # "#RRGGBB"
    shortcut: str = ""  # one key, "" for none

    def __post_init__(self) -> None:
        if not _COLOR.match(self.color):
            raise InvalidValueError(ErrorCode.BAD_COLOUR, value=self.color)
        if not self.name.strip():
            raise InvalidValueError(ErrorCode.TOPIC_NEEDS_NAME)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "topic"


@dataclass(frozen=True, slots=True)
class Codebook:
    """An ordered set of topics. Every operation returns a new codebook."""

    topics: tuple[Topic, ...] = ()

    def __iter__(self):
        return iter(self.topics)

    def __len__(self) -> int:
        return len(self.topics)

    def get(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def by_shortcut(self, key: str) -> Topic | None:
        return next((t for t in self.topics if key and t.shortcut == key), None)

    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.topics)

    def in_order(self, topic_ids) -> list[str]:
        """`topic_ids` in the codebook's order, as every view shows them; unknown ones last."""
        ids = self.ids()
        return sorted(topic_ids, key=lambda t: ids.index(t) if t in ids else len(ids))

    def add(self, name: str, color: str | None = None, shortcut: str | None = None) -> Codebook:
        name = name.strip()
        if any(t.name.casefold() == name.casefold() for t in self.topics):
            raise InvalidValueError(ErrorCode.TOPIC_NAME_TAKEN, name=name)
        taken_ids = set(self.ids())
        base = topic_id = _slug(name)
        n = 2
        while topic_id in taken_ids:
            topic_id, n = f"{base}-{n}", n + 1
        used_colors = {t.color.upper() for t in self.topics}
        if color is None:
            color = next((c for c in PALETTE if c not in used_colors), PALETTE[len(self.topics) % len(PALETTE)])
        if shortcut is None:
            used_keys = {t.shortcut for t in self.topics}
            shortcut = next((k for k in SHORTCUT_KEYS if k not in used_keys), "")
        return self._with(self.topics + (Topic(topic_id, name, color, shortcut),))

    def update(self, topic_id: str, **changes) -> Codebook:
        """Rename, recolour or re-key one topic (`name=`, `color=`, `shortcut=`)."""
        if self.get(topic_id) is None:
            raise KeyError(topic_id)
        if "name" in changes:
            changes["name"] = changes["name"].strip()
            if any(t.id != topic_id and t.name.casefold() == changes["name"].casefold() for t in self.topics):
                raise InvalidValueError(ErrorCode.TOPIC_NAME_TAKEN, name=changes["name"])
        return self._with(tuple(replace(t, **changes) if t.id == topic_id else t for t in self.topics))

    def remove(self, topic_id: str) -> Codebook:
        """The codebook without `topic_id`. Callers check usage first (Corpus.remove_topic)."""
        if self.get(topic_id) is None:
            raise KeyError(topic_id)
        return Codebook(tuple(t for t in self.topics if t.id != topic_id))

    def insert(self, index: int, topic: Topic) -> Codebook:
        """Put `topic` back at `index` (the inverse of remove, for undo)."""
        topics = list(self.topics)
        topics.insert(index, topic)
        return self._with(tuple(topics))

    def _with(self, topics: tuple[Topic, ...]) -> Codebook:
        # A shortcut belongs to one topic only: the topic that just took it keeps it.
        seen_ids: set[str] = set()
        for t in topics:
            if t.id in seen_ids:
                raise InvalidValueError(ErrorCode.DUPLICATE_ID, value=t.id)
            seen_ids.add(t.id)
        keys = [t.shortcut for t in topics if t.shortcut]
        if len(keys) != len(set(keys)):
            raise InvalidValueError(ErrorCode.SHORTCUT_SHARED)
        return Codebook(topics)


DEFAULT_CODEBOOK = Codebook((
    Topic("compute", "compute", PALETTE[0], "1"),
    Topic("privacy", "privacy", PALETTE[1], "2"),
    Topic("competition", "competition", PALETTE[2], "3"),
))
