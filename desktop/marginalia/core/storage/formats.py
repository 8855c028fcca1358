"""Names, versions and limits of every file Marginalia writes, declared once."""

from __future__ import annotations

from pathlib import Path

# The per-article sidecar: ARTICLE.annotations.json beside the article.
SIDECAR_FORMAT = "marginalia-sidecar"
SIDECAR_VERSION = 1
SIDECAR_SUFFIX = ".annotations.json"
OFFSET_UNIT = "unicode-code-point"

# The corpus's topics.
CODEBOOK_FILE_NAME = "codebook.marginalia.json"
CODEBOOK_FORMAT = "marginalia-codebook"
CODEBOOK_VERSION = 1

# Claim clusters: one fact as several articles report it (see core/clusters).
CLUSTERS_FILE_NAME = "clusters.marginalia.json"
CLUSTERS_FORMAT = "marginalia-clusters"
CLUSTERS_VERSION = 1

# Titles and languages of the articles (the bundled seeds have one).
MANIFEST_FILE_NAME = "manifest.json"
MANIFEST_FORMAT = "marginalia-manifest"
MANIFEST_VERSION = 1

# Every version of a record that a save took out of a file, one JSON object a line.
HISTORY_FORMAT = "marginalia-history"
HISTORY_SUFFIX = ".history.jsonl"

# The previous whole version of a file, kept by each replace.
BACKUP_SUFFIX = ".bak"

# Beside each file written: ".NAME.lock" (the advisory lock) and ".NAME.XXXXXXXX.tmp"
# (a write in progress). Hidden, so a corpus listing never shows them.
LOCK_SUFFIX = ".lock"
TEMPORARY_SUFFIX = ".tmp"

# Sizes beyond which a file is refused unread. A sidecar of 10,000 claims is about
# 7 MB; the codebook and manifest are kilobytes, the clusters of 10,000 claims
# a few megabytes; an import may hold a whole corpus.
MAX_SIDECAR_BYTES = 256 * 1024 * 1024
MAX_CODEBOOK_BYTES = 16 * 1024 * 1024
MAX_CLUSTERS_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_IMPORT_BYTES = 512 * 1024 * 1024
MAX_HISTORY_BYTES = 1024 * 1024 * 1024  # years of edits; read only to list or restore them

# No file of ours nests deeper than a handful of levels; a reader's stack does not
# survive many thousands. Anything deeper is refused, naming where.
MAX_JSON_DEPTH = 64


def sidecar_path(article_path: Path) -> Path:
    """`notes.txt` → `notes.txt.annotations.json`: the full name keeps `a.txt` and `a.md` apart."""
    article_path = Path(article_path)
    return article_path.with_name(article_path.name + SIDECAR_SUFFIX)


def history_path(path: Path) -> Path:
    """`a.txt.annotations.json` → `a.txt.annotations.history.jsonl`, beside it and listed
    like it, so a user looking for a lost note finds it next to the file it left."""
    path = Path(path)
    return path.with_name(path.name.removesuffix(".json") + HISTORY_SUFFIX)


def backup_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def lock_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}{LOCK_SUFFIX}")
