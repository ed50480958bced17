"""The benchmark harness runs end to end on a tiny map and writes its JSON (no timing is asserted)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_harness_runs_on_a_tiny_map_and_writes_the_json_shape(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "JOURNEYMAPPER_BENCH_N": "50"}
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--only", "load,check", "--repeats", "1", "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "load" in proc.stdout and "check" in proc.stdout  # the table was printed

    results = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(results, list)
    assert [r["name"] for r in results] == ["load", "check"]
    for r in results:
        assert set(r) == {"name", "n", "value_s", "baseline_s", "ratio", "target"}
        assert r["n"] == 50
        for key in ("value_s", "baseline_s", "ratio"):
            assert isinstance(r[key], float) and math.isfinite(r[key]) and r[key] > 0
        assert r["ratio"] == r["value_s"] / r["baseline_s"]
        assert r["target"] is None or r["target"] > 0


def test_the_same_work_rows_run_the_editor(tmp_path: Path) -> None:
    """The Qt side: the editor in a subprocess drops and undoes on a 50-card map and its 5-card baseline."""
    out = tmp_path / "bench.json"
    env = {**os.environ, "JOURNEYMAPPER_BENCH_N": "50"}
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--only", "drop_same_scaling,undo_same_scaling", "--repeats", "1",
         "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    assert [r["name"] for r in results] == ["drop_same_scaling", "undo_same_scaling"]
    assert all(r["value_s"] > 0 and r["baseline_s"] > 0 for r in results)


def test_the_pptx_row_makes_the_deck_and_its_baseline(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "JOURNEYMAPPER_BENCH_N": "50"}
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--only", "pptx", "--repeats", "1", "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "text boxes" in proc.stdout  # the note says how many the baseline writes
    (result,) = json.loads(out.read_text(encoding="utf-8"))
    assert result["name"] == "pptx" and result["target"] == 2.0
    assert result["value_s"] > 0 and result["baseline_s"] > 0


def test_the_merge_row_merges_and_runs_its_baseline(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "JOURNEYMAPPER_BENCH_N": "50"}
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--only", "merge", "--repeats", "1", "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "conflicts recorded" in proc.stdout
    [result] = json.loads(out.read_text(encoding="utf-8"))
    assert result["name"] == "merge" and result["value_s"] > 0 and result["baseline_s"] > 0
