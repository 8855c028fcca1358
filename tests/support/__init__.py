"""Shared test helpers: repository paths and sample texts."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
# Beside the checkout; from a copy inside it (a mutation-testing run's mutants/), further up.
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()), REPO.parent / "shared")
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))

VI_EMOJI = (
    "Microsoft và OpenAI 🤝 tưởng như thân thiết.\n"
    "Nhưng 👩‍👩‍👧 nỗi lo ẩn giấu đã xuất hiện: sức mạnh tính toán 🇻🇳 là trung tâm.\n"
    "Cạnh tranh tiềm tàng giữa hai bên.\n"
)


def qt_position(text: str, cp: int) -> int:
    """UTF-16 position of code point `cp`: what a user's cursor in Qt reports."""
    return len(text[:cp].encode("utf-16-le")) // 2


def copy_seeds(folder: Path) -> Path:
    """A writable copy of the bundled seeds (articles and manifest) at `folder`."""
    shutil.copytree(SEEDS, folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    return folder


def annotate_two_claims(folder: Path, first_note: str = "", second_note: str = "", author: str = "") -> Path:
    """Two claims in every article of `folder` (code points 0–30 tagged compute, 40–80
    privacy), saved through the core as the app would."""
    from marginalia.core.annotation import new_annotation
    from marginalia.core.corpus import Corpus
    from marginalia.core.selectors import TextPosition

    corpus = Corpus(folder)
    for path in corpus.article_paths():
        document = corpus.open(path)
        document.add(new_annotation(document.text, TextPosition(0, 30), topics=("compute",),
                                    note=first_note, author=author))
        document.add(new_annotation(document.text, TextPosition(40, 80), topics=("privacy",), note=second_note))
        corpus.save(document)
    return folder


def many_claims(folder: Path, name: str, count: int) -> list:
    """An article `name` of `count` sentences in `folder`, each highlighted as a claim
    and saved; the claims, in order."""
    from marginalia.core.annotation import new_annotation
    from marginalia.core.corpus import Corpus
    from marginalia.core.selectors import TextPosition

    text = "".join(f"Câu số {i}: Microsoft và OpenAI đàm phán lại 🤝 điều khoản.\n" for i in range(count))
    (folder / name).write_text(text, encoding="utf-8")
    corpus = Corpus(folder)
    document = corpus.open(folder / name)
    claims = []
    start = 0
    while start < len(document.text):
        end = document.text.index("\n", start)
        claims.append(new_annotation(document.text, TextPosition(start, end), topics=("compute",)))
        start = end + 1
    for claim in claims:
        document.add(claim)
    corpus.save(document)
    return claims


def add_claims(folder: Path, name: str, *claims: tuple[str, int, int, tuple[str, ...]]) -> None:
    """Add (reviewer, start, end, topics) claims to the article `name` of `folder`, saved
    through the core as the app would."""
    from marginalia.core.annotation import new_annotation
    from marginalia.core.corpus import Corpus
    from marginalia.core.selectors import TextPosition

    corpus = Corpus(folder)
    document = corpus.open(folder / name)
    for reviewer, start, end, topics in claims:
        document.add(new_annotation(document.text, TextPosition(start, end), topics=topics, author=reviewer))
    corpus.save(document)
