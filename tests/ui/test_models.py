"""The notes' item model: Qt's model checks, and row bookkeeping under changes."""

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.ui.models.annotation_list_model import AnnotationFilterProxyModel, AnnotationListModel
from marginalia.ui.session import CorpusSession
from support import VI_EMOJI


def _session(tmp_path):
    (tmp_path / "vi.txt").write_text(VI_EMOJI * 3, encoding="utf-8")
    session = CorpusSession(Corpus(tmp_path))
    session.set_current(tmp_path / "vi.txt")
    return session


def test_annotation_model_passes_model_tester_through_changes(qtbot, qtmodeltester, tmp_path):
    """Rows follow adds, span moves and removals in reading order, and the model stays valid."""
    session = _session(tmp_path)
    document = session.current
    model = AnnotationListModel()
    model.set_document(document)
    proxy = AnnotationFilterProxyModel()
    proxy.setSourceModel(model)
    text = document.text
    claims = [new_annotation(text, TextPosition(s, s + 4), topics=t)
              for s, t in ((40, ("compute",)), (5, ("privacy",)), (90, ()))]
    session.document_changed.connect(lambda _doc, changes: model.apply(changes))
    for claim in claims:
        session.add(document, claim)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert [model.index(r).data(AnnotationListModel.Role.Id) for r in range(3)] == [claims[1].id, claims[0].id, claims[2].id]
    moved = claims[1].with_changes(position=TextPosition(100, 104))
    from marginalia.core.selectors import quote_at

    session.update(document, moved.with_changes(quote=quote_at(text, moved.position)))
    assert [model.index(r).data(AnnotationListModel.Role.Id) for r in range(3)] == [claims[0].id, claims[2].id, claims[1].id]
    proxy.set_topic_filter({"compute"})
    assert proxy.rowCount() == 1
    session.remove(document, claims[0].id)
    assert model.rowCount() == 2 and proxy.rowCount() == 0
    qtmodeltester.check(model)
