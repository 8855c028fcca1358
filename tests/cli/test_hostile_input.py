"""Hostile input gets a message, never a hang or a traceback, and stays inert in what is printed or exported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from marginalia.core.storage.sidecar import sidecar_path
from support import REPO, SEED_NAMES

# A command that blocks on a FIFO would block the suite: each run has a deadline,
# far beyond what the commands take (a second or two).
DEADLINE_SECONDS = 60


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO / "desktop"))
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run([sys.executable, "-m", "marginalia", *args], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", env=env, timeout=DEADLINE_SECONDS)


def _no_traceback(done: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in done.stderr, done.stderr[-2000:]


def _fifo(path: Path) -> Path:
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX file kind")
@pytest.mark.parametrize("where", ["sidecar", "codebook", "manifest"])
def test_a_fifo_in_place_of_a_file_is_reported_by_check_export_and_import(corpus_dir, tmp_path, where):
    """A FIFO where a sidecar, the codebook or the manifest should be blocks nothing: each
    command finishes, and check names the FIFO as not a regular file."""
    target = {"sidecar": sidecar_path(corpus_dir / SEED_NAMES[0]),
              "codebook": corpus_dir / "codebook.marginalia.json",
              "manifest": corpus_dir / "manifest.json"}[where]
    _fifo(target)
    checked = run("check", str(corpus_dir))
    _no_traceback(checked)
    assert checked.returncode == 1 and f"{target.name}: not a regular file (a FIFO)" in checked.stdout
    exported = run("export", str(corpus_dir), "--format", "w3c", "--output", str(tmp_path / "out.jsonld"))
    _no_traceback(exported)
    assert exported.returncode == 0 and (tmp_path / "out.jsonld").exists()
    imported = run("import", str(corpus_dir), str(tmp_path / "out.jsonld"))
    _no_traceback(imported)
    assert imported.returncode in (0, 1)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_sidecar_linked_to_dev_zero_is_refused_unread(corpus_dir):
    """A sidecar that is a link to an endless device is reported at once, not read into memory."""
    side = sidecar_path(corpus_dir / SEED_NAMES[0])
    side.unlink()
    side.symlink_to("/dev/zero")
    done = run("check", str(corpus_dir))
    _no_traceback(done)
    assert done.returncode == 1 and f"{side.name}: not a regular file (a device)" in done.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX file kind")
def test_importing_from_a_fifo_is_refused_at_once(corpus_dir, tmp_path):
    """The file to import must be a regular file: a FIFO is named and refused."""
    fifo = _fifo(tmp_path / "in.jsonld")
    done = run("import", str(corpus_dir), str(fifo))
    assert done.returncode == 2 and "not a regular file" in done.stderr and len(done.stderr.splitlines()) == 1


def test_a_deeply_nested_large_sidecar_is_one_articles_problem(corpus_dir):
    """A large sidecar with JSON nested thousands deep makes that article read-only with a
    message naming the file and where; the other articles are checked as usual."""
    side = sidecar_path(corpus_dir / SEED_NAMES[0])
    data = json.loads(side.read_text(encoding="utf-8"))
    data["padding"] = "x" * 200_000  # large enough for the typed reader
    text = json.dumps(data)
    text = text[:-1] + ', "deep": ' + "[" * 5000 + "]" * 5000 + "}"
    side.write_text(text, encoding="utf-8")
    done = run("check", str(corpus_dir))
    _no_traceback(done)
    assert done.returncode == 1
    assert f"{side.name} (deep" in done.stdout and "nested too deeply" in done.stdout
    for name in SEED_NAMES[1:]:
        assert any(line.split()[:2] == [name, "2"] for line in done.stdout.splitlines())


@pytest.mark.parametrize("payload, reason", [
    ('{"type": "Annotation", "target": ' + "[" * 5000 + "]" * 5000 + "}", "nested"),
    ('{"type": "Annotation", "bodyValue": "a \\ud800 b", "target": {"source": "x.txt", '
     '"selector": {"type": "TextQuoteSelector", "exact": "OpenAI"}}}', "surrogate"),
])
def test_a_hostile_import_file_exits_2_naming_the_file_and_where(corpus_dir, tmp_path, payload, reason):
    """A deeply nested or lone-surrogate import file: one line naming the file, the JSON
    path and the fault; exit status 2; nothing written."""
    path = tmp_path / "hostile.jsonld"
    path.write_text(payload, encoding="utf-8")
    before = {p: p.read_bytes() for p in corpus_dir.iterdir()}
    done = run("import", str(corpus_dir), str(path))
    _no_traceback(done)
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1
    assert str(path) in done.stderr and reason in done.stderr
    assert ("(target" if reason == "nested" else "(bodyValue") in done.stderr
    assert {p: p.read_bytes() for p in corpus_dir.iterdir()} == before


def test_a_damaged_utf8_article_is_reported_with_its_byte_and_its_claims_kept(corpus_dir):
    """One bad byte in a UTF-8 article: check names the byte; the sidecar is not rewritten
    against a text decoded some other way."""
    article = corpus_dir / SEED_NAMES[4]
    data = article.read_bytes()
    at = data.index(b" ", 200)
    article.write_bytes(data[:at] + b"\xff" + data[at + 1:])
    side = sidecar_path(article).read_bytes()
    done = run("check", str(corpus_dir))
    assert done.returncode == 1 and f"not UTF-8 at byte {at}" in done.stdout
    from marginalia.core.corpus import Corpus

    corpus = Corpus(corpus_dir)
    document = corpus.open(article)
    assert document.read_only
    corpus.save(document)
    assert sidecar_path(article).read_bytes() == side


def test_markdown_export_keeps_a_hostile_file_name_and_title_inert(corpus_dir, tmp_path):
    """An article whose file name (and manifest title) carries new lines, a heading, raw
    HTML and a javascript: link exports as text: no line of the report is theirs."""
    hostile = "x\n# Injected heading\n<img src=x onerror=alert(1)>\n[click](javascript:alert(1)).txt"
    try:
        (corpus_dir / hostile).write_text("OpenAI and Microsoft renegotiate their deal, and Azure supplies "
                                          "the compute that the models need.\n", encoding="utf-8")
    except OSError:
        pytest.skip("the file system refuses such a name")
    from support import annotate_two_claims

    for side in corpus_dir.glob("*.annotations.json"):
        side.unlink()
    annotate_two_claims(corpus_dir)
    output = tmp_path / "report.md"
    done = run("export", str(corpus_dir), "--format", "markdown", "--output", str(output))
    assert done.returncode == 0, done.stderr
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(output.read_text(encoding="utf-8"))
    assert "<h1>Injected" not in html and "<img" not in html and 'href="javascript:' not in html
    assert html.count("<h1>") == 1  # the report's own title


@pytest.mark.parametrize("victim", ["sidecar", "article", "codebook"])
def test_an_export_never_writes_over_a_corpus_file(corpus_dir, victim):
    """--output naming a sidecar, an article or the codebook is refused; the file is as it was."""
    from marginalia.core.corpus import Corpus

    Corpus(corpus_dir).save_codebook(Corpus(corpus_dir).codebook)
    target = {"sidecar": sidecar_path(corpus_dir / SEED_NAMES[0]), "article": corpus_dir / SEED_NAMES[0],
              "codebook": corpus_dir / "codebook.marginalia.json"}[victim]
    before = target.read_bytes()
    done = run("export", str(corpus_dir), "--format", "csv", "--output", str(target))
    assert done.returncode == 2 and "is a file of the corpus" in done.stderr
    assert target.read_bytes() == before


def test_an_article_linked_from_outside_the_corpus_is_reported_not_exported(corpus_dir, tmp_path):
    """A link to a text outside the corpus is not listed, read or exported; check names it."""
    secret = tmp_path / "private-diary.txt"
    secret.write_text("My private diary: nothing to share.\n", encoding="utf-8")
    (corpus_dir / "linked.txt").symlink_to(secret)
    output = tmp_path / "report.html"
    done = run("export", str(corpus_dir), "--format", "html", "--output", str(output))
    assert done.returncode == 0 and "private diary" not in output.read_text(encoding="utf-8")
    checked = run("check", str(corpus_dir))
    assert checked.returncode == 1 and "linked.txt: a link to" in checked.stdout and "outside the corpus" in checked.stdout


def test_check_prints_control_characters_of_file_names_escaped(corpus_dir):
    """A file name carrying terminal escapes is printed with them escaped, not acted on."""
    name = "evil\x1b]0;owned\x07\x1b[2J.txt"
    try:
        (corpus_dir / name).write_bytes(b"\x00\x01\x02binary" * 200)  # unreadable: check names it
    except OSError:
        pytest.skip("the file system refuses such a name")
    done = run("check", str(corpus_dir))
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "evil\\x1b]0;owned\\x07\\x1b[2J.txt" in done.stdout


def test_history_lists_a_replaced_note_and_restores_it(corpus_dir, tmp_path):
    """After a newer import replaced a claim's note, `history` lists the old version and
    `--restore N` makes it the claim's note again."""
    from marginalia.core.corpus import Corpus

    article = corpus_dir / SEED_NAMES[0]
    document = Corpus(corpus_dir).open(article)
    claim = document.ordered()[0]
    # With its context, as exports give it: the article has the quote twice, and a
    # quote from another tool is not placed by guessing among copies.
    record = {"type": "Annotation", "id": f"urn:uuid:{claim.id}", "modified": "2099-01-01T00:00:00Z",
              "bodyValue": "replaced by an import",
              "target": {"source": SEED_NAMES[0], "selector": {
                  "type": "TextQuoteSelector", "exact": claim.quote.exact, "prefix": claim.quote.prefix,
                  "suffix": claim.quote.suffix}}}
    path = tmp_path / "newer.jsonld"
    path.write_text(json.dumps(record), encoding="utf-8")
    assert run("import", str(corpus_dir), str(path)).returncode == 0
    listed = run("history", str(article))
    assert listed.returncode == 0 and "replaced" in listed.stdout and claim.id in listed.stdout
    number = next(line.split()[0] for line in listed.stdout.splitlines() if claim.id in line)
    restored = run("history", str(article), "--restore", number)
    assert restored.returncode == 0, restored.stderr
    again = Corpus(corpus_dir).open(article).get(claim.id)
    assert again.note == claim.note


def test_an_article_that_now_decodes_otherwise_waits_for_the_users_say(tmp_path):
    """Claims made on a cp1250 text; the file is then saved as UTF-8 with other words: check
    reports it read-only and nothing is rewritten, until `accept-decoding` places the claims
    in the new text and saves them."""
    from marginalia.core.annotation import new_annotation
    from marginalia.core.corpus import Corpus
    from marginalia.core.selectors import TextPosition

    root = tmp_path / "corpus"
    root.mkdir()
    article = root / "pl.txt"
    text = "Zażółć gęślą jaźń. Nieustannie rosnący apetyt AI na energię i moc obliczeniową. " * 5
    article.write_bytes(text.encode("cp1250"))
    corpus = Corpus(root)
    document = corpus.open(article)
    start = document.text.index("apetyt")
    document.add(new_annotation(document.text, TextPosition(start, start + 6), note="apetyt"))
    corpus.save(document)
    article.write_bytes(("Wstęp. " + text).encode("utf-8"))
    side = sidecar_path(article).read_bytes()
    checked = run("check", str(root))
    assert checked.returncode == 1 and "decoded as utf-8 now" in checked.stdout
    assert sidecar_path(article).read_bytes() == side
    accepted = run("accept-decoding", str(article))
    assert accepted.returncode == 0 and "1 moved" in accepted.stdout, accepted.stderr
    assert json.loads(sidecar_path(article).read_text(encoding="utf-8"))["article"]["encoding"] == "utf-8"
    assert run("check", str(root)).returncode == 0
