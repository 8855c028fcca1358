"""Clusters in the window's session and as the Compare view's rows, driven as a user would."""

from __future__ import annotations

from marginalia.core.error_codes import ErrorCode
from marginalia.core.clusters import JoinCluster, LeaveCluster, RelabelCluster, member_of
from marginalia.core.corpus import Corpus
from marginalia.core.errors import WriteError
from marginalia.core.storage.clusters_file import ClustersFile
from marginalia.ui.session import CorpusSession, SaveState
from support import SEED_NAMES
from support.clusters import FIRST_CLUSTER, SECOND_CLUSTER, cluster_seeds


def _choose_clusters(qtbot, window):
    window.compare.open()
    view = window.compare.view
    qtbot.waitExposed(view)
    assert view.rows_choice.isVisible()
    view.rows_choice.setCurrentIndex(view.rows_choice.findText("Clusters"))
    return view


def test_compare_offers_clusters_as_rows(qtbot, open_window, seed_corpus):
    """Choosing Clusters shows one row per cluster with that article's member in each cell."""
    window = open_window(cluster_seeds(seed_corpus, label="Diez mil millones"))
    view = _choose_clusters(qtbot, window)
    matrix = view.table.source.matrix
    assert [r.label for r in matrix.rows] == ["Diez mil millones", "Second"]
    assert [c.key for c in matrix.columns] == SEED_NAMES
    assert [matrix.cell(0, c).count for c in range(5)] == [1, 1, 1, 1, 1]
    assert [matrix.cell(1, c).count for c in range(5)] == [1, 1, 0, 0, 0]
    assert "cluster" in view.intro.text()


def test_a_cluster_edit_in_the_session_reaches_the_open_view(qtbot, open_window, seed_corpus):
    """Relabelling and leaving through the session update the Compare view's rows without reopening it."""
    window = open_window(cluster_seeds(seed_corpus))
    view = _choose_clusters(qtbot, window)
    session = window.session
    with qtbot.waitSignal(session.clusters_changed, timeout=2000) as signal:
        session.edit_clusters(RelabelCluster(SECOND_CLUSTER, "Azure"))
    assert signal.args[0].updated == (SECOND_CLUSTER,)
    claim = session.clusters.get(SECOND_CLUSTER).claim_ids[0]
    session.edit_clusters(LeaveCluster(claim))
    qtbot.waitUntil(lambda: [r.label for r in view.table.source.matrix.rows][0] == "Azure", timeout=3000)
    matrix = view.table.source.matrix
    assert matrix.row_claims(0) == 1


def test_session_keeps_a_cluster_edit_whose_save_failed_and_saves_it_with_the_rest(qtbot, seed_corpus, monkeypatch):
    """A write that fails leaves the edit in memory and the save state failed; the next save writes it."""
    cluster_seeds(seed_corpus)
    session = CorpusSession(Corpus(seed_corpus))
    document = session.document(seed_corpus / SEED_NAMES[2])
    claim = document.ordered()[1]
    write = ClustersFile.write
    monkeypatch.setattr(ClustersFile, "write", lambda self, value: (_ for _ in ()).throw(WriteError(self.path, ErrorCode.WRITE_FAILED, 28, system="full")))
    edited = session.edit_clusters(JoinCluster(SECOND_CLUSTER, member_of(claim, SEED_NAMES[2], "it")))
    assert edited.changes.updated == (SECOND_CLUSTER,)
    assert session.save_state == SaveState.FAILED and session.has_unsaved_changes()
    monkeypatch.setattr(ClustersFile, "write", write)
    assert session.save_all()
    assert session.save_state == SaveState.SAVED
    assert claim.id in Corpus(seed_corpus).cluster_store.clusters.get(SECOND_CLUSTER).claim_ids
    session.close()


def test_session_takes_in_clusters_changed_by_another_program(qtbot, seed_corpus):
    """Another program relabels a cluster: looking at the file announces it, merged."""
    cluster_seeds(seed_corpus)
    session = CorpusSession(Corpus(seed_corpus))
    assert session.clusters.get(FIRST_CLUSTER) is not None
    Corpus(seed_corpus).cluster_store.apply(RelabelCluster(FIRST_CLUSTER, "From elsewhere"))
    with qtbot.waitSignal(session.clusters_changed, timeout=2000) as signal:
        session.look_at_clusters()
    assert signal.args[0].merged and session.clusters.get(FIRST_CLUSTER).label == "From elsewhere"
    session.close()


def test_a_long_rows_menu_is_made_when_first_opened(qtbot, open_window, seed_corpus):
    """Hundreds of clusters: the Rows menu is filled when it opens, with every cluster ticked, and unticking
    one hides its row."""
    from marginalia.core.clusters import CreateCluster, Member
    from marginalia.core.annotation import utc_now
    from marginalia.ui.compare.compare_window import EAGER_MENU_ITEMS

    cluster_seeds(seed_corpus)
    store = Corpus(seed_corpus).cluster_store
    for n in range(EAGER_MENU_ITEMS + 5):
        store.apply(CreateCluster(f"extra {n:03d}", (Member(f"free-{n}", SEED_NAMES[0], "en", "q", utc_now()),)))
    window = open_window(seed_corpus)
    view = _choose_clusters(qtbot, window)
    menu = view.rows_button.menu()
    assert len(menu.actions()) == 2  # Show All and the separator, until it opens
    menu.aboutToShow.emit()
    ticks = [a for a in menu.actions() if a.isCheckable()]
    assert len(ticks) == EAGER_MENU_ITEMS + 5 + 2 and all(a.isChecked() for a in ticks)
    next(a for a in ticks if a.text() == "Second").trigger()
    assert "Second" not in [r.label for r in view.table.source.matrix.rows]
    assert view.rows_button.text() == f"Clusters: {EAGER_MENU_ITEMS + 6} of {EAGER_MENU_ITEMS + 7}"


def test_the_window_takes_in_a_cluster_relabelled_by_another_program(qtbot, open_window, seed_corpus):
    """Another program relabels a cluster while the window shows an article: the window's clusters follow."""
    window = open_window(cluster_seeds(seed_corpus), seed_corpus / SEED_NAMES[1])
    assert window.session.clusters.get(FIRST_CLUSTER).label == "Microsoft and OpenAI"
    with qtbot.waitSignal(window.session.clusters_changed, timeout=5000):
        Corpus(seed_corpus).cluster_store.apply(RelabelCluster(FIRST_CLUSTER, "Renamed elsewhere"))
    assert window.session.clusters.get(FIRST_CLUSTER).label == "Renamed elsewhere"
