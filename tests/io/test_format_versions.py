"""Every file format version ever written keeps loading: one frozen fixture per version.

When the format changes, bump CURRENT_VERSION, add the migration, and add ``vN.jmap`` written by
the previous release; never edit an existing fixture.
"""

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
