"""``diff`` and ``merge``: compare two maps, and merge by ids (also as a git merge driver).

``diff A B`` exits 0 when the maps are the same, 1 when they differ, 2 on bad input (like diff).
``merge BASE OURS THEIRS`` writes the merged map to ``-o OUT`` or, without it, over OURS
(atomically), so git can use it as ``journeymapper merge %O %A %B``. It exits 0 when clean and 1
when conflicts remain (they are recorded in the map for the editor's Conflicts panel). An empty
BASE (git's stand-in when both branches added the file) means no common ancestor: a two-way merge.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, Optional

from journeymapper.cli.common import EXIT_FINDINGS, EXIT_OK, UsageError, plural, say, say_json
from journeymapper.compare import MergeError, diff, merge
from journeymapper.compare.text import report, summary
from journeymapper.io import load, save
from journeymapper.model import JourneyMap


def cmd_diff(args: argparse.Namespace) -> int:
    a, b = load(args.a), load(args.b)
    changes = diff(a, b)
    if args.json:
        say_json([e.as_json() for e in changes.entries])
    else:
        say(f"{args.a} → {args.b}: {summary(changes) if not changes.same else 'the same'}")
        if not changes.same:
            for line in report(changes):
                say(line)
        if not changes.same and not _shared_items(a, b):
            say(f"note: {args.a} and {args.b} have no item in common: maps made separately (even from one "
                "template) differ in every id, so everything shows as removed and added", sys.stderr)
    return EXIT_OK if changes.same else EXIT_FINDINGS


def _shared_items(a: JourneyMap, b: JourneyMap) -> bool:
    ids = {item.id for group in (a.stages, a.lanes, a.cards) for item in group}
    return any(item.id in ids for group in (b.stages, b.lanes, b.cards) for item in group)


def _base(path: str) -> Optional[JourneyMap]:
    try:
        if Path(path).stat().st_size == 0:
            return None
    except OSError:
        pass  # load() names the problem
    return load(path)


def _theirs_name(path: Path) -> str:
    """What conflicts call THEIRS: its file name, or under ``git merge`` (which hands the driver a
    temporary file) the branch being merged, which git names in a GITHEAD_<commit> variable."""
    if path.name.startswith(".merge_file"):
        branches = [value for key, value in os.environ.items() if key.startswith("GITHEAD_") and value]
        if len(branches) == 1:
            return branches[0]
    return path.name


def cmd_merge(args: argparse.Namespace) -> int:
    base, ours, theirs = _base(args.base), load(args.ours), load(args.theirs)
    out = args.output or args.ours
    source = args.theirs_name or _theirs_name(Path(args.theirs))
    try:
        result = merge(base, ours, theirs, source=source)
    except MergeError as exc:
        raise UsageError(f"{args.theirs}: {exc}") from None
    save(result.doc, out)
    if result.clean:
        say(f"merged {args.theirs} into {out}: no conflicts")
        return EXIT_OK
    say(f"merged {args.theirs} into {out}: {plural(len(result.conflicts), 'conflict', 'conflicts')} "
        "kept for review (open the map to resolve them)")
    for conflict in result.conflicts:
        where = " ".join(part for part in (conflict.kind, conflict.item_id, conflict.field) if part)
        say(f"  conflict: {where}")
    return EXIT_FINDINGS


def changes_since(args: argparse.Namespace) -> Any:
    """``export --compare OTHER.jmap``: what changed from OTHER to the exported map (an export.changes.ChangesSince)."""
    from journeymapper.export.changes import ChangesSince

    if args.file is None:
        raise UsageError("--compare needs a map file, not --template")
    other = load(args.compare)
    return ChangesSince(Path(args.compare).name, diff(other, load(args.file)))


def register(sub: Any, name: str) -> None:
    if name == "diff":
        p = sub.add_parser("diff", help="show what changed from map A to map B (exit 1 if they differ)")
        p.add_argument("a", metavar="A.jmap")
        p.add_argument("b", metavar="B.jmap")
        p.add_argument("--json", action="store_true", help="the differences as a JSON list")
        p.set_defaults(run=cmd_diff)
    elif name == "merge":
        p = sub.add_parser("merge", help="three-way merge of maps by ids (exit 1 if conflicts remain)")
        p.add_argument("base", metavar="BASE.jmap", help="the common ancestor (an empty file: none)")
        p.add_argument("ours", metavar="OURS.jmap")
        p.add_argument("theirs", metavar="THEIRS.jmap")
        p.add_argument("-o", "--output", metavar="OUT.jmap", help="write here instead of over OURS")
        p.add_argument("--theirs-name", metavar="NAME", help="what conflicts call THEIRS (default: its file name)")
        p.set_defaults(run=cmd_merge)
    else:
        raise KeyError(name)



