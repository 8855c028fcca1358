"""A claim's context menus (on its highlight and on its card), and its quote copied with its source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from marginalia.ui.wording import arg


def paragraph_of(text: str, offset: int) -> int:
    """The paragraph (a non-empty line; 1 for the first) where code point `offset` is."""
    count = 1
    at = 0
    while True:
        end = text.find("\n", at, offset)
        if end < 0:
            return count
        if text[at:end].strip():
            count += 1
        at = end + 1


def quote_with_source(claim, text: str, title: str, outlet: str = "") -> str:
    """“Quote” — Title, Outlet, paragraph 3 (characters 120–164): what a researcher
    pastes into a draft, with enough to find the passage again."""
    quote = " ".join(claim.quote.exact.split())
    where = arg(QCoreApplication.translate("ClaimMenu", "paragraph %1 (characters %2–%3)"),
                paragraph_of(text, claim.start), claim.start, claim.end)  # places, not amounts: no grouping
    source = ", ".join(part for part in (title.strip(), outlet.strip(), where) if part)
    return arg(QCoreApplication.translate("ClaimMenu", "“%1” — %2"), quote, source)


def _menu_text(text: str, most: int) -> str:
    """`text` for a menu entry: one line, cut past `most` characters, "&" shown as itself
    (in a menu it would mark the next letter as the entry's key)."""
    text = " ".join(text.split())
    text = text if len(text) <= most else text[:most - 1] + "…"
    return text.replace("&", "&&")


class ClaimMenus(QObject):
    """Builds the menus from the window's own actions, so each says its shortcut."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def copy_quote(self) -> str | None:
        """Put the current claim's quote with its source on the clipboard (and return it)."""
        from marginalia.ui.clipboard import put_text

        window = self.window
        claim = window.annotator.current() if window.annotator is not None else None
        if claim is None:
            window.show_message(self.tr("Select a claim first (click a highlight or a note)."))
            return None
        document = window.session.current
        entry = window.library.entry_for(document.article.path)
        outlet = str(getattr(entry, "outlet", "") or "")  # where the library knows it
        copied = quote_with_source(claim, document.text, document.article.title, outlet)
        put_text(copied)
        window.show_message(self.tr("Copied the quote with its source."))
        return copied

    def _claim_actions(self, menu) -> None:
        actions = self.window.actions
        menu.addMenu(actions.topic_menu)
        menu.addAction(actions.edit_note)
        menu.addAction(actions.copy_quote)
        menu.addSeparator()
        self._cluster_actions(menu)
        menu.addSeparator()
        menu.addAction(actions.delete)
        menu.addAction(actions.reattach)

    def _cluster_actions(self, menu) -> None:
        """Link to…, Find in Other Articles; for a claim in a cluster, its other claims (each
        opens where it is) and the cluster's own actions."""
        window, actions = self.window, self.window.actions
        menu.addAction(actions.link_to)
        menu.addAction(actions.find_elsewhere)
        claim = window.annotator.current() if window.annotator is not None else None
        card = window.cluster_cards.get(claim.id) if claim is not None else None
        if card is None:
            return
        linked = menu.addMenu(arg(self.tr("Linked Claims in “%1”"), _menu_text(card.label, 40)))
        for member in card.others:
            text = arg(self.tr("%1 (%2): “%3”"), member.title, member.language_name or member.language, member.quote)
            action = linked.addAction(_menu_text(text, 90))
            action.triggered.connect(lambda _=False, m=member: window.linking.open_member(m.claim_id, m.article))
        if not card.others:
            linked.addAction(self.tr("No other claim yet")).setEnabled(False)
        for action in (actions.rename_cluster, actions.cluster_note, actions.leave_cluster):
            menu.addAction(action)

    def reader_menu(self, point):
        window = self.window
        menu = window.reader.createStandardContextMenu(point)
        menu.addSeparator()
        menu.addAction(window.actions.highlight)
        if window.annotator is not None and window.annotator.current_id:
            self._claim_actions(menu)
        return menu

    def card_menu(self, point):
        """The menu of the card under `point` (notes viewport), which becomes the chosen one."""
        from PySide6.QtWidgets import QMenu

        window = self.window
        index = window.notes.indexAt(point)
        if not index.isValid():
            return None
        window.notes.setCurrentIndex(index)  # chooses its claim, as a click does
        menu = QMenu(window.notes)
        menu.addAction(window.actions.go_to_claim)
        self._claim_actions(menu)
        return menu
