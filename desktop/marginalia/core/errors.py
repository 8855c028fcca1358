"""Typed errors of the core: facts (file, field, reason) for the UI and CLI to word."""

from __future__ import annotations

from pathlib import Path


class MarginaliaError(Exception):
    """Base of every error the core raises on purpose."""


class ArticleError(MarginaliaError):
    """An article file that cannot be opened as text."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


class SidecarError(MarginaliaError):
    """A sidecar (or codebook) file that cannot be read; `field` is a JSON path such as
    ``annotations[3].position.start`` or empty when the whole file is at fault."""

    def __init__(self, path: Path, field: str, reason: str) -> None:
        where = f"{path} ({field})" if field else str(path)
        super().__init__(f"{where}: {reason}")
        self.path = Path(path)
        self.field = field
        self.reason = reason


class TopicInUseError(MarginaliaError):
    """A topic cannot be removed silently because annotations still carry it."""

    def __init__(self, topic_id: str, count: int) -> None:
        super().__init__(f"topic {topic_id!r} is used by {count} annotation(s)")
        self.topic_id = topic_id
        self.count = count
