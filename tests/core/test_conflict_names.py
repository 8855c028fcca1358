"""The names sync clients give their conflict copies, read back into the file each is a copy of."""

from __future__ import annotations

import pytest

from marginalia.core.teamwork.conflict_names import conflict_name

SIDECAR = "es-microsoft-openai-relacion-tensa.txt.annotations.json"


@pytest.mark.parametrize(("name", "original", "client"), [
    # Syncthing: the tag before the last extension, the short device id at its end.
    ("es.txt.annotations.sync-conflict-20240501-093012-ABCDEF2.json", "es.txt.annotations.json", "Syncthing"),
    ("codebook.marginalia.sync-conflict-20231231-235959-Q2XW7YZ.json", "codebook.marginalia.json", "Syncthing"),
    ("notes.sync-conflict-20240501-093012-ABCDEF2", "notes", "Syncthing"),
    # Nextcloud and ownCloud: with or without the user, a space or (newer clients) a hyphen before the time.
    ("es.txt.annotations (conflicted copy 2024-05-01 093012).json", "es.txt.annotations.json", "Nextcloud"),
    ("es.txt.annotations (conflicted copy Ana Lopez 2024-05-01 093012).json", "es.txt.annotations.json",
     "Nextcloud"),
    ("manifest (conflicted copy 2024-05-01-093012).json", "manifest.json", "Nextcloud"),
    ("es.txt.annotations_conflict-20240501-093012.json", "es.txt.annotations.json", "ownCloud"),
    ("es.txt.annotations_conflict-ana-20240501-093012.json", "es.txt.annotations.json", "ownCloud"),
    # Dropbox: the user's name, the date, a number when one day saw several, other languages.
    ("es.txt.annotations (Ana's conflicted copy 2024-05-01).json", "es.txt.annotations.json", "Dropbox"),
    ("es.txt.annotations (Ana's conflicted copy 2024-05-01 (1)).json", "es.txt.annotations.json", "Dropbox"),
    ("codebook.marginalia (copie en conflit de Ana 2024-05-01).json", "codebook.marginalia.json", "Dropbox"),
    ("codebook.marginalia (Konfliktkopie von Ana 2024-05-01).json", "codebook.marginalia.json", "Dropbox"),
    ("codebook.marginalia (copia en conflicto de Ana 2024-05-01).json", "codebook.marginalia.json", "Dropbox"),
    ("codebook.marginalia (copia in conflitto di Ana 2024-05-01).json", "codebook.marginalia.json", "Dropbox"),
    ("codebook.marginalia (Anaの競合コピー 2024-05-01).json", "codebook.marginalia.json", "Dropbox"),
    # A copy of a copy: both tags go.
    ("es.txt.annotations.sync-conflict-20240501-093012-ABCDEF2.sync-conflict-20240502-101010-ZZZZZZZ.json",
     "es.txt.annotations.json", "Syncthing"),
])
def test_conflict_name_finds_the_original_and_the_client(name, original, client):
    """Each client's spelling gives the name of the file the copy was made of."""
    found = conflict_name(name)
    assert found is not None
    assert (found.original, found.client) == (original, client)


@pytest.mark.parametrize("name", [
    SIDECAR,
    "codebook.marginalia.json",
    "Romeo and Juliet (Conflicts between families).txt",  # no date: a title, not a tag
    "The report (2024-05-01).txt",  # a date in brackets, but no word for conflict
    "sync-conflict-notes.txt",
    ".es.txt.annotations.sync-conflict-20240501-093012-ABCDEF2.json",  # hidden: a lock's or a write's
    "manifest.sync-conflict-2024-05-01.json",  # not Syncthing's date
])
def test_conflict_name_leaves_other_names_alone(name):
    """Names that only look alike are no conflict copies."""
    assert conflict_name(name) is None
