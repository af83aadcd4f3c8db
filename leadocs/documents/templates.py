"""Where built-in templates live, and copying them out for editing in Word."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from leadocs.documents.kinds import KINDS
from leadocs.errors import OutputError, TemplateError, UsageError

__all__ = [
    "BuiltinTemplate",
    "builtin_templates",
    "builtin_templates_dir",
    "examples_dir",
    "export_template",
    "read_template",
]


@dataclass(frozen=True)
class BuiltinTemplate:
    """A template shipped with leadocs."""

    name: str
    path: Path
    description: str


def builtin_templates_dir() -> Path:
    """The folder of built-in templates: inside the installed wheel, or the checkout's."""
    packaged = Path(str(resources.files("leadocs"))) / "templates"
    if packaged.is_dir():
        return packaged
    # A source checkout or editable install: the top-level templates/ folder.
    return Path(__file__).resolve().parents[2] / "templates"


def examples_dir() -> Path:
    """The example files (organisations, networks, procurements, lists), shipped in the wheel."""
    packaged = Path(str(resources.files("leadocs"))) / "examples"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "examples"


def builtin_templates() -> list[BuiltinTemplate]:
    """Every built-in document template, sorted by name."""
    folder = builtin_templates_dir()
    found = []
    for path in sorted(folder.glob("*.docx")):
        name = path.stem
        found.append(BuiltinTemplate(name, path, KINDS[name].description if name in KINDS else ""))
    return found


def _builtin(name: str) -> BuiltinTemplate:
    for template in builtin_templates():
        if template.name == name:
            return template
    names = ", ".join(t.name for t in builtin_templates())
    raise UsageError(f"no built-in template named '{name}'", hint=f"available: {names}")


def read_template(name: str, override: Path | None = None) -> tuple[bytes, str]:
    """The bytes of a template and its display name: ``override`` if given, else the built-in."""
    path = override if override is not None else _builtin(name).path
    try:
        return path.read_bytes(), str(path if override is not None else f"{name}.docx")
    except FileNotFoundError:
        raise TemplateError(path, "template file not found; check the path") from None
    except OSError as exc:
        raise TemplateError(path, f"cannot be read: {exc.strerror}") from None


def export_template(name: str, folder: Path, *, force: bool = False) -> Path:
    """Copy a built-in template into ``folder`` so it can be edited in Word."""
    template = _builtin(name)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / template.path.name
    if target.exists() and not force:
        raise OutputError(f"{target} already exists", hint="use --force to overwrite it")
    shutil.copyfile(template.path, target)
    return target
