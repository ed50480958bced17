"""Opening and closing editor windows in tests."""

from pathlib import Path

from journeymapper.model import JourneyMap
from journeymapper.ui.application import ensure_app
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.session import MapSession


def show_window(qtbot, doc: JourneyMap | MapSession | Path, size: tuple[int, int] = (1400, 900),
                zoom: float | None = None) -> MainWindow:
    """An editor window on ``doc`` (a map, a session, or a file opened as File › Open does), shown and
    exposed, at ``zoom`` if given."""
    ensure_app()
    if isinstance(doc, Path):
        window = MainWindow.open_path(doc)
    else:
        window = MainWindow(doc if isinstance(doc, MapSession) else MapSession(doc))
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    if zoom is not None:
        window.view.set_zoom(zoom)
    return window


def discard(window: MainWindow) -> None:
    """Close without the unsaved-changes question."""
    window.session.undo_stack.setClean()
    window.close()


def answer_popup(choice: str, name: str | None = None) -> list[list[str]]:
    """The next popup menu gets the action named ``choice`` picked with the keyboard (Return); if
    ``name`` is given, the input dialog that follows gets it typed. Returns the menus' action names."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    seen: list[list[str]] = []

    def type_name() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, type_name)
            return
        edit = dialog.findChild(QLineEdit)
        edit.selectAll()
        QTest.keyClicks(edit, name)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, pick)
            return
        seen.append([a.objectName() for a in menu.actions() if not a.isSeparator()])
        action = next((a for a in menu.actions() if a.objectName() == choice), None)
        if action is None:
            QTest.keyClick(menu, Qt.Key.Key_Escape)
            return
        menu.setActiveAction(action)
        if name is not None:
            QTimer.singleShot(20, type_name)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    return seen


def click_list_row(view, row: int) -> None:
    """Click row ``row`` of a QListWidget as the user would (its window is shown first)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view.window().show()
    assert QTest.qWaitForWindowExposed(view.window())
    item = view.item(row)
    view.scrollToItem(item)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center())


def choose_with_keys(combo, data: object) -> None:
    """Step a QComboBox to the entry whose data is ``data`` with the arrow keys."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    target = combo.findData(data)
    assert target >= 0, f"no entry {data!r}"
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    assert combo.currentIndex() == target



def when_modal(handle, name: str | None = None) -> None:
    """Call ``handle(dialog)`` once the next modal dialog (``name``: the one with that object name) is shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or (name is not None and dialog.objectName() != name):
            QTimer.singleShot(20, look)
            return
        handle(dialog)

    QTimer.singleShot(0, look)


def click_button(dialog, text: str) -> None:
    """Click the visible button labelled ``text`` in ``dialog`` with the mouse."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton

    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.text() == text and b.isVisible()]
    assert len(buttons) == 1, [b.text() for b in dialog.findChildren(QAbstractButton)]
    QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def click_in_next_modal(button_text: str, seen: list[str] | None = None, name: str | None = None) -> None:
    """When the next modal dialog opens, click its button labelled ``button_text``; ``seen`` gets the
    dialog's object name and its text (a message box) or title."""
    from PySide6.QtWidgets import QMessageBox

    def click(dialog) -> None:
        if seen is not None:
            seen.append(dialog.objectName())
            seen.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
        click_button(dialog, button_text)

    when_modal(click, name)


def save_in_next_file_dialog(path, seen: list[str] | None = None) -> None:
    """When the next file dialog opens, type ``path`` as the file name and press Return."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    def type_name(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        if seen is not None:
            seen.append(dialog.windowTitle())
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.selectAll()
        QTest.keyClicks(edit, str(path))
        QTest.keyClick(edit, Qt.Key.Key_Return)

    when_modal(type_name)
