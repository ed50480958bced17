"""The inspector edits the selection only through commands, one undo step per gesture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from journeymapper.canvas.names import (
    card_entry_name,
    channel_name,
    evidence_name,
    lane_kind_name,
    language_name,
    variant_name,
)
from journeymapper.commands import SetCardFields, SetStageFields
from journeymapper.model import (
    Card,
    Channel,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    Language,
    Persona,
    Stage,
)
from journeymapper.ui import inspector_pages
from journeymapper.ui.inspector import Inspector
from journeymapper.ui.session import MapSession
from tests.ui.windows import answer_popup


class FakeScene(QObject):
    """What the inspector needs of the canvas scene: the selected ids and their changes."""

    selectionIdsChanged = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self._ids: list[str] = []

    def selected_ids(self) -> list[str]:
        return list(self._ids)

    def select(self, *ids: str) -> None:
        self._ids = list(ids)
        self.selectionIdsChanged.emit(list(ids))


def small_map() -> JourneyMap:
    return JourneyMap(
        title="Online shop",
        personas=[Persona(id="p-anna", name="Anna"), Persona(id="p-bo", name="Bo", colour="#C0392B")],
        stages=[Stage(id="s-aware", name="Awareness"), Stage(id="s-buy", name="Purchase")],
        lanes=[Lane(id="l-touch", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
               Lane(id="l-pain", kind=LaneKind.PAIN_POINTS, title="Pain points")],
        cards=[
            Card(id="c1", lane_id="l-touch", stage_id="s-aware", text="Sees an ad", channel=Channel.ADS),
            Card(id="c2", lane_id="l-touch", stage_id="s-aware", order=1, text="Searches", colour="#FF0000"),
            Card(id="c3", lane_id="l-pain", stage_id="s-buy", text="Checkout fails",
                 evidence=Evidence.OBSERVED),
        ],
    )


@pytest.fixture
def session(qtbot) -> Iterator[MapSession]:
    session = MapSession(small_map())
    yield session
    # Delete the undo commands now: left to the garbage collector, an unparented session and
    # its commands (which point back at it) may be torn down in an order that crashes Qt.
    session.undo_stack.clear()


@pytest.fixture
def scene() -> FakeScene:
    return FakeScene()


@pytest.fixture
def inspector(qtbot, session, scene) -> Inspector:
    widget = Inspector(session, scene)
    qtbot.addWidget(widget)
    widget.resize(380, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def child(inspector: Inspector, cls, name: str):
    widget = inspector.findChild(cls, name)
    assert widget is not None, name
    return widget


def card(session: MapSession, card_id: str) -> Card:
    return next(c for c in session.doc.cards if c.id == card_id)


def focus(qtbot, widget) -> None:
    """Click into a text field (the cursor lands after the text); focus other widgets."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    else:  # a click would open a combo box's popup
        widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


# -- showing --------------------------------------------------------------------------------


def test_nothing_selected_shows_the_map(inspector, session):
    assert child(inspector, QLineEdit, "map-title").text() == "Online shop"
    assert child(inspector, QLabel, "inspector-header").text() == "Map “Online shop”"
    assert child(inspector, QComboBox, "map-language").currentData() == "en"


def test_selecting_a_card_shows_its_fields(inspector, scene):
    scene.select("c1")
    assert child(inspector, QPlainTextEdit, "card-text").toPlainText() == "Sees an ad"
    assert child(inspector, QLabel, "inspector-header").text() == "Card in Touchpoints · Awareness"
    assert child(inspector, QComboBox, "card-channel").currentData() == "ads"
    assert child(inspector, QComboBox, "card-evidence").currentData() == "assumed"
    assert child(inspector, QPushButton, "card-colour").text() == "Lane default"
    assert not child(inspector, QPushButton, "card-colour-default").isEnabled()
    scene.select("c2")
    assert child(inspector, QPlainTextEdit, "card-text").toPlainText() == "Searches"
    assert child(inspector, QPushButton, "card-colour").text() == "#FF0000"


def test_channel_row_is_for_touchpoints(inspector, scene):
    scene.select("c3")
    assert not child(inspector, QComboBox, "card-channel").isVisible()
    scene.select("c1")
    assert child(inspector, QComboBox, "card-channel").isVisible()


def test_stage_and_lane_pages(inspector, scene):
    scene.select("s-buy")
    assert child(inspector, QLineEdit, "stage-name").text() == "Purchase"
    assert child(inspector, QDoubleSpinBox, "stage-width").value() == 1.0
    scene.select("l-pain")
    assert child(inspector, QLineEdit, "lane-title").text() == "Pain points"
    assert child(inspector, QLabel, "lane-kind").text() == "Pain points"
    assert child(inspector, QLabel, "inspector-header").text() == "Lane “Pain points”"


def test_user_text_is_shown_literally(inspector, session, scene):
    session.push(SetCardFields("c1", text="<b>bold</b> & <i>more</i>"))
    session.push(SetStageFields("s-aware", name="<b>Stage</b>"))
    scene.select("c1")
    assert child(inspector, QPlainTextEdit, "card-text").toPlainText() == "<b>bold</b> & <i>more</i>"
    header = child(inspector, QLabel, "inspector-header")
    assert header.textFormat() == Qt.TextFormat.PlainText
    assert header.text() == "Card in Touchpoints · <b>Stage</b>"
    for label in inspector.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


# -- editing --------------------------------------------------------------------------------


def test_typing_a_card_text_and_leaving_is_one_undo_step(qtbot, inspector, session, scene):
    scene.select("c1")
    text = child(inspector, QPlainTextEdit, "card-text")
    focus(qtbot, text)
    qtbot.keyClick(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(text, " on TV")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClicks(text, "twice")
    assert card(session, "c1").text == "Sees an ad"  # nothing is pushed while typing
    assert session.undo_stack.count() == 0

    qtbot.keyClick(text, Qt.Key.Key_Tab)  # leave the field
    assert not text.hasFocus()
    assert card(session, "c1").text == "Sees an ad on TV\ntwice"
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    assert card(session, "c1").text == "Sees an ad"


def test_ctrl_enter_commits_and_a_second_edit_is_a_second_step(qtbot, inspector, session, scene):
    scene.select("c1")
    text = child(inspector, QPlainTextEdit, "card-text")
    focus(qtbot, text)
    qtbot.keyClicks(text, "A")
    qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert session.undo_stack.count() == 1
    qtbot.keyClicks(text, "B")
    qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert card(session, "c1").text == "Sees an adAB"
    assert session.undo_stack.count() == 2  # separate gestures never merge
    session.undo_stack.undo()
    assert card(session, "c1").text == "Sees an adA"


def test_leaving_a_field_unchanged_pushes_nothing(qtbot, inspector, session, scene):
    scene.select("c1")
    text = child(inspector, QPlainTextEdit, "card-text")
    focus(qtbot, text)
    qtbot.keyClicks(text, "x")
    qtbot.keyClick(text, Qt.Key.Key_Backspace)
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    source = child(inspector, QLineEdit, "card-source")
    focus(qtbot, source)
    qtbot.keyClick(source, Qt.Key.Key_Return)
    assert session.undo_stack.count() == 0


def test_changing_evidence_pushes_a_command(qtbot, inspector, session, scene):
    scene.select("c1")
    combo = child(inspector, QComboBox, "card-evidence")
    focus(qtbot, combo)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # assumed -> proposed
    assert card(session, "c1").evidence is Evidence.PROPOSED
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert card(session, "c1").evidence is Evidence.ASSUMED


def test_source_tags_and_personas(qtbot, inspector, session, scene):
    scene.select("c3")
    source = child(inspector, QLineEdit, "card-source")
    focus(qtbot, source)
    qtbot.keyClicks(source, "Interview 4")
    qtbot.keyClick(source, Qt.Key.Key_Return)
    assert card(session, "c3").source == "Interview 4"

    tags = child(inspector, QLineEdit, "card-tags")
    focus(qtbot, tags)
    qtbot.keyClicks(tags, " mobile ,checkout,, mobile")
    qtbot.keyClick(tags, Qt.Key.Key_Return)
    assert card(session, "c3").tags == ["mobile", "checkout"]
    assert tags.text() == "mobile, checkout"

    personas = child(inspector, QListWidget, "card-personas")
    assert [personas.item(i).text() for i in range(personas.count())] == ["Anna", "Bo"]
    focus(qtbot, personas)
    personas.setCurrentRow(1)
    qtbot.keyClick(personas, Qt.Key.Key_Space)
    assert card(session, "c3").personas == ["p-bo"]
    assert session.undo_stack.count() == 3


def test_card_colour_and_lane_default(qtbot, inspector, session, scene, monkeypatch):
    monkeypatch.setattr(inspector_pages, "pick_colour", lambda parent, initial, title: "#123456")
    scene.select("c1")
    answer_popup("swatch-more")  # the swatches first, the full colour dialog behind "More Colours…"
    qtbot.mouseClick(child(inspector, QPushButton, "card-colour"), Qt.MouseButton.LeftButton)
    assert card(session, "c1").colour == "#123456"
    reset = child(inspector, QPushButton, "card-colour-default")
    assert reset.isEnabled()
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert card(session, "c1").colour is None
    assert session.undo_stack.count() == 2


def test_several_cards_colour_and_evidence_are_one_step_each(qtbot, inspector, session, scene,
                                                              monkeypatch):
    monkeypatch.setattr(inspector_pages, "pick_colour", lambda parent, initial, title: "#00AA00")
    scene.select("c1", "c2", "c3")
    assert child(inspector, QLabel, "inspector-header").text() == "3 cards selected"
    colour = child(inspector, QPushButton, "cards-colour")
    assert colour.text() == "Mixed"
    answer_popup("swatch-more")
    qtbot.mouseClick(colour, Qt.MouseButton.LeftButton)
    assert [c.colour for c in session.doc.cards] == ["#00AA00"] * 3
    assert session.undo_stack.count() == 1
    assert session.undo_stack.text(0) == "Edit 3 Cards"

    evidence = child(inspector, QComboBox, "cards-evidence")
    assert evidence.currentIndex() == -1  # mixed
    focus(qtbot, evidence)
    qtbot.keyClick(evidence, Qt.Key.Key_Down)
    assert {c.evidence for c in session.doc.cards} == {Evidence.OBSERVED}
    assert session.undo_stack.count() == 2

    session.undo_stack.undo()
    session.undo_stack.undo()
    assert [(c.colour, c.evidence) for c in session.doc.cards] == [
        (None, Evidence.ASSUMED), ("#FF0000", Evidence.ASSUMED), (None, Evidence.OBSERVED)]


def test_editing_the_map_title(qtbot, inspector, session):
    title = child(inspector, QLineEdit, "map-title")
    focus(qtbot, title)
    title.selectAll()
    qtbot.keyClicks(title, "Checkout journey")
    assert session.undo_stack.count() == 0
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert session.doc.title == "Checkout journey"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.doc.title == "Online shop"


def test_map_language_and_emotion_scale(qtbot, inspector, session):
    language = child(inspector, QComboBox, "map-language")
    focus(qtbot, language)
    qtbot.keyClick(language, Qt.Key.Key_Down)
    assert session.doc.language is Language.DA

    low, high = child(inspector, QSpinBox, "map-scale-min"), child(inspector, QSpinBox, "map-scale-max")
    assert (low.value(), high.value()) == (-3, 3)
    assert low.maximum() == 2 and high.minimum() == -2  # min stays below max
    focus(qtbot, high)
    qtbot.keyClick(high, Qt.Key.Key_Up)
    assert (session.doc.emotion_scale.min, session.doc.emotion_scale.max) == (-3, 4)
    assert low.maximum() == 3
    assert session.undo_stack.count() == 2


def test_stage_name_commits_on_editing_finished(qtbot, inspector, session, scene):
    scene.select("s-aware")
    name = child(inspector, QLineEdit, "stage-name")
    focus(qtbot, name)
    qtbot.keyClicks(name, " phase")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert session.doc.stages[0].name == "Awareness phase"
    assert session.undo_stack.count() == 1  # not one step per letter

    width = child(inspector, QDoubleSpinBox, "stage-width")
    focus(qtbot, width)
    qtbot.keyClick(width, Qt.Key.Key_Up)
    assert session.doc.stages[0].width == 1.25
    assert session.undo_stack.count() == 2


def test_stage_speaker_notes_are_plain_text_and_one_undo_step(qtbot, inspector, session, scene):
    scene.select("s-buy")
    notes = child(inspector, QPlainTextEdit, "stage-notes")
    assert notes.toPlainText() == ""
    focus(qtbot, notes)
    qtbot.keyClicks(notes, "Ask: <b>who</b> gave up?")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "Then show the KPI.")
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert session.doc.stages[1].notes == "Ask: <b>who</b> gave up?\nThen show the KPI."
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.doc.stages[1].notes == ""
    assert notes.toPlainText() == ""


# -- refreshing -----------------------------------------------------------------------------


def test_undo_from_outside_then_refresh_shows_the_document(qtbot, inspector, session, scene):
    scene.select("c1")
    text = child(inspector, QPlainTextEdit, "card-text")
    focus(qtbot, text)
    qtbot.keyClicks(text, " (new)")
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    assert text.toPlainText() == "Sees an ad (new)"

    before = session.undo_stack.count()
    session.undo_stack.undo()  # the inspector follows the session by itself
    assert text.toPlainText() == "Sees an ad"
    assert session.undo_stack.count() == before  # refresh pushed nothing
    assert session.undo_stack.index() == before - 1


def test_refresh_keeps_the_cursor_and_unsaved_typing(qtbot, inspector, session, scene):
    scene.select("c1")
    text = child(inspector, QPlainTextEdit, "card-text")
    focus(qtbot, text)
    qtbot.keyClick(text, Qt.Key.Key_Home)
    qtbot.keyClicks(text, "Xy")
    # Another command (from the canvas, say) changes another field of the shown card.
    session.push(SetCardFields("c1", source="Survey"))
    assert text.toPlainText() == "XySees an ad"  # typing in progress survives
    assert child(inspector, QLineEdit, "card-source").text() == "Survey"

    # The shown field itself changes: the new value appears, the cursor stays where it was.
    session.push(SetCardFields("c1", text="Sees a big ad"))
    assert text.toPlainText() == "Sees a big ad"
    assert text.textCursor().position() == 2
    assert session.undo_stack.count() == 2


def test_refresh_after_the_shown_card_is_removed(inspector, session, scene):
    from journeymapper.commands import RemoveItems

    scene.select("c2")
    session.push(RemoveItems(["c2"]))
    assert child(inspector, QLabel, "inspector-header").text() == "Map “Online shop”"
    session.undo_stack.undo()
    assert child(inspector, QPlainTextEdit, "card-text").toPlainText() == "Searches"


def test_wired_like_the_main_window(qtbot, inspector, session, scene):
    """The inspector refreshes inside every push; a pending edit is pushed after a selection change."""
    scene.select("c1")
    text = child(inspector, QPlainTextEdit, "card-text")
    focus(qtbot, text)
    qtbot.keyClicks(text, "Z")
    scene.select("c3")  # the selection changes while the edit is pending
    assert text.toPlainText() == "Checkout fails"
    qtbot.waitUntil(lambda: session.undo_stack.count() == 1)
    assert card(session, "c1").text == "Sees an adZ"
    assert card(session, "c3").text == "Checkout fails"
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    assert session.undo_stack.count() == 1


def test_a_pending_edit_is_dropped_if_its_card_is_removed_first(qtbot, inspector, session, scene):
    from journeymapper.commands import RemoveItems

    scene.select("c1")
    text = child(inspector, QPlainTextEdit, "card-text")
    focus(qtbot, text)
    qtbot.keyClicks(text, "Z")
    scene.select("c3")  # the edit of c1 is now pending, to be pushed after this event
    session.push(RemoveItems(["c1"]))  # ... but c1 goes first
    qtbot.wait(50)
    assert session.undo_stack.count() == 1
    assert session.undo_stack.text(0) == "Delete Card"


def test_set_session_shows_the_new_document(inspector, scene):
    other = MapSession(JourneyMap(title="Another map"))
    inspector.set_session(other)
    assert child(inspector, QLineEdit, "map-title").text() == "Another map"


def test_invalid_input_is_reported_not_pushed(qtbot, inspector, session, scene):
    scene.select("c1")
    tags = child(inspector, QLineEdit, "card-tags")
    focus(qtbot, tags)
    tags.setText("x" * 300)  # a tag may hold 200 characters
    qtbot.keyClick(tags, Qt.Key.Key_Return)
    assert session.undo_stack.count() == 0
    error = child(inspector, QLabel, "inspector-error")
    assert error.isVisible() and error.text().startswith("Not changed:")
    assert tags.text() == "x" * 300  # the input stays, to be corrected
    qtbot.keyClick(tags, Qt.Key.Key_Backspace)
    tags.setText("ok")
    qtbot.keyClick(tags, Qt.Key.Key_Return)
    assert card(session, "c1").tags == ["ok"]
    assert not error.isVisible()


# -- names ----------------------------------------------------------------------------------


def test_names_cover_every_value():
    from journeymapper.model import CurveVariant

    assert all(lane_kind_name(kind) for kind in LaneKind)
    assert channel_name("word_of_mouth") == "Word of mouth"
    assert [evidence_name(e) for e in Evidence] == ["Observed", "Assumed", "Proposed"]
    assert [variant_name(v) for v in CurveVariant] == ["As is", "To be"]
    assert [language_name(lang) for lang in Language] == ["English", "Dansk"]
    assert card_entry_name("pain_point") == "Pain point"
