"""Saving with a backup, long names and left-over temporary files never lose a version."""

import errno
import os

import pytest

from journeymapper import io
from journeymapper.io import atomic

OLD_BACKUP, OLD_MAP, NEW_MAP = b"old backup\n", b"old map\n", b"new map\n"
#: The file system calls a save makes; each is failed in turn.
STEPS = ("open", "write", "fsync", "link", "replace")


class FailingFileSystem:
    """Counts the file system calls of atomic.py and fails the ``fail_at``-th one (disk full)."""

    def __init__(self, monkeypatch, fail_at=None):
        self.calls = 0
        self.fail_at = fail_at
        for name in STEPS:
            real = getattr(os, name)
            monkeypatch.setattr(atomic.os, name, self._wrap(name, real))

    def _wrap(self, name, real):
        def call(*args, **kwargs):
            if name == "open" and not args[1] & os.O_CREAT:
                return real(*args, **kwargs)  # reading is not a step that can fill the disk
            self.calls += 1
            if self.calls == self.fail_at:
                raise OSError(errno.ENOSPC, "No space left on device")
            return real(*args, **kwargs)
        return call


def _setup(tmp_path):
    path = tmp_path / "journey.jmap"
    path.write_bytes(OLD_MAP)
    io.backup_path(path).write_bytes(OLD_BACKUP)
    return path


def test_a_failure_at_any_step_leaves_old_map_and_old_backup_or_new_map_and_backup_of_old(tmp_path, monkeypatch):
    counting = tmp_path / "count"
    counting.mkdir()
    with monkeypatch.context() as m:
        fs = FailingFileSystem(m)
        atomic.write_atomic(_setup(counting), NEW_MAP, backup=True)
        steps = fs.calls
    assert steps >= 6
    outcomes = set()
    for fail_at in range(1, steps + 1):
        folder = tmp_path / f"step{fail_at}"
        folder.mkdir()
        path = _setup(folder)
        with monkeypatch.context() as m:
            FailingFileSystem(m, fail_at)
            try:
                atomic.write_atomic(path, NEW_MAP, backup=True)
            except io.SaveError as exc:
                assert "nothing was changed" in str(exc)
                state = (path.read_bytes(), io.backup_path(path).read_bytes())
                assert state == (OLD_MAP, OLD_BACKUP), f"step {fail_at} failed and lost a version"
            else:
                state = (path.read_bytes(), io.backup_path(path).read_bytes())
                assert state == (NEW_MAP, OLD_MAP), f"step {fail_at}"
        outcomes.add(state)
        assert sorted(p.name for p in folder.iterdir()) == ["journey.jmap", "journey.jmap.bak"]
    assert (OLD_MAP, OLD_BACKUP) in outcomes


def test_a_backup_that_is_a_folder_is_named_in_the_message(tmp_path):
    path = tmp_path / "journey.jmap"
    path.write_bytes(OLD_MAP)
    io.backup_path(path).mkdir()
    with pytest.raises(io.SaveError, match=r"journey\.jmap\.bak: the backup is not a regular file") as info:
        atomic.write_atomic(path, NEW_MAP, backup=True)
    assert not str(info.value).startswith(f"{path}:")
    assert path.read_bytes() == OLD_MAP


def _name_max(folder):
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, AttributeError, ValueError):
        return 255


@pytest.mark.parametrize("extra", [0, 1, 21])
def test_any_name_the_file_system_accepts_can_be_saved_with_its_backup(tmp_path, sample, extra):
    longest = _name_max(tmp_path)
    name = "k" * (longest - len(".jmap") - extra) + ".jmap"  # 234 to 255 bytes
    path = tmp_path / name
    io.save(sample, path, backup=True)
    sample.title = "Second"
    io.save(sample, path, backup=True)
    assert io.load(path).title == "Second"
    assert io.load(io.backup_path(path)).title != "Second"
    assert len(os.listdir(tmp_path)) == 2


def test_temporary_names_are_short_and_of_fixed_length(tmp_path, monkeypatch):
    seen = []
    real_open = os.open

    def spy(name, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            seen.append(os.path.basename(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "open", spy)
    atomic.write_atomic(tmp_path / ("x" * 200 + ".jmap"), NEW_MAP)
    assert len(seen) == 1 and len(seen[0]) == 15
    assert seen[0].startswith(".~jm-") and seen[0].endswith(".tmp")


def test_a_name_over_the_limit_is_one_clear_line(tmp_path, sample):
    path = tmp_path / ("t" * 300 + ".jmap")
    with pytest.raises(io.SaveError, match="the file name is too long"):
        io.save(sample, path, backup=True)
    assert os.listdir(tmp_path) == []


def test_left_over_temporary_files_go_but_one_being_written_stays(tmp_path):
    stale = tmp_path / ".~jm-abc123.tmp"
    stale.write_bytes(b"x" * 1000)
    temps: list = []
    live = atomic._Temp.write(tmp_path, b"being written", temps)
    try:
        assert atomic.remove_stale_temps(tmp_path) == 1
        assert not stale.exists() and live.path.exists()
    finally:
        live.discard()
