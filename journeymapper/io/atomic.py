"""Atomic file writing: the old file stays intact until the new one is complete on disk."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Optional, Union

from journeymapper.io.errors import SaveError
from journeymapper.text import problem

#: Windows refuses to replace a file another program (antivirus, sync tool) has open
#: for a moment; retry for about a second before giving up.
REPLACE_RETRIES = 20
REPLACE_DELAY_S = 0.05
#: Temporary files are short and of fixed length (``.~jm-XXXXXX.tmp``, 15 bytes), so any name the
#: file system accepts can be saved: a name derived from the target's would not fit beside a long one.
TEMP_PREFIX, TEMP_SUFFIX = ".~jm-", ".tmp"
_NAME_MAX = 255


def write_atomic(path: Union[str, Path], data: bytes, backup: bool = False) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    Temporary file in the same folder, flush + fsync, ``os.replace``, fsync of the folder. On
    failure the temporary files are removed, the old file is untouched and :class:`SaveError`
    says why in one line. With ``backup``, the previous file becomes ``NAME.bak``; the steps are
    ordered so that a failure at any point leaves either the old file and the old backup, or the
    new file and a backup of the old one. Temporary files left by a killed process are removed.
    """
    source = str(path)
    try:
        _write(source, Path(path), data, backup)
    except SaveError:
        raise
    except PermissionError:
        raise SaveError(source, problem("permission denied: the file or folder is read-only or locked")) from None
    except OSError as exc:  # anything else the file system says (a name too long, a broken folder...)
        raise SaveError(source, _reason(exc)) from None


def _write(source: str, path: Path, data: bytes, backup: bool) -> None:
    # Through a symlink the link's target is what the user means to change; keep the link.
    path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        raise SaveError(source, problem("is not a regular file (a folder or a device); nothing was written"))
    folder = path.parent
    if not folder.is_dir():
        blocker = next((p for p in (folder, *folder.parents) if p.exists()), None)
        if blocker is not None and not blocker.is_dir():
            raise SaveError(source, problem("{blocker} is a file, not a folder; nothing was written", blocker=blocker))
        raise SaveError(source, problem("the folder does not exist"))
    remove_stale_temps(folder)
    bak = backup_path(path) if backup and path.is_file() else None
    if bak is not None and (bak.exists() or bak.is_symlink()) and not bak.is_file():
        raise SaveError(str(bak), "the backup is not a regular file (a folder or a device), "
                                  "so the map was not saved; nothing was changed")
    previous: Optional[bytes] = None
    if bak is not None:
        try:
            previous = path.read_bytes()
        except OSError as exc:
            raise SaveError(source, f"cannot read the current file to back it up ({exc.strerror or exc})") from None
    temps: list[_Temp] = []
    try:
        new = _Temp.write(folder, data, temps)  # the biggest write first: a full disk stops here
        _keep_mode(path, new.path)
        if bak is None or previous is None:
            new.replace(path)
        else:
            _replace_with_backup(path, bak, new, _Temp.write(folder, previous, temps), temps)
    finally:
        for temp in temps:
            temp.discard()
    _fsync_folder(folder)


def _replace_with_backup(path: Path, bak: Path, new: _Temp, copy: _Temp, temps: list[_Temp]) -> None:
    """Old backup kept aside (a hard link, else a copy) until the map itself is replaced."""
    kept: Optional[_Temp] = None
    if bak.is_file():
        kept = _Temp.keep(bak, temps)
    _keep_mode(path, copy.path)
    copy.replace(bak)
    try:
        new.replace(path)
    except BaseException:
        if kept is not None:  # the old map stays: so does its old backup
            with contextlib.suppress(OSError):
                kept.replace(bak)
        raise


class _Temp:
    """One ``.~jm-XXXXXX.tmp`` file, locked while this process writes it (see :func:`remove_stale_temps`)."""

    def __init__(self, path: Path, fd: Optional[int]) -> None:
        self.path = path
        self.fd = fd
        self.done = False

    @classmethod
    def create(cls, folder: Path, temps: list[_Temp]) -> _Temp:
        for _ in range(100):
            tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(3)}{TEMP_SUFFIX}"
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            except FileExistsError:
                continue
            temp = cls(tmp, fd)
            temps.append(temp)
            if _lock(fd) and _same_file(fd, tmp):  # not removed by another process's clean-up meanwhile
                return temp
            temp.discard()
            temps.remove(temp)
        raise OSError(errno.EEXIST, "no free temporary file name")

    @classmethod
    def write(cls, folder: Path, data: bytes, temps: list[_Temp]) -> _Temp:
        temp = cls.create(folder, temps)
        assert temp.fd is not None
        view = memoryview(data)
        while view:
            written = os.write(temp.fd, view)
            view = view[written:]
        os.fsync(temp.fd)
        return temp

    @classmethod
    def keep(cls, source: Path, temps: list[_Temp]) -> _Temp:
        """A second name for ``source``: a hard link, or a copy where links are not supported."""
        for _ in range(100):
            link = source.parent / f"{TEMP_PREFIX}{secrets.token_hex(3)}{TEMP_SUFFIX}"
            try:
                os.link(source, link)
            except FileExistsError:
                continue
            except OSError:
                break
            temp = cls(link, None)
            temps.append(temp)
            return temp
        return cls.write(source.parent, source.read_bytes(), temps)

    def replace(self, target: Path) -> None:
        if sys.platform == "win32":  # an open file cannot be renamed there
            self._close()
        _replace(self.path, target)
        self.done = True
        self._close()

    def _close(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None

    def discard(self) -> None:
        self._close()
        if not self.done:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.done = True


def backup_path(path: Path) -> Path:
    """``journey.jmap`` -> ``journey.jmap.bak``: one generation, beside the file.

    For a name already at the file system's limit the ``.bak`` goes in place of its end.
    """
    name = path.name + ".bak"
    if len(os.fsencode(name)) > _NAME_MAX:
        stem = os.fsencode(path.name)[: _NAME_MAX - 4].decode("utf-8", "ignore")
        name = stem + ".bak"
    return path.with_name(name)


def _temps(folder: Path) -> Iterator[Path]:
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX) and len(name) == 15:
                    yield Path(entry.path)
    except OSError:
        return


def remove_stale_temps(folder: Path) -> int:
    """Delete temporary files in ``folder`` that no running save holds (its process was killed).

    A writer holds a lock on its temporary file until it is renamed; the operating system drops
    the lock when the process dies, so a file nobody holds is left over. Returns how many went.
    """
    removed = 0
    for tmp in _temps(folder):
        if sys.platform == "win32":  # a file a running save holds open cannot be deleted there
            try:
                tmp.unlink()
                removed += 1
            except OSError:
                pass
            continue
        try:
            fd = os.open(tmp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            continue  # gone already, or held open (Windows)
        try:
            if not _lock(fd):
                continue  # a save in progress
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed += 1
        finally:
            os.close(fd)
    return removed


def _lock(fd: int) -> bool:
    if sys.platform == "win32":  # an open file cannot be deleted there: the unlink itself is the test
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return problem("the disk is full; nothing was changed")
    if exc.errno == errno.EROFS:
        return problem("the disk is read-only")
    if exc.errno == errno.ENAMETOOLONG:
        return problem("the file name is too long for this disk; nothing was written")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return problem("the folder does not exist")
    return problem("cannot be written ({reason})", reason=exc.strerror or exc)


def _keep_mode(path: Path, tmp: Path) -> None:
    # Temporary files are created 0600; a replaced map should keep the permissions it had.
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o666 & ~_umask()
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _replace(tmp: Path, path: Path) -> None:
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(tmp, path)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == REPLACE_RETRIES - 1:
                raise
            time.sleep(REPLACE_DELAY_S)


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":  # folders cannot be opened for fsync on Windows
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
