"""The template gallery driven like a user drives it, user templates, and the thumbnail cache."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from journeymapper.canvas import thumbnails
from journeymapper.canvas.thumbnails import INFO_ROLE, cache_dir, render_thumbnail, thumbnail_for
from journeymapper.io import load, save
from journeymapper.io import templates as tpl
from journeymapper.ui import gallery as gallery_module
from journeymapper.ui.application import ensure_app
from journeymapper.ui.gallery import TemplateGallery, choose_template, fold, open_gallery, save_as_template


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(tpl.DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "data" / "templates"


def shown_gallery(qtbot, language: str | None = "en") -> TemplateGallery:
    ensure_app()
    dialog = TemplateGallery(None, language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    return dialog


@pytest.fixture
def gallery(qtbot, user_dir):
    return shown_gallery(qtbot)


def visible_infos(dialog: TemplateGallery) -> list:
    """The templates the grid shows, in order (read from the grid's own model)."""
    model = dialog.grid.model()
    return [model.index(row, 0).data(INFO_ROLE) for row in range(model.rowCount())]


def shown(dialog: TemplateGallery) -> list[tuple[str, str]]:
    return [(i.id, i.language) for i in visible_infos(dialog)]


def index_of(dialog: TemplateGallery, template_id: str):
    for row in range(dialog.proxy.rowCount()):
        index = dialog.proxy.index(row, 0)
        if index.data(INFO_ROLE).id == template_id:
            return index
    raise AssertionError(f"{template_id} is not shown")


def click(dialog: TemplateGallery, template_id: str, double: bool = False) -> None:
    index = index_of(dialog, template_id)
    dialog.grid.scrollTo(index)
    pos = dialog.grid.visualRect(index).center()
    QTest.mouseClick(dialog.grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    if double:
        QTest.mouseDClick(dialog.grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def all_ids(doc) -> set[str]:
    return ({doc.id} | {s.id for s in doc.stages} | {lane.id for lane in doc.lanes} | {c.id for c in doc.cards}
            | {c.id for c in doc.connectors} | {c.id for c in doc.curves} | {m.id for m in doc.metrics})


def assert_fresh(doc, template_id: str, language: str) -> None:
    original = tpl.load_template(template_id, language)
    assert [s.name for s in doc.stages] == [s.name for s in original.stages]
    assert len(doc.cards) == len(original.cards)
    assert all_ids(doc).isdisjoint(all_ids(original))
    assert datetime.now(timezone.utc) - doc.created < timedelta(minutes=1)


# -- listing and filtering ---------------------------------------------------------------------

def test_lists_every_builtin_in_the_chosen_language(gallery) -> None:
    assert shown(gallery) == [(t, "en") for t in tpl.template_ids()]
    assert gallery.current_info().id == tpl.DEFAULT_TEMPLATE
    click(gallery, "laptop-shop")
    gallery.language.setFocus()
    QTest.keyClick(gallery.language, Qt.Key.Key_Down)  # English -> Dansk
    assert gallery.language.currentData() == "da"
    assert shown(gallery) == [(t, "da") for t in tpl.template_ids()]
    assert (gallery.current_info().id, gallery.current_info().language) == ("laptop-shop", "da")
    assert gallery.preview_name.text() == tpl.load_template("laptop-shop", "da").title


def test_language_defaults_to_the_ui_locale(qtbot, user_dir) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        dialog = shown_gallery(qtbot, language=None)
    finally:
        QLocale.setDefault(before)
    assert dialog.language.currentData() == "da"
    assert {lang for _, lang in shown(dialog)} == {"da"}


def test_category_filter(gallery) -> None:
    gallery.category.setCurrentIndex(gallery.category.findData("service design"))
    assert [i for i, _ in shown(gallery)] == ["service-blueprint", "customer-support"]
    assert gallery.current_info().id == "service-blueprint"
    gallery.category.setCurrentIndex(gallery.category.findData(tpl.USER_CATEGORY))
    assert shown(gallery) == [] and gallery.current_info() is None
    assert not gallery.empty_label.isHidden()
    assert not gallery.create_button.isEnabled()
    QTest.keyClick(gallery.grid, Qt.Key.Key_Return)  # nothing to create: the dialog stays
    assert gallery.isVisible() and gallery.result_doc is None
    gallery.category.setCurrentIndex(0)
    assert len(shown(gallery)) == len(tpl.template_ids()) and gallery.empty_label.isHidden()


def test_search_is_case_and_accent_insensitive(gallery) -> None:
    QTest.keyClicks(gallery.search, "HEAT PUMP")
    assert [i for i, _ in shown(gallery)] == ["buyers-journey"]
    assert gallery.current_info().id == "buyers-journey"
    gallery.search.clear()
    QTest.keyClicks(gallery.search, "blueprint bike")  # every word, in name or summary
    assert [i for i, _ in shown(gallery)] == ["service-blueprint"]
    gallery.search.clear()
    QTest.keyClicks(gallery.search, "no such words")
    assert shown(gallery) == [] and not gallery.create_button.isEnabled()
    gallery.search.clear()
    gallery.language.setCurrentIndex(gallery.language.findData("da"))
    QTest.keyClicks(gallery.search, "kobsrejse (3")
    assert shown(gallery) == [("buyers-journey", "da")]
    assert fold("Ærø Købsrejsen Café") == "aero kobsrejsen cafe"


# -- preview and creating ------------------------------------------------------------------------

def test_selecting_shows_the_preview(gallery, qtbot) -> None:
    click(gallery, "service-blueprint")
    doc = tpl.load_template("service-blueprint", "en")
    assert gallery.preview_name.text() == doc.title
    assert gallery.preview_summary.text() == doc.description.split("\n")[0]
    for stage in doc.stages:
        assert stage.name in gallery.preview_stages.text()
    assert gallery.preview_counts.text() == f"{len(doc.stages)} stages, {len(doc.lanes)} lanes, {len(doc.cards)} cards"
    assert gallery.title_edit.text() == doc.title
    qtbot.waitUntil(lambda: not gallery.preview_image.pixmap().isNull())
    # a title the user typed stays when another template is selected
    gallery.title_edit.setFocus()
    gallery.title_edit.selectAll()
    QTest.keyClicks(gallery.title_edit, "Acme repairs")
    click(gallery, "blank")
    assert gallery.title_edit.text() == "Acme repairs"
    assert gallery.preview_name.text() == tpl.load_template("blank", "en").title


def test_create_button_makes_a_fresh_map_with_the_title(gallery) -> None:
    click(gallery, "laptop-shop")
    gallery.title_edit.selectAll()
    QTest.keyClicks(gallery.title_edit, "Dell webshop 2026")
    QTest.mouseClick(gallery.create_button, Qt.MouseButton.LeftButton)
    assert gallery.result() == QDialog.DialogCode.Accepted
    doc = gallery.result_doc
    assert doc.title == "Dell webshop 2026" and doc.language.value == "en"
    assert_fresh(doc, "laptop-shop", "en")


def test_double_click_creates(gallery) -> None:
    click(gallery, "customer-support", double=True)
    assert gallery.result() == QDialog.DialogCode.Accepted
    assert gallery.result_doc.title == tpl.load_template("customer-support", "en").title
    assert_fresh(gallery.result_doc, "customer-support", "en")


def test_keyboard_only(gallery) -> None:
    gallery.grid.setFocus()
    assert QApplication.focusWidget() is gallery.grid
    QTest.keyClick(gallery.grid, Qt.Key.Key_Right)
    assert gallery.current_info().id == tpl.template_ids()[1]
    QTest.keyClick(gallery.grid, Qt.Key.Key_Left)
    QTest.keyClick(gallery.grid, Qt.Key.Key_Down)  # one row down in the grid
    below = gallery.current_info().id
    assert below != tpl.template_ids()[0] and below in tpl.template_ids()[2:]
    # tab order: search, category, language, grid
    gallery.search.setFocus()
    for widget in (gallery.category, gallery.language, gallery.grid):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
    # type in the search box, Down into the grid, Enter creates
    gallery.search.setFocus()
    QTest.keyClicks(gallery.search, "wall")
    QTest.keyClick(gallery.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is gallery.grid
    QTest.keyClick(gallery.grid, Qt.Key.Key_Return)
    assert gallery.result() == QDialog.DialogCode.Accepted
    assert_fresh(gallery.result_doc, "workshop-wall", "en")


def test_escape_cancels(gallery) -> None:
    QTest.keyClick(gallery.grid, Qt.Key.Key_Escape)
    assert gallery.result() == QDialog.DialogCode.Rejected and gallery.result_doc is None


def test_choose_template_returns_the_map_or_none(qtbot, user_dir) -> None:
    ensure_app()

    def press(key: Qt.Key) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TemplateGallery)
        QTest.keyClick(dialog.focusWidget() or dialog, key)

    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))
    doc = choose_template(None, "da")
    assert doc is not None and doc.title == tpl.load_template(tpl.DEFAULT_TEMPLATE, "da").title
    assert_fresh(doc, tpl.DEFAULT_TEMPLATE, "da")
    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Escape))
    assert choose_template(None, "en") is None


def test_open_gallery_does_not_block(qtbot, user_dir) -> None:
    ensure_app()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    made = []
    dialog = open_gallery(parent, made.append, "en")
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal and made == []
    click(dialog, "blank")
    QTest.keyClick(dialog.grid, Qt.Key.Key_Return)
    assert len(made) == 1 and made[0].title == tpl.load_template("blank", "en").title
    assert not dialog.isVisible()


# -- user templates ----------------------------------------------------------------------------------

def answer_text(monkeypatch, text: str, ok: bool = True) -> list[str]:
    asked = []

    def get_text(parent, title, label, echo=None, value=""):
        asked.append(value)
        return text, ok

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return asked


def test_save_as_template(qtbot, user_dir, monkeypatch, unanswered_questions) -> None:
    ensure_app()
    doc = tpl.new_from_template("laptop-shop", "en", title="Acme laptops")
    offered = answer_text(monkeypatch, "Acme journey")
    info = save_as_template(None, doc)
    assert offered == ["Acme laptops"]  # the map's title is offered as the name
    assert info is not None and info.name == "Acme journey" and info.path.parent == user_dir
    answer_text(monkeypatch, "Ignored", ok=False)
    assert save_as_template(None, doc) is None
    answer_text(monkeypatch, "   ")
    assert save_as_template(None, doc) is None
    assert [i.name for i in tpl.list_user_templates()] == ["Acme journey"]
    user_dir.parent.rename(user_dir.parent.with_name("moved"))
    user_dir.parent.write_text("not a folder")  # the data folder cannot be created: said plainly
    answer_text(monkeypatch, "Second <b>one</b>")
    assert save_as_template(None, doc) is None
    assert unanswered_questions and "templates folder" in unanswered_questions[-1]


def test_rename_delete_and_export_in_the_gallery(qtbot, user_dir, monkeypatch, unanswered_questions,
                                                 tmp_path) -> None:
    tpl.save_user_template(tpl.new_from_template("blank", "da"), "Værkstedsvæg")
    dialog = shown_gallery(qtbot)
    dialog.category.setCurrentIndex(dialog.category.findData(tpl.USER_CATEGORY))
    assert [i.name for i in visible_infos(dialog)] == ["Værkstedsvæg"]
    assert dialog.current_info().name == "Værkstedsvæg"
    assert dialog.action_buttons["rename"].isEnabled() and dialog.action_buttons["delete"].isEnabled()
    assert "Dansk" in dialog.preview_counts.text()

    answer_text(monkeypatch, "Workshop <wall>")
    dialog.grid.setFocus()
    QTest.keyClick(dialog.grid, Qt.Key.Key_F2)
    assert [i.name for i in visible_infos(dialog)] == ["Workshop <wall>"]
    assert dialog.current_info().name == "Workshop <wall>" == dialog.preview_name.text()

    target = tmp_path / "shared"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.export_action.trigger()
    assert load(target.with_suffix(".jmap")).title == "Workshop <wall>"

    QTest.keyClick(dialog.grid, Qt.Key.Key_Delete)  # the conftest answers the question "Discard": kept
    assert "Workshop <wall>" in unanswered_questions[-1] and len(visible_infos(dialog)) == 1
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    QTest.mouseClick(dialog.action_buttons["delete"], Qt.MouseButton.LeftButton)
    assert visible_infos(dialog) == [] and list(user_dir.iterdir()) == []

    dialog.category.setCurrentIndex(0)
    click(dialog, "ecommerce")  # built-ins cannot be renamed or deleted, but can be exported
    assert not dialog.rename_action.isEnabled() and not dialog.delete_action.isEnabled()
    assert dialog.export_action.isEnabled()


def test_import(qtbot, user_dir, monkeypatch, unanswered_questions, tmp_path) -> None:
    good = tmp_path / "good.jmap"
    save(tpl.new_from_template("saas-onboarding", "en", title="Imported SaaS"), good)
    bad = tmp_path / "bad.jmap"
    bad.write_text('{"format": "journeymapper", "version": 1, <b>oops</b>', encoding="utf-8")
    dialog = shown_gallery(qtbot)
    chosen = [str(bad)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen[0], "")))
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert unanswered_questions and "bad.jmap" in unanswered_questions[-1]
    assert not user_dir.exists() or list(user_dir.iterdir()) == []
    chosen[0] = str(good)
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.category.currentData() == tpl.USER_CATEGORY
    assert dialog.current_info().name == "Imported SaaS" == dialog.title_edit.text()
    QTest.keyClick(dialog.grid, Qt.Key.Key_Return)
    assert dialog.result_doc.title == "Imported SaaS"
    assert_fresh(dialog.result_doc, dialog.current_info().id, "en")


def test_a_broken_user_template_is_listed_as_broken(qtbot, user_dir, monkeypatch) -> None:
    user_dir.mkdir(parents=True)
    (user_dir / "broken.jmap").write_bytes(b"\x00garbage <b>not json</b>")
    tpl.save_user_template(tpl.new_from_template("blank"), "Fine")
    dialog = shown_gallery(qtbot)
    dialog.category.setCurrentIndex(dialog.category.findData(tpl.USER_CATEGORY))
    names = [(i.name, bool(i.error)) for i in visible_infos(dialog)]
    assert names == [("broken", True), ("Fine", False)]
    click(dialog, "user:broken")
    info = dialog.current_info()
    index = index_of(dialog, "user:broken")
    assert "broken.jmap" in index.data(Qt.ItemDataRole.ToolTipRole) and "&lt;b&gt;" not in info.error
    assert dialog.preview_stages.text() == info.error
    assert not dialog.create_button.isEnabled() and not dialog.rename_action.isEnabled()
    assert dialog.delete_action.isEnabled()
    QTest.keyClick(dialog.grid, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_doc is None
    qtbot.waitUntil(lambda: dialog.pending_thumbnails() == 0)
    qtbot.waitUntil(lambda: not dialog.preview_image.pixmap().isNull())
    dialog.grab()  # drawing the greyed tile does not fail
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    QTest.keyClick(dialog.grid, Qt.Key.Key_Delete)
    assert [i.name for i in visible_infos(dialog)] == ["Fine"]
    QTest.keyClick(dialog.grid, Qt.Key.Key_Return)
    assert dialog.result_doc is not None and dialog.result_doc.title == "Fine"


# -- thumbnails -------------------------------------------------------------------------------------

def test_thumbnails_are_drawn_lazily_in_view_first(qtbot, user_dir, monkeypatch) -> None:
    monkeypatch.setattr(gallery_module, "TICK_BUDGET", 0.0)  # one thumbnail per tick
    dialog = TemplateGallery(None, "en")
    qtbot.addWidget(dialog)
    dialog._timer.stop()
    total = dialog.pending_thumbnails()
    assert total == len(visible_infos(dialog)) == len(tpl.template_ids())  # nothing drawn while opening
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog._timer.stop()
    dialog.grid.scrollToBottom()
    dialog._render_some()
    assert dialog.pending_thumbnails() == total - 1
    drawn = [i for i in visible_infos(dialog) if i in dialog._pixmaps]
    assert len(drawn) == 1
    assert dialog.grid.visualRect(index_of(dialog, drawn[0].id)).intersects(dialog.grid.viewport().rect())
    dialog._start_rendering()
    qtbot.waitUntil(lambda: dialog.pending_thumbnails() == 0, timeout=20000)
    assert len(dialog._pixmaps) == total  # the other language is drawn only when it is shown
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    assert dialog.pending_thumbnails() == total
    qtbot.waitUntil(lambda: dialog.pending_thumbnails() == 0, timeout=20000)


def test_thumbnail_cache_is_refreshed_when_the_template_changes(qtbot, user_dir, monkeypatch) -> None:
    ensure_app()
    drawn = []

    def counting(doc, width_px):
        drawn.append(doc.title)
        return render_thumbnail(doc, width_px)

    monkeypatch.setattr(thumbnails, "render_thumbnail", counting)
    info = tpl.save_user_template(tpl.new_from_template("ecommerce"), "Shop")
    first = thumbnail_for(info, 240)
    assert first.width() == 240 and drawn == ["Shop"]
    files = list(cache_dir().glob("*.png"))
    assert len(files) == 1 and str(Path(files[0]).parent).startswith(str(user_dir.parent.parent / "cache"))
    assert thumbnail_for(info, 240).size() == first.size() and drawn == ["Shop"]  # from the cache
    thumbnail_for(info, 120)
    assert drawn == ["Shop", "Shop"] and len(list(cache_dir().glob("*.png"))) == 2  # one per size

    renamed = tpl.rename_user_template(info, "Shop v2")  # the file changes: drawn again, old file gone
    thumbnail_for(renamed, 240)
    assert drawn[-1] == "Shop v2" and len(list(cache_dir().glob("*.png"))) == 2
    assert files[0] not in list(cache_dir().glob("*.png"))

    newest = max(cache_dir().glob("*-240-*.png"), key=lambda p: p.stat().st_mtime_ns)
    newest.write_bytes(b"not a png")  # a damaged cache file is drawn again
    assert not thumbnail_for(renamed, 240).isNull() and len(drawn) == 4

    builtin = next(i for i in tpl.list_templates("da") if i.id == "ecommerce")
    assert thumbnail_for(builtin, 200).width() == 200 and len(drawn) == 5


def test_thumbnail_of_a_broken_template_is_a_placeholder(qtbot, user_dir) -> None:
    ensure_app()
    user_dir.mkdir(parents=True)
    (user_dir / "bad.jmap").write_text("{", encoding="utf-8")
    info = next(i for i in tpl.list_user_templates() if i.error)
    image = thumbnail_for(info, 300)
    assert image.width() == 300 and not image.isNull()
    gone = tpl.TemplateInfo("user:gone", "en", "Gone", "", tpl.USER_CATEGORY, user_dir / "gone.jmap", builtin=False)
    assert thumbnail_for(gone, 300).size() == image.size()
    assert not cache_dir().exists() or list(cache_dir().iterdir()) == []


def test_render_thumbnail_keeps_the_aspect_on_white(qtbot) -> None:
    ensure_app()
    from journeymapper.canvas.scene import MapScene

    doc = tpl.load_template("laptop-shop", "en")
    scene = MapScene(doc, lambda command: None)
    ratio = scene.layout.height / scene.layout.width
    image = render_thumbnail(doc, 500)
    assert image.width() == 500 and abs(image.height() - 500 * ratio) <= 1
    assert image.pixelColor(1, 1) == QColor("#FFFFFF")
    tall = tpl.load_template("workshop-wall", "en")
    assert render_thumbnail(tall, 100).height() <= 100 * thumbnails.MAX_RATIO + 1


@pytest.mark.parametrize("language", ["en", "da"])
def test_no_template_name_is_cut_off_in_the_grid(qtbot, user_dir, language) -> None:
    """Issue 23 item 5: long (Danish) names wrap to a second line instead of ending in "…"."""
    dialog = shown_gallery(qtbot, language)
    delegate = dialog.grid.itemDelegate()
    names = set()
    for row in range(dialog.proxy.rowCount()):
        index = dialog.proxy.index(row, 0)
        names.add(index.data(Qt.ItemDataRole.DisplayRole))
        dialog.grid.scrollTo(index)
        dialog.grid.viewport().grab()  # paints what is in view, as the screen would
    assert names and names <= set(delegate.shown), "every name was painted"
    assert delegate.elided == set()
    assert all(" ".join(delegate.shown[n]) == n and len(delegate.shown[n]) <= 2 for n in names)
    if language == "da":  # the long Danish names really take two lines
        assert any(len(delegate.shown[n]) == 2 for n in names)


def test_a_name_too_long_for_two_lines_is_cut_and_reported(qtbot) -> None:
    ensure_app()
    metrics = QFontMetrics(QApplication.font())
    long_name = " ".join(["Servicerejse"] * 12)
    lines, elided = thumbnails.caption_lines(long_name, metrics, 180, 2)
    assert elided and len(lines) == 2 and lines[1].endswith("…")
    assert thumbnails.caption_lines("Kort navn", metrics, 180, 2) == (["Kort navn"], False)
