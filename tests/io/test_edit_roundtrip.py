"""After any random sequence of edits, saving and loading gives back the same map, byte for byte."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper import io
from tests.commands.conftest import build_sample
from tests.commands.test_properties import next_command


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_survive_save_and_load(data, tmp_path_factory):
    doc = build_sample()
    original = doc.model_copy(deep=True)
    done = []
    for _ in range(data.draw(st.integers(1, 10), label="steps")):
        command = next_command(data, doc, done[-1] if done else None)
        command.apply(doc)
        done.append(command)
    path = tmp_path_factory.mktemp("edits") / "m.jmap"
    io.save(doc, path)
    loaded = io.load(path)
    assert loaded == doc
    assert io.dumps(loaded) == path.read_text(encoding="utf-8")
    for command in reversed(done):
        command.revert(doc)
    assert doc == original
