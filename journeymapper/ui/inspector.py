"""The inspector dock: shows and edits the properties of what is selected on the canvas.

The document is the single source of truth: the inspector never writes to it, every edit
becomes a command pushed with :meth:`MapSession.push`, and :meth:`Inspector.refresh` shows
what the document holds after any command, undo or redo.

Commit rules (one user gesture = one undo step):

* single-line fields commit on ``editingFinished`` (Return, Tab, clicking elsewhere), not on
  each key: only card fields merge while typing, so per-key commits would leave one undo
  step per letter in stage, lane and map fields;
* multi-line text commits on focus-out and on Ctrl+Enter;
* combo boxes, colour buttons, persona check boxes and spin boxes commit on change (spin
  boxes without keyboard tracking: typed digits commit on Return or focus-out);
* a commit that would not change the model pushes nothing, and a mergeable command is
  pushed wrapped in a one-command :class:`Composite`, so two separate edits of one card
  field stay two undo steps;
* edits still pending when the selection changes are pushed right after, for the item they
  were typed for; :meth:`Inspector.commit_pending` pushes them at once (call it before saving).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Optional, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journeymapper.canvas.names import channel_name, evidence_name, lane_kind_name, language_name
from journeymapper.commands.base import Change, Command, Composite
from journeymapper.commands.cards import SetCardFields
from journeymapper.commands.lanes import ResizeLane, SetLaneFields
from journeymapper.commands.map_fields import SetMapFields
from journeymapper.commands.stages import ResizeStage, SetStageFields
from journeymapper.model import (
    CARD_COLOURS,
    Card,
    Channel,
    EmotionScale,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    Language,
    Stage,
)
from journeymapper.model.lookup import group_of
from journeymapper.model.queries import all_ids, find_card, find_lane, find_stage
from journeymapper.ui.accessible_names import name_controls
from journeymapper.ui.inspector_pages import (
    _UNSHOWN,
    MIXED,
    ColourButton,
    Field,
    Host,
    InfoPage,
    Page,
    PersonaChecklist,
    PlainTextEdit,
    blocked,
    parse_tags,
    same_colour,
    set_line_text,
)
from journeymapper.ui.plurals import counted
from journeymapper.ui.session import DocumentChange, MapSession, follow


def _common(items: list[Any], read: Callable[[Any], Any], same: Callable[[Any, Any], bool]) -> Any:
    first = read(items[0])
    return first if all(same(read(item), first) for item in items[1:]) else MIXED


def _edit_cards(cards: list[Card], name: str, value: Any,
                same: Callable[[Any, Any], bool] = lambda a, b: a == b) -> Optional[Command]:
    """One undo step setting field ``name`` of every card that does not have ``value`` yet."""
    commands: list[Command] = [SetCardFields(card.id, **{name: value})
                               for card in cards if not same(getattr(card, name), value)]
    if not commands:
        return None
    return Composite("Edit Card" if len(commands) == 1 else f"Edit {len(commands)} Cards", commands)


class CardPage(Page):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        tr = self.tr
        self.text = PlainTextEdit("card-text", tr("What happens here?"), lines=5)
        self.text_field(tr("Text"), self.text, lambda c: c.text,
                        lambda v, c: SetCardFields(c.id, text=v))
        self.colour = ColourButton("card-colour", tr("Card Colour"), reset=True, swatches=True)
        self.colour_field(tr("Colour"), self.colour, lambda c: c.colour,
                          lambda v, c: SetCardFields(c.id, colour=v))
        self.channel = self.combo("card-channel", [(tr("None"), "")]
                                  + [(channel_name(ch), ch.value) for ch in Channel])
        self.combo_field(tr("Channel"), self.channel, lambda c: c.channel.value if c.channel else "",
                         lambda v, c: SetCardFields(c.id, channel=Channel(v) if v else None))
        self.evidence = self.combo("card-evidence", [(evidence_name(e), e.value) for e in Evidence])
        self.combo_field(tr("Evidence"), self.evidence, lambda c: c.evidence.value,
                         lambda v, c: SetCardFields(c.id, evidence=Evidence(v)))
        self.source = self.line_edit("card-source", tr("Interview, survey, analytics…"))
        self.text_field(tr("Source"), self.source, lambda c: c.source,
                        lambda v, c: SetCardFields(c.id, source=v))
        # A Mermaid journey task's score; the Mermaid export uses it, else the stage's emotion.
        self.score = self.combo("card-score", [(tr("None"), "")] + [(str(n), str(n)) for n in range(1, 6)])
        self.score.setToolTip(tr("The task's score in a Mermaid journey diagram, 1 (worst) to 5 (best)"))
        self.combo_field(tr("Score"), self.score, lambda c: str(c.score or ""),
                         lambda v, c: SetCardFields(c.id, score=int(v) if v else None))

        self.personas = PersonaChecklist("card-personas")
        self.personas.setToolTip(tr("The personas this card is about"))
        self.personas_hint = self.hint("")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.personas)
        column.addWidget(self.personas_hint)
        self.form.addRow(tr("Personas"), box)
        self.persona_field = self.add(
            Field(self._read_personas, self.personas.set_checked, self.personas.checked,
                  lambda v, c: SetCardFields(c.id, personas=v)),
            self.personas.itemChanged)

        self.tags = self.line_edit("card-tags", tr("e.g. mobile, checkout"), 5000)
        self.tags.setToolTip(tr("Separate tags with commas"))
        self.form.addRow(tr("Tags"), self.tags)
        self.add(Field(lambda c: list(c.tags), lambda v: set_line_text(self.tags, ", ".join(v)),
                       lambda: parse_tags(self.tags.text()), lambda v, c: SetCardFields(c.id, tags=v)),
                 self.tags.editingFinished)

    def item(self) -> Optional[Card]:
        return find_card(self.host.document(), self.ids[0]) if self.ids else None

    def prepare(self, card: Card) -> None:
        doc = self.host.document()
        lane = find_lane(doc, card.lane_id)
        kind = lane.kind if lane else LaneKind.TEXT
        self.colour.set_default(CARD_COLOURS[kind])
        # Channels belong to touchpoints; shown elsewhere only so a set channel is never hidden.
        self.form.setRowVisible(self.channel, kind is LaneKind.TOUCHPOINTS or card.channel is not None)
        self.form.setRowVisible(self.score, kind in (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS) or card.score is not None)
        if self.personas.set_personas(doc.personas):
            self.persona_field.shown = _UNSHOWN
            self.personas_hint.setText(
                self.tr("None checked: the card is about every persona.") if doc.personas
                else self.tr("This map has no personas yet."))

    def _read_personas(self, card: Card) -> list[str]:
        wanted = set(card.personas)  # in the map's order, as the list shows them
        return [p.id for p in self.host.document().personas if p.id in wanted]


class CardsPage(Page):
    """Several cards: what makes sense to set on all of them at once, as one undo step."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        tr = self.tr
        self.colour = ColourButton("cards-colour", tr("Card Colour"), reset=True, swatches=True)
        self.colour_field(tr("Colour"), self.colour,
                          lambda cards: _common(cards, lambda c: c.colour, same_colour),
                          lambda v, cards: _edit_cards(cards, "colour", v, same_colour))
        self.evidence = self.combo("cards-evidence", [(evidence_name(e), e.value) for e in Evidence])
        self.evidence.setPlaceholderText(tr("Mixed"))
        self.combo_field(tr("Evidence"), self.evidence,
                         lambda cards: _common(cards, lambda c: c.evidence.value, lambda a, b: a == b),
                         lambda v, cards: _edit_cards(cards, "evidence", Evidence(v)))
        self.form.addRow("", self.hint(tr("Changes apply to every selected card.")))

    def item(self) -> Optional[list[Card]]:
        wanted = set(self.ids)
        cards = [card for card in self.host.document().cards if card.id in wanted]
        return cards or None

    def prepare(self, cards: list[Card]) -> None:
        doc = self.host.document()
        kinds = {lane.kind for lane in doc.lanes if lane.id in {c.lane_id for c in cards}}
        self.colour.set_default(CARD_COLOURS[kinds.pop()] if len(kinds) == 1 else "#FFFFFF")


class StagePage(Page):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        tr = self.tr
        self.name = self.line_edit("stage-name", tr("Stage name"))
        self.text_field(tr("Name"), self.name, lambda s: s.name,
                        lambda v, s: SetStageFields(s.id, name=v))
        self.description = PlainTextEdit("stage-description", tr("What the customer does in this stage"))
        self.text_field(tr("Description"), self.description, lambda s: s.description,
                        lambda v, s: SetStageFields(s.id, description=v))
        self.colour = ColourButton("stage-colour", tr("Stage Colour"))
        self.colour_field(tr("Colour"), self.colour, lambda s: s.colour,
                          lambda v, s: SetStageFields(s.id, colour=v))
        self.size_field(tr("Width"), "stage-width", lambda s: s.width, lambda v, s: ResizeStage(s.id, v))
        self.notes = PlainTextEdit("stage-notes", tr("What to say when presenting this stage (not printed)"), lines=5)
        self.text_field(tr("Speaker notes"), self.notes, lambda s: s.notes,
                        lambda v, s: SetStageFields(s.id, notes=v))

    def item(self) -> Optional[Stage]:
        return find_stage(self.host.document(), self.ids[0]) if self.ids else None


class LanePage(Page):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        tr = self.tr
        self.title = self.line_edit("lane-title", tr("Lane title"))
        self.text_field(tr("Title"), self.title, lambda lane: lane.title,
                        lambda v, lane: SetLaneFields(lane.id, title=v))
        self.kind = self.plain_label("lane-kind")
        self.form.addRow(tr("Kind"), self.kind)
        self.colour = ColourButton("lane-colour", tr("Lane Colour"))
        self.colour_field(tr("Colour"), self.colour, lambda lane: lane.colour,
                          lambda v, lane: SetLaneFields(lane.id, colour=v))
        self.size_field(tr("Height"), "lane-height", lambda lane: lane.height,
                        lambda v, lane: ResizeLane(lane.id, v))

    def item(self) -> Optional[Lane]:
        return find_lane(self.host.document(), self.ids[0]) if self.ids else None

    def prepare(self, lane: Lane) -> None:
        self.kind.setText(lane_kind_name(lane.kind))


class MapPage(Page):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        tr = self.tr
        self.title = self.line_edit("map-title", tr("Map title"))
        self.text_field(tr("Title"), self.title, lambda d: d.title, lambda v, d: SetMapFields(title=v))
        self.description = PlainTextEdit("map-description", tr("What this journey is about"))
        self.text_field(tr("Description"), self.description, lambda d: d.description,
                        lambda v, d: SetMapFields(description=v))
        self.client = self.line_edit("map-client")
        self.text_field(tr("Client"), self.client, lambda d: d.client, lambda v, d: SetMapFields(client=v))
        self.author = self.line_edit("map-author", tr("Your name or your firm's"))
        self.text_field(tr("Author"), self.author, lambda d: d.author, lambda v, d: SetMapFields(author=v))
        # A template's how-to ("Replace the example with your own research…"): for the editor only.
        self.instructions = PlainTextEdit("map-instructions", tr("Notes on how to use this map"), lines=3)
        self.text_field(tr("Instructions"), self.instructions, lambda d: d.instructions,
                        lambda v, d: SetMapFields(instructions=v))
        self.form.addRow("", self.hint(tr("Shown only here: never printed or exported.")))
        self.language = self.combo("map-language", [(language_name(lang), lang.value) for lang in Language])
        self.language.setToolTip(tr("The language of the map's own texts, e.g. in exports"))
        self.combo_field(tr("Language"), self.language, lambda d: d.language.value,
                         lambda v, d: SetMapFields(language=Language(v)))

        self.scale_min = self.spin_box("map-scale-min", -100, 100)
        self.scale_max = self.spin_box("map-scale-max", -100, 100)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.scale_min, 1)
        line.addWidget(QLabel(tr("to"), textFormat=Qt.TextFormat.PlainText))
        line.addWidget(self.scale_max, 1)
        self.form.addRow(tr("Emotion scale"), row)
        self.form.addRow("", self.hint(tr("Curve points outside a new scale are moved into it.")))
        field = self.add(Field(lambda d: (d.emotion_scale.min, d.emotion_scale.max), self._show_scale,
                               lambda: (self.scale_min.value(), self.scale_max.value()),
                               lambda v, d: SetMapFields(emotion_scale=EmotionScale(min=v[0], max=v[1]))),
                         self.scale_min.valueChanged)
        self.scale_max.valueChanged.connect(lambda *_: self.commit(field))

    def item(self) -> JourneyMap:
        return self.host.document()

    def _show_scale(self, scale: tuple[int, int]) -> None:
        """Both ends at once; each spin box's range keeps min below max."""
        low, high = self.scale_min, self.scale_max
        with blocked(low, high):
            for spin, value in ((low, scale[0]), (high, scale[1])):
                spin.setRange(-100, 100)
                spin.setValue(value)
            low.setMaximum(scale[1] - 1)
            high.setMinimum(scale[0] + 1)


def _short(text: str, fallback: str, limit: int = 60) -> str:
    """The first line of user text, shortened for a header."""
    line = text.strip().splitlines()[0].strip() if text.strip() else ""
    if not line:
        return fallback
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class Inspector(QWidget):
    """Dock contents: a header naming the selection, and one page of fields per kind of selection."""

    def __init__(self, session: MapSession, scene: Any, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.session = session
        self.scene = scene
        self._ids: tuple[str, ...] = ()
        self._target: Optional[tuple[str, tuple[str, ...]]] = None
        self.setMinimumWidth(300)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.header = QLabel(wordWrap=True)
        self.header.setObjectName("inspector-header")
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.header.setFont(font)
        layout.addWidget(self.header)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(rule)

        #: The pages made so far; each is made when first shown (start-up needs only the map's).
        self.pages: dict[str, Page] = {}
        self.stack = QStackedWidget()
        self.stack.setObjectName("inspector-pages")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stack)
        layout.addWidget(scroll, 1)

        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("inspector-error")
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#B03A2E"))
        self.error.setPalette(palette)
        self.error.hide()
        layout.addWidget(self.error)
        for label in (self.header, self.error):  # no label is ever markup (pages: see page())
            label.setTextFormat(Qt.TextFormat.PlainText)

        scene.selectionIdsChanged.connect(self._on_selection)
        session.changed.connect(self._on_changed)
        self._restart()

    # -- following the session -------------------------------------------------------------
    def set_session(self, session: MapSession) -> None:
        """Follow ``session`` and show its document (edits pending for another one are dropped)."""
        follow(self.session, session, self._on_changed)
        self.session = session
        self._restart()

    def _restart(self) -> None:
        self._ids = tuple(self.scene.selected_ids())
        self.show_error("")
        self._update(force=True)

    def _on_changed(self, event: DocumentChange) -> None:
        if event.replaced:
            self._restart()
        elif self._target is None or not event.touches_only_cards(self.session.doc, set(self._target[1])):
            self.refresh(event.change)  # edits of other cards show nowhere here

    def refresh(self, change: Optional[Change] = None) -> None:
        """Show the document's values after a command, undo or redo; never pushes anything.

        Only values that differ from those last shown are replaced (keeping the cursor), so
        typing in progress survives changes to other items and fields.
        """
        self._update(force=False)

    def commit_pending(self) -> None:
        """Push edits typed but not committed yet, e.g. before saving (not from inside a command)."""
        command = self._pending()
        if command is not None:
            self.push_command(command)
            self._update(force=False)

    def pending_command(self) -> Optional[Command]:
        """Edits typed but not committed yet, as one command, without pushing it (for the recovery copy)."""
        return self._pending()

    def page(self, name: str) -> Page:
        """The page named ``name`` ("card", "cards", "stage", "lane", "map", "info"), made if new."""
        page = self.pages.get(name)
        if page is None:
            page = self.pages[name] = PAGES[name](self)
            page.setObjectName(f"inspector-{name}-page")
            page.plain_form_labels()  # no label is ever markup (the pages' other labels are made plain)
            name_controls(page)  # for screen readers: each field's name is its form label
            self.stack.addWidget(page)
        return page

    def current_page(self) -> Page:
        return cast(Page, self.stack.currentWidget())

    # -- Host: what the pages call ---------------------------------------------------------
    def document(self) -> JourneyMap:
        return self.session.doc

    def push_command(self, command: Command) -> bool:
        """Push as one undo step; False (and the reason shown) if the map refuses it."""
        if command.merge_key is not None:
            # One gesture, one step: a later edit of the same field must not merge into this one.
            command = Composite(command.name, [command])
        try:
            self.session.push(command)
        except ValueError as error:
            self.show_error(str(error))
            return False
        self.show_error("")
        return True

    def curve_points(self) -> Any:
        """The canvas's selected curve point (canvas/curve_points.py), for the curve page."""
        return self.scene.curve_points

    def show_error(self, message: str) -> None:
        self.error.setText(self.tr("Not changed: {reason}").format(reason=message) if message else "")
        self.error.setVisible(bool(message))

    # -- internals -------------------------------------------------------------------------
    def _on_selection(self, ids: list[str]) -> None:
        pending = self._pending() if self._resolve(tuple(ids)) != self._target else None
        edited = self._target[1] if self._target else ()
        self._ids = tuple(ids)
        self.show_error("")
        self._update(force=False)
        if pending is not None:
            # The selection may change inside a command (undo, delete); push after it is done.
            session = self.session
            QTimer.singleShot(0, lambda: self._push_later(session, edited, pending))

    def _push_later(self, session: MapSession, edited: tuple[str, ...], command: Command) -> None:
        """Push ``command`` unless the document changed under it (its items deleted, say)."""
        if session is self.session and set(edited) <= all_ids(session.doc):
            self.push_command(command)
            self._update(force=False)

    def _pending(self) -> Optional[Command]:
        commands = self.current_page().pending() if self._target else []
        if len(commands) > 1:
            return Composite(commands[0].name, commands)
        return commands[0] if commands else None

    def _resolve(self, ids: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
        """Which page shows ``ids``: ids no longer in the document are ignored."""
        doc = self.session.doc  # runs after every edit: look-ups, not passes over the whole map
        groups = {i: group_of(doc, i) for i in dict.fromkeys(ids)}
        known = tuple(i for i, group in groups.items() if group is not None)
        if not known:
            return ("map", ())
        if all(groups[i] == "cards" for i in known):
            return ("card" if len(known) == 1 else "cards", known)
        single = groups[known[0]] if len(known) == 1 else None
        kind = {"stages": "stage", "lanes": "lane", "curves": "curve", "metrics": "metric"}.get(single or "", "info")
        return (kind, known)

    def _update(self, force: bool) -> None:
        target = self._resolve(self._ids)
        page = self.page(target[0])
        if force or target != self._target:
            self._target = target
            for other in self.pages.values():  # the stack sizes itself to the shown page only
                policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
                other.setSizePolicy(policy, policy)
            self.stack.setCurrentWidget(page)
            page.load(target[1])
        else:
            page.sync()
        self.header.setText(self._header(*target))

    def _header(self, kind: str, ids: tuple[str, ...]) -> str:
        doc, tr = self.session.doc, self.tr

        def short(text: str) -> str:
            return _short(text, tr("untitled"))

        card = find_card(doc, ids[0]) if kind == "card" else None
        stage = find_stage(doc, card.stage_id if card else ids[0]) if kind in ("card", "stage") else None
        lane = find_lane(doc, card.lane_id if card else ids[0]) if kind in ("card", "lane") else None
        if kind == "card":
            return tr("Card in {lane} · {stage}").format(lane=short(lane.title if lane else ""),
                                                         stage=short(stage.name if stage else ""))
        if kind == "stage":
            return tr("Stage “{name}”").format(name=short(stage.name if stage else ""))
        if kind == "lane":
            return tr("Lane “{title}”").format(title=short(lane.title if lane else ""))
        if kind == "map":
            return tr("Map “{title}”").format(title=short(doc.title))
        if kind == "cards":
            return counted(tr("%n card(s) selected", "", len(ids)), len(ids))
        if kind == "curve":
            return tr("Emotion curve")
        if kind == "metric":
            return tr("KPI")
        persona = next((p for p in doc.personas if len(ids) == 1 and p.id == ids[0]), None)
        if persona is not None:
            return tr("Persona “{name}”").format(name=short(persona.name))
        if len(ids) == 1 and any(c.id == ids[0] for c in doc.connectors):
            return tr("Connector")
        return counted(tr("%n item(s) selected", "", len(ids)), len(ids))


#: Every inspector page, by the name :meth:`Inspector.page` takes.
def _curve_page(host: Host) -> Page:
    from journeymapper.ui.inspector_chart_pages import CurvePage  # loaded when first shown, not at start-up

    return CurvePage(host)


def _metric_page(host: Host) -> Page:
    from journeymapper.ui.inspector_chart_pages import MetricPage

    return MetricPage(host)


PAGES: dict[str, Callable[[Host], Page]] = {
    "card": CardPage, "cards": CardsPage, "stage": StagePage, "lane": LanePage, "map": MapPage, "info": InfoPage,
    "curve": _curve_page, "metric": _metric_page,
}
