"""The stable codes of the core's errors: what went wrong, never how to say it."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """One value per kind of fault the core reports; the facts that go with it are
    named beside each (keys of the error's `facts`). The CLI words them in English
    (marginalia/error_english.py), the window in the interface's language
    (ui/error_words.py); a test checks both word every code."""

    # Reading a file (facts: system, errno; kind; size, limit)
    CANNOT_READ = "cannot_read"
    NO_SUCH_FILE = "no_such_file"
    NOT_A_FOLDER = "not_a_folder"
    NOT_A_REGULAR_FILE = "not_a_regular_file"
    FILE_TOO_LARGE = "file_too_large"
    LINK_OUTSIDE_CORPUS = "link_outside_corpus"  # target

    # Text encodings (offset; before, now)
    NOT_UTF8 = "not_utf8"
    NOT_UTF8_DAMAGED = "not_utf8_damaged"
    NOT_UTF16 = "not_utf16"
    BINARY_DATA = "binary_data"
    NO_ENCODING_FITS = "no_encoding_fits"
    DECODING_CHANGED = "decoding_changed"

    # JSON (line, column, detail; limit)
    JSON_SYNTAX = "json_syntax"
    JSON_TOO_DEEP = "json_too_deep"
    LONE_SURROGATE = "lone_surrogate"

    # Marginalia's own files (expected, found, value, version, start, end, length, claim, cluster)
    WRONG_FORMAT = "wrong_format"
    NEWER_VERSION = "newer_version"
    UNKNOWN_VERSION = "unknown_version"
    UNSUPPORTED_OFFSET_UNIT = "unsupported_offset_unit"
    FIELD_MISSING = "field_missing"
    FIELD_WRONG_TYPE = "field_wrong_type"
    FIELD_EMPTY = "field_empty"
    VALUE_INVALID = "value_invalid"
    DUPLICATE_ID = "duplicate_id"
    CLAIM_IN_TWO_CLUSTERS = "claim_in_two_clusters"
    BAD_TIME = "bad_time"
    NEGATIVE_OFFSET = "negative_offset"
    END_BEFORE_START = "end_before_start"
    OFFSET_BEYOND_TEXT = "offset_beyond_text"
    NOT_A_CLAIM = "not_a_claim"

    # Values the user gives (value, name)
    BAD_LANGUAGE_TAG = "bad_language_tag"
    BAD_COLOUR = "bad_colour"
    TOPIC_NEEDS_NAME = "topic_needs_name"
    TOPIC_NAME_TAKEN = "topic_name_taken"
    SHORTCUT_SHARED = "shortcut_shared"

    # Writing (system, errno; seconds)
    WRITE_FAILED = "write_failed"
    LOCKED = "locked"
    CANNOT_MOVE_ASIDE = "cannot_move_aside"

    # Articles in other formats (kind, detail; member, size; pages)
    UNREADABLE_DOCUMENT = "unreadable_document"
    NO_TEXT_LAYER = "no_text_layer"
    NO_TEXT = "no_text"
    NO_PAGE_CONTENT = "no_page_content"
    MEMBER_TOO_LARGE = "member_too_large"
    NO_PACKAGE_DOCUMENT = "no_package_document"

    # Requests naming what the corpus does not have (what, value, count, choices)
    TOPIC_IN_USE = "topic_in_use"
    UNKNOWN_TOPIC = "unknown_topic"
    UNKNOWN_ARTICLE = "unknown_article"
    AMBIGUOUS_ARTICLE = "ambiguous_article"
    UNKNOWN_REVIEWER = "unknown_reviewer"
    UNKNOWN_FORMAT = "unknown_format"
    OUTPUT_IN_CORPUS = "output_in_corpus"
    EMPTY_CODEBOOK = "empty_codebook"

    # Imports (kind, hint; line, column; root)
    UNSUPPORTED_IMPORT = "unsupported_import"
    NOT_WEB_ANNOTATIONS = "not_web_annotations"
    PAGES_NOT_EMBEDDED = "pages_not_embedded"
    NOT_A_CODEBOOK_CSV = "not_a_codebook_csv"
    XML_SYNTAX = "xml_syntax"
    NOT_REFI_PROJECT = "not_refi_project"
    NOT_REFI_CODEBOOK = "not_refi_codebook"
    NO_PROJECT_IN_ARCHIVE = "no_project_in_archive"

    # The concept table of suggestions (line, value)
    CONCEPT_TOO_FEW_ENTRIES = "concept_too_few_entries"
    CONCEPT_ID_REPEATED = "concept_id_repeated"

    # Teamwork (command, detail; side, cause)
    GIT_NOT_RUNNABLE = "git_not_runnable"
    GIT_NO_ANSWER = "git_no_answer"
    NOT_A_GIT_WORK_TREE = "not_a_git_work_tree"
    GIT_FAILED = "git_failed"
    UNMERGEABLE = "unmergeable"

    # The bundled language model (detail: what in the model file is wrong)
    LANGUAGE_MODEL_MISSING = "language_model_missing"
    LANGUAGE_MODEL_DAMAGED = "language_model_damaged"


class SkipCode(StrEnum):
    """Why an import left a record (or a source, a topic) out: a stable code, worded by
    the CLI (error_english.SKIPS) and the window (ui/import_words.py)."""

    # Records that are no claim (details: the kinds of selectors dropped, for the CLI)
    NOT_AN_OBJECT = "not_an_object"
    NOT_AN_ANNOTATION = "not_an_annotation"
    NO_TARGET = "no_target"
    TARGET_WITHOUT_SELECTOR = "target_without_selector"
    NO_TEXT_SELECTOR = "no_text_selector"
    REPLY = "reply"
    PAGE_NOTE = "page_note"
    REPEATED_ID = "repeated_id"  # id
    POSITION_BEYOND_TEXT = "position_beyond_text"
    LINK_WITHOUT_CLAIMS = "link_without_claims"
    # Where they would go cannot be read or written (the error says why)
    ARTICLE_UNREADABLE = "article_unreadable"
    FILE_READ_ONLY = "file_read_only"
    CLUSTERS_UNREADABLE = "clusters_unreadable"
    # Nothing wrong
    UNCHANGED = "unchanged"
    CLUSTER_UNCHANGED = "cluster_unchanged"
    TOPIC_EXISTS = "topic_exists"
    ALREADY_IN_CORPUS = "already_in_corpus"
    # REFI-QDA sources without text (start, end, length; kind; reference, outside)
    POSITIONS_OUTSIDE_SOURCE = "positions_outside_source"
    PDF_WITHOUT_TEXT = "pdf_without_text"
    NOT_TEXT_SOURCE = "not_text_source"
    SOURCE_TEXT_NOT_IN_PROJECT = "source_text_not_in_project"
    SOURCE_RICH_TEXT_ONLY = "source_rich_text_only"
    SOURCE_WITHOUT_TEXT = "source_without_text"
