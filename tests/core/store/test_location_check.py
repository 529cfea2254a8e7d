from pathlib import Path

from ftz_desktop.core.store.location import risky_location

MOUNTS = """/dev/vda1 / ext4 rw 0 0
server:/exports /mnt/share nfs4 rw 0 0
//nas/briefs /mnt/nas cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_local_folders_are_fine():
    assert risky_location(Path("/home/li/workspace.ftzdb"), platform="linux", mounts_text=MOUNTS) is None
    assert risky_location(Path("/tmp/w.ftzdb"), platform="linux", mounts_text=MOUNTS) is None


def test_network_file_systems_are_named():
    assert "nfs4" in risky_location(Path("/mnt/share/w.ftzdb"), platform="linux", mounts_text=MOUNTS)
    assert "cifs" in risky_location(Path("/mnt/nas/team/w.ftzdb"), platform="linux", mounts_text=MOUNTS)
    # A mount point that only shares a prefix is not the same folder.
    assert risky_location(Path("/mnt/sharename/w.ftzdb"), platform="linux", mounts_text=MOUNTS) is None


def test_synced_folders_and_unc_paths():
    assert "synced" in risky_location(Path("/home/li/OneDrive - Bureau/w.ftzdb"), platform="linux",
                                      mounts_text=MOUNTS)
    assert "synced" in risky_location(Path("/home/li/坚果云/w.ftzdb"), platform="linux", mounts_text=MOUNTS)
    assert "network drive" in risky_location(Path("\\\\fileserver\\briefs\\w.ftzdb"), platform="win32")
