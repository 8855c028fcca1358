"""The core's errors in English, for the CLI, logs and reports written in English: one
sentence per error code, filled in with the error's facts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from marginalia.core.error_codes import ErrorCode as C
from marginalia.core.error_codes import SkipCode as S

Facts = Mapping[str, Any]

# Tokens the core puts in facts (what stands where a file should, JSON kinds, article kinds).
_THINGS = {"fifo": "a FIFO", "folder": "a folder", "device": "a device", "socket": "a socket", "other": "not a file",
           "string": "a string", "integer": "an integer", "boolean": "true or false", "list": "a list",
           "object": "an object", "number": "a number", "null": "null",
           "docx": "a Word document", "epub": "an EPUB e-book", "html": "a web page", "pdf": "a PDF document"}


def thing(token: Any) -> str:
    """The English words for a token of the core's facts (the token itself if unknown)."""
    return _THINGS.get(str(token), str(token))


def _expected(facts: Facts) -> str:
    expected = facts.get("expected", ())
    return " or ".join(thing(t) for t in (expected if isinstance(expected, tuple) else (expected,)))


def _n(value: Any) -> str:
    """A count of bytes with thousands separated, as a log reads best."""
    return f"{value:,}" if isinstance(value, int) else str(value)


def _size(facts: Facts) -> str:
    if "size" in facts:
        return f"too large ({_n(facts['size'])} bytes; the limit is {_n(facts['limit'])})"
    return f"too large (over {_n(facts['limit'])} bytes)"


def _system(facts: Facts) -> str:
    return str(facts.get("system", ""))


# Each code's sentence. A template is filled with str.format(**facts); a function is
# given the facts when a sentence depends on which facts are there.
SENTENCES: dict[C, str | Callable[[Facts], str]] = {
    C.CANNOT_READ: lambda f: _system(f) or "cannot be read",
    C.NO_SUCH_FILE: "No such file or directory",
    C.NOT_A_FOLDER: "not a folder",
    C.NOT_A_REGULAR_FILE: lambda f: f"not a regular file ({thing(f['kind'])})" if "kind" in f else "not a regular file",
    C.FILE_TOO_LARGE: _size,
    C.LINK_OUTSIDE_CORPUS: "a link to {target}, outside the corpus",
    C.NOT_UTF8: lambda f: f"not UTF-8 (byte {f['offset']})" if "offset" in f else "not UTF-8",
    C.NOT_UTF8_DAMAGED: "not UTF-8 at byte {offset} (damaged); opened read-only",
    C.NOT_UTF16: "not valid UTF-16 at byte {offset}",
    C.BINARY_DATA: "binary data, not text",
    C.NO_ENCODING_FITS: "not UTF-8, and no other text encoding fits",
    C.DECODING_CHANGED: "decoded as {now} now; its claims were made on it decoded as {before}",
    C.JSON_SYNTAX: lambda f: (f"invalid JSON at line {f['line']}, column {f['column']}: {f.get('detail', '')}"
                              if "line" in f else f"not JSON ({f.get('detail', '')})"),
    C.JSON_TOO_DEEP: lambda f: (f"nested more than {f['limit']} levels deep" if "limit" in f
                                else f"nested too deeply (byte {f.get('offset', '?')})"),
    C.LONE_SURROGATE: "a lone UTF-16 surrogate escape (byte {offset})",
    C.WRONG_FORMAT: "not a {expected!r} file",
    C.NEWER_VERSION: "written by a newer Marginalia (format {version}; this version reads up to {supported})",
    C.UNKNOWN_VERSION: "unknown format version {version}",
    C.UNSUPPORTED_OFFSET_UNIT: "unsupported offset unit {value!r}",
    C.FIELD_MISSING: "missing",
    C.FIELD_WRONG_TYPE: lambda f: f"expected {_expected(f)}, found {thing(f.get('found', '?'))}",
    C.FIELD_EMPTY: "empty",
    C.VALUE_INVALID: "invalid: {detail}",
    C.DUPLICATE_ID: "repeated id {value!r}",
    C.CLAIM_IN_TWO_CLUSTERS: "claim {claim!r} is in cluster {cluster!r} too",
    C.BAD_TIME: "{value!r} is not an ISO 8601 time with offset",
    C.NEGATIVE_OFFSET: "negative offset {value}",
    C.END_BEFORE_START: "end {end} is before start {start}",
    C.OFFSET_BEYOND_TEXT: "offset {value} is beyond the text ({length} code points)",
    C.NOT_A_CLAIM: "not a claim",
    C.BAD_LANGUAGE_TAG: "{value!r} is not a BCP 47 language tag",
    C.BAD_COLOUR: "colour {value!r} is not #RRGGBB",
    C.TOPIC_NEEDS_NAME: "a topic needs a name",
    C.TOPIC_NAME_TAKEN: "a topic named {name!r} exists already",
    C.SHORTCUT_SHARED: "two topics share a shortcut",
    C.WRITE_FAILED: lambda f: _system(f) or "cannot be written",
    C.LOCKED: "another program has held it locked for over {seconds} s",
    C.CANNOT_MOVE_ASIDE: lambda f: (f"merged, but cannot be moved aside ({_system(f)})" if "system" in f
                                    else "merged, but cannot be moved aside (its folder is gone)"),
    C.UNREADABLE_DOCUMENT: lambda f: f"cannot be read as {thing(f['kind'])}: {f.get('detail', '')}",
    C.NO_TEXT_LAYER: "no text layer on any of its {pages} page(s) (a scan without OCR)",
    C.NO_TEXT: lambda f: f"no text in {thing(f.get('kind', ''))}",
    C.NO_PAGE_CONTENT: "not an HTML page with any content",
    C.MEMBER_TOO_LARGE: lambda f: f"{f['member']} is {_n(f['size'])} bytes, too large",
    C.NO_PACKAGE_DOCUMENT: "the e-book names no package document (META-INF/container.xml)",
    C.TOPIC_IN_USE: "topic {topic!r} is used by {count} annotation(s)",
    C.UNKNOWN_TOPIC: lambda f: f"topic {f['value']!r}: not in the codebook"
                               + ("" if f.get("on_claims", True) else " nor on any claim"),
    C.UNKNOWN_ARTICLE: "article {value!r}: not in the corpus",
    C.AMBIGUOUS_ARTICLE: "article {value!r}: matches {count} files; give the path within the corpus",
    C.UNKNOWN_REVIEWER: "reviewer {value!r}: has no claims in the corpus",
    C.UNKNOWN_FORMAT: lambda f: f"format {f['value']!r}: unknown; choose one of {', '.join(f['choices'])}",
    C.OUTPUT_IN_CORPUS: "output {value!r}: is a file of the corpus; choose another name",
    C.EMPTY_CODEBOOK: "codebook: has no topics, and a REFI-QDA codebook needs at least one",
    C.UNSUPPORTED_IMPORT: lambda f: (f"this looks like {f['kind']}, which Marginalia cannot import"
                                     + (f" ({f['hint']})" if f.get("hint") else "")),
    C.NOT_WEB_ANNOTATIONS: "not W3C Web Annotations (no Annotation, page or collection)",
    C.PAGES_NOT_EMBEDDED: "the collection's pages are not embedded (only a link to them)",
    C.NOT_A_CODEBOOK_CSV: "no tag column in the first row: not a codebook CSV",
    C.XML_SYNTAX: "not well-formed XML at line {line}, column {column}",
    C.NOT_REFI_PROJECT: "the XML root is <{root}>, not a REFI-QDA <Project>",
    C.NOT_REFI_CODEBOOK: "the XML root is <{root}>, not a REFI-QDA <CodeBook>",
    C.NO_PROJECT_IN_ARCHIVE: "a ZIP archive without project.qde, not a REFI-QDA project",
    C.CONCEPT_TOO_FEW_ENTRIES: "a concept needs an id and entries in two languages or more",
    C.CONCEPT_ID_REPEATED: "missing or repeated concept id {value!r}",
    C.GIT_NOT_RUNNABLE: lambda f: f"git cannot be run ({_system(f)})",
    C.GIT_NO_ANSWER: "git did not answer",
    C.NOT_A_GIT_WORK_TREE: "not in a git work tree (run `git init` there, or give a folder of a repository)",
    C.GIT_FAILED: "git {command} failed: {detail}",
    C.UNMERGEABLE: lambda f: (f"{f['side']} version: {english_reason_of(C(f['cause']), f)}" if "cause" in f
                              else f"{f['side']} version: unreadable"),
    C.LANGUAGE_MODEL_MISSING: lambda f: ("not found" if "package" not in f
                                         else f"not found: the {f['package']} package is not installed"),
    C.LANGUAGE_MODEL_DAMAGED: "{detail}",
}


def english_reason_of(code: C, facts: Facts) -> str:
    """The sentence for `code` with `facts`, without the file."""
    sentence = SENTENCES[code]
    try:
        return sentence(_Missing(facts)) if callable(sentence) else sentence.format_map(_Missing(facts))
    except (ValueError, TypeError):  # a fact of another kind than the sentence expects
        return f"{code.value} {dict(facts)}"


class _Missing(dict):
    """Facts for str.format; a fact the raise site did not know reads as "?"."""

    def __missing__(self, key: str) -> str:
        return "?"


def english_reason(error) -> str:
    """An error's fault in English without its file (a MarginaliaError's `reason`)."""
    return english_reason_of(error.code, error.facts)


def english(error) -> str:
    """The whole error in English: the file, the field where it has one, and the fault."""
    facts = error.facts
    reason = english_reason(error)
    if error.code == C.LANGUAGE_MODEL_MISSING or error.code == C.LANGUAGE_MODEL_DAMAGED:
        return f"language model {facts.get('file', '')}: {reason}"
    if "file" not in facts:
        return reason
    if "line" in facts and error.code in (C.CONCEPT_TOO_FEW_ENTRIES, C.CONCEPT_ID_REPEATED):
        return f"{facts['file']}:{facts['line']}: {reason}"
    where = f"{facts['file']} ({facts['field']})" if facts.get("field") else facts["file"]
    return f"{where}: {reason}"


def _file_name(error) -> str:
    return Path(error.facts.get("file", "")).name if error is not None else "?"


_SOURCE_KINDS = {"PictureSource": "a picture", "AudioSource": "a recording", "VideoSource": "a video"}

# Why an import left something out, in English (SkipCode → sentence; a function is
# given the facts and the error behind it, if any).
SKIPS: dict[S, str | Callable[[Facts, Any], str]] = {
    S.NOT_AN_OBJECT: "not a JSON object",
    S.NOT_AN_ANNOTATION: "not an Annotation, AnnotationPage or AnnotationCollection",
    S.NO_TARGET: "no target",
    S.TARGET_WITHOUT_SELECTOR: "the target is a whole resource, without a text selector",
    S.NO_TEXT_SELECTOR: lambda f, e: "no usable TextQuoteSelector or TextPositionSelector"
                                     + (f" ({'; '.join(f['details'])})" if f.get("details") else ""),
    S.REPLY: "a reply to another annotation, attached to no text",
    S.PAGE_NOTE: "a page note, attached to no text",
    S.REPEATED_ID: "id {id} occurs earlier in the file",
    S.POSITION_BEYOND_TEXT: "no quote, and the position is beyond the text",
    S.LINK_WITHOUT_CLAIMS: "a link between annotations none of which is a claim here",
    S.ARTICLE_UNREADABLE: lambda f, e: f"article unreadable: {english_reason(e) if e is not None else '?'}",
    S.FILE_READ_ONLY: lambda f, e: f"{_file_name(e)} not to be written: {english_reason(e) if e else '?'}",
    S.CLUSTERS_UNREADABLE: lambda f, e: f"{_file_name(e)} cannot be read: {english_reason(e) if e else '?'}",
    S.UNCHANGED: "already here, unchanged",
    S.CLUSTER_UNCHANGED: "cluster already here, unchanged",
    S.TOPIC_EXISTS: "a topic of that name exists already",
    S.ALREADY_IN_CORPUS: "already in the corpus",
    S.POSITIONS_OUTSIDE_SOURCE: "positions {start}–{end} are not in the source's text ({length} characters)",
    S.PDF_WITHOUT_TEXT: "a PDF without a plain-text representation",
    S.NOT_TEXT_SOURCE: lambda f, e: f"{_SOURCE_KINDS.get(f.get('kind'), f.get('kind'))}, not text",
    S.SOURCE_TEXT_NOT_IN_PROJECT: lambda f, e: (f"not imported: its text {f['reference']} is not in the project"
                                                + (" (files outside the project are not read)"
                                                   if f.get("outside") else "")),
    S.SOURCE_RICH_TEXT_ONLY: "not imported: it has only rich text (richTextPath), no plain text",
    S.SOURCE_WITHOUT_TEXT: "not imported: it has no text",
}


def skip_reason(code: S, facts: Facts, error=None) -> str:
    """Why an import left a record out, in English."""
    sentence = SKIPS[code]
    if callable(sentence):
        return sentence(_Missing(facts), error)
    return sentence.format_map(_Missing(facts))
