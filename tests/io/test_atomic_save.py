import os
import stat
import sys

import pytest

from journeymapper import io
from journeymapper.io import atomic


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def saved(sample, tmp_path):
    path = tmp_path / "journey.jmap"
    io.save(sample, path)
    return path, path.read_bytes()


@pytest.mark.parametrize("target", ["write", "fsync", "replace"])
def test_failure_at_any_step_keeps_the_old_file_and_leaves_no_temp(saved, sample, monkeypatch, target):
    path, before = saved
    sample.title = "Changed"

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if target == "write":
        real_write = os.write

        def half_then_full(fd, data):
            real_write(fd, bytes(data[: len(data) // 2]))  # half written, then the disk is full
            boom()

        monkeypatch.setattr(atomic.os, "write", half_then_full)
    elif target == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", boom)
    else:
        monkeypatch.setattr(atomic.os, "replace", boom)

    with pytest.raises(io.SaveError) as info:
        io.save(sample, path)
    assert str(info.value) == f"{path}: the disk is full; nothing was changed"
    assert path.read_bytes() == before
    assert _files(path.parent) == ["journey.jmap"]
    assert io.load(path).title == "Laptop-butikken"


def test_save_creates_a_new_file_and_replaces_an_old_one(sample, tmp_path):
    path = tmp_path / "new.jmap"
    io.save(sample, path)
    sample.title = "Second"
    io.save(sample, path)
    assert io.load(path).title == "Second"
    assert _files(tmp_path) == ["new.jmap"]


def test_missing_folder_is_a_clear_error(sample, tmp_path):
    with pytest.raises(io.SaveError, match="the folder does not exist"):
        io.save(sample, tmp_path / "nope" / "x.jmap")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_is_a_clear_error(saved, sample):
    path, before = saved
    folder = path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(io.SaveError, match="permission denied"):
            io.save(sample, path)
    finally:
        folder.chmod(stat.S_IRWXU)
    assert path.read_bytes() == before


def test_permission_error_on_replace_is_retried_on_windows(saved, sample, monkeypatch):
    path, _ = saved
    monkeypatch.setattr(atomic.sys, "platform", "win32")
    monkeypatch.setattr(atomic, "REPLACE_DELAY_S", 0)
    real_replace = os.replace
    calls = []

    def locked_twice(src, dst):
        calls.append(dst)
        if len(calls) <= 2:
            raise PermissionError(13, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", locked_twice)
    sample.title = "After the lock"
    io.save(sample, path)
    assert len(calls) == 3
    assert io.load(path).title == "After the lock"


def test_permission_error_that_persists_gives_up_cleanly(saved, sample, monkeypatch):
    path, before = saved
    monkeypatch.setattr(atomic.sys, "platform", "win32")
    monkeypatch.setattr(atomic, "REPLACE_DELAY_S", 0)

    def locked(src, dst):
        raise PermissionError(13, "locked")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(io.SaveError, match="locked"):
        io.save(sample, path)
    assert path.read_bytes() == before
    assert _files(path.parent) == ["journey.jmap"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_replacing_keeps_the_file_permissions(saved, sample):
    path, _ = saved
    path.chmod(0o640)
    io.save(sample, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_folder_refusing_new_files_is_a_clear_error(saved, sample, monkeypatch):
    """What a read-only or locked folder does, simulated so it also runs as root."""
    path, before = saved

    real_open = os.open

    def refuse(name, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied")
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "open", refuse)
    with pytest.raises(io.SaveError) as info:
        io.save(sample, path)
    assert str(info.value) == f"{path}: permission denied: the file or folder is read-only or locked"
    assert path.read_bytes() == before
