"""The wheel ships the templates and the built-in network: install it fresh and render."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("leadocs-*.whl"))


def test_wheel_contains_templates_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("loi", "assistance", "benefits", "report"):
        assert f"leadocs/templates/{name}.docx" in names
    assert "leadocs/data/lea-network.yaml" in names
    assert "leadocs/i18n/en.ftl" in names
    assert "leadocs/py.typed" in names
    # The web desk's pages, style, map outlines (with their licence) and migrations.
    for web_file in (
        "templates/form.html",
        "templates/coordinator/members.html",
        "static/style.css",
        "data/europe-map.json",
        "data/NOTICE-map.txt",
        "migrations/env.py",
        "migrations/versions/0001_initial.py",
    ):
        assert f"leadocs/web/{web_file}" in names


def _see_installed_dependencies(python: Path) -> None:
    """Let a fresh venv import the packages the running interpreter has, offline.

    Those may be in another venv, in the user's site (pip install --user) or
    system-wide, so the running interpreter's own import path is handed on
    (after the venv's own packages, and without the checkout itself).
    """
    site_packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = [
        entry
        for entry in sys.path
        if entry and Path(entry).is_dir() and Path(entry).resolve() != ROOT.resolve()
    ]
    (Path(site_packages) / "outer-packages.pth").write_text("\n".join(ours) + "\n")


def test_installed_wheel_renders_an_loi(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    _see_installed_dependencies(python)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--force-reinstall", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run(
        [str(python), "-c", "import leadocs, sys; print(leadocs.__file__)"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert str(venv) in where, f"leadocs imported from {where}, not from the wheel"
    result = subprocess.run(
        [str(venv / "bin" / "leadocs"), "loi", str(EXAMPLES / "orgs" / "konnevesi.yaml")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "loi-Konnevesi.docx").stat().st_size > 10_000
    listed = subprocess.run(
        [str(venv / "bin" / "leadocs"), "templates", "list"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "loi" in listed and "report" in listed
