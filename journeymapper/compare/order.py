"""Orders of ids: which items moved, and a three-way merge of one list's order."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from difflib import SequenceMatcher
from typing import Optional


def moved(before: Sequence[str], after: Sequence[str]) -> set[str]:
    """Ids in both lists that changed place relative to the others (outside a longest common run)."""
    common = set(before) & set(after)
    old = [i for i in before if i in common]
    new = [i for i in after if i in common]
    if old == new:
        return set()
    kept: set[str] = set()
    for block in SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks():
        kept.update(old[block.a: block.a + block.size])
    return common - kept


def merge_order(base: Optional[Sequence[str]], ours: Sequence[str], theirs: Sequence[str],
                members: Collection[str]) -> tuple[list[str], set[str]]:
    """The merged order of ``members`` and the ids both sides moved to different places.

    Items neither side moved keep the base order. An item one side added or moved follows the
    item that precedes it on that side, skipping whatever was moved (so it lands where that side
    put it). Where both sides put items after the same unmoved item, ours and theirs go as two
    blocks, ordered by their first ids so the result does not depend on which side is "ours"
    (without a base, ours comes first). An item both sides moved goes where ours put it.
    """
    wanted = set(members)
    base_seq = [i for i in (base or ()) if i in wanted]
    ours_seq = [i for i in ours if i in wanted]
    theirs_seq = [i for i in theirs if i in wanted]
    if ours_seq == theirs_seq and set(ours_seq) == wanted:
        return ours_seq, set()
    ours_moved = moved(base_seq, ours_seq) | (set(ours_seq) - set(base_seq))
    theirs_moved = (moved(base_seq, theirs_seq) | (set(theirs_seq) - set(base_seq))) - ours_moved
    placed = ours_moved | theirs_moved
    stable = [i for i in base_seq if i not in placed]
    blocks: dict[Optional[str], list[list[str]]] = {}
    for seq, mine in ((ours_seq, ours_moved), (theirs_seq, theirs_moved)):
        chains: dict[Optional[str], list[str]] = {}
        anchor: Optional[str] = None
        for item in seq:
            if item in mine:
                chains.setdefault(anchor, []).append(item)
            elif item not in placed:
                anchor = item
        for key, chain in chains.items():
            blocks.setdefault(key, []).append(chain)
    if base is not None:
        for side_chains in blocks.values():
            side_chains.sort(key=lambda chain: chain[0])
    result = [i for chain in blocks.get(None, []) for i in chain]
    for item in stable:
        result.append(item)
        result.extend(i for chain in blocks.get(item, []) for i in chain)
    seen = set(result)
    result.extend(i for i in [*ours_seq, *theirs_seq, *members] if i not in seen and not seen.add(i))  # type: ignore[func-returns-value]
    ours_before = _predecessors(ours_seq)
    theirs_before = _predecessors(theirs_seq)
    both = set(ours_seq) & set(theirs_seq)
    clashes = {i for i in moved(base_seq, ours_seq) & moved(base_seq, theirs_seq) | (both - set(base_seq))
               if ours_before[i] != theirs_before[i]}
    return result, clashes


def _predecessors(seq: Sequence[str]) -> dict[str, Optional[str]]:
    return {item: seq[i - 1] if i else None for i, item in enumerate(seq)}
