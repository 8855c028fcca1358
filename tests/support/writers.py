"""Writer processes for the concurrency tests: each a real Python process that writes a
corpus on command, so that several can be set going at the same moment."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from support import REPO

# A clean process (no Qt, no pytest) that reads one command a line and answers "done"
# when it has written: `import FILE` runs an import, `add ARTICLE ID TOPIC` opens the
# article as another program would, adds a claim with that id (and topic, made if new)
# and saves. Everything is loaded before the first command, so a command's time is
# its writing, and two writers told at once write at once.
_WRITER = """
import sys
sys.path.insert(0, {desktop!r})
from pathlib import Path
from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.importer import import_w3c
from marginalia.core.selectors import TextPosition
import dataclasses
root = Path(sys.argv[1])
Corpus(root).open(Corpus(root).article_paths()[0])  # warm the language model
for line in sys.stdin:
    command, *args = line.split()
    if command == "import":
        report = import_w3c(Corpus(root), Path(args[0]))
        print("done", len(report.imported), len(getattr(report, "conflicts", ())), flush=True)
    elif command == "add":
        corpus = Corpus(root)
        if corpus.codebook.get(args[2]) is None:
            corpus.save_codebook(corpus.codebook.add(args[2]))
        document = corpus.open(root / args[0])
        start = (len(document) * 7) % max(1, len(document.text) - 40)
        claim = new_annotation(document.text, TextPosition(start, start + 20), topics=(args[2],), note=args[1])
        document.add(dataclasses.replace(claim, id=args[1]))
        corpus.save(document)
        print("done", flush=True)
"""


class Writer:
    """One writer process over the corpus at `root`."""

    def __init__(self, root: Path) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", _WRITER.format(desktop=str(REPO / "desktop")),
                                         str(root)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def send(self, *command: str) -> None:
        self.process.stdin.write(" ".join(command) + "\n")
        self.process.stdin.flush()

    def wait(self) -> str:
        answer = self.process.stdout.readline().strip()
        assert answer.startswith("done"), f"the writer stopped: {answer!r}"
        return answer

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


def annotations_file(path: Path, article: str, claims: list[tuple[str, str, str]]) -> Path:
    """A W3C file of claims (id, quote, tag) on `article`, to import."""
    items = [{"type": "Annotation", "id": f"urn:uuid:{claim_id}", "bodyValue": f"note {claim_id}",
              "created": "2025-01-01T00:00:00Z", "modified": "2025-01-01T00:00:00Z",
              "body": [{"type": "TextualBody", "purpose": "tagging", "value": tag}],
              "target": {"source": article, "selector": {"type": "TextQuoteSelector", "exact": quote}}}
             for claim_id, quote, tag in claims]
    path.write_text(json.dumps({"type": "AnnotationPage", "items": items}, ensure_ascii=False), encoding="utf-8")
    return path


def claims_and_topics(root: Path) -> tuple[set[str], set[str]]:
    """Every claim id in the corpus's sidecars, and every topic id of its codebook."""
    claims: set[str] = set()
    for side in root.glob("*.annotations.json"):
        claims.update(r["id"] for r in json.loads(side.read_text(encoding="utf-8"))["annotations"])
    codebook = root / "codebook.marginalia.json"
    topics = {t["id"] for t in json.loads(codebook.read_text(encoding="utf-8"))["topics"]} if codebook.exists() \
        else {"compute", "privacy", "competition"}
    return claims, topics
