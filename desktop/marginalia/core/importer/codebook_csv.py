"""Reading a codebook CSV (Taguette's tag,description; Marginalia's adds color) into topics."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.importer.reader import Dropped, ImportFileError
from marginalia.core.importer.refi_qda import Code

_NAME_COLUMNS = ("tag", "name", "code", "topic")
_COLOR_COLUMNS = ("color", "colour")
_COLOR = re.compile(r"^#?[0-9A-Fa-f]{6}$")


def codebook_columns(header: list[str]) -> bool:
    """Whether a CSV header is a codebook's: a tag (or name) column and no text positions."""
    names = [h.strip().lower() for h in header]
    return any(n in _NAME_COLUMNS for n in names) and "start" not in names


def read_codebook_csv(data: bytes, path: Path) -> tuple[list[Code], list[Dropped]]:
    """The topics of a codebook CSV, and what of it is not kept."""
    from marginalia.core.export.csv_table import restore

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, ErrorCode.NOT_UTF8, offset=exc.start) from exc
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or not codebook_columns(rows[0]):
        raise ImportFileError(path, ErrorCode.NOT_A_CODEBOOK_CSV)
    header = [h.strip().lower() for h in rows[0]]
    name_at = next(header.index(n) for n in _NAME_COLUMNS if n in header)
    color_at = next((header.index(n) for n in _COLOR_COLUMNS if n in header), None)
    description_at = header.index("description") if "description" in header else None
    dropped = [Dropped("row 1", rows[0][i], "not a topic field") for i, h in enumerate(header)
               if i not in (name_at, color_at, description_at)]
    codes: list[Code] = []
    for number, row in enumerate(rows[1:], start=2):
        cell = lambda i: restore(row[i].strip()) if i is not None and i < len(row) else ""  # noqa: E731
        name = cell(name_at)
        if not name:
            if any(value.strip() for value in row):
                dropped.append(Dropped(f"row {number}", rows[0][name_at], "empty: a topic needs a name"))
            continue
        color = cell(color_at)
        if color and not _COLOR.match(color):
            dropped.append(Dropped(f"row {number}", rows[0][color_at], f"{color!r} is not a #RRGGBB colour"))
            color = ""
        if cell(description_at):
            dropped.append(Dropped(f"row {number}", "description", "Marginalia's topics have no description"))
        codes.append(Code(f"csv-{number}", name, ("#" + color.lstrip("#")).upper() if color else "", True))
    return codes, dropped
