"""Every file format version ever written keeps loading: one frozen fixture per version.

When the format changes, bump CURRENT_VERSION, add the migration, and add ``vN.jmap`` written by
the previous release; never edit an existing fixture.
"""

import copy
import json
from pathlib import Path

import pytest

from journeymapper import io
from journeymapper.io.migrations import CURRENT_VERSION, MIGRATIONS

FIXTURES = Path(__file__).parent.parent / "fixtures" / "formats"


def test_there_is_a_fixture_for_every_version():
    assert sorted(FIXTURES.glob("v*.jmap")) == [FIXTURES / f"v{v}.jmap" for v in range(1, CURRENT_VERSION + 1)]


def test_every_old_version_has_a_migration_step():
    assert set(MIGRATIONS) == set(range(1, CURRENT_VERSION))


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION + 1))
def test_each_version_loads_to_a_valid_current_map(version):
    path = FIXTURES / f"v{version}.jmap"
    before = path.read_bytes()
    doc = io.load(path)
    assert doc.title and len(doc.cards) > 10 and doc.connectors and doc.curves and doc.metrics
    assert io.loads(io.dumps(doc)) == doc
    assert path.read_bytes() == before  # loading never rewrites the file


def test_version_1_steps_up_to_version_2_with_empty_new_fields():
    from journeymapper.io.migrations import migrate

    raw = json.loads((FIXTURES / "v1.jmap").read_text(encoding="utf-8"))
    upgraded = migrate(copy.deepcopy(raw), 1)
    assert upgraded["version"] == 2
    doc = io.loads(json.dumps(upgraded))
    assert doc.instructions == "" and doc.stage_mappings == {} and doc.conflicts == []
    assert all(s.notes == "" for s in doc.stages) and all(c.votes == 0 for c in doc.cards)


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION + 1))
def test_each_fixture_and_its_resave_validate_against_the_committed_schema(version):
    jsonschema = pytest.importorskip("jsonschema")
    from journeymapper.paths import resource

    schema = json.loads(resource("schema", "jmap.schema.json").read_text(encoding="utf-8"))
    path = FIXTURES / f"v{version}.jmap"
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)
    jsonschema.validate(json.loads(io.dumps(io.load(path))), schema)


def test_a_version_1_map_that_uses_nothing_new_is_saved_byte_for_byte_as_before():
    path = FIXTURES / "v1.jmap"
    assert io.dumps(io.load(path)) == path.read_text(encoding="utf-8")


def test_the_new_fields_survive_a_save_and_raise_the_written_version():
    doc = io.load(FIXTURES / "v2.jmap")
    assert doc.stages[0].notes and doc.cards[0].votes == 4 and doc.instructions
    assert doc.stage_mappings and doc.conflicts[0].theirs
    text = io.dumps(doc)
    assert text.startswith('{\n  "format": "journeymapper",\n  "version": 2,')
    doc.cards[0].votes = doc.cards[1].votes = 0
    doc.stages[0].notes = doc.instructions = ""
    doc.stage_mappings, doc.conflicts = {}, []
    assert '"version": 1,' in io.dumps(doc) and '"votes"' not in io.dumps(doc)


def test_a_negative_vote_count_is_refused_naming_the_card():
    text = (FIXTURES / "v2.jmap").read_text(encoding="utf-8").replace('"votes": 4', '"votes": -1')
    with pytest.raises(io.DocumentError, match=r"cards\[\d+\]\.votes"):
        io.loads(text, "bad.jmap")
