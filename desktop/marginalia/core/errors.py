"""Typed errors of the core: a stable code and the facts (file, JSON path, byte, value),
never a sentence; the CLI and the window word them."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from marginalia.core.error_codes import ErrorCode


class MarginaliaError(Exception):
    """Base of every error the core raises on purpose: `code` says what went wrong and
    `facts` what the raise site knew (the keys each code carries are listed in
    error_codes). `str()` is the English wording, for logs and the CLI."""

    def __init__(self, code: ErrorCode | str, **facts: Any) -> None:
        super().__init__(str(code))
        self.code = ErrorCode(code)
        self.facts: Mapping[str, Any] = {k: v for k, v in facts.items() if v is not None}

    @property
    def reason(self) -> str:
        """The fault in English without the file (for logs and reports in English)."""
        from marginalia.error_english import english_reason

        return english_reason(self)

    def __str__(self) -> str:
        from marginalia.error_english import english

        return english(self)

    def __reduce__(self):
        # Rebuilt from its attributes, whatever the subclass' signature (errors cross
        # process boundaries in worker pools).
        return _rebuild, (type(self), self.__dict__)


def _rebuild(cls: type, state: dict) -> MarginaliaError:
    error = cls.__new__(cls)
    Exception.__init__(error, str(state.get("code", "")))
    error.__dict__.update(state)
    return error


class ArticleError(MarginaliaError):
    """An article file that cannot be opened as text."""

    def __init__(self, path: Path, code: ErrorCode | str, **facts: Any) -> None:
        super().__init__(code, file=str(path), **facts)
        self.path = Path(path)


class InputError(MarginaliaError):
    """A file whose content cannot be taken in: `field` is a JSON path such as
    ``annotations[3].position.start`` (empty when the whole file is at fault) and
    `offset` the byte where the fault is, when known."""

    def __init__(self, path: Path, field: str, code: ErrorCode | str, offset: int | None = None,
                 **facts: Any) -> None:
        super().__init__(code, file=str(path), field=field or None, offset=offset, **facts)
        self.path = Path(path)
        self.field = field
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
        super().__init__(path, "", ErrorCode.DECODING_CHANGED, before=before, now=now)
        self.before, self.now = before, now


class WriteError(MarginaliaError):
    """A file that could not be written; `path` is the file meant, never a temporary one,
    and `errno` the system's code when there is one (e.g. ENOSPC, EACCES, EROFS)."""

    def __init__(self, path: Path, code: ErrorCode | str = ErrorCode.WRITE_FAILED, errno: int | None = None,
                 **facts: Any) -> None:
        super().__init__(code, file=str(path), errno=errno, **facts)
        self.path = Path(path)
        self.errno = errno

    @classmethod
    def from_os(cls, path: Path, exc: OSError, code: ErrorCode = ErrorCode.WRITE_FAILED) -> WriteError:
        """The error for `exc` met while writing `path`: the system's code and its own words."""
        return cls(path, code, exc.errno, system=exc.strerror or str(exc))


class InvalidValueError(MarginaliaError, ValueError):
    """A value the user gave that the core cannot take (a colour, a name, a language
    tag); a ValueError too, for callers that check values generally."""


class TopicInUseError(MarginaliaError):
    """A topic cannot be removed silently because annotations still carry it."""

    def __init__(self, topic_id: str, count: int) -> None:
        super().__init__(ErrorCode.TOPIC_IN_USE, topic=topic_id, count=count)
        self.topic_id = topic_id
        self.count = count


def os_facts(exc: OSError) -> dict[str, Any]:
    """The facts of a system error: its number and the system's own message."""
    return {"errno": exc.errno, "system": exc.strerror or str(exc)}


def read_error_code(exc: OSError) -> ErrorCode:
    """NO_SUCH_FILE for a missing file, else CANNOT_READ."""
    import errno

    return ErrorCode.NO_SUCH_FILE if exc.errno == errno.ENOENT else ErrorCode.CANNOT_READ


def facts_beyond_place(error: MarginaliaError) -> dict[str, Any]:
    """`error`'s facts without its file and field, to raise the same fault for another file."""
    return {k: v for k, v in error.facts.items() if k not in ("file", "field", "offset")}
