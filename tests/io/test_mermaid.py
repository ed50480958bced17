"""Mermaid journey diagrams in and out: the grammar as Mermaid accepts it, maps from diagrams, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper import io
from journeymapper.io import mermaid as mmd
from journeymapper.io import templates
from journeymapper.model import LaneKind, Language

FIXTURES = Path(__file__).parent.parent / "fixtures" / "mermaid"


def _outline(doc):
    """Stages, each with its tasks as (text, score, actor names)."""
    names = {p.id: p.name for p in doc.personas}
    lane = next(ln for ln in doc.lanes if ln.kind in (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS))
    return [(s.name, [(c.text, c.score, [names[p] for p in c.personas])
                      for c in sorted(doc.cards, key=lambda c: c.order)
                      if c.stage_id == s.id and c.lane_id == lane.id]) for s in doc.stages]


def test_the_documentation_example():
    doc = mmd.load_journey(FIXTURES / "working-day.mmd")
    assert doc.title == "My working day"
    assert _outline(doc) == [
        ("Go to work", [("Make tea", 5, ["Me"]), ("Go upstairs", 3, ["Me"]), ("Do work", 1, ["Me", "Cat"])]),
        ("Go home", [("Go downstairs", 5, ["Me"]), ("Sit down", 5, ["Me"])]),
    ]
    assert [ln.kind for ln in doc.lanes] == [LaneKind.ACTIONS, LaneKind.EMOTIONS]
    assert [p.name for p in doc.personas] == ["Me", "Cat"]
    me, cat = doc.personas
    curve = {c.persona_id: {p.stage_id: p.value for p in c.points} for c in doc.curves}
    work, home = (s.id for s in doc.stages)
    # Me: mean of 5, 3, 1 is 3 -> the middle of -3..3; 5 -> the top. Cat only did work (1 -> bottom).
    assert curve[me.id] == {work: 0, home: 3}
    assert curve[cat.id] == {work: -3}
    io.loads(io.dumps(doc))  # a valid map


def test_untidy_input_as_mermaid_accepts_it():
    doc = mmd.load_journey(FIXTURES / "untidy.mmd")
    assert doc.title == "Front-matter title"
    # a repeated section name is a new stage, in order
    assert _outline(doc) == [
        ("Browse", [("Find product", 4, ["Shopper", "Partner"]), ("Compare", 3, ["Shopper"])]),
        ("Pay", [("Enter card", 2, ["Shopper"]), ("Pay", 1, [])]),
        ("Browse", [("Come back", 5, ["Partner"])]),
    ]


def test_statements_on_the_journey_line_and_after_semicolons():
    journey = mmd.parse_journey("journey title Day; section Morning; Tea: 5: Me\n")
    assert journey.title == "Day" and journey.sections[0].name == "Morning"
    assert journey.sections[0].tasks[0] == mmd.Task("Tea", 5.0, ["Me"])


def test_scores_scale_to_the_maps_emotion_scale():
    journey = mmd.parse_journey("journey\nsection A\nx: 4: P\ny: 5: P\n")
    doc = mmd.to_map(journey)
    doc.emotion_scale.min, doc.emotion_scale.max = -3, 3
    assert doc.curves[0].points[0].value == 2  # mean 4.5 on 1..5 -> 2.25 on -3..3


@pytest.mark.parametrize(("text", "message"), [
    ("graph TD\nA-->B\n", "d.mmd, line 1: not a Mermaid journey diagram"),
    ("", "d.mmd: not a Mermaid journey diagram"),
    ("journey\nsection A\nMake tea 5 Me\n", 'd.mmd, line 3: cannot read "Make tea 5 Me": a task is written'),
    ("journey\nsection A\n  Make tea: five: Me\n",
     'd.mmd, line 3: the score "five" of task "Make tea" is not a number'),
    ("journey\n\n\nsection A: B\n", "d.mmd, line 4: a section name cannot hold a colon"),
    ("---\ntitle: x\njourney\n", "d.mmd, line 1: the front matter (---) is not closed"),
])
def test_unreadable_lines_are_one_line_errors(text, message):
    with pytest.raises(mmd.MermaidError, match="^" + message.replace("(", r"\(").replace(")", r"\)")) as info:
        mmd.parse_journey(text, "d.mmd")
    assert "\n" not in str(info.value)


def test_binary_and_huge_files_are_refused(tmp_path, monkeypatch):
    path = tmp_path / "x.mmd"
    path.write_bytes(b"journey\x00\x01")
    with pytest.raises(mmd.MermaidError, match="x.mmd: the file holds binary data"):
        mmd.read_journey_file(path)
    monkeypatch.setattr(mmd, "MAX_BYTES", 10)
    path.write_text("journey\nsection A\n")
    with pytest.raises(mmd.MermaidError, match="x.mmd: the file is larger than"):
        mmd.read_journey_file(path)


def test_export_writes_sections_tasks_scores_and_actors():
    doc = mmd.load_journey(FIXTURES / "working-day.mmd")
    assert mmd.write_journey(doc) == (FIXTURES / "working-day.mmd").read_text().replace(
        "journey\n", "journey\n", 1)


def test_template_export_uses_the_stage_emotion_and_its_personas():
    doc = templates.new_from_template("ecommerce", "en")
    text = mmd.write_journey(doc)
    back = mmd.to_map(mmd.parse_journey(text))
    assert [s.name for s in back.stages] == [s.name for s in doc.stages]
    actions = next(ln for ln in doc.lanes if ln.kind is LaneKind.ACTIONS)
    assert len(back.cards) == sum(1 for c in doc.cards if c.lane_id == actions.id)
    assert [p.name for p in back.personas] == [p.name for p in doc.personas]
    # Sara's as-is curve point in Consideration is low; the task scores follow it.
    consideration = next(s for s in doc.stages if s.name == "Consideration")
    value = next(p.value for c in doc.curves if c.variant.value == "as_is" for p in c.points
                 if p.stage_id == consideration.id)
    expected = round(1 + (value - doc.emotion_scale.min) / (doc.emotion_scale.max - doc.emotion_scale.min) * 4)
    assert {c.score for c in back.cards if c.stage_id == back.stages[1].id} == {expected}


def test_text_that_would_break_a_line_is_escaped_and_read_back():
    journey = mmd.Journey("Title: #1; the best", [
        mmd.Section("Pay: now #2", [mmd.Task("Title deed: 50%% off #3;\nsecond line", 2, ["Ann, Bo", "C: D"])]),
        mmd.Section("section", [mmd.Task("journey planner", 4, [])]),
    ])
    doc = mmd.to_map(journey)
    text = mmd.write_journey(doc)
    assert len(text.splitlines()) == 6 and text.count(":") == 2 + 1
    back = mmd.to_map(mmd.parse_journey(text))
    assert back.title == "Title: #1; the best"
    assert _outline(back) == [("Pay: now #2", [("Title deed: 50%% off #3; second line", 2, ["Ann, Bo", "C: D"])]),
                              ("section", [("journey planner", 4, [])])]


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\u2060"),
                min_size=1, max_size=30).map(lambda t: " ".join(t.split())).filter(bool)


@settings(max_examples=60, deadline=None)
@given(title=_TEXT, sections=st.lists(st.tuples(_TEXT, st.lists(st.tuples(
    _TEXT, st.integers(1, 5), st.lists(_TEXT, max_size=3, unique=True)), max_size=4)), min_size=1, max_size=4))
def test_round_trip_keeps_stages_tasks_actors_and_scores(title, sections):
    journey = mmd.Journey(title, [mmd.Section(name, [mmd.Task(t, s, a) for t, s, a in tasks])
                                  for name, tasks in sections])
    doc = mmd.to_map(journey, Language.DA)
    back = mmd.to_map(mmd.parse_journey(mmd.write_journey(doc)), Language.DA)
    assert back.title == doc.title
    assert _outline(back) == _outline(doc)
    assert [p.name for p in back.personas] == [p.name for p in doc.personas]


def test_the_look_alikes_themselves_read_back_as_written():
    journey = mmd.Journey("∶ ＃ ；", [mmd.Section("a∶b", [mmd.Task("x ∶ : ‚ ,", 3, ["P‚Q", "R,S"])])])
    back = mmd.parse_journey(mmd.write_journey(mmd.to_map(journey)))
    assert back.title == "∶ ＃ ；" and back.sections[0].name == "a∶b"
    assert back.sections[0].tasks[0] == mmd.Task("x ∶ : ‚ ,", 3.0, ["P‚Q", "R,S"])
