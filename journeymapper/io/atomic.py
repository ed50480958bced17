"""Atomic file writing: the old file stays intact until the new one is complete on disk."""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Union

from journeymapper.io.errors import SaveError

#: Windows refuses to replace a file another program (antivirus, sync tool) has open
#: for a moment; retry for about a second before giving up.
REPLACE_RETRIES = 20
REPLACE_DELAY_S = 0.05


def write_atomic(path: Union[str, Path], data: bytes, backup: bool = False) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    Temporary file in the same folder, flush + fsync, ``os.replace``, fsync of the
    folder. On failure the temporary file is removed, the old file is untouched and
    :class:`SaveError` says why in one line. With ``backup``, the previous file is
    first copied to ``NAME.bak`` (itself atomically), so even a failed replace
    leaves both the original and its backup in place. Temporary files left by a
    process that was killed mid-save are removed.
    """
    source = str(path)
    # Through a symlink the link's target is what the user means to change; keep the link.
    path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        raise SaveError(source, "is not a regular file (a folder or a device); nothing was written")
    folder = path.parent
    _remove_orphaned_temps(folder, path.name)
    if backup and path.is_file():
        try:
            previous = path.read_bytes()
        except OSError as exc:
            raise SaveError(source, f"cannot read the current file to back it up ({exc.strerror or exc})") from None
        try:
            write_atomic(backup_path(path), previous)
        except SaveError as exc:  # name the map, not its backup: that is the file the user saves
            raise SaveError(source, exc.problem) from None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{_HOST}-{os.getpid()}.", suffix=".tmp", dir=folder)
    except FileNotFoundError:
        raise SaveError(source, "the folder does not exist") from None
    except PermissionError:
        raise SaveError(source, "permission denied: the folder is read-only or locked") from None
    except OSError as exc:
        raise SaveError(source, _reason(exc)) from None
    tmp = Path(tmp_name)
    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            _keep_mode(path, tmp)
            _replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    except PermissionError:
        raise SaveError(source, "permission denied: the file or folder is read-only or locked") from None
    except OSError as exc:
        raise SaveError(source, _reason(exc)) from None
    _fsync_folder(folder)


def backup_path(path: Path) -> Path:
    """``journey.jmap`` -> ``journey.jmap.bak``: one generation, beside the file."""
    return path.with_name(path.name + ".bak")


#: Temporary files carry the writing machine's name: on a shared drive only our own are judged.
_HOST = "".join(c for c in socket.gethostname() if c.isalnum())[:32] or "host"


def _remove_orphaned_temps(folder: Path, name: str) -> None:
    """Delete ``.NAME.HOST-PID.*.tmp`` files of this machine whose writing process no longer runs."""
    try:
        candidates = list(folder.glob(f".{glob_escape(name)}.{_HOST}-*.tmp"))
    except OSError:
        return
    for tmp in candidates:
        tag = tmp.name[len(name) + 2 + len(_HOST) + 1:].split(".")[0]
        if not tag.isdigit():
            continue
        pid = int(tag)
        if pid == os.getpid() or not _process_alive(pid):
            with contextlib.suppress(OSError):
                tmp.unlink()


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _reason(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return "the disk is full; nothing was changed"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return f"cannot be written ({exc.strerror or exc})"


def _keep_mode(path: Path, tmp: Path) -> None:
    # mkstemp creates 0600; a replaced map should keep the permissions it had.
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
