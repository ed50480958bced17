"""Comparing and merging maps by ids (no Qt, no I/O): diff, apply a diff, three-way merge."""

from journeymapper.compare.apply import apply_diff
from journeymapper.compare.diff import Diff, Entry, FieldChange, diff
from journeymapper.compare.merge import MergeError, MergeResult, merge

__all__ = ["Diff", "Entry", "FieldChange", "MergeError", "MergeResult", "apply_diff", "diff", "merge"]
