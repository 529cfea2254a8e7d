from ftz_desktop import __version__, paths


def test_shipped_folders_are_found():
    assert (paths.data_dir() / "indicators.csv").is_file()
    assert paths.resources_dir().is_dir()


def test_user_data_dir_honours_override(tmp_path, monkeypatch):
    monkeypatch.setenv("FTZ_DESKTOP_HOME", str(tmp_path))
    assert paths.default_workspace_path().parent == tmp_path


def test_version_comes_from_pyproject():
    import re
    from pathlib import Path

    text = (Path(paths.__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8")
    assert __version__ == re.search(r'^version\s*=\s*"([^"]+)"', text, re.M).group(1)
