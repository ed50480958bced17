"""``python -m benchmarks``: every figure is a ratio against a baseline doing the same raw work in the same run.

Each measurement runs several times, interleaved with its baseline, and reports both medians, their ratio
and the target ratio. Absolute times mean little on a shared, noisy machine; ratios measured side by side
hold. Qt measurements run in subprocesses with ``QT_QPA_PLATFORM=offscreen`` (see ``qt_child.py``).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional

from benchmarks.generate import generate

ROOT = Path(__file__).resolve().parent.parent
#: Default map size; ``--n`` or this environment variable changes it (the smoke test uses 50).
N_ENV = "JOURNEYMAPPER_BENCH_N"
DEFAULT_N = 5_000
REPEATS, QUICK_REPEATS = 5, 3


@dataclass(frozen=True)
class Spec:
    name: str
    target: float
    what: str
    baseline: str


#: Every measurement, in report order. ``memory`` reports MiB in the *_s fields (documented in BENCHMARKS.md).
SPECS: tuple[Spec, ...] = (
    Spec("load", 4.0, "file -> validated document (io.load)", "read + json.loads of the same bytes"),
    Spec("save", 3.0, "document -> file, atomic with fsync (io.save)",
         "json.dumps(indent=2) + write + fsync of the same data"),
    Spec("open", 3.0, "file -> editor window shown, canvas painted once",
         "bare QGraphicsScene with N rect + text items shown and painted once"),
    Spec("repaint", 2.0, "full canvas repaint at fit-to-window zoom", "the same bare scene"),
    Spec("move", 2.0, "one mouse-move step of a card drag (real mouse event + repaint)",
         "moving one item of the bare scene + repaint"),
    Spec("scroll", 0.0, "one 40-pixel step of the vertical scroll bar at the opening zoom (+ repaint); "
         "informative", "the same step in the bare scene"),
    Spec("drop_scaling", 0.0, "card drop to the top of a cell (MoveCards via the session, re-layout, repaint) "
         "at N; informative: the big map's drop moves ten times as many cards (drop_same_scaling is the target)",
         "the same at N / 10"),
    Spec("undo_scaling", 0.0, "undo of that card move at N; informative (undo_same_scaling is the target)",
         "the same at N / 100"),
    Spec("drop_end_scaling", 2.0, "card drop below the last card of a cell (no other card moves) at N",
         "the same at N / 10"),
    Spec("undo_end_scaling", 0.0, "undo of that drop at N; informative", "the same at N / 100"),
    Spec("drop_same_scaling", 2.0, "card drop moving as many cards down as the drop_scaling baseline's drop "
         "does (the same work) at N", "drop_scaling's baseline: the top-of-cell drop at N / 10"),
    Spec("undo_same_scaling", 2.0, "undo of a drop that moved as many cards down as the undo_scaling baseline's "
         "(the same work) at N", "undo_scaling's baseline: at N / 100"),
    Spec("pdf", 2.0, "PDF export, fit mode, layout given (as the export dialog calls it)",
         "raw ReportLab canvas: the same rectangles and already-wrapped text lines"),
    Spec("pdf_with_layout", 0.0, "PDF export, fit mode, layout computed too (scripting API); informative",
         "the same raw ReportLab drawing"),
    Spec("pdf_pages", 2.0, "PDF export, pages mode on A4 (split between stages and lanes, readable text, "
         "overview page, continuation marks), layout given", "the same raw ReportLab drawing"),
    Spec("pptx", 2.0, "PowerPoint deck (export.deck.export_deck), layout given",
         "python-pptx writing as many plain text boxes (the same texts) on as many slides"),
    Spec("check", 5.0, "journey check (analysis.check.check)", "building the same networkx graph"),
    Spec("merge", 3.0, "three-way merge by ids (compare.merge), 2 % of the cards edited on each side",
         "dump the three maps, index every list by id, take the changed side per item, validate once"),
    Spec("startup", 0.0, "process start -> first window painted (whole process); informative "
         "(startup_over_floor is the target)", "bare PySide6 script showing an empty QMainWindow"),
    Spec("startup_floor", 0.0, "the bare window after importing the document model (pydantic); informative: "
         "the least the startup ratio can be", "the bare PySide6 script"),
    Spec("startup_over_floor", 1.5, "process start -> first window painted: what the editor adds to the bare "
         "window plus the model", "startup_floor's process: the bare window after importing the model"),
    Spec("memory", 2.0, "peak RSS (MiB) with the map open in the editor", "the bare-scene process"),
)
SPEC = {s.name: s for s in SPECS}
QT_NAMES = ("open", "repaint", "move", "scroll", "drop_scaling", "undo_scaling", "drop_end_scaling", "undo_end_scaling",
            "drop_same_scaling", "undo_same_scaling", "memory")
#: Scaling rows: (measure in qt_child, divisor of N for the baseline map).
SCALING = {"drop_scaling": ("drop", 10), "undo_scaling": ("undo", 100),
           "drop_end_scaling": ("drop_end", 10), "undo_end_scaling": ("undo_end", 100)}
#: Rows measured at N only, against another row's baseline: name -> (measure at N, SCALING row).
SAME_WORK = {"drop_same_scaling": ("drop_same", "drop_scaling"), "undo_same_scaling": ("undo_same", "undo_scaling")}


@dataclass
class Result:
    name: str
    n: int
    value_s: float
    baseline_s: float
    ratio: float
    target: Optional[float]

    @classmethod
    def of(cls, name: str, n: int, values: Iterable[float], baselines: Iterable[float]) -> Result:
        value, baseline = statistics.median(values), statistics.median(baselines)
        target = SPEC[name].target or None
        return cls(name, n, value, baseline, value / baseline if baseline > 0 else float("inf"), target)

    @property
    def passed(self) -> Optional[bool]:
        return None if self.target is None else self.ratio <= self.target


@dataclass
class Context:
    n: int
    repeats: int
    workdir: Path
    notes: list[str] = field(default_factory=list)
    files: dict[int, Path] = field(default_factory=dict)

    def map_file(self, n: int) -> Path:
        if n not in self.files:
            from journeymapper import io

            path = self.workdir / f"bench-{n}.jmap"
            io.save(generate(n), path)
            self.files[n] = path
        return self.files[n]


def _clock(action: Callable[[], Any]) -> float:
    gc.collect()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def interleaved(repeats: int, *actions: Callable[[], Any]) -> tuple[list[float], ...]:
    """Alternate the actions (the measured one(s), then the baseline) so drifting machine load hits all
    alike; one untimed warm-up of each first."""
    for action in actions:
        action()
    times: tuple[list[float], ...] = tuple([] for _ in actions)
    for _ in range(repeats):
        for action, into in zip(actions, times, strict=True):
            into.append(_clock(action))
    return times


# -- Qt-free measurements ---------------------------------------------------------------------------

def bench_load(ctx: Context) -> list[Result]:
    from journeymapper import io

    path = ctx.map_file(ctx.n)
    vals, bases = interleaved(ctx.repeats, lambda: io.load(path), lambda: json.loads(path.read_bytes()))
    return [Result.of("load", ctx.n, vals, bases)]


def bench_save(ctx: Context) -> list[Result]:
    from journeymapper import io

    doc = io.load(ctx.map_file(ctx.n))
    data = {"format": "journeymapper", "version": io.CURRENT_VERSION, **doc.model_dump(mode="json")}
    app_path, raw_path = ctx.workdir / "save-app.jmap", ctx.workdir / "save-raw.json"

    def raw() -> None:
        text = json.dumps(data, indent=2, ensure_ascii=False)
        with open(raw_path, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())

    vals, bases = interleaved(ctx.repeats, lambda: io.save(doc, app_path), raw)
    return [Result.of("save", ctx.n, vals, bases)]


def bench_check(ctx: Context) -> list[Result]:
    import networkx as nx

    from journeymapper import io
    from journeymapper.analysis.check import check
    from journeymapper.analysis.graph import build_graph

    doc = io.load(ctx.map_file(ctx.n))
    reference = build_graph(doc)
    nodes, edges = list(reference.nodes(data=True)), list(reference.edges(data=True))

    def raw() -> None:
        graph = nx.DiGraph()
        graph.add_nodes_from(nodes)
        graph.add_edges_from(edges)

    vals, bases = interleaved(ctx.repeats, lambda: check(doc), raw)
    return [Result.of("check", ctx.n, vals, bases)]


def bench_pdf(ctx: Context) -> list[Result]:
    try:
        from journeymapper.export.pdf import PdfOptions, export
    except ImportError as exc:
        ctx.notes.append(f"pdf skipped: journeymapper.export.pdf is not available ({exc})")
        return []
    from journeymapper import io
    from journeymapper.layout.compute import compute_layout
    from journeymapper.layout.fonts import default_measurer

    doc = io.load(ctx.map_file(ctx.n))
    layout = compute_layout(doc, default_measurer())
    options = PdfOptions(mode="fit")
    out, raw_out = ctx.workdir / "export.pdf", ctx.workdir / "raw.pdf"
    raw = _raw_pdf(layout, raw_out)
    vals, bases = interleaved(ctx.repeats, lambda: export(doc, out, options, layout=layout), raw)
    results = [Result.of("pdf", ctx.n, vals, bases)]
    vals, bases = interleaved(ctx.repeats, lambda: export(doc, out, options), raw)
    results.append(Result.of("pdf_with_layout", ctx.n, vals, bases))
    pages = PdfOptions(mode="pages", paper="A4")
    vals, bases = interleaved(ctx.repeats, lambda: export(doc, out, pages, layout=layout), raw)
    results.append(Result.of("pdf_pages", ctx.n, vals, bases))
    return results


def bench_pptx(ctx: Context) -> list[Result]:
    from benchmarks.deck import measure
    from journeymapper import io

    vals, bases, boxes = measure(io.load(ctx.map_file(ctx.n)), ctx.workdir, ctx.repeats, interleaved)
    ctx.notes.append(f"pptx: the deck holds {boxes:,} text boxes")
    return [Result.of("pptx", ctx.n, vals, bases)]


def bench_merge(ctx: Context) -> list[Result]:
    from benchmarks.merge import measure
    from journeymapper import io

    vals, bases, conflicts = measure(io.load(ctx.map_file(ctx.n)), ctx.repeats, interleaved)
    ctx.notes.append(f"merge: {conflicts} conflicts recorded")
    return [Result.of("merge", ctx.n, vals, bases)]


def _raw_pdf(layout: Any, path: Path) -> Callable[[], None]:
    """ReportLab at its barest: every cell, header and card rectangle, every wrapped line of text, one page."""
    from io import BytesIO

    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    from journeymapper.layout.fonts import FONT_REGULAR, register_fonts

    register_fonts()
    height = layout.height
    boxes = [(c.rect, c.fill) for c in layout.cells]
    boxes += [(h.rect, h.fill or "#FFFFFF") for h in (*layout.stage_headers, *layout.lane_headers)]
    boxes += [(c.rect, c.fill) for c in layout.cards]
    lines = [line for box in (*layout.stage_headers, *layout.lane_headers, *layout.cards) for line in box.lines]
    lines += [line for connector in layout.connectors for line in connector.label_lines]
    colours = {fill: HexColor(fill) for _, fill in boxes}

    def draw() -> None:
        buffer = BytesIO()
        c = Canvas(buffer, pagesize=(layout.width, height), pageCompression=1)
        c.setLineWidth(0.5)
        for r, fill in boxes:
            c.setFillColor(colours[fill])
            c.rect(r.x, height - r.y - r.h, r.w, r.h, stroke=1, fill=1)
        c.setFillColor(HexColor("#212121"))
        text = c.beginText()
        size = None
        for line in lines:
            if line.size != size:
                size = line.size
                text.setFont(FONT_REGULAR, size)
            text.setTextOrigin(line.x, height - line.y_baseline)
            text.textOut(line.text)
        c.drawText(text)
        c.showPage()
        c.save()
        with open(path, "wb") as handle:
            handle.write(buffer.getvalue())
            handle.flush()
            os.fsync(handle.fileno())

    return draw


# -- subprocess measurements ------------------------------------------------------------------------

def child_env(workdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # An installed app has its bytecode compiled; so do the children (kept out of the work tree).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        folder = workdir / "home" / var.lower()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[var] = str(folder)
    return env


def run_child(ctx: Context, args: list[str]) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-m", "benchmarks.qt_child", *args], cwd=ROOT, env=child_env(ctx.workdir),
                          capture_output=True, text=True, timeout=900)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-15:])
        raise RuntimeError(f"qt_child {' '.join(args)} failed (exit {proc.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(lines[-1])
    for note in result.get("notes", ()):
        if note not in ctx.notes:
            ctx.notes.append(note)
    return result


def bench_qt(ctx: Context, wanted: set[str]) -> list[Result]:
    app_measures = {"open", "memory"}
    app_measures |= {m for m in ("repaint", "move", "scroll") if m in wanted}
    app_measures |= {SCALING[name][0] for name in wanted if name in SCALING}
    app_measures |= {SAME_WORK[name][0] for name in wanted if name in SAME_WORK}
    small_rows = {name for name in wanted if name in SCALING} | {SAME_WORK[name][1] for name in wanted
                                                                 if name in SAME_WORK}
    moved = [f"--{key.replace('_', '-')}-moves={_moved_by_baseline(ctx, SCALING[row][1])}"
             for name, (key, row) in SAME_WORK.items() if name in wanted]
    needs_bare = bool(wanted & {"open", "repaint", "move", "scroll", "memory"})
    big = ctx.map_file(ctx.n)
    geometry: Optional[Path] = None
    samples: dict[str, list[float]] = {}

    def add(key: str, value: float) -> None:
        samples.setdefault(key, []).append(value)

    for _ in range(ctx.repeats):
        app = run_child(ctx, ["app", str(big), "--measure", ",".join(sorted(app_measures)), *moved])
        for key in ("open", "memory", "repaint", "move", "scroll", "drop", "undo", "drop_end", "undo_end", "drop_same",
                    "undo_same"):
            if key in app:
                add(key, app[key])
        if needs_bare:
            if geometry is None:
                geometry = _write_geometry(ctx, big, app["view"])
            bare = run_child(ctx, ["bare", str(geometry), "--measure",
                                   ",".join(sorted(wanted & {"repaint", "move", "scroll"}))])
            for key in ("open", "memory", "repaint", "move", "scroll"):
                if key in bare:
                    add("bare_" + key, bare[key])
        for divisor in sorted({SCALING[name][1] for name in small_rows}):
            measures = sorted(SCALING[name][0] for name in small_rows if SCALING[name][1] == divisor)
            small_map = ctx.map_file(max(5, ctx.n // divisor))
            small = run_child(ctx, ["app", str(small_map), "--measure", ",".join(measures)])
            for key in measures:
                add(f"{key}/{divisor}", small[key])

    results = []
    for name in ("open", "repaint", "move", "scroll"):
        if name in wanted:
            if None in samples[name] + samples["bare_" + name]:  # scroll: the map fits the window
                ctx.notes.append(f"{name}: the map fits the window at its opening zoom; not measured")
                continue
            results.append(Result.of(name, ctx.n, samples[name], samples["bare_" + name]))
    for name, (key, divisor) in SCALING.items():
        if name in wanted:
            results.append(Result.of(name, ctx.n, samples[key], samples[f"{key}/{divisor}"]))
    for name, (key, row) in SAME_WORK.items():
        if name in wanted:
            small_key, divisor = SCALING[row]
            results.append(Result.of(name, ctx.n, samples[key], samples[f"{small_key}/{divisor}"]))
    if "memory" in wanted:
        mib = 1024 * 1024
        results.append(Result.of("memory", ctx.n, [v / mib for v in samples["memory"]],
                                 [v / mib for v in samples["bare_memory"]]))
    return results


def _moved_by_baseline(ctx: Context, divisor: int) -> int:
    """How many cards the top-of-cell drop moves down in the map of N / ``divisor`` cards."""
    from benchmarks.edit_plan import cards_moved_by_top_drop
    from journeymapper import io

    return cards_moved_by_top_drop(io.load(ctx.map_file(max(5, ctx.n // divisor))))


def _write_geometry(ctx: Context, path: Path, view: dict[str, Any]) -> Path:
    """The bare scene's input: each card's rectangle, fill and wrapped text, and the app's view (size, zoom)."""
    from journeymapper import io
    from journeymapper.layout.compute import compute_layout
    from journeymapper.layout.fonts import default_measurer

    layout = compute_layout(io.load(path), default_measurer())
    cards = [[c.rect.x, c.rect.y, c.rect.w, c.rect.h, c.fill, "\n".join(line.text for line in c.lines)]
             for c in layout.cards]
    out = ctx.workdir / f"geometry-{ctx.n}.json"
    out.write_text(json.dumps({"width": layout.width, "height": layout.height, "view": view, "cards": cards}),
                   encoding="utf-8")
    return out


def bench_startup(ctx: Context) -> list[Result]:
    env = child_env(ctx.workdir)

    def run(script: str) -> Callable[[], None]:
        def go() -> None:
            proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script)], cwd=ROOT, env=env,
                                  capture_output=True, text=True, timeout=300)
            if proc.returncode != 0:
                raise RuntimeError(f"{script} failed (exit {proc.returncode}): {proc.stderr.strip()[-400:]}")
        return go

    # Start-up is short and noisy: twice the repeats; the floor is timed in the same rounds.
    vals, floors, bases = interleaved(2 * ctx.repeats, run("startup_app.py"), run("startup_floor.py"),
                                      run("startup_bare.py"))
    return [Result.of("startup", ctx.n, vals, bases), Result.of("startup_floor", ctx.n, floors, bases),
            Result.of("startup_over_floor", ctx.n, vals, floors)]


# -- running and reporting ----------------------------------------------------------------------------

def machine() -> dict[str, str]:
    model = ""
    with_lscpu = shutil.which("lscpu")
    if with_lscpu:
        out = subprocess.run([with_lscpu], capture_output=True, text=True).stdout
        model = next((line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Model name")), "")
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    return {"nproc": str(os.cpu_count()), "cpu": model or platform.processor() or "unknown",
            "python": platform.python_version(), "pyside6": pyside, "os": platform.platform()}


def run(names: list[str], n: int, repeats: int, workdir: Path,
        progress: Callable[[str], None]) -> tuple[list[Result], list[str]]:
    ctx = Context(n, repeats, workdir)
    wanted = set(names)
    results: list[Result] = []
    singles: dict[str, Callable[[Context], list[Result]]] = {
        "load": bench_load, "save": bench_save, "pdf": bench_pdf, "pptx": bench_pptx, "check": bench_check,
        "startup": bench_startup, "merge": bench_merge,
    }
    for name in ("load", "save"):
        if name in wanted:
            progress(name)
            results += singles[name](ctx)
    qt = wanted & set(QT_NAMES)
    if qt:
        progress(", ".join(sorted(qt)) + " (Qt subprocesses)")
        results += bench_qt(ctx, qt)
    for name in ("pdf", "pptx", "check", "merge", "startup"):
        if name in wanted or (name == "pdf" and wanted & {"pdf_with_layout", "pdf_pages"}) or (
                name == "startup" and wanted & {"startup_floor", "startup_over_floor"}):
            progress(name)
            results += [r for r in singles[name](ctx) if r.name in wanted]
    order = [s.name for s in SPECS]
    results.sort(key=lambda r: order.index(r.name))
    return results, ctx.notes


def _fmt(name: str, value: float) -> str:
    if name == "memory":
        return f"{value:.0f} MiB"
    return f"{value * 1000:.1f} ms" if value < 10 else f"{value:.1f} s"


def table(results: list[Result]) -> str:
    rows = [("name", "N", "median", "baseline", "ratio", "target", "")]
    for r in results:
        verdict = "" if r.passed is None else ("pass" if r.passed else "FAIL")
        rows.append((r.name, f"{r.n:,}", _fmt(r.name, r.value_s), _fmt(r.name, r.baseline_s), f"{r.ratio:.2f}",
                     "-" if r.target is None else f"<= {r.target:g}", verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(row, widths, strict=True))) for row in rows]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_REPEATS} repeats instead of {REPEATS} (same N), under two minutes")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the results as a JSON list to FILE")
    parser.add_argument("--only", metavar="NAMES", help="comma-separated measurements: " + ",".join(SPEC))
    parser.add_argument("--n", type=int, default=int(os.environ.get(N_ENV, DEFAULT_N)),
                        help=f"cards in the main map (default {DEFAULT_N}, or ${N_ENV})")
    parser.add_argument("--repeats", type=int, help="override the number of repeats")
    args = parser.parse_args(argv)

    names = [s.name for s in SPECS]
    if args.only:
        names = [name.strip() for name in args.only.split(",") if name.strip()]
        unknown = [name for name in names if name not in SPEC]
        if unknown:
            parser.error(f"unknown measurement(s): {', '.join(unknown)} (known: {', '.join(SPEC)})")
    if args.n < 5:
        parser.error("--n must be at least 5")
    repeats = args.repeats or (QUICK_REPEATS if args.quick else REPEATS)
    info = machine()
    print(f"Journey Mapper benchmarks: N = {args.n:,}, {repeats} repeats"
          + (" (--quick: fewer repeats, same N)" if args.quick else ""), flush=True)
    print(f"machine: {info['nproc']} cores, {info['cpu']}; Python {info['python']}, PySide6 {info['pyside6']}",
          flush=True)
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="jm-bench-"))
    try:
        results, notes = run(names, args.n, repeats, workdir,
                             lambda what: print(f"  running {what} ...", file=sys.stderr, flush=True))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print()
    print(table(results))
    for note in notes:
        print(f"note: {note}")
    print(f"({time.perf_counter() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n", encoding="utf-8")
    return 0
