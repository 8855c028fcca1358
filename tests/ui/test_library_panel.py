"""The library panel and its models, driven through real widgets over the seed corpus."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from marginalia.core.error_codes import ErrorCode
from marginalia.core.codebook import Codebook, Topic
from marginalia.core.corpus import ArticleEntry, Corpus
from marginalia.core.errors import ArticleError, SidecarError
from marginalia.core.selectors import TextPosition
from marginalia.core.annotation import new_annotation
from marginalia.ui.library_panel import LibraryPanel
from marginalia.ui.models.article_list_model import ArticleFilterProxyModel, ArticleListModel, fold_text

Role = ArticleListModel.Role
Column = ArticleListModel.Column
VI = "vi-microsoft-openai-noi-lo-an-giau.txt"
ES = "es-microsoft-openai-relacion-tensa.txt"
EN = "en-partnership-in-danger.txt"
PL = "pl-openai-moc-obliczeniowa.txt"


def annotate(corpus: Corpus, name: str, topics_per_claim: list[tuple[str, ...]]) -> None:
    """Give the article `name` one claim per entry of `topics_per_claim`, saved to its sidecar."""
    document = corpus.open(corpus.root / name)
    for i, topics in enumerate(topics_per_claim):
        document.add(new_annotation(document.text, TextPosition(i * 3, i * 3 + 2), topics=topics))
    corpus.save(document)


@pytest.fixture
def corpus(seed_corpus) -> Corpus:
    return Corpus(seed_corpus)


@pytest.fixture
def panel(qtbot, corpus) -> LibraryPanel:
    widget = LibraryPanel()
    qtbot.addWidget(widget)
    widget.set_entries(corpus.entries(), corpus.codebook)
    widget.resize(900, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def visible_names(panel: LibraryPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, 0).data(Role.Path).name for row in range(proxy.rowCount())]


def row_of(panel: LibraryPanel, name: str) -> int:
    return visible_names(panel).index(name)


def test_fold_text_ignores_case_and_accents():
    """Typing without accents or capitals finds accented names (đ and ł included)."""
    assert fold_text("Tiếng Việt") == "tieng viet"
    assert fold_text("Łódź ĐẶC") == "lodz dac"


def test_models_pass_the_model_tester(qtmodeltester, corpus):
    """Both models keep Qt's item-model contract, with claims, problems and a filter applied."""
    annotate(corpus, ES, [("compute",), ("compute", "privacy")])
    (corpus.root / f"{EN}.annotations.json").write_text("{not json", encoding="utf-8")
    model = ArticleListModel()
    model.set_codebook(corpus.codebook)
    model.set_entries(corpus.entries())
    qtmodeltester.check(model)
    proxy = ArticleFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.Claims, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("micro")
    qtmodeltester.check(proxy)


def test_model_shows_autonym_with_full_label_in_tooltip(corpus):
    """The language column reads in the language itself; the tooltip adds the English name."""
    model = ArticleListModel()
    model.set_entries(corpus.entries())
    index = model.index_for_path(corpus.root / VI, Column.Language)
    assert index.data() == "Tiếng Việt"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Vietnamese — Tiếng Việt"
    assert index.data(Role.Language) == "vi"


def test_filter_viet_shows_only_the_vietnamese_article(qtbot, panel):
    """Typing "viet" (no accents) leaves only the article whose language is Tiếng Việt."""
    qtbot.keyClicks(panel.filter_edit, "viet")
    assert visible_names(panel) == [VI]
    panel.filter_edit.clear()
    assert len(visible_names(panel)) == 5


def test_filter_matches_title_words_and_language_names(qtbot, panel):
    """Every typed word must match the title, file name or a language name."""
    qtbot.keyClicks(panel.filter_edit, "RELACION espanol")
    assert visible_names(panel) == [ES]
    panel.filter_edit.setText("polish")
    assert visible_names(panel) == [PL]
    panel.filter_edit.setText("no such words")
    assert visible_names(panel) == []


def test_topic_filter_keeps_articles_with_claims_in_those_topics(corpus, panel):
    """A topic filter hides articles without claims in any chosen topic; an empty set shows all."""
    annotate(corpus, ES, [("privacy",)])
    annotate(corpus, PL, [("compute",)])
    panel.set_entries(corpus.entries(), corpus.codebook)
    panel.set_topic_filter({"privacy"})
    assert visible_names(panel) == [ES]
    panel.set_topic_filter({"privacy", "compute"})
    assert sorted(visible_names(panel)) == sorted([ES, PL])
    panel.set_topic_filter(set())
    assert len(visible_names(panel)) == 5


def test_clicking_claims_header_sorts_numerically(qtbot, corpus, panel):
    """Sorting by claims orders 10 after 2 (numbers, not strings); a second click reverses it."""
    annotate(corpus, ES, [("compute",)] * 10)
    annotate(corpus, PL, [("privacy",)] * 2)
    annotate(corpus, VI, [("compute",)])
    panel.set_entries(corpus.entries(), corpus.codebook)
    header = panel.view.header()
    x = header.sectionViewportPosition(Column.Claims) + header.sectionSize(Column.Claims) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    counts = [panel.proxy.index(r, Column.Claims).data() for r in range(panel.proxy.rowCount())]
    assert counts == [0, 0, 1, 2, 10]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert visible_names(panel)[:3] == [ES, PL, VI]


def test_claims_carry_topic_counts_in_codebook_colours(corpus, panel):
    """The claims cell gives per-topic counts with the codebook's colours, in codebook order."""
    annotate(corpus, ES, [("privacy",), ("compute", "privacy"), ("retired",)])
    panel.set_entries(corpus.entries(), corpus.codebook)
    index = panel.proxy.index(row_of(panel, ES), Column.Claims)
    assert index.data() == 3
    counts = [(c.topic_id, c.color, c.count) for c in index.data(Role.TopicCounts)]
    compute, privacy = corpus.codebook.get("compute"), corpus.codebook.get("privacy")
    assert counts == [("compute", compute.color, 1), ("privacy", privacy.color, 2), ("retired", "", 1)]
    recoloured = corpus.codebook.update("privacy", color="#123456")
    panel.set_codebook(recoloured)
    assert index.data(Role.TopicCounts)[1].color == "#123456"


def test_down_from_filter_then_down_and_enter_activates_article(qtbot, panel):
    """Keyboard only: Down leaves the filter box for the list, Down moves, Enter opens."""
    panel.filter_edit.setFocus()
    qtbot.waitUntil(panel.filter_edit.hasFocus)
    with qtbot.waitSignal(panel.article_activated) as first:
        qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Down)
    assert panel.view.hasFocus()
    assert first.args == [panel.proxy.index(0, 0).data(Role.Path)]
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    second = panel.proxy.index(1, 0).data(Role.Path)
    assert panel.current_path() == second
    with qtbot.waitSignal(panel.article_activated, check_params_cb=lambda p: p == second):
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)


def test_select_path_emits_only_when_the_selection_changes(qtbot, corpus, panel):
    """Selecting the article that is already selected is silent, so views can sync both ways."""
    target = corpus.root / ES
    with qtbot.waitSignal(panel.article_activated, check_params_cb=lambda p: p == target):
        assert panel.select_path(target)
    with qtbot.assertNotEmitted(panel.article_activated):
        assert panel.select_path(target)
    assert panel.current_path() == target
    assert not panel.select_path(corpus.root / "missing.txt")


def test_select_path_clears_a_filter_that_hides_the_article(qtbot, corpus, panel):
    """Selecting an article hidden by the filter clears the filter instead of failing."""
    panel.filter_edit.setText("viet")
    assert panel.select_path(corpus.root / EN)
    assert panel.filter_edit.text() == ""
    assert panel.current_path() == corpus.root / EN


def test_corrupt_sidecar_is_flagged_with_file_and_reason(corpus, panel):
    """An unreadable sidecar marks its row and the tooltip names the file at fault."""
    broken = corpus.root / f"{EN}.annotations.json"
    broken.write_text("{not json", encoding="utf-8")
    panel.set_entries(corpus.entries(), corpus.codebook)
    index = panel.proxy.index(row_of(panel, EN), Column.Problems)
    assert index.data(Role.HasProblems) is True
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert broken.name in tooltip and "invalid JSON" in tooltip
    fine = panel.proxy.index(row_of(panel, ES), Column.Problems)
    assert fine.data(Role.HasProblems) is False and fine.data(Qt.ItemDataRole.ToolTipRole) is None


def test_bad_record_names_the_field(corpus, panel):
    """A single bad claim record is reported with its JSON field, and the article stays enabled."""
    annotate(corpus, PL, [("compute",)])
    sidecar = corpus.root / f"{PL}.annotations.json"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace('"start": 0', '"start": "zero"'), encoding="utf-8")
    panel.set_entries(corpus.entries(), corpus.codebook)
    index = panel.proxy.index(row_of(panel, PL), Column.Problems)
    assert "annotations[0].position.start" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.flags() & Qt.ItemFlag.ItemIsEnabled


def test_unreadable_article_is_greyed_out_with_reason(qtbot, corpus, panel):
    """A binary file posing as an article is listed disabled, says why, and is never activated."""
    (corpus.root / "broken.txt").write_bytes(bytes(range(32)) * 64)
    panel.set_entries(corpus.entries(), corpus.codebook)
    row = row_of(panel, "broken.txt")
    index = panel.proxy.index(row, Column.Title)
    assert not index.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "binary data" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.proxy.index(row, Column.Problems).data(Role.HasProblems) is True
    with qtbot.assertNotEmitted(panel.article_activated):
        panel.view.activated.emit(index)


def test_update_entry_changes_only_that_row(qtbot, corpus, panel):
    """Refreshing one article after an edit signals a change to its row alone."""
    annotate(corpus, VI, [("compute",), ("privacy",)])
    model = panel.model
    with qtbot.waitSignal(model.dataChanged) as changed:
        panel.update_entry(corpus.entry(corpus.root / VI))
    top_left, bottom_right = changed.args[0], changed.args[1]
    assert top_left.row() == bottom_right.row() == model.index_for_path(corpus.root / VI).row()
    assert model.index_for_path(corpus.root / VI, Column.Claims).data() == 2
    assert model.rowCount() == 5


def test_set_entries_keeps_the_selection_silently(qtbot, corpus, panel):
    """A rescan of the corpus keeps the selected article selected without re-opening it."""
    panel.select_path(corpus.root / VI)
    with qtbot.assertNotEmitted(panel.article_activated):
        panel.set_entries(corpus.entries(), Codebook((Topic("x", "x", "#000000", "1"),)))
    assert panel.current_path() == corpus.root / VI


def test_panel_is_labelled_for_assistive_technology(panel):
    """The filter box and the list have accessible names and the filter has a placeholder."""
    assert panel.view.accessibleName() == "Library"
    assert panel.filter_edit.accessibleName()
    assert panel.filter_edit.placeholderText() == "Filter articles…"
    assert panel.filter_edit.isClearButtonEnabled()
    assert panel.view.isSortingEnabled() and not panel.view.rootIsDecorated()


# -- sorting and filtering over made-up rows --------------------------------------------
# The model sorts itself and the proxy filters in C++ (see ArticleListModel); these pin the
# order and the matching the library had when the proxy did both in Python.

LIBRARY = Path("/library")


def made_entry(name: str, title: str, language: str = "en", claims: int = 0, topics: dict | None = None,
               problems: int = 0, error: bool = False) -> ArticleEntry:
    path = LIBRARY / name
    return ArticleEntry(path, title, language, 100, annotation_count=claims, topic_counts=topics or {},
                        problems=tuple(SidecarError(path, "", ErrorCode.FIELD_MISSING, line=i) for i in range(problems)),
                        error=ArticleError(path, ErrorCode.BINARY_DATA) if error else None)


@pytest.fixture
def made_entries() -> list[ArticleEntry]:
    # Plain code-point order would put "Zebra…" first and "Ähre" and "čeština" last.
    return [
        made_entry("a.txt", "Zebra crossing", "en", claims=2, topics={"compute": 2}),
        made_entry("b.txt", "éclair recipes", "cs", claims=10, topics={"compute": 10, "privacy": 0}, problems=1),
        made_entry("c.txt", "Ça va", "vi", claims=1, topics={"a|b": 1}, problems=2),
        made_entry("d.txt", "apple", "und", error=True),
        made_entry("e.txt", "Ähre", "pl", claims=2, topics={"privacy": 2}),
    ]


@pytest.fixture
def made_panel(qtbot, made_entries) -> LibraryPanel:
    widget = LibraryPanel()
    qtbot.addWidget(widget)
    widget.set_entries(made_entries, Codebook())
    return widget


def shown(panel: LibraryPanel) -> list[str]:
    return [name.removesuffix(".txt") for name in visible_names(panel)]


@pytest.mark.parametrize(("column", "expected"), [
    (Column.Title, "edcba"),  # ahre, apple, ca va, eclair, zebra: accents and case ignored
    (Column.Language, "baecd"),  # cestina, english, polski, tieng viet, unknown
    (Column.Claims, "dceab"),  # 0, 1, 2 (ties by title: ahre, zebra), 2, 10: numbers, not strings
    (Column.Problems, "eadbc"),  # 0, 0, 1 (the unreadable apple), 1, 2
])
def test_each_column_sorts_both_ways(made_panel, column, expected):
    """Each header sorts its column, ignoring accents and case, ties by title; the other way reverses."""
    made_panel.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert "".join(shown(made_panel)) == expected
    made_panel.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert "".join(shown(made_panel)) == expected[::-1]


def test_title_sort_ties_fall_back_to_the_file(qtbot):
    """Articles with the same title (up to accents and case) are ordered by file, whatever the scan order."""
    widget = LibraryPanel()
    qtbot.addWidget(widget)
    widget.set_entries([made_entry("z.txt", "Résumé"), made_entry("m.txt", "resume"), made_entry("a.txt", "RESUME")],
                       Codebook())
    assert visible_names(widget) == ["a.txt", "m.txt", "z.txt"]


def test_no_sort_column_keeps_the_order_given(made_panel, made_entries):
    """Sorting by no column shows the rows in the order the corpus listed them."""
    made_panel.proxy.sort(-1)
    assert shown(made_panel) == list("abcde")


def test_changed_and_new_entries_take_their_place_in_the_order(qtbot, qtmodeltester, made_panel, made_entries):
    """An updated row moves to where its new key sorts it and stays selected; a new one is inserted in order."""
    made_panel.view.sortByColumn(Column.Claims, Qt.SortOrder.AscendingOrder)
    made_panel.select_path(LIBRARY / "c.txt")
    a, b, c, d, e = made_entries
    with qtbot.assertNotEmitted(made_panel.article_activated):
        made_panel.update_entry(replace(c, annotation_count=5))  # moves down
    assert shown(made_panel) == list("deacb")
    assert made_panel.current_path() == LIBRARY / "c.txt"
    made_panel.update_entry(replace(b, annotation_count=0))  # moves up, after "apple"
    assert shown(made_panel) == list("dbeac")
    made_panel.update_entry(replace(a, title="Aardvark"))  # same claims: now before its tie
    assert shown(made_panel) == list("dbaec")
    made_panel.update_entry(made_entry("f.txt", "banana", claims=2))  # new
    assert shown(made_panel) == list("dbaefc")
    made_panel.view.sortByColumn(Column.Claims, Qt.SortOrder.DescendingOrder)
    made_panel.update_entry(made_entry("g.txt", "grape", claims=3))
    assert shown(made_panel) == list("cgfeabd")
    assert made_panel.current_path() == LIBRARY / "c.txt"
    assert made_panel.model.index_for_path(LIBRARY / "g.txt").data() == "grape"
    qtmodeltester.check(made_panel.model)
    qtmodeltester.check(made_panel.proxy)


def test_filter_ignores_accents_and_case_both_ways(made_panel):
    """Unaccented typing finds accented titles and the other way round; capitals do not matter."""
    made_panel.view.sortByColumn(Column.Title, Qt.SortOrder.AscendingOrder)
    made_panel.proxy.set_filter_text("CA VA")
    assert shown(made_panel) == ["c"]
    made_panel.proxy.set_filter_text("Éclair")
    assert shown(made_panel) == ["b"]
    made_panel.proxy.set_filter_text("ahre")
    assert shown(made_panel) == ["e"]
    made_panel.proxy.set_filter_text("cestina")  # the language's own name, folded
    assert shown(made_panel) == ["b"]
    made_panel.proxy.set_filter_text("c.txt")  # file names too
    assert shown(made_panel) == ["c"]
    made_panel.proxy.set_filter_text("")
    assert shown(made_panel) == list("edcba")


def test_filter_takes_typed_text_literally(qtbot):
    """Characters that mean something in a pattern match only themselves."""
    widget = LibraryPanel()
    qtbot.addWidget(widget)
    widget.set_entries([made_entry("x.txt", "C++ (draft) [v2] a|b"), made_entry("y.txt", "Cxx draft v2")], Codebook())
    for text in ("c++", "(draft)", "[v2]", "a|b", "C++ [V2]"):
        widget.proxy.set_filter_text(text)
        assert visible_names(widget) == ["x.txt"], text
    for text in ("c.+", "+c", "(draft|x)", "^cxx"):
        widget.proxy.set_filter_text(text)
        assert visible_names(widget) == [], text


def test_topic_filter_combines_with_words_and_matches_whole_topics(made_panel):
    """Topics need claims (a zero count does not count), match whole ids, and words still narrow."""
    made_panel.view.sortByColumn(Column.Title, Qt.SortOrder.AscendingOrder)
    made_panel.set_topic_filter({"privacy"})
    assert shown(made_panel) == ["e"]
    made_panel.set_topic_filter({"compute"})
    assert shown(made_panel) == ["b", "a"]
    made_panel.proxy.set_filter_text("zebra")
    assert shown(made_panel) == ["a"]
    made_panel.set_topic_filter({"privacy"})
    assert shown(made_panel) == []
    made_panel.proxy.set_filter_text("compute")  # the names of topics with claims are text to match
    made_panel.set_topic_filter(set())
    assert shown(made_panel) == ["b", "a"]
    made_panel.proxy.set_filter_text("")
    for topics, expected in (({"a"}, []), ({"a|b"}, ["c"]), ({"comp"}, []), ({"a|b", "privacy"}, ["e", "c"])):
        made_panel.set_topic_filter(topics)
        assert shown(made_panel) == expected, topics


def test_topic_ids_with_separators_match_only_themselves(qtbot):
    """Topic ids read from files may hold any character, the filter's separators included."""
    widget = LibraryPanel()
    qtbot.addWidget(widget)
    odd = "x\x1ey"
    widget.set_entries([made_entry("p.txt", "p", topics={odd: 1}), made_entry("q.txt", "q", topics={"x": 1, "y": 1}),
                        made_entry("r.txt", "r", topics={"x\x1f1y": 1})], Codebook())
    for topics, expected in (({odd}, ["p.txt"]), ({"x"}, ["q.txt"]), ({"y"}, ["q.txt"]), ({"x\x1f1y"}, ["r.txt"])):
        widget.set_topic_filter(topics)
        assert visible_names(widget) == expected, topics


def test_listing_without_a_filter_asks_nothing_per_row(qtbot, made_entries):
    """With no filter the proxy lists the rows without asking the model for any data, so a
    library of thousands shows without thousands of calls into Python."""
    asked = []

    class Counting(ArticleListModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            asked.append(role)
            return super().data(index, role)

    model = Counting()
    proxy = ArticleFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.Title, Qt.SortOrder.AscendingOrder)
    model.set_entries(made_entries)
    assert proxy.rowCount() == 5 and asked == []
    proxy.sort(Column.Claims, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == 5 and asked == []
    proxy.set_filter_text("zebra")
    assert proxy.rowCount() == 1 and ArticleListModel.Role.Filter in asked


def test_the_text_filter_follows_changed_and_new_articles(made_entries):
    """Filter texts are kept per row between keystrokes; an article that changes (a new
    title, a new language) or arrives is matched on what it is now."""
    model = ArticleListModel()
    model.set_entries(made_entries)
    proxy = ArticleFilterProxyModel()
    proxy.setSourceModel(model)

    def shown() -> list[str]:
        return sorted(proxy.index(row, 0).data(Role.Path).name for row in range(proxy.rowCount()))

    proxy.set_filter_text("zebra")
    assert shown() == ["a.txt"]
    model.update_entry(replace(made_entries[0], title="Horse crossing"))
    assert shown() == []
    model.update_entry(replace(made_entries[1], title="Zebra éclairs"))
    model.update_entry(made_entry("z.txt", "zebras everywhere"))
    assert shown() == ["b.txt", "z.txt"]
    proxy.set_filter_text("tieng viet")
    assert shown() == ["c.txt"]
    model.update_entry(replace(made_entries[2], language="pl"))
    assert shown() == []
    proxy.set_filter_text("polski")
    assert shown() == ["c.txt", "e.txt"]
    model.set_entries([replace(made_entries[0], title="polski przewodnik")])
    assert shown() == ["a.txt"]


def test_typing_a_filter_never_opens_another_article(qtbot, panel, corpus):
    """The open article dropping out of the filtered list opens no other; a filter matching
    nothing opens nothing; once shown again the open article is selected again."""
    opened = []
    panel.article_activated.connect(opened.append)
    panel.select_path(corpus.root / VI)
    opened.clear()
    qtbot.keyClicks(panel.filter_edit, "polish")  # hides the Vietnamese article
    assert visible_names(panel) == [PL]
    assert panel.current_path() is None and not panel.view.selectionModel().hasSelection()
    panel.filter_edit.setText("nothing matches this")
    assert visible_names(panel) == [] and panel.current_path() is None
    panel.filter_edit.setText("")
    assert panel.current_path() == corpus.root / VI
    panel.filter_edit.setText("micro")  # the open article stays selected while shown
    assert panel.current_path() == corpus.root / VI
    assert opened == []


def test_filter_matches_the_names_of_topics_with_claims(corpus, panel):
    """Typing a topic's name (any case, no accents needed) finds the articles with claims in it."""
    annotate(corpus, ES, [("privacy",)])
    panel.set_entries(corpus.entries(), corpus.codebook)
    panel.filter_edit.setText("PRIVACY")
    assert visible_names(panel) == [ES]
    renamed = corpus.codebook.update("privacy", name="Prywatność")
    panel.set_codebook(renamed)  # the filter follows the new name at once
    assert visible_names(panel) == []
    panel.filter_edit.setText("prywatnosc")
    assert visible_names(panel) == [ES]


def test_filter_matches_every_text_column_the_model_shows(qtbot, corpus):
    """A column the model gains (an outlet, say) is matched without any change to the filter."""
    from marginalia.ui.models import article_list_model

    class WithOutlet(ArticleListModel):
        def columnCount(self, parent=article_list_model.QModelIndex()):
            return 0 if parent.isValid() else len(Column) + 1

        def _display(self, entry, column):
            if column == len(Column):
                return {ES: "El País", PL: "Gazeta Wyborcza"}.get(entry.name, "")
            return super()._display(entry, column)

    model = WithOutlet()
    model.set_entries(corpus.entries())
    proxy = ArticleFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("el pais")
    assert [proxy.index(r, 0).data(Role.Path).name for r in range(proxy.rowCount())] == [ES]
    proxy.set_filter_text("wyborcza")
    assert [proxy.index(r, 0).data(Role.Path).name for r in range(proxy.rowCount())] == [PL]


def test_titles_keep_a_readable_width_when_the_library_is_narrow(qtbot, panel, corpus):
    """However narrow the library gets, the title column keeps its width (the claims
    column gives way first), elides in the middle and has the whole title in its tooltip."""
    from marginalia.ui.library_panel import TITLE_EMS

    em = panel.fontMetrics().horizontalAdvance("M")
    for width in (900, 420, 200):
        panel.resize(width, 300)
        qtbot.waitUntil(lambda: panel.width() == max(width, panel.minimumWidth()), timeout=1000)
        assert panel.view.header().sectionSize(Column.Title) >= TITLE_EMS * em - 2, width
    assert panel.view.textElideMode() == Qt.TextElideMode.ElideMiddle
    title = corpus.title_for(corpus.root / ES)
    index = panel.proxy.index(row_of(panel, ES), Column.Title)
    assert title in index.data(Qt.ItemDataRole.ToolTipRole)
    panel.resize(900, 300)
    qtbot.waitUntil(lambda: panel.view.header().sectionSize(Column.Claims) == 9 * em, timeout=1000)


def test_outlet_and_date_columns_show_only_once_some_article_has_them(qtbot, corpus, panel):
    """No article with an outlet or a date: those columns give their room to the titles;
    the first outlet read (an edit, an import) brings its column back, and only it."""
    from marginalia.core.metadata import ArticleMetadata

    panel.resize(900, 400)
    header = panel.view.header()
    qtbot.waitUntil(lambda: header.isSectionHidden(Column.Outlet) and header.isSectionHidden(Column.Published))
    title_width = header.sectionSize(Column.Title)
    first = panel.model.entry(0)
    panel.update_entry(replace(first, metadata=ArticleMetadata(outlet="El País")))
    qtbot.waitUntil(lambda: not header.isSectionHidden(Column.Outlet))
    assert header.isSectionHidden(Column.Published)
    assert header.sectionSize(Column.Title) < title_width
