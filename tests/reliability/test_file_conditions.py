"""Fault 3: read-only database, missing folder, file in use by another ARDesk, stale lock after
a crash, and a database on a network drive or in a cloud-synced folder (warned)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import killharness
from app import cli
from app.errors import DatabaseError, DatabaseInUse
from app.storage.db import Database
from app.storage.location import location_warning, network_fs_type, sync_service
from app.storage.lock import DbLock

MOUNTINFO = textwrap.dedent("""\
    22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
    40 22 0:45 / /home rw,relatime - ext4 /dev/sda2 rw
    41 40 0:46 / /home/ann/Company\\040Files rw,relatime - cifs //nas/finance rw,vers=3.0
    42 22 0:47 / /mnt/nfs rw,relatime - nfs4 nas:/export rw
    43 42 0:48 / /mnt/nfs/local rw,relatime - ext4 /dev/sdb1 rw
    44 22 0:49 / /media/sshbox rw,relatime - fuse.sshfs ann@box: rw
""")


def _make(path: Path) -> Path:
    Database.open(path, create=True).close()
    return path


def test_read_only_database_is_a_clear_cli_error_and_untouched(tmp_path, monkeypatch, capsys):
    db = _make(tmp_path / "ro.db")
    before = db.read_bytes()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if (Path(p) == db and mode == os.W_OK)
                        else real(p, mode, *a, **k))
    assert cli.main(["--db", str(db), "customers", "list"]) == cli.EXIT_USER
    err = capsys.readouterr().err
    assert "read-only" in err and "Traceback" not in err
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.db"]


def test_missing_folder_and_missing_file(tmp_path, capsys):
    gone = tmp_path / "no" / "such" / "folder" / "a.db"
    for args in (["customers", "list"], ["verify"], ["backup", str(tmp_path / "b.db")]):
        assert cli.main(["--db", str(gone), *args]) == cli.EXIT_USER
        assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()                  # nothing was created on the way
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="Cannot create"):
        Database.open(blocker / "a.db", create=True)
    with pytest.raises(DatabaseError, match="folder"):
        Database.open(tmp_path)                            # a folder is not a database


def test_database_in_use_by_another_ardesk_from_the_cli(tmp_path, capsys):
    db = _make(tmp_path / "a.db")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(killharness.ROOT)!r})
        from app.storage.db import Database
        d = Database.open({str(db)!r})
        print("ready", flush=True)
        sys.stdin.read()
        d.close()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert cli.main(["--db", str(db), "import", "invoices", str(tmp_path / "x.csv")]) == cli.EXIT_USER
        err = capsys.readouterr().err
        assert "already open" in err and f"pid {holder.pid}" in err
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert cli.main(["--db", str(db), "verify"]) == cli.EXIT_OK


@pytest.mark.parametrize("content", ["", "{not json", '{"pid": 999999, "host": "gone", "user": "x"}', "\x00" * 50])
def test_stale_lock_file_of_a_crash_is_taken_over(tmp_path, content):
    db = _make(tmp_path / "a.db")
    DbLock.lock_path_for(db).write_text(content, encoding="utf-8", errors="replace")
    with Database.open(db) as d:
        assert d.lock.recovered_stale
    DbLock.lock_path_for(db).write_text(content, encoding="utf-8", errors="replace")
    assert cli.main(["--db", str(db), "verify"]) == cli.EXIT_OK


def test_second_open_in_the_same_process_is_refused(tmp_path):
    db = _make(tmp_path / "a.db")
    with Database.open(db):
        with pytest.raises(DatabaseInUse):
            Database.open(db)


# ------------------------------------------------------------------ network / synced folders

@pytest.mark.parametrize("path, fs", [
    ("/home/ann/Company Files/ar.db", "cifs"),
    ("/mnt/nfs/ardesk/ar.db", "nfs4"),
    ("/media/sshbox/ar.db", "fuse.sshfs"),
    ("/mnt/nfs/local/ar.db", None),           # a local disk mounted inside an NFS tree
    ("/home/ann/ar.db", None),
    ("/home/ann/Company Filesx/ar.db", None),  # prefix of a mount point is not inside it
])
def test_network_file_system_detected_from_mountinfo(path, fs):
    assert network_fs_type(Path(path), mountinfo=MOUNTINFO) == fs


def test_unc_path_is_a_network_share():
    assert network_fs_type(Path("//server/share/ar.db")) == "UNC share"


@pytest.mark.parametrize("folder, service", [
    ("Dropbox/Finance", "Dropbox"), ("Dropbox (Contoso)/AR", "Dropbox"),
    ("OneDrive - Contoso Ltd/Docs", "OneDrive"), ("OneDrive", "OneDrive"),
    ("Library/Mobile Documents/com~apple~CloudDocs", "iCloud Drive"), ("iCloud Drive/AR", "iCloud Drive"),
    ("我的坚果云/财务", "坚果云 (Nutstore)"), ("Nutstore Files", "坚果云 (Nutstore)"),
    ("百度网盘/应收", "百度网盘 (Baidu Netdisk)"), ("BaiduSyncdisk", "百度网盘 (Baidu Netdisk)"),
    ("Google Drive/My Drive", "Google Drive"),
    ("Documents/ARDesk", None), ("dropboxes/old", None),
])
def test_sync_folders_by_name(tmp_path, folder, service):
    assert sync_service(tmp_path / folder / "ar.db", env={}) == service


def test_sync_folder_by_marker_and_by_environment(tmp_path):
    root = tmp_path / "Shared stuff"
    (root / "deep").mkdir(parents=True)
    (root / ".dropbox").write_text("{}")
    assert sync_service(root / "deep" / "ar.db", env={}) == "Dropbox"
    assert sync_service(tmp_path / "Work" / "ar.db", env={"OneDrive": str(tmp_path / "Work")}) == "OneDrive"
    assert sync_service(tmp_path / "Elsewhere" / "ar.db", env={"OneDrive": str(tmp_path / "Work")}) is None


def test_warning_texts_name_the_risk():
    w = location_warning("/mnt/nfs/a.db", mountinfo=MOUNTINFO, env={})
    assert w is not None and w.kind == "network" and "network" in w.message and "/mnt/nfs/a.db" in w.message
    w = location_warning("/home/ann/坚果云/a.db", mountinfo=MOUNTINFO, env={})
    assert w is not None and w.kind == "sync" and "坚果云" in w.message
    assert w.translated(lambda s: s) == w.message
    assert location_warning("/home/ann/a.db", mountinfo=MOUNTINFO, env={}) is None


def test_cli_prints_the_warning_on_stderr_and_still_works(tmp_path, capsys):
    db = _make(tmp_path / "Dropbox" / "ar.db")
    assert cli.main(["--db", str(db), "customers", "list", "--json"]) == cli.EXIT_OK
    out = capsys.readouterr()
    assert "Dropbox" in out.err and "Warning" in out.err
    assert out.out.strip() == "[]"                      # stdout stays clean for scripts
    plain = _make(tmp_path / "plain" / "ar.db")
    assert cli.main(["--db", str(plain), "customers", "list", "--json"]) == cli.EXIT_OK
    assert capsys.readouterr().err == ""
