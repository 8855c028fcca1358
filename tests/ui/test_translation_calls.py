"""The interface's strings reach Qt's translation system in a form lupdate extracts and Qt finds at run time."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

UI = Path(__file__).resolve().parents[2] / "desktop" / "marginalia" / "ui"
FIX = "after fixing, run  python packaging/update_translations.py  and translate what it adds"

# Qt calls whose string argument the user reads. A literal with words, or an f-string
# with words, given to one of them never reaches a translator.
SHOWN = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setIconText", "setFormat", "setLabelText", "setTitle",
    "addMenu", "addAction", "addItem", "addTab", "addRow", "setHeaderLabels", "showMessage", "show_message",
    "emit", "warning", "information", "question", "critical", "about", "getText", "getSaveFileName",
    "getOpenFileName", "getOpenFileNames", "getExistingDirectory", "setTabText", "setItemText",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QMessageBox",
    "QDockWidget", "QToolBar", "QProgressDialog", "QListWidgetItem", "QTreeWidgetItem",
}
WORDS = re.compile(r"[^\W\d_]{2,}")  # two letters in a row: a word, not a symbol or a key ("↑", "%1")
NAMES = {"Marginalia"}  # proper names are the same in every language
LOGGERS = {"log", "logger", "logging"}  # log lines are for developers, in English
KEYS = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta)\+)*(?:[A-Z]|F\d+|Return|Enter|Delete|Tab|Esc|Right|Left|Up|Down)$")


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(UI.rglob("*.py"))]


def _module_name(path: Path) -> str:
    return "marginalia." + ".".join(path.relative_to(UI.parent).with_suffix("").parts)


def _classes(tree: ast.Module) -> dict[ast.AST, ast.ClassDef]:
    """Each node → the class whose body it is in (its innermost)."""
    owner: dict[ast.AST, ast.ClassDef] = {}

    def walk(node: ast.AST, current: ast.ClassDef | None) -> None:
        for child in ast.iter_child_nodes(node):
            here = child if isinstance(child, ast.ClassDef) else current
            if current is not None:
                owner[child] = current
            walk(child, here)
    walk(tree, None)
    return owner


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _is_str(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _plural(call: ast.Call) -> bool:
    return len(call.args) >= 3 or any(k.arg == "n" for k in call.keywords)


def test_translation_calls_use_a_context_lupdate_and_qt_agree_on():
    """self.tr only in QObject classes, on a literal; translate() with a literal context and no
    count; plurals only through self.tr, in a class no other class of the interface derives from
    (PySide6 would look a subclass's plural up in the subclass's context and not find it)."""
    problems = []
    for path, tree in _modules():
        module = importlib.import_module(_module_name(path))
        owner = _classes(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name, where = _name(node.func), f"{path.relative_to(UI.parent)}:{node.lineno}"
            if name == "tr":
                receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
                if not (isinstance(receiver, ast.Name) and receiver.id == "self"):
                    problems.append(f"{where}: tr() not called as self.tr(): lupdate names its context after the "
                                    f"receiver, Qt after the object's class")
                    continue
                cls = owner.get(node)
                live = getattr(module, cls.name, None) if cls is not None else None
                if not (isinstance(live, type) and issubclass(live, QObject)):
                    problems.append(f"{where}: self.tr() outside a QObject subclass: Qt has no context for it")
                elif _plural(node) and any(sub.__module__.startswith("marginalia.") for sub in live.__subclasses__()):
                    problems.append(f"{where}: a plural self.tr() in {cls.name}, which "
                                    f"{live.__subclasses__()[0].__name__} derives from")
                if not node.args or not _is_str(node.args[0]):
                    problems.append(f"{where}: self.tr() of something else than a string literal: lupdate cannot "
                                    f"see it")
            elif name == "translate" and isinstance(node.func, ast.Attribute) and node.args \
                    and _name(node.func.value) in ("QCoreApplication", "QApplication"):
                if not _is_str(node.args[0]):
                    problems.append(f"{where}: translate() with a context that is not a string literal")
                if _plural(node):
                    problems.append(f"{where}: a plural through translate(): lupdate takes it for a plain string "
                                    f"unless the count is a literal number; use self.tr(text, '', n)")
    assert not problems, "\n".join(problems + [FIX])


def _literal_words(node: ast.expr) -> str | None:
    """The words a literal, an f-string or a concatenation would show untranslated, if any."""
    if _is_str(node):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if _is_str(v))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_words(node.left) or _literal_words(node.right)
    else:
        return None
    if KEYS.match(text.strip()) or not WORDS.search(text) or text in NAMES:
        return None
    return text


def test_shown_strings_go_through_tr():
    """No literal sentence, f-string or concatenation with words is handed to a Qt call the user
    reads (labels, titles, tooltips, menus, messages, accessible names): it would stay English."""
    problems = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in SHOWN:
                continue
            if isinstance(node.func, ast.Attribute) and _name(node.func.value) in LOGGERS:
                continue
            for argument in [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "toolTip"))]:
                words = _literal_words(argument)
                if words is not None:
                    problems.append(f"{path.relative_to(UI.parent)}:{node.lineno}: {_name(node.func)}({words!r}) "
                                    f"is not translated: wrap it in self.tr(), with %1 for what varies")
    assert not problems, "\n".join(problems + [FIX])


@pytest.mark.parametrize("source, expected", [
    ('label.setText("Saved")', True), ('label.setText(f"Saved to {path}")', True),
    ('label.setText(self.tr("Saved"))', False), ('button.setText("↑")', False), ('QAction("Ctrl+Shift+F")', False),
    ('label.setText(name + " items")', True),
])
def test_shown_strings_check_tells_a_literal_from_a_translation(source, expected):
    """The check above finds what it should, and only that."""
    call = ast.parse(source).body[0].value
    assert any(_literal_words(a) is not None for a in call.args) is expected
