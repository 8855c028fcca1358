"""Shared test helpers: repository paths and sample texts."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"

VI_EMOJI = (
    "Microsoft và OpenAI 🤝 tưởng như thân thiết.\n"
    "Nhưng 👩‍👩‍👧 nỗi lo ẩn giấu đã xuất hiện: sức mạnh tính toán 🇻🇳 là trung tâm.\n"
    "Cạnh tranh tiềm tàng giữa hai bên.\n"
)


def qt_position(text: str, cp: int) -> int:
    """UTF-16 position of code point `cp`: what a user's cursor in Qt reports."""
    return len(text[:cp].encode("utf-16-le")) // 2
