"""Killing a process in the middle of saving never leaves a broken or half-written map."""

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from journeymapper import io

from .conftest import make_sample

SAVER = textwrap.dedent("""
    import sys
    from journeymapper import io
    a, b, path = io.load(sys.argv[1]), io.load(sys.argv[2]), sys.argv[3]
    print("ready", flush=True)
    while True:
        io.save(a, path)
        io.save(b, path)
""")

KILLS = 200


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.slow
def test_sigkill_at_random_moments_leaves_one_of_the_two_versions(tmp_path):
    version_a = make_sample()
    version_b = make_sample()
    version_b.title = "Version B " + "with a longer text " * 200  # saving takes a little longer
    version_b.cards[0].text = "changed"
    a_path, b_path = tmp_path / "a.jmap", tmp_path / "b.jmap"
    io.save(version_a, a_path)
    io.save(version_b, b_path)
    target = tmp_path / "live" / "journey.jmap"
    target.parent.mkdir()
    io.save(version_a, target)
    expected = {io.dumps(version_a), io.dumps(version_b)}
    rng = random.Random(1234)
    script = tmp_path / "saver.py"
    script.write_text(SAVER)
    for _ in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(script), str(a_path), str(b_path), str(target)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.02))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        assert target.read_text(encoding="utf-8") in expected
        io.load(target)
    # the next save clears what killed saves left behind
    io.save(version_a, target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["journey.jmap"]
