"""Atomic, durable writes: the file on disk is always a complete version."""

import os
import subprocess
import sys

import pytest

from support import REPO
from marginalia.core.codebook import DEFAULT_CODEBOOK
from marginalia.core.errors import WriteError
from marginalia.core.storage.atomic import atomic_write


def test_atomic_write_replaces_and_keeps_backup(tmp_path):
    """The new content replaces the old, which is kept as .bak; no temp files remain."""
    path = tmp_path / "a.txt.annotations.json"
    atomic_write(path, b"old", backup=True)
    atomic_write(path, b"new", backup=True)
    assert path.read_bytes() == b"new"
    assert (tmp_path / "a.txt.annotations.json.bak").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt.annotations.json", "a.txt.annotations.json.bak"]


def test_atomic_write_failure_leaves_old_file(tmp_path, monkeypatch):
    """If the rename fails the old file is intact, the temp file is gone, and the error
    names the file meant (not the temporary one) with the system's reason."""
    path = tmp_path / "s.json"
    atomic_write(path, b"old")

    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(WriteError) as info:
        atomic_write(path, b"new")
    assert (info.value.path, info.value.reason, info.value.errno) == (path, "No space left on device", 28)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_atomic_write_keeps_file_permissions(tmp_path):
    """Replacing a file keeps the permissions the user gave it."""
    path = tmp_path / "s.json"
    path.write_bytes(b"old")
    path.chmod(0o640)
    atomic_write(path, b"new")
    assert path.stat().st_mode & 0o777 == 0o640


# A clean process (no Qt, no pytest) that forks one writer per trial and kills
# it after a random delay: fork keeps each trial at milliseconds, not a Python start.
_KILLER = """
import os, random, signal, sys, time
sys.path.insert(0, {desktop!r})
from marginalia.core.corpus import Corpus
from marginalia.core.annotation import new_annotation
from marginalia.core.selectors import TextPosition
corpus = Corpus(sys.argv[1])
article = corpus.article_paths()[0]
rng = random.Random(int(sys.argv[2]))
corpus.open(article)  # warm the language model here, so every forked writer starts at once
import marginalia.core.storage.typed_sidecar  # and the reader of large sidecars (it loads msgspec)
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:  # the writer: keeps adding a claim and saving, as autosave does
        document = corpus.open(article)
        while True:
            start = rng.randrange(0, len(document.text) - 40)
            document.add(new_annotation(document.text, TextPosition(start, start + 30), topics=("compute",),
                                        note="ghi chú " * rng.randrange(1, 400)))
            corpus.save(document)
    time.sleep(rng.uniform(0.0, float(line.split()[1])))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    print("killed", flush=True)
"""


@pytest.mark.slow
def test_killed_writer_never_leaves_a_partial_sidecar(seed_corpus):
    """Kill a process at random moments while it saves a growing sidecar (300 trials): the file
    on disk always decodes completely, and so does its backup."""
    from marginalia.core.storage.sidecar import encode_sidecar, sidecar_path
    from marginalia.core.storage.sidecar_file import decode_sidecar

    for extra in seed_corpus.glob("*.txt"):
        if extra.name != "en-partnership-in-danger.txt":
            extra.unlink()
    path = sidecar_path(seed_corpus / "en-partnership-in-danger.txt")
    backup = path.with_name(path.name + ".bak")
    script = _KILLER.format(desktop=str(REPO / "desktop"))
    killer = subprocess.Popen([sys.executable, "-c", script, str(seed_corpus), "20261121"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    seen_sizes = set()
    # Kills land within a window after the writer starts; on a loaded machine a short window
    # can end before any save, so it widens while the file stays as it was.
    window, last_size = 0.05, None
    try:
        for trial in range(300):
            killer.stdin.write(f"go {window}\n")
            killer.stdin.flush()
            assert killer.stdout.readline().strip() == "killed"
            for candidate in (path, backup):
                if candidate.exists():
                    data = candidate.read_bytes()
                    decoded = decode_sidecar(data, candidate)  # raises on a torn file
                    assert not decoded.bad_records, f"trial {trial}: {candidate.name} has damaged records"
                    assert encode_sidecar(decoded) == data, f"trial {trial}: {candidate.name} is not a whole version"
            size = path.stat().st_size if path.exists() else None
            window = min(window * 2, 0.8) if size == last_size else 0.05
            last_size = size
            if size is not None:
                seen_sizes.add(size)
    finally:
        killer.stdin.close()
        killer.wait(timeout=30)
    assert len(seen_sizes) > 50  # the kills really landed at many different versions


def test_leftovers_of_killed_writes_are_removed_on_the_next_open_when_no_writer_holds_the_lock(tmp_path):
    """The temporary files a killed write left behind go on the next read of the file, of
    any age, when no writer holds its lock; while one does they stay (they may be its
    write in progress). Other files' temporaries and other files stay."""
    from marginalia.core.storage.codebook_file import CodebookFile
    from marginalia.core.storage.locking import holding_lock

    target = tmp_path / "codebook.marginalia.json"
    CodebookFile(target).write(DEFAULT_CODEBOOK)
    leftovers = [tmp_path / ".codebook.marginalia.json.k3j2h1ab.tmp", tmp_path / ".codebook.marginalia.json.1234b.tmp"]
    other = tmp_path / ".b.txt.annotations.json.k3j2h1ab.tmp"
    for leftover in leftovers + [other]:
        leftover.write_bytes(b'{"half": ')
    with holding_lock(target):
        assert CodebookFile(target).read() == DEFAULT_CODEBOOK
        assert all(p.exists() for p in leftovers)
    assert CodebookFile(target).read() == DEFAULT_CODEBOOK
    assert not any(p.exists() for p in leftovers) and other.exists()
