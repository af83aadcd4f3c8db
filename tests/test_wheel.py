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
    assert "leadocs/i18n/en.yaml" in names
    assert "leadocs/py.typed" in names


def test_installed_wheel_renders_an_loi(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    # System site-packages provide the dependencies offline; leadocs itself comes from the wheel.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
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
