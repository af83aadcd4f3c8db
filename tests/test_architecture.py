"""The package's shape: no import cycles, no private names used across modules, small modules."""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

from tests.helpers import ROOT

PACKAGE = ROOT / "leadocs"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imported(node: ast.AST, package: str) -> list[tuple[str, str | None]]:
    """(module, name) pairs an import statement brings in; name None for ``import x``."""
    if isinstance(node, ast.Import):
        return [(alias.name, None) for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
            base = f"{base}.{node.module}" if node.module else base
        return [(base, alias.name) for alias in node.names]
    return []


def import_graph() -> dict[str, set[str]]:
    """Every leadocs module and the leadocs modules it imports, anywhere in its code."""
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for module, imported in _imported(node, package):
                if f"{module}.{imported}" in MODULES:
                    edges.add(f"{module}.{imported}")
                elif module in MODULES:
                    edges.add(module)
        graph[name] = edges - {name}
    return graph


def first_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of ``graph`` (its modules, the first repeated at the end), or []."""
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as exc:
        return list(exc.args[1])
    return []


def test_no_import_cycles() -> None:
    assert first_cycle(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    cycle = first_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}})
    assert sorted(set(cycle)) == ["a", "b", "c"]
    assert first_cycle({"a": {"b"}, "b": set()}) == []


def test_no_private_names_imported_across_packages() -> None:
    offenders = []
    for name, path in MODULES.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for module, imported in _imported(node, package):
                target = f"{module}.{imported}" if imported else module
                private = any(
                    part.startswith("_") and not part.startswith("__")
                    for part in target.split(".")[1:]
                )
                same_package = module == package or module.startswith(f"{package}.")
                if module.startswith("leadocs") and private and not same_package:
                    offenders.append(f"{name} imports {target}")
    assert offenders == []


def test_a_handful_of_top_level_modules() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= 6, top


def test_no_module_past_400_lines() -> None:
    sizes = {n: len(p.read_text().splitlines()) for n, p in MODULES.items()}
    long = {n: size for n, size in sizes.items() if size > 420}
    assert long == {}
