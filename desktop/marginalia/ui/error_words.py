"""The one place the window words the core's errors, in the interface's language: each
error code's sentence, filled with the error's facts."""

from __future__ import annotations

import errno as errnos
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from marginalia.core.error_codes import ErrorCode as C
from marginalia.core.errors import MarginaliaError
from marginalia.ui.wording import arg, number

# Facts whose values are tokens of the core (kinds of things and of JSON values).
_TOKEN_FACTS = ("kind", "expected", "found", "side")


class ErrorWords(QObject):
    """`describe(error)` for a message naming the file, `reason(error)` for the fault
    alone; any exception is worded (system errors by their number where known)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: dict | None = None

    def describe(self, error: BaseException) -> str:
        """The file (its name), the field where there is one, and the fault."""
        if not isinstance(error, MarginaliaError):
            return self.reason(error)
        file, field = error.facts.get("file"), error.facts.get("field")
        if not file:
            return self.reason(error)
        name = Path(file).name or str(file)
        if field and error.code != C.UNMERGEABLE:
            return arg(self.tr("%1, at %2: %3"), name, field, self.reason(error))
        return arg(self.tr("%1: %2"), name, self.reason(error))

    def reason(self, error: BaseException) -> str:
        """The fault, without the file."""
        if isinstance(error, MarginaliaError):
            return self.sentence(error.code, error.facts)
        if isinstance(error, OSError):
            return self._system({"errno": error.errno, "system": error.strerror or str(error)})
        return str(error)

    def sentence(self, code: C, facts) -> str:
        """The sentence for `code`: the first of its forms whose facts are all known."""
        for text, names in self.forms(code):
            if all(name in facts for name in names):
                return arg(text, *(self._value(name, facts) for name in names))
        return code.value  # not reached for a known code: every code has a form without facts or is tested

    def forms(self, code: C) -> list[tuple[str, tuple[str, ...]]]:
        """The translated forms of `code` (most facts first), each with the facts it names."""
        if self._table is None:
            self._table = self._sentences()
        found = self._table.get(code, [])
        return found if isinstance(found, list) else [found]

    def thing(self, token: Any) -> str:
        """A token of the core's facts in words (a token not known as it is)."""
        words = {
            "fifo": self.tr("a FIFO"), "folder": self.tr("a folder"), "device": self.tr("a device"),
            "socket": self.tr("a socket"), "other": self.tr("not a file"),
            "string": self.tr("text"), "integer": self.tr("a whole number"), "boolean": self.tr("true or false"),
            "list": self.tr("a list"), "object": self.tr("an object"), "number": self.tr("a number"),
            "null": self.tr("null"),
            "docx": self.tr("a Word document"), "epub": self.tr("an EPUB e-book"), "html": self.tr("a web page"),
            "pdf": self.tr("a PDF document"),
            "ours": self.tr("our"), "theirs": self.tr("their"),
        }
        return words.get(str(token), str(token))

    def _value(self, name: str, facts) -> str:
        value = facts[name]
        if name == "system":
            return self._system(facts)
        if name == "cause":
            return self.sentence(C(value), facts)
        if name in _TOKEN_FACTS:
            tokens = value if isinstance(value, tuple) else (value,)
            return self.tr(" or ").join(self.thing(t) for t in tokens)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return number(value)
        if isinstance(value, tuple):
            return ", ".join(str(v) for v in value)
        return str(value)

    def _system(self, facts) -> str:
        """The system's reason, in the interface's language for the common ones."""
        known = {
            errnos.ENOENT: self.tr("no such file or folder"),
            errnos.EACCES: self.tr("permission denied"),
            errnos.EPERM: self.tr("operation not permitted"),
            errnos.ENOSPC: self.tr("no space left on the disk"),
            errnos.EROFS: self.tr("the disk is read-only"),
            errnos.EISDIR: self.tr("it is a folder"),
            errnos.ENOTDIR: self.tr("a part of the path is not a folder"),
            errnos.EBUSY: self.tr("the file is busy"),
        }
        return known.get(facts.get("errno"), str(facts.get("system", "")))

    def _sentences(self) -> dict:
        # One entry per code: a form, or a list of forms with the facts each names.
        return {
            C.CANNOT_READ: [(self.tr("cannot be read: %1"), ("system",)), (self.tr("cannot be read"), ())],
            C.NO_SUCH_FILE: (self.tr("no such file or folder"), ()),
            C.NOT_A_FOLDER: (self.tr("not a folder"), ()),
            C.NOT_A_REGULAR_FILE: [(self.tr("not a regular file (%1)"), ("kind",)),
                                   (self.tr("not a regular file"), ())],
            C.FILE_TOO_LARGE: [(self.tr("too large (%1 bytes; the limit is %2)"), ("size", "limit")),
                               (self.tr("too large (over %1 bytes)"), ("limit",))],
            C.LINK_OUTSIDE_CORPUS: (self.tr("a link to %1, outside the corpus"), ("target",)),
            C.NOT_UTF8: [(self.tr("not UTF-8 (byte %1)"), ("offset",)), (self.tr("not UTF-8"), ())],
            C.NOT_UTF8_DAMAGED: (self.tr("not UTF-8 at byte %1 (damaged); opened read-only"), ("offset",)),
            C.NOT_UTF16: (self.tr("not valid UTF-16 at byte %1"), ("offset",)),
            C.BINARY_DATA: (self.tr("binary data, not text"), ()),
            C.NO_ENCODING_FITS: (self.tr("not UTF-8, and no other text encoding fits"), ()),
            C.DECODING_CHANGED: (self.tr("decoded as %1 now; its claims were made on it decoded as %2"),
                                 ("now", "before")),
            C.JSON_SYNTAX: [(self.tr("invalid JSON at line %1, column %2"), ("line", "column")),
                            (self.tr("not JSON"), ())],
            C.JSON_TOO_DEEP: [(self.tr("nested more than %1 levels deep"), ("limit",)),
                              (self.tr("nested too deeply (byte %1)"), ("offset",)),
                              (self.tr("nested too deeply"), ())],
            C.LONE_SURROGATE: [(self.tr("a lone UTF-16 surrogate escape (byte %1)"), ("offset",)),
                               (self.tr("a lone UTF-16 surrogate escape"), ())],
            C.WRONG_FORMAT: (self.tr("not a “%1” file"), ("expected",)),
            C.NEWER_VERSION: [(self.tr("written by a newer Marginalia (format %1; this version reads up to %2)"),
                               ("version", "supported")), (self.tr("written by a newer Marginalia"), ())],
            C.UNKNOWN_VERSION: (self.tr("unknown format version %1"), ("version",)),
            C.UNSUPPORTED_OFFSET_UNIT: (self.tr("unsupported offset unit “%1”"), ("value",)),
            C.FIELD_MISSING: (self.tr("missing"), ()),
            C.FIELD_WRONG_TYPE: [(self.tr("expected %1, found %2"), ("expected", "found")),
                                 (self.tr("of the wrong kind"), ())],
            C.FIELD_EMPTY: (self.tr("empty"), ()),
            C.VALUE_INVALID: (self.tr("invalid: %1"), ("detail",)),
            C.DUPLICATE_ID: (self.tr("repeated id “%1”"), ("value",)),
            C.CLAIM_IN_TWO_CLUSTERS: (self.tr("claim “%1” is in cluster “%2” too"), ("claim", "cluster")),
            C.BAD_TIME: (self.tr("“%1” is not an ISO 8601 time with offset"), ("value",)),
            C.NEGATIVE_OFFSET: (self.tr("negative offset %1"), ("value",)),
            C.END_BEFORE_START: (self.tr("end %1 is before start %2"), ("end", "start")),
            C.OFFSET_BEYOND_TEXT: (self.tr("offset %1 is beyond the text (%2 characters)"), ("value", "length")),
            C.NOT_A_CLAIM: (self.tr("not a claim"), ()),
            C.BAD_LANGUAGE_TAG: (self.tr("“%1” is not a BCP 47 language tag"), ("value",)),
            C.BAD_COLOUR: (self.tr("colour “%1” is not #RRGGBB"), ("value",)),
            C.TOPIC_NEEDS_NAME: (self.tr("a topic needs a name"), ()),
            C.TOPIC_NAME_TAKEN: (self.tr("a topic named “%1” exists already"), ("name",)),
            C.SHORTCUT_SHARED: (self.tr("two topics share a shortcut"), ()),
            C.WRITE_FAILED: [(self.tr("cannot be written: %1"), ("system",)), (self.tr("cannot be written"), ())],
            C.LOCKED: (self.tr("another program has held it locked for over %1 s"), ("seconds",)),
            C.CANNOT_MOVE_ASIDE: [(self.tr("merged, but cannot be moved aside (%1)"), ("system",)),
                                  (self.tr("merged, but cannot be moved aside (its folder is gone)"), ())],
            C.UNREADABLE_DOCUMENT: (self.tr("cannot be read as %1"), ("kind",)),
            C.NO_TEXT_LAYER: (self.tr("no text layer on any of its %1 pages (a scan without OCR)"), ("pages",)),
            C.NO_TEXT: [(self.tr("no text in %1"), ("kind",)), (self.tr("no text"), ())],
            C.NO_PAGE_CONTENT: (self.tr("not an HTML page with any content"), ()),
            C.MEMBER_TOO_LARGE: (self.tr("%1 is %2 bytes, too large"), ("member", "size")),
            C.NO_PACKAGE_DOCUMENT: (self.tr("the e-book names no package document (META-INF/container.xml)"), ()),
            C.TOPIC_IN_USE: (self.tr("the topic “%1” is on claims (%2)"), ("topic", "count")),
            C.UNKNOWN_TOPIC: (self.tr("topic “%1”: not in the codebook"), ("value",)),
            C.UNKNOWN_ARTICLE: (self.tr("article “%1”: not in the corpus"), ("value",)),
            C.AMBIGUOUS_ARTICLE: (self.tr("article “%1”: matches %2 files; give the path within the corpus"),
                                  ("value", "count")),
            C.UNKNOWN_REVIEWER: (self.tr("reviewer “%1”: has no claims in the corpus"), ("value",)),
            C.UNKNOWN_FORMAT: (self.tr("format “%1”: unknown; choose one of %2"), ("value", "choices")),
            C.OUTPUT_IN_CORPUS: (self.tr("%1 is a file of the corpus; choose another name"), ("value",)),
            C.EMPTY_CODEBOOK: (self.tr("the codebook has no topics, and a REFI-QDA codebook needs at least one"), ()),
            C.UNSUPPORTED_IMPORT: [(self.tr("this looks like %1, which Marginalia cannot import (%2)"),
                                    ("kind", "hint")),
                                   (self.tr("this looks like %1, which Marginalia cannot import"), ("kind",))],
            C.NOT_WEB_ANNOTATIONS: (self.tr("not W3C Web Annotations (no Annotation, page or collection)"), ()),
            C.PAGES_NOT_EMBEDDED: (self.tr("the collection's pages are not embedded (only a link to them)"), ()),
            C.NOT_A_CODEBOOK_CSV: (self.tr("no tag column in the first row: not a codebook CSV"), ()),
            C.XML_SYNTAX: (self.tr("not well-formed XML at line %1, column %2"), ("line", "column")),
            C.NOT_REFI_PROJECT: (self.tr("the XML root is <%1>, not a REFI-QDA <Project>"), ("root",)),
            C.NOT_REFI_CODEBOOK: (self.tr("the XML root is <%1>, not a REFI-QDA <CodeBook>"), ("root",)),
            C.NO_PROJECT_IN_ARCHIVE: (self.tr("a ZIP archive without project.qde, not a REFI-QDA project"), ()),
            C.CONCEPT_TOO_FEW_ENTRIES: (self.tr("line %1: a concept needs an id and entries in two languages or more"),
                                        ("line",)),
            C.CONCEPT_ID_REPEATED: (self.tr("line %1: missing or repeated concept id “%2”"), ("line", "value")),
            C.GIT_NOT_RUNNABLE: (self.tr("git cannot be run (%1)"), ("system",)),
            C.GIT_NO_ANSWER: (self.tr("git did not answer"), ()),
            C.NOT_A_GIT_WORK_TREE: (self.tr("not in a git work tree (run “git init” there, or choose a folder of "
                                       "a repository)"), ()),
            C.GIT_FAILED: (self.tr("git %1 failed: %2"), ("command", "detail")),
            C.UNMERGEABLE: (self.tr("%1 version: %2"), ("side", "cause")),
            C.LANGUAGE_MODEL_MISSING: (self.tr("the language model is missing"), ()),
            C.LANGUAGE_MODEL_DAMAGED: (self.tr("the language model is damaged: %1"), ("detail",)),
        }


def describe(error: BaseException) -> str:
    """`error` worded for a message: its file's name, the field, and the fault."""
    return ErrorWords().describe(error)


def reason(error: BaseException) -> str:
    """`error`'s fault worded, without its file."""
    return ErrorWords().reason(error)
