"""Start-up time of the bundled editor: process start -> first window shown, and -> clean exit.

    python packaging/measure_startup.py [--runs 5] [EXECUTABLE]     # default dist/journeymapper/journeymapper

Runs the executable offscreen with JOURNEYMAPPER_SMOKE_QUIT_MS=0 (journeymapper/ui/application.py):
it opens the default template, prints "smoke: shown ..." on stderr once the window is up and the
event loop runs, and closes at once. The first run is "cold" only as far as the OS file cache
allows (run it right after a build or a reboot to see the cold case). Not for Windows' windowed
journeymapper.exe, which has no stderr to read.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run(exe: Path) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="jm-startup-") as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "JOURNEYMAPPER_"))}
        env.update(QT_QPA_PLATFORM="offscreen", JOURNEYMAPPER_SMOKE_QUIT_MS="0",
                   XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                   XDG_STATE_HOME=f"{home}/state", XDG_CACHE_HOME=f"{home}/cache")
        start = time.perf_counter()
        proc = subprocess.Popen([str(exe)], cwd=home, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        assert proc.stderr is not None
        shown = None
        for line in proc.stderr:
            if line.startswith("smoke: shown") and shown is None:
                shown = time.perf_counter() - start
        code = proc.wait(timeout=120)
        total = time.perf_counter() - start
    if code != 0 or shown is None:
        raise SystemExit(f"error: {exe} exited {code} without showing a window")
    return shown, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe", nargs="?", type=Path, default=ROOT / "dist" / "journeymapper" / "journeymapper")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = [one_run(args.exe) for _ in range(args.runs)]
    first_shown, first_total = runs[0]
    warm = runs[1:] or runs
    print(f"first run:  window shown after {first_shown:.2f} s, exited after {first_total:.2f} s")
    print(f"warm runs ({len(warm)}): window shown after {statistics.median(r[0] for r in warm):.2f} s (median), "
          f"exited after {statistics.median(r[1] for r in warm):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
