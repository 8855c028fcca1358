"""Typed errors of the core: facts (file, field, offset, reason) for the UI and CLI to word."""

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


class InputError(MarginaliaError):
    """A file whose content cannot be taken in: `field` is a JSON path such as
    ``annotations[3].position.start`` (empty when the whole file is at fault) and
    `offset` the byte where the fault is, when known."""

    def __init__(self, path: Path, field: str, reason: str, offset: int | None = None) -> None:
        where = f"{path} ({field})" if field else str(path)
        super().__init__(f"{where}: {reason}")
        self.path = Path(path)
        self.field = field
        self.reason = reason
        self.offset = offset


class SidecarError(InputError):
    """A file of Marginalia's own (a sidecar, the codebook, the manifest) that does not
    say what its format requires."""


class NotUtf8Error(InputError):
    """Bytes that are not UTF-8; `offset` is the first bad byte."""


class JsonSyntaxError(InputError):
    """Not JSON; `offset` is where the parser stopped."""


class JsonDepthError(InputError):
    """JSON nested deeper than any file of ours (or any reader's stack) allows."""


class LoneSurrogateError(InputError):
    """A JSON string escape for half of a UTF-16 pair, which is no character at all."""


class NotRegularFileError(InputError):
    """A FIFO, a device or a folder where a file should be: never read (it could block forever)."""


class FileTooLargeError(InputError):
    """A file beyond the size any file of its kind has; not read."""


class DecodingChangedError(InputError):
    """An article that now decodes otherwise (`now`) than when its claims were made on it
    (`before`), into another text: its claims are not re-saved against it unasked."""

    def __init__(self, path: Path, before: str, now: str) -> None:
        super().__init__(path, "", f"decoded as {now} now; its claims were made on it decoded as {before}")
        self.before, self.now = before, now


class WriteError(MarginaliaError):
    """A file that could not be written; `path` is the file meant, never a temporary one,
    and `errno` the system's code when there is one (e.g. ENOSPC, EACCES, EROFS)."""

    def __init__(self, path: Path, reason: str, errno: int | None = None) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason
        self.errno = errno


class TopicInUseError(MarginaliaError):
    """A topic cannot be removed silently because annotations still carry it."""

    def __init__(self, topic_id: str, count: int) -> None:
        super().__init__(f"topic {topic_id!r} is used by {count} annotation(s)")
        self.topic_id = topic_id
        self.count = count
