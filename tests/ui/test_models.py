"""The notes' item model: Qt's model checks, and row bookkeeping under changes."""

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.ui.models.annotation_list_model import AnnotationFilterProxyModel, AnnotationListModel
from marginalia.ui.session import CorpusSession
from support import VI_EMOJI


def _models(tmp_path):
    """A session on a Vietnamese article, with the notes' model and filter following it."""
    (tmp_path / "vi.txt").write_text(VI_EMOJI * 3, encoding="utf-8")
    session = CorpusSession(Corpus(tmp_path))
    session.set_current(tmp_path / "vi.txt")
    model = AnnotationListModel()
    model.set_document(session.current)
    proxy = AnnotationFilterProxyModel()
    proxy.setSourceModel(model)
    session.document_changed.connect(lambda _doc, changes: model.apply(changes))
    return session, session.current, model, proxy


def test_annotation_model_passes_model_tester_through_changes(qtbot, qtmodeltester, tmp_path):
    """Rows follow adds, span moves and removals in reading order, and the model stays valid."""
    session, document, model, proxy = _models(tmp_path)
    text = document.text
    claims = [new_annotation(text, TextPosition(s, s + 4), topics=t)
              for s, t in ((40, ("compute",)), (5, ("privacy",)), (90, ()))]
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


def test_topic_filter_matches_whole_topic_ids_and_follows_changes(qtbot, tmp_path):
    """The notes' topic filter keeps claims carrying any chosen topic, matching whole ids
    (regex characters and prefixes included), and follows a claim whose topics change;
    every row is found by id after moves."""
    session, document, model, proxy = _models(tmp_path)
    text = document.text
    plus, dotted, prefix = (new_annotation(text, TextPosition(s, s + 3), topics=t)
                            for s, t in ((2, ("c++",)), (20, ("a.b",)), (50, ("compute-heavy",))))
    for claim in (plus, dotted, prefix):
        session.add(document, claim)

    def shown():
        return {proxy.index(r, 0).data(AnnotationListModel.Role.Id) for r in range(proxy.rowCount())}

    proxy.set_topic_filter({"c++"})
    assert shown() == {plus.id}
    proxy.set_topic_filter({"axb", "compute"})  # neither "a.b" by wildcard nor "compute-heavy" by prefix
    assert shown() == set()
    proxy.set_topic_filter({"a.b", "compute-heavy"})
    assert shown() == {dotted.id, prefix.id}
    session.update(document, plus.with_changes(topics=("a.b",)))
    assert shown() == {plus.id, dotted.id, prefix.id}
    proxy.set_topic_filter(set())
    assert proxy.rowCount() == 3
    assert [model.row_of(c.id) for c in (plus, dotted, prefix)] == [0, 1, 2] and model.row_of("gone") == -1
