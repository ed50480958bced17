"""Opening and closing editor windows in tests."""

from journeymapper.model import JourneyMap
from journeymapper.ui.application import ensure_app
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.session import MapSession


def show_window(qtbot, doc: JourneyMap, size: tuple[int, int] = (1400, 900)) -> MainWindow:
    """An editor window on ``doc``, shown and exposed."""
    ensure_app()
    window = MainWindow(MapSession(doc))
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
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
