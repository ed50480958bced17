import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper import io
from journeymapper.io import limits, migrations, templates
from journeymapper.io.errors import (
    FileTooLargeError,
    IntegrityError,
    InvalidDocumentError,
    NewerVersionError,
    NotAJourneyMapError,
    NotJsonError,
    ReadError,
    UnsafeJsonError,
)

from .conftest import make_sample


def test_round_trip_is_byte_identical(sample, tmp_path):
    text = io.dumps(sample)
    assert io.dumps(io.loads(text)) == text
    path = tmp_path / "m.jmap"
    io.save(sample, path)
    assert path.read_text(encoding="utf-8") == text
    assert io.load(path) == sample


def test_file_is_readable_diffable_json(sample):
    text = io.dumps(sample)
    assert text.endswith("}\n")
    assert text.startswith('{\n  "format": "journeymapper",\n  "version": 1,\n')
    assert "Bevidsthed" in text and "Køb" in text  # UTF-8, not \\u escapes
    assert list(json.loads(text))[:4] == ["format", "version", "id", "title"]


def _stdlib_text(doc):
    """What io.dumps wrote before it used pydantic's writer: the definition of the canonical text."""
    data = {"format": "journeymapper", "version": io.format.file_version(doc), **doc.model_dump(mode="json")}
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


NUMBERS = st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False)
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)  # any text a user can type or paste


@settings(max_examples=150, deadline=None)
@given(title=TEXT, card_text=TEXT, tags=st.lists(TEXT, max_size=3), values=st.lists(NUMBERS, min_size=3,
                                                                                   max_size=3))
def test_canonical_text_is_the_stdlib_json_of_the_map(title, card_text, tags, values):
    sample = make_sample()
    sample.title, sample.cards[0].text, sample.cards[1].tags = title, card_text, tags
    sample.metrics[0].values = dict(zip(["s0", "s1", "s2"], values, strict=True))
    text = io.dumps(sample)
    assert json.loads(text) == json.loads(_stdlib_text(sample))
    if all(v == 0 or abs(v) >= 1e-4 for v in values):  # below 1e-4 they may spell a number differently
        assert text == _stdlib_text(sample)
    assert io.loads(text) == sample


def test_tiny_numbers_read_back_exactly(sample):
    sample.metrics[0].values = {"s0": 1e-05, "s1": -2.5e-7, "s2": 5e-324}
    assert io.loads(io.dumps(sample)).metrics[0].values == {"s0": 1e-05, "s1": -2.5e-7, "s2": 5e-324}


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_a_non_finite_number_that_slipped_past_validation_is_refused_not_saved(sample, tmp_path, bad):
    path = tmp_path / "m.jmap"
    io.save(sample, path)
    before = path.read_bytes()
    sample.metrics[0].values["s0"] = bad  # assignment is not validated; commands validate their values
    with pytest.raises(ValueError, match="not JSON compliant"):
        io.save(sample, path)
    assert path.read_bytes() == before


def test_text_that_reads_like_nan_is_just_text(sample):
    sample.cards[0].text = "ratio: NaN,"
    sample.cards[1].tags = ["-Infinity", "NaN"]
    assert io.loads(io.dumps(sample)) == sample


def _raw(sample):
    return json.loads(io.dumps(sample))


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        ("", NotJsonError, "x.jmap: the file is empty"),
        ('{"format": "journeymapper",\n  "version": 1,,}', NotJsonError, "x.jmap: line 2, column 16"),
        ("[1, 2]", NotAJourneyMapError, "not a Journey Mapper map"),
        ('{"format": "excalidraw", "version": 1}', NotAJourneyMapError, "not a Journey Mapper map"),
        ('{"format": "journeymapper", "version": "1"}', NotAJourneyMapError, "version: "),
        ('{"format": "journeymapper", "version": 1, "title": NaN}', UnsafeJsonError, "NaN"),
        ('{"format": "journeymapper", "version": 1, "x": -Infinity}', UnsafeJsonError, "-Infinity"),
        ('{"format": "journeymapper", "version": 1, "x": 1e999}', UnsafeJsonError, "too large"),
        ('{"format": "journeymapper", "version": 1, "x": ' + "9" * 40 + "}", UnsafeJsonError, "absurdly"),
        ('{"format": "journeymapper", "version": 1, "x": ' + "[" * 100 + "]" * 100 + "}",
         UnsafeJsonError, "nesting"),
        ("[" * 200_000, UnsafeJsonError, "nesting"),
        ('{"format": "journeymapper", "version": 1, "stages": [{"id": "s"}]}',
         InvalidDocumentError, "stages[0].name: this field is required but missing"),
        ('{"format": "journeymapper", "version": 1, "colour_scheme": 1}',
         InvalidDocumentError, "colour_scheme: unknown field"),
    ],
)
def test_bad_text_gives_a_clear_one_line_error(text, error, words):
    with pytest.raises(error) as info:
        io.loads(text, "x.jmap")
    message = str(info.value)
    assert words in message
    assert message.startswith("x.jmap: ")
    assert "\n" not in message
    assert isinstance(info.value, io.DocumentError)


def test_non_utf8_bytes_are_refused():
    with pytest.raises(NotJsonError, match="not UTF-8"):
        io.loads(b'{"format": "journeymapper", "title": "K\xf8b"}', "old.jmap")


def test_utf8_bom_is_accepted(sample):
    assert io.loads(b"\xef\xbb\xbf" + io.dumps(sample).encode()) == sample


def test_invalid_field_value_names_the_field_path(sample):
    raw = _raw(sample)
    raw["cards"][2]["evidence"] = "rumour"
    with pytest.raises(InvalidDocumentError) as info:
        io.loads(json.dumps(raw), "m.jmap")
    assert str(info.value).startswith("m.jmap: cards[2].evidence: ")
    raw = _raw(sample)
    raw["stages"][1]["colour"] = "red"
    with pytest.raises(InvalidDocumentError, match=r"stages\[1\]\.colour"):
        io.loads(json.dumps(raw))


@pytest.mark.parametrize(
    ("mutate", "place", "words"),
    [
        (lambda r: r["cards"][1].update(lane_id="nope"), "cards[1].lane_id", "no lane with id 'nope'"),
        (lambda r: r["cards"][0].update(stage_id="gone"), "cards[0].stage_id", "no stage"),
        (lambda r: r["cards"][0].update(lane_id="l-emo"), "cards[0].lane_id", "holds no cards"),
        (lambda r: r["cards"][1].update(id="c1"), "cards[1].id", "used twice"),
        (lambda r: r["connectors"][0].update(to_card="zz"), "connectors[0].to_card", "no card"),
        (lambda r: r["curves"][0].update(persona_id="px"), "curves[0].persona_id", "no persona"),
        (lambda r: r["curves"][0]["points"][0].update(value=9), "curves[0].points[0].value", "outside"),
        (lambda r: r["metrics"][0]["values"].update(s9=1), "metrics[0].values.s9", "no stage"),
        (lambda r: r["cards"][0].update(image="a1"), "cards[0].image", "no asset"),
    ],
)
def test_broken_references_are_refused_with_their_place(sample, mutate, place, words):
    raw = _raw(sample)
    mutate(raw)
    with pytest.raises(IntegrityError) as info:
        io.loads(json.dumps(raw), "m.jmap")
    assert str(info.value).startswith(f"m.jmap: {place}: ")
    assert words in str(info.value)


def test_newer_version_is_refused_and_the_file_is_untouched(sample, tmp_path):
    raw = _raw(sample)
    raw["version"] = migrations.CURRENT_VERSION + 1
    path = tmp_path / "future.jmap"
    data = json.dumps(raw).encode()
    path.write_bytes(data)
    before = path.stat().st_mtime_ns
    with pytest.raises(NewerVersionError) as info:
        io.load(path)
    message = str(info.value)
    assert f"version {migrations.CURRENT_VERSION + 1}" in message
    assert f"version {migrations.CURRENT_VERSION}" in message
    assert path.read_bytes() == data and path.stat().st_mtime_ns == before


def test_migrations_run_step_by_step(sample, monkeypatch):
    """A file two versions old passes through each step in order."""
    steps = []

    def v1_to_v2(raw):
        steps.append(1)
        raw["title"] = raw.pop("name")
        return raw

    def v2_to_v3(raw):
        steps.append(2)
        raw["title"] += " (migrated)"
        return raw

    monkeypatch.setattr(migrations, "CURRENT_VERSION", 3)
    monkeypatch.setattr(io.format, "CURRENT_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: v1_to_v2, 2: v2_to_v3})
    raw = _raw(sample)
    raw["version"] = 1
    raw["name"] = raw.pop("title")
    doc = io.loads(json.dumps(raw))
    assert steps == [1, 2]
    assert doc.title == "Laptop-butikken (migrated)"


def test_file_over_the_size_cap_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.jmap"
    path.write_bytes(b" " * 101)
    with pytest.raises(FileTooLargeError, match="big.jmap: the file is"):
        io.load(path)


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_unreadable_paths(tmp_path, kind):
    path = tmp_path / "x.jmap"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(ReadError, match="x.jmap: "):
        io.load(path)


def test_schema_file_matches_the_models():
    from journeymapper.io.schema import schema_text
    from journeymapper.paths import resource

    committed = resource("schema", "jmap.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: python -m journeymapper.io.schema"


def test_schema_accepts_shape_of_saved_file(sample):
    from journeymapper.io.schema import json_schema

    schema = json_schema()
    raw = _raw(sample)
    assert set(schema["required"]) <= set(raw)
    assert set(raw) <= set(schema["properties"])


def test_change_problems_checks_just_the_named_cards(sample):
    from journeymapper.model.integrity import change_problems

    assert change_problems(sample, {"c1", "c2"}) == []
    sample.cards[1].lane_id = "l-emo"  # an emotions lane holds no cards
    sample.cards[2].stage_id = "gone"
    assert [p.path for p in change_problems(sample, {"c2"})] == ["cards[1].lane_id"]
    assert [p.path for p in change_problems(sample, {"c2", "c3"})] == ["cards[1].lane_id", "cards[2].stage_id"]
    assert change_problems(sample, {"c1"}) == []


def test_a_strange_key_in_a_bad_file_is_quoted_so_the_message_stays_one_line():
    raw = json.loads(io.dumps(templates.load_template("laptop-shop", "en")))
    raw["metrics"][0]["targets"] = {"bad\nkey": 1}
    with pytest.raises(io.DocumentError) as caught:
        io.loads(json.dumps(raw), "odd.jmap")
    message = str(caught.value)
    assert "\n" not in message and message.startswith("odd.jmap: metrics[0].targets[\"bad\\nkey\"]")
