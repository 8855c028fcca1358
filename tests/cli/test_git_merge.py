"""Two reviewers' branches merged by real git through `marginalia git-setup` and its merge driver."""

from __future__ import annotations

import shutil

import orjson
import pytest

from marginalia.core.storage.formats import CODEBOOK_FILE_NAME, MANIFEST_FILE_NAME, sidecar_path
from marginalia.core.teamwork.pending_losers import journal_path
from support.team import SEEDS, add_claim, claims_of, edit_claim, git, make_repository, marginalia, remove_claim

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ARTICLE = SEEDS[0]


def _set_up(tmp_path, corpus_name: str = "corpus"):
    repo, corpus = make_repository(tmp_path, corpus_name)
    done = marginalia("git-setup", str(corpus))
    assert done.returncode == 0, done.stderr
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "git-setup")
    return repo, corpus


def _commit(repo, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").stdout.strip()


def _add_topic(corpus, topic_id: str, name: str) -> None:
    from marginalia.core.codebook import Topic
    from marginalia.core.corpus import Corpus

    opened = Corpus(corpus)
    opened.save_codebook(opened.codebook.insert(len(opened.codebook), Topic(topic_id, name, "#445566")))


def _retitle(corpus, article: str, title: str) -> None:
    manifest = corpus / MANIFEST_FILE_NAME
    value = orjson.loads(manifest.read_bytes())
    for entry in value["articles"]:
        if entry["file"] == article:
            entry["title"] = title
    manifest.write_bytes(orjson.dumps(value, option=orjson.OPT_INDENT_2))


def _two_reviewers(repo, corpus):
    """Ana (main) and Bob (branch bob) add, edit and remove claims from common ones; Bob
    adds a topic, Ana retitles an article. Returns (Ana's commit, Bob's commit, ids)."""
    shared = add_claim(corpus, ARTICLE, 0, 10, note="shared", author="ana")
    doomed = add_claim(corpus, ARTICLE, 20, 30, note="to remove", author="ana")
    bobs_to_edit = add_claim(corpus, ARTICLE, 40, 50, note="Bob edits this", author="ana")
    _commit(repo, "claims both start from")
    git(repo, "checkout", "-q", "-b", "bob")
    bob_new = add_claim(corpus, ARTICLE, 60, 70, note="Bob's new claim", author="bob")
    edit_claim(corpus, ARTICLE, shared.id, note="Bob's later edit", later=60)
    edit_claim(corpus, ARTICLE, bobs_to_edit.id, note="Bob's one-sided edit", later=5)
    _add_topic(corpus, "labour", "Labour")
    bob = _commit(repo, "Bob's coding")
    git(repo, "checkout", "-q", "main")
    ana_new = add_claim(corpus, ARTICLE, 80, 90, note="Ana's new claim", author="ana")
    edit_claim(corpus, ARTICLE, shared.id, note="Ana's earlier edit", later=1)
    remove_claim(corpus, ARTICLE, doomed.id)
    _retitle(corpus, SEEDS[2], "Retitled by Ana")
    ana = _commit(repo, "Ana's coding")
    return ana, bob, {"shared": shared.id, "doomed": doomed.id, "bobs_to_edit": bobs_to_edit.id,
                      "bob_new": bob_new.id, "ana_new": ana_new.id}


def _merged_files(repo, corpus) -> dict[str, bytes]:
    files = {}
    for path in sorted(corpus.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(corpus).parts):
            files[path.relative_to(corpus).as_posix()] = path.read_bytes()
    return files


def _losers(repo) -> list[bytes]:
    """The journal's lines (their time included), then the journal emptied."""
    target = journal_path(repo / ".git")
    if not target.exists():
        return []
    lines = sorted(target.read_bytes().splitlines())
    target.unlink()
    return lines


def test_git_merge_of_two_reviewers_loses_nothing_and_keeps_the_later_edit(tmp_path):
    """`git merge` with the driver: no conflict, every addition kept, the one-sided edit
    and removal taken, the later edit winning, Bob's topic and Ana's title both in, and
    the losing version listed by `marginalia history`."""
    repo, corpus = _set_up(tmp_path)
    _ana, _bob, ids = _two_reviewers(repo, corpus)
    merged = git(repo, "merge", "-q", "bob", "-m", "merge Bob", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert git(repo, "diff", "--name-only", "--diff-filter=U").stdout == ""
    notes = {k: a.note for k, a in claims_of(corpus, ARTICLE).items()}
    assert notes == {ids["shared"]: "Bob's later edit", ids["bobs_to_edit"]: "Bob's one-sided edit",
                     ids["bob_new"]: "Bob's new claim", ids["ana_new"]: "Ana's new claim"}
    assert "labour" in orjson.loads((corpus / CODEBOOK_FILE_NAME).read_bytes())["topics"][-1]["id"]
    titles = {e["file"]: e.get("title") for e in orjson.loads((corpus / MANIFEST_FILE_NAME).read_bytes())["articles"]}
    assert titles[SEEDS[2]] == "Retitled by Ana"
    assert "changed on both sides" in merged.stderr
    listed = marginalia("history", str(corpus / ARTICLE))
    assert listed.returncode == 0, listed.stderr
    conflict_lines = [line for line in listed.stdout.splitlines() if " conflict " in line]
    assert len(conflict_lines) == 1 and "Ana's earlier edit" in conflict_lines[0]
    # Filed into the history beside the sidecar, once, however often it is listed.
    history = sidecar_path(corpus / ARTICLE).with_name(f"{ARTICLE}.annotations.history.jsonl")
    assert history.read_bytes().count(b"Ana's earlier edit") == 1
    marginalia("history", str(corpus / ARTICLE))
    assert history.read_bytes().count(b"Ana's earlier edit") == 1


def test_git_merge_is_byte_identical_whichever_branch_merges(tmp_path):
    """Merging Bob into Ana and Ana into Bob gives the same files, byte for byte, and the
    same losing versions for the history."""
    repo, corpus = _set_up(tmp_path)
    ana, bob, _ids = _two_reviewers(repo, corpus)
    git(repo, "merge", "-q", bob, "-m", "Bob into Ana")
    into_ana, ana_losers = _merged_files(repo, corpus), _losers(repo)
    git(repo, "checkout", "-q", "-b", "bob-merges", bob)
    git(repo, "merge", "-q", ana, "-m", "Ana into Bob")
    into_bob, bob_losers = _merged_files(repo, corpus), _losers(repo)
    assert into_ana.keys() == into_bob.keys()
    for name in into_ana:
        assert into_ana[name] == into_bob[name], f"{name} differs with the side that merged"
    assert ana_losers == bob_losers and ana_losers


def test_git_merge_of_an_unreadable_sidecar_leaves_conflict_markers_and_says_why(tmp_path):
    """A sidecar one branch broke is left to git's conflict markers, with a message naming
    the file, and git reports the conflict."""
    repo, corpus = _set_up(tmp_path)
    add_claim(corpus, ARTICLE, 0, 10, note="start")
    _commit(repo, "start")
    side = sidecar_path(corpus / ARTICLE)
    git(repo, "checkout", "-q", "-b", "broken")
    side.write_bytes(side.read_bytes()[:-40])  # cut short
    _commit(repo, "a sidecar cut short")
    git(repo, "checkout", "-q", "main")
    add_claim(corpus, ARTICLE, 20, 30, note="more")
    _commit(repo, "more")
    merged = git(repo, "merge", "broken", "-m", "merge", check=False)
    assert merged.returncode != 0
    relative = side.relative_to(repo).as_posix()
    assert git(repo, "diff", "--name-only", "--diff-filter=U").stdout.split() == [relative]
    text = side.read_text(encoding="utf-8")
    assert text.startswith("<<<<<<< ours\n") and "\n=======\n" in text and text.endswith(">>>>>>> theirs\n")
    assert relative in merged.stderr and "unreadable" in merged.stderr


def test_git_merge_of_a_sidecar_both_branches_added_keeps_both_reviewers_claims(tmp_path):
    """An article coded on two branches from no sidecar at all (git's empty common version)."""
    repo, corpus = _set_up(tmp_path)
    git(repo, "checkout", "-q", "-b", "bob")
    bob = add_claim(corpus, ARTICLE, 0, 10, note="Bob", author="bob")
    _commit(repo, "Bob starts")
    git(repo, "checkout", "-q", "main")
    ana = add_claim(corpus, ARTICLE, 5, 15, note="Ana", author="ana")
    _commit(repo, "Ana starts")
    merged = git(repo, "merge", "bob", "-m", "merge", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert set(claims_of(corpus, ARTICLE)) == {ana.id, bob.id}


def test_git_setup_writes_its_lines_once_and_keeps_the_users(tmp_path):
    """git-setup adds the driver's lines after the user's own (never changing them),
    gives the files to the driver and no others, and a second run changes nothing."""
    repo, corpus = make_repository(tmp_path, "research/news corpus")
    (repo / ".gitattributes").write_bytes(b"*.txt text eol=lf")  # no final newline
    first = marginalia("git-setup", str(corpus))
    assert first.returncode == 0, first.stderr
    attributes = (repo / ".gitattributes").read_bytes()
    assert attributes.startswith(b"*.txt text eol=lf\n")
    for name, expected in ((f"{ARTICLE}.annotations.json", "marginalia"), (CODEBOOK_FILE_NAME, "marginalia"),
                           (MANIFEST_FILE_NAME, "marginalia"), (f"{ARTICLE}.annotations.history.jsonl", "marginalia"),
                           (f"sub/{ARTICLE}.annotations.json", "marginalia"), (ARTICLE, "unspecified"),
                           (f"sub/{MANIFEST_FILE_NAME}", "unspecified")):
        path = corpus.relative_to(repo).as_posix() + "/" + name
        found = git(repo, "check-attr", "merge", "--", path).stdout
        assert found.rstrip().endswith(f"merge: {expected}"), (name, found)
    assert git(repo, "check-attr", "merge", "--", f"{ARTICLE}.annotations.json").stdout.rstrip().endswith(
        "unspecified")  # outside the corpus
    ignored = git(repo, "check-ignore", "--no-index", "--", f"research/news corpus/.{ARTICLE}.annotations.json.lock",
                  f"research/news corpus/{ARTICLE}.annotations.json.bak", check=False).stdout.split("\n")
    assert len([line for line in ignored if line]) == 2
    driver = git(repo, "config", "--local", "merge.marginalia.driver").stdout.strip()
    assert driver.endswith("merge-driver %O %A %B %P") and "-m marginalia" in driver
    before = [(p.name, p.read_bytes()) for p in (repo / ".gitattributes", repo / ".gitignore", repo / ".git/config")]
    second = marginalia("git-setup", str(corpus))
    assert second.returncode == 0 and "Nothing to change" in second.stdout
    assert [(p.name, p.read_bytes()) for p in (repo / ".gitattributes", repo / ".gitignore",
                                               repo / ".git/config")] == before


def test_git_setup_outside_a_work_tree_says_so(tmp_path):
    """A folder in no git work tree: exit 2 and the reason, nothing written."""
    done = marginalia("git-setup", str(tmp_path))
    assert done.returncode == 2
    assert str(tmp_path) in done.stderr and "not in a git work tree" in done.stderr
    assert not (tmp_path / ".gitattributes").exists()


def test_merge_driver_run_by_hand_follows_gits_protocol(tmp_path):
    """Called as git calls it: the result in OURS and exit 0; a broken side gives exit 1,
    markers and the reason; outside a repository the losers have nowhere to go."""
    repo, corpus = _set_up(tmp_path)
    base, ours, theirs = (tmp_path / name for name in ("base", "ours", "theirs"))
    side = sidecar_path(corpus / ARTICLE)
    claim = add_claim(corpus, ARTICLE, 0, 10, note="base")
    base.write_bytes(side.read_bytes())
    edit_claim(corpus, ARTICLE, claim.id, note="ours", later=1)
    ours.write_bytes(side.read_bytes())
    side.write_bytes(base.read_bytes())
    other = add_claim(corpus, ARTICLE, 20, 30, note="theirs")
    theirs.write_bytes(side.read_bytes())
    relative = side.relative_to(repo).as_posix()
    done = marginalia("merge-driver", str(base), str(ours), str(theirs), relative, cwd=repo)
    assert done.returncode == 0, done.stderr
    from marginalia.core.storage.sidecar import decode_strictly

    merged = {a.id: a.note for a in decode_strictly(ours.read_bytes(), side).annotations}
    assert merged == {claim.id: "ours", other.id: "theirs"}
    theirs.write_bytes(b"{")
    kept = ours.read_bytes()
    done = marginalia("merge-driver", str(base), str(ours), str(theirs), relative, cwd=repo)
    assert done.returncode == 1 and relative in done.stderr and "theirs version is unreadable" in done.stderr
    assert ours.read_bytes() == b"<<<<<<< ours\n" + kept + (b"" if kept.endswith(b"\n") else b"\n") + \
        b"=======\n{\n>>>>>>> theirs\n"


def test_merge_driver_by_hand_outside_a_repository_is_symmetric_to_the_byte(tmp_path):
    """Run as a command on three files in a folder of no repository, either way round:
    the same merged bytes, and the same history entries (their time too) beside PATH."""
    from marginalia.core.storage.history import read_history
    from support import copy_seeds

    corpus = copy_seeds(tmp_path / "corpus")
    side = sidecar_path(corpus / ARTICLE)
    claim = add_claim(corpus, ARTICLE, 0, 10, note="base")
    versions = {"base": side.read_bytes()}
    edit_claim(corpus, ARTICLE, claim.id, note="a", later=1)
    versions["a"] = side.read_bytes()
    side.write_bytes(versions["base"])
    edit_claim(corpus, ARTICLE, claim.id, note="b", later=2)
    add_claim(corpus, ARTICLE, 20, 30, note="only b")
    versions["b"] = side.read_bytes()
    results = []
    for ours, theirs in (("a", "b"), ("b", "a")):
        folder = tmp_path / f"{ours}-merges"
        folder.mkdir()
        for name in ("base", ours, theirs):
            (folder / name).write_bytes(versions[name])
        done = marginalia("merge-driver", "base", ours, theirs, side.name, cwd=folder)
        assert done.returncode == 0, done.stderr
        results.append(((folder / ours).read_bytes(), read_history(folder / side.name)))
    assert results[0] == results[1]
    merged, history = results[0]
    assert b'"note": "b"' in merged and b"only b" in merged
    assert [(e.reason, e.record["note"]) for e in history] == [("conflict", "a")]


def _write_clusters(corpus, clusters) -> None:
    from marginalia.core.storage.clusters_file import encode_clusters
    from marginalia.core.storage.formats import CLUSTERS_FILE_NAME

    (corpus / CLUSTERS_FILE_NAME).write_bytes(encode_clusters(clusters))


def _read_clusters(corpus):
    from marginalia.core.storage.clusters_file import decode_clusters
    from marginalia.core.storage.formats import CLUSTERS_FILE_NAME

    path = corpus / CLUSTERS_FILE_NAME
    return decode_clusters(path.read_bytes(), path)


def test_git_merge_of_the_clusters_file_keeps_each_reviewers_clusters_and_members(tmp_path):
    """Ana and Bob each make a cluster and join a claim to a shared one: git merges the
    clusters file through the driver, member by member, with no conflict markers."""
    from datetime import datetime, timezone

    from marginalia.core.clusters import EMPTY_CLUSTERS, CreateCluster, JoinCluster, Member
    from marginalia.core.storage.formats import CLUSTERS_FILE_NAME

    at = datetime(2026, 3, 1, tzinfo=timezone.utc)

    def member(claim_id):
        return Member(claim_id, ARTICLE, "es", f"quote {claim_id}", at)

    repo, corpus = _set_up(tmp_path)
    assert CLUSTERS_FILE_NAME in (repo / ".gitattributes").read_text(encoding="utf-8") or \
        CLUSTERS_FILE_NAME in (corpus / ".gitattributes").read_text(encoding="utf-8")
    shared = CreateCluster("Shared fact", (member("c1"), member("c2")), cluster_id="k-shared").apply(
        EMPTY_CLUSTERS, at).clusters
    _write_clusters(corpus, shared)
    _commit(repo, "a shared cluster")
    git(repo, "checkout", "-q", "-b", "bob")
    bobs = CreateCluster("Bob's fact", (member("b1"), member("b2")), cluster_id="k-bob").apply(shared, at).clusters
    bobs = JoinCluster("k-shared", member("b3")).apply(bobs, at).clusters
    _write_clusters(corpus, bobs)
    _commit(repo, "Bob's clusters")
    git(repo, "checkout", "-q", "main")
    anas = CreateCluster("Ana's fact", (member("a1"), member("a2")), cluster_id="k-ana").apply(shared, at).clusters
    anas = JoinCluster("k-shared", member("a3")).apply(anas, at).clusters
    _write_clusters(corpus, anas)
    _commit(repo, "Ana's clusters")
    done = git(repo, "merge", "-q", "--no-edit", "bob", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert b"<<<<<<<" not in (corpus / CLUSTERS_FILE_NAME).read_bytes()
    merged = _read_clusters(corpus)
    assert {c.id for c in merged} == {"k-shared", "k-bob", "k-ana"}
    assert set(merged.get("k-shared").claim_ids) == {"c1", "c2", "a3", "b3"}
