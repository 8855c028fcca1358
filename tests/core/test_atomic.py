"""Atomic, durable writes: the file on disk is always a complete version."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from support import REPO
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
    """If the rename fails the old file is intact and the temp file is gone."""
    path = tmp_path / "s.json"
    atomic_write(path, b"old")

    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        atomic_write(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_atomic_write_keeps_file_permissions(tmp_path):
    """Replacing a file keeps the permissions the user gave it."""
    path = tmp_path / "s.json"
    path.write_bytes(b"old")
    path.chmod(0o640)
    atomic_write(path, b"new")
    assert path.stat().st_mode & 0o777 == 0o640


_WRITER = """
import sys
sys.path.insert(0, {desktop!r})
from marginalia.core.storage.atomic import atomic_write
path = sys.argv[1]
print("ready", flush=True)
k = 1
while True:
    body = (f"version {{k}} ".encode() * 20000)  # ~250 KB: a write takes a while
    atomic_write(path, body + b"END", backup=True)
    k += 1
"""


def _is_complete(data: bytes) -> bool:
    if not data.endswith(b"END"):
        return False
    body = data[:-3]
    first = body.split(b" ", 2)[:2]
    unit = b" ".join(first) + b" "
    return body == unit * 20000


@pytest.mark.slow
def test_killed_writer_never_leaves_a_partial_sidecar(tmp_path):
    """Kill a process at random moments while it rewrites the file: every time, the file is
    a complete version and so is the backup (300 trials)."""
    rng = random.Random(20261121)
    path = tmp_path / "article.txt.annotations.json"
    atomic_write(path, b"version 0 " * 20000 + b"END")
    script = _WRITER.format(desktop=str(REPO / "desktop"))
    for trial in range(300):
        proc = subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0, 0.03))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert _is_complete(path.read_bytes()), f"trial {trial}: partial file"
        backup = path.with_name(path.name + ".bak")
        if backup.exists():
            assert _is_complete(backup.read_bytes()), f"trial {trial}: partial backup"
