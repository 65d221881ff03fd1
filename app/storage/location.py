"""Is the database somewhere SQLite cannot keep it safe? A warning, not a refusal.

SQLite's locking does not work reliably over network file systems (NFS, SMB/CIFS, sshfs …),
and folders kept in sync by a cloud client (Dropbox, OneDrive, iCloud Drive, Google Drive,
坚果云 Nutstore, 百度网盘 …) copy the database file and its ``-wal`` journal separately, at
any moment, from one machine to another: both can corrupt the file or lose the latest work.
ARDesk still opens such a file (the user may have no other place), but says so:

    location_warning(path) -> LocationWarning | None     # .message (English), .translated(tr)

The CLI prints it on stderr; the window shows it once after opening. Detection is by the
file system type (Linux ``/proc/self/mountinfo``, Windows drive type / UNC path) and by the
well-known sync folder names and markers on the path.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Callable, Mapping

from ..i18n import T

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "coda", "9p", "davfs",
    "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.davfs2", "glusterfs",
    "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "beegfs", "gpfs", "webdav", "afpfs",
})

# folder names a sync client owns (compared case-insensitively, whole path components or,
# for names marked with a trailing '*', component prefixes such as "OneDrive - Contoso")
_SYNC_FOLDERS: tuple[tuple[str, str], ...] = (
    ("dropbox", "Dropbox"), ("dropbox (*", "Dropbox"),
    ("onedrive", "OneDrive"), ("onedrive - *", "OneDrive"),
    ("icloud drive", "iCloud Drive"), ("icloud~*", "iCloud Drive"), ("com~apple~clouddocs", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("google drive", "Google Drive"), ("googledrive", "Google Drive"), ("my drive", "Google Drive"),
    ("我的坚果云", "坚果云 (Nutstore)"), ("坚果云", "坚果云 (Nutstore)"), ("nutstore", "坚果云 (Nutstore)"),
    ("nutstore files", "坚果云 (Nutstore)"),
    ("百度网盘", "百度网盘 (Baidu Netdisk)"), ("百度网盘同步空间", "百度网盘 (Baidu Netdisk)"),
    ("baidusyncdisk", "百度网盘 (Baidu Netdisk)"), ("baidunetdisk", "百度网盘 (Baidu Netdisk)"),
    ("box sync", "Box"), ("box drive", "Box"), ("pcloud drive", "pCloud"),
    ("腾讯微云", "腾讯微云 (Weiyun)"), ("weiyun", "腾讯微云 (Weiyun)"),
    ("阿里云盘", "阿里云盘 (Aliyun Drive)"), ("seafile", "Seafile"), ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
)
# files a sync client puts at the root of the folder it syncs
_SYNC_MARKERS: tuple[tuple[str, str], ...] = ((".dropbox", "Dropbox"), (".dropbox.cache", "Dropbox"),
                                              (".nutstore", "坚果云 (Nutstore)"),
                                              (".sync", "Resilio Sync"))
# environment variables whose folder a sync client owns (Windows sets the OneDrive ones)
_SYNC_ENV = (("OneDrive", "OneDrive"), ("OneDriveCommercial", "OneDrive"), ("OneDriveConsumer", "OneDrive"))


@dataclass(frozen=True)
class LocationWarning:
    template: str
    params: Mapping[str, object] = field(default_factory=dict)
    kind: str = ""                 # "network" | "sync"

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def translated(self, tr: Callable[[str], str]) -> str:
        try:
            return tr(self.template).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message


def location_warning(path: str | os.PathLike[str], *, mountinfo: str | None = None,
                     env: Mapping[str, str] | None = None) -> LocationWarning | None:
    """A warning when ``path`` is on a network file system or in a cloud-synced folder."""
    p = Path(path).expanduser()
    try:
        p = p.resolve()
    except OSError:
        p = p.absolute()
    fs = network_fs_type(p, mountinfo=mountinfo)
    if fs:
        return LocationWarning(
            T("{path} is on a network drive ({fs}). SQLite databases must not be shared over a "
              "network file system: the file can be damaged. Keep the database on this computer's "
              "own disk and use File → Backup… to share copies."),
            {"path": str(p), "fs": fs}, "network")
    service = sync_service(p, env=env)
    if service:
        return LocationWarning(
            T("{path} is in a folder synchronised by {service}. The sync can copy the database "
              "while ARDesk writes to it and damage it or lose recent work. Keep the database "
              "outside synced folders and put backups there instead."),
            {"path": str(p), "service": service}, "sync")
    return None


# ------------------------------------------------------------------ network file systems

def network_fs_type(path: Path, *, mountinfo: str | None = None) -> str | None:
    """The network file system ``path`` lives on ('nfs4', 'cifs', 'UNC share', …) or None."""
    if sys.platform == "win32" or PurePath(str(path)).as_posix().startswith("//"):
        return _windows_remote(path)
    if mountinfo is None:
        try:
            with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
                mountinfo = fh.read()
        except OSError:
            return None            # macOS / BSD: no cheap way without extra dependencies
    fstype = _mount_fstype(str(path), mountinfo)
    if fstype and (fstype in NETWORK_FS or fstype.split(".")[0] in NETWORK_FS):
        return fstype
    return None


def _unescape_mount(text: str) -> str:
    # mountinfo escapes space, tab, newline and backslash as octal
    return (text.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def _mount_fstype(path: str, mountinfo: str) -> str | None:
    """The type of the longest mount point that contains ``path``."""
    best, best_len = None, -1
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        fields = left.split()
        if len(fields) < 5:
            continue
        mount = _unescape_mount(fields[4])
        inside = path == mount or path.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > best_len:
            best, best_len = right.split()[0] if right.split() else None, len(mount)
    return best


def _windows_remote(path: Path) -> str | None:
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "UNC share"
    if text.startswith("\\\\?\\UNC\\"):
        return "UNC share"
    if sys.platform != "win32":
        return None
    try:  # pragma: no cover - Windows only
        import ctypes
        drive = os.path.splitdrive(text)[0]
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4:   # DRIVE_REMOTE
            return "network drive"
    except (OSError, AttributeError, ValueError):
        pass
    return None


# ------------------------------------------------------------------ cloud-synced folders

def sync_service(path: Path, *, env: Mapping[str, str] | None = None) -> str | None:
    """The sync client whose folder holds ``path`` ('Dropbox', 'OneDrive', '坚果云 (Nutstore)' …)."""
    env = os.environ if env is None else env
    for var, service in _SYNC_ENV:
        root = env.get(var)
        if root and _inside(path, Path(root)):
            return service
    for part in path.parts[:-1]:
        name = part.casefold().strip()
        for pattern, service in _SYNC_FOLDERS:
            if pattern.endswith("*") and name.startswith(pattern[:-1]) or name == pattern:
                return service
    for folder in path.parents:
        for marker, service in _SYNC_MARKERS:
            try:
                if (folder / marker).exists():
                    return service
            except OSError:
                continue
    return None


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False
