"""``journeymapper diff`` and ``merge``: exit codes, --json, files left alone on bad input, and git."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeymapper import io
from journeymapper.cli import main
from journeymapper.commands import RemoveItems, SetCardFields, SetStageFields
from journeymapper.model import JourneyMap
from tests.commands.conftest import build_sample


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def saved(path: Path, doc: JourneyMap) -> Path:
    io.save(doc, path)
    return path


def edited(*commands) -> JourneyMap:
    doc = build_sample()
    for command in commands:
        command.apply(doc)
    return doc


def test_diff_of_the_same_map_exits_0(tmp_path, capsys):
    a = saved(tmp_path / "a.jmap", build_sample())
    b = saved(tmp_path / "b.jmap", build_sample())
    code, out, err = run(capsys, "diff", str(a), str(b))
    assert (code, err) == (0, "")
    assert "the same" in out
    assert run(capsys, "diff", "--json", str(a), str(b))[:2] == (0, "[]\n")


def test_diff_lists_changes_in_the_maps_words_and_exits_1(tmp_path, capsys):
    a = saved(tmp_path / "a.jmap", build_sample())
    b = saved(tmp_path / "b.jmap", edited(SetCardFields("c1", text="Compare prices online"),
                                          SetStageFields("s-buy", name="Purchase"), RemoveItems(["c5"])))
    code, out, _ = run(capsys, "diff", str(a), str(b))
    assert code == 1
    assert out.splitlines()[0].endswith(": 0 added, 2 removed, 2 changed, 0 moved")  # a card and its connector
    assert "“Buy” renamed to “Purchase”" in out
    assert "text “text of c1” → “Compare prices online”" in out
    assert "“text of c5” removed from Pain points / Aware" in out


def test_diff_json_is_a_list_of_objects_with_stable_keys(tmp_path, capsys):
    a = saved(tmp_path / "a.jmap", build_sample())
    b = saved(tmp_path / "b.jmap", edited(SetCardFields("c1", text="new"), RemoveItems(["c5"])))
    code, out, _ = run(capsys, "diff", "--json", str(a), str(b))
    rows = json.loads(out)
    assert code == 1
    assert all(set(row) == {"kind", "id", "change", "label", "fields", "from", "to"} for row in rows)
    changed = next(r for r in rows if r["id"] == "c1")
    assert changed["change"] == "changed"
    assert changed["fields"] == [{"field": "text", "old": "text of c1", "new": "new"}]
    assert {(r["kind"], r["id"], r["change"]) for r in rows} >= {("card", "c5", "removed"),
                                                                  ("connector", "k3", "removed")}


@pytest.mark.parametrize("broken", ["missing.jmap", "not-json.jmap"])
def test_diff_of_a_bad_file_exits_2_with_one_line(tmp_path, capsys, broken):
    a = saved(tmp_path / "a.jmap", build_sample())
    (tmp_path / "not-json.jmap").write_text("{ nope", encoding="utf-8")
    code, out, err = run(capsys, "diff", str(a), str(tmp_path / broken))
    assert code == 2 and out == ""
    assert err.startswith("error: ") and broken in err and len(err.strip().splitlines()) == 1


def test_merge_of_different_cards_is_clean_and_writes_ours_in_place(tmp_path, capsys):
    base = saved(tmp_path / "base.jmap", build_sample())
    ours = saved(tmp_path / "ours.jmap", edited(SetCardFields("c1", text="ours")))
    theirs = saved(tmp_path / "theirs.jmap", edited(SetCardFields("c2", text="theirs")))
    code, out, _ = run(capsys, "merge", str(base), str(ours), str(theirs))
    assert code == 0 and "no conflicts" in out
    merged = io.load(ours)
    texts = {c.id: c.text for c in merged.cards}
    assert (texts["c1"], texts["c2"]) == ("ours", "theirs") and merged.conflicts == []
    assert io.load(theirs).cards == edited(SetCardFields("c2", text="theirs")).cards  # theirs untouched


def test_merge_of_the_same_field_keeps_ours_records_theirs_and_exits_1(tmp_path, capsys):
    base = saved(tmp_path / "base.jmap", build_sample())
    ours = saved(tmp_path / "ours.jmap", edited(SetCardFields("c1", text="ours")))
    theirs = saved(tmp_path / "theirs.jmap", edited(SetCardFields("c1", text="theirs")))
    out_path = tmp_path / "out.jmap"
    before = ours.read_bytes()
    code, out, _ = run(capsys, "merge", str(base), str(ours), str(theirs), "-o", str(out_path))
    assert code == 1 and "1 conflict" in out and "conflict: card c1 text" in out
    assert ours.read_bytes() == before  # -o leaves OURS alone
    merged = io.load(out_path)
    assert next(c for c in merged.cards if c.id == "c1").text == "ours"
    [conflict] = merged.conflicts
    assert (conflict.kind, conflict.item_id, conflict.field) == ("card", "c1", "text")
    assert (conflict.theirs, conflict.base, conflict.source) == ("theirs", "text of c1", "theirs.jmap")


def test_merge_with_a_bad_file_exits_2_and_changes_nothing(tmp_path, capsys):
    base = saved(tmp_path / "base.jmap", build_sample())
    ours = saved(tmp_path / "ours.jmap", edited(SetCardFields("c1", text="ours")))
    theirs = tmp_path / "theirs.jmap"
    theirs.write_text('{"format": "journeymapper", "version": 1, "cards": 3}', encoding="utf-8")
    before = ours.read_bytes()
    code, out, err = run(capsys, "merge", str(base), str(ours), str(theirs))
    assert code == 2 and out == "" and "theirs.jmap" in err and len(err.strip().splitlines()) == 1
    assert ours.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["base.jmap", "ours.jmap", "theirs.jmap"]


def test_an_empty_base_is_a_two_way_merge_where_every_difference_is_a_conflict(tmp_path, capsys):
    base = tmp_path / "base.jmap"
    base.write_bytes(b"")
    ours = saved(tmp_path / "ours.jmap", edited(SetCardFields("c1", text="ours")))
    theirs = saved(tmp_path / "theirs.jmap", edited(SetCardFields("c2", text="theirs")))
    code, _, _ = run(capsys, "merge", str(base), str(ours), str(theirs))
    merged = io.load(ours)
    assert code == 1
    assert {(c.item_id, c.field, c.theirs) for c in merged.conflicts} == {
        ("c1", "text", "text of c1"), ("c2", "text", "theirs")}


# -- git with the merge driver configured ----------------------------------------------------------

def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_NOSYSTEM": "1",
           "HOME": str(repo.parent)}
    return subprocess.run(["git", "-C", str(repo), *args], check=check, capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture
def repo(tmp_path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    # The two lines of configuration the README gives (the driver run by this Python).
    (repo / ".gitattributes").write_text("*.jmap merge=journeymapper\n", encoding="utf-8")
    git(repo, "config", "merge.journeymapper.driver", f'"{sys.executable}" -m journeymapper merge %O %A %B')
    io.save(build_sample(), repo / "map.jmap")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    return repo


def branch_edit(repo: Path, branch: str, start: str, *commands) -> None:
    git(repo, "checkout", "-q", "-b", branch, start)
    doc = io.load(repo / "map.jmap")
    for command in commands:
        command.apply(doc)
    io.save(doc, repo / "map.jmap")
    git(repo, "commit", "-q", "-am", branch)


def test_git_merges_branches_that_edit_different_cards(repo):
    branch_edit(repo, "colleague", "main", SetCardFields("c2", text="theirs"))
    branch_edit(repo, "mine", "main", SetCardFields("c1", text="mine"))
    result = git(repo, "merge", "--no-edit", "colleague", check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    merged = io.load(repo / "map.jmap")
    texts = {c.id: c.text for c in merged.cards}
    assert (texts["c1"], texts["c2"]) == ("mine", "theirs") and merged.conflicts == []
    assert git(repo, "status", "--porcelain").stdout == ""


def test_git_merges_different_fields_of_one_card_that_a_text_merge_could_not(repo):
    # "text" and "colour" are neighbouring lines of the file: git's own line merge would conflict.
    branch_edit(repo, "colleague", "main", SetCardFields("c1", colour="#FF0000"))
    branch_edit(repo, "mine", "main", SetCardFields("c1", text="mine"))
    result = git(repo, "merge", "--no-edit", "colleague", check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    card = next(c for c in io.load(repo / "map.jmap").cards if c.id == "c1")
    assert (card.text, card.colour) == ("mine", "#FF0000")


def test_git_reports_a_conflict_when_both_branches_edit_the_same_card(repo):
    branch_edit(repo, "colleague", "main", SetCardFields("c1", text="theirs"))
    branch_edit(repo, "mine", "main", SetCardFields("c1", text="mine"))
    result = git(repo, "merge", "--no-edit", "colleague", check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "map.jmap" in git(repo, "diff", "--name-only", "--diff-filter=U").stdout
    merged = io.load(repo / "map.jmap")  # a valid map, no conflict markers
    assert next(c for c in merged.cards if c.id == "c1").text == "mine"
    [conflict] = merged.conflicts
    assert (conflict.item_id, conflict.field, conflict.theirs, conflict.base) == (
        "c1", "text", "theirs", "text of c1")
    assert conflict.source == "colleague"  # the branch, not git's temporary file


def test_diff_of_maps_made_separately_says_why_everything_differs(tmp_path, capsys):
    from journeymapper.io import templates

    a, b = tmp_path / "a.jmap", tmp_path / "b.jmap"
    io.save(templates.new_from_template("ecommerce", "en"), a)
    io.save(templates.new_from_template("ecommerce", "en"), b)
    code, out, err = run(capsys, "diff", str(a), str(b))
    assert code == 1 and "no item in common" in err and len(err.strip().splitlines()) == 1
    assert "no item in common" not in run(capsys, "diff", str(a), str(a))[2]
