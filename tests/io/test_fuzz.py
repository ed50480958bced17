"""The loader only ever gives a document or a DocumentError, whatever it is fed."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper import io
from journeymapper.model import integrity_problems

from .conftest import make_sample

SAMPLE_TEXT = io.dumps(make_sample())
SAMPLE_RAW = json.loads(SAMPLE_TEXT)


def _load_or_error(data):
    try:
        doc = io.loads(data, "fuzz.jmap")
    except io.DocumentError as exc:
        message = str(exc)
        assert message.startswith("fuzz.jmap: ") and "\n" not in message
        return None
    assert integrity_problems(doc) == []
    assert io.dumps(io.loads(io.dumps(doc))) == io.dumps(doc)
    return doc


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes(data):
    _load_or_error(data)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(SAMPLE_TEXT)), st.integers(0, len(SAMPLE_TEXT)), st.text(max_size=8))
def test_spliced_text(start, end, insert):
    start, end = sorted((start, end))
    _load_or_error(SAMPLE_TEXT[:start] + insert + SAMPLE_TEXT[end:])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids, max_size=3),
    max_leaves=10,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


ALL_PATHS = [p for p in _paths(SAMPLE_RAW) if p]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_values | st.sampled_from(["c1", "s0", "p1", ""])),
                min_size=1, max_size=4))
def test_mutated_valid_documents(mutations):
    raw = json.loads(SAMPLE_TEXT)
    for path, value in mutations:
        target = raw
        try:
            for step in path[:-1]:
                target = target[step]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    _load_or_error(json.dumps(raw))
