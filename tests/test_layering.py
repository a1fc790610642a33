"""The layering rules of ARCHITECTURE.md, enforced by reading every module's imports.

1. store imports only the standard library and peewee (plus smallcrm.errors, a
   dependency-free leaf holding UserError, so storage can explain a damaged file).
2. domain, sheets, printing, jobs, settings, paths, errors, plots, files never import widgets,
   smallcrm.ui or smallcrm.cli (printing may use QtGui/QtCore to draw PDFs).
3. cli and ui never import each other; only smallcrm.launch knows both.
4. ui never writes through models: no .save(), .delete_instance(), .atomic(), ...
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "smallcrm"
STDLIB = set(sys.stdlib_module_names)
CORE = ("domain", "sheets", "printing", "jobs", "settings", "paths", "errors", "plots", "files")
WRITE_CALLS = {"atomic", "delete_instance", "insert_many", "insert_from", "execute_sql", "create_tables", "drop_tables"}


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts)
        out.append((name.removesuffix(".__init__"), path))
    return out


def _imports(path: Path, module: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: resolve against the module's package
                base = module.split(".")[: -node.level] if path.name != "__init__.py" else module.split(".")
                found.add(".".join([*base, node.module] if node.module else base))
            elif node.module:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


MODULES = _modules()


def test_the_package_has_modules_to_check() -> None:
    layers = {_layer(m) for m, _ in MODULES}
    assert {"store", "domain", "cli", "ui"} <= layers


@pytest.mark.parametrize(("module", "path"), [m for m in MODULES if _layer(m[0]) == "store"], ids=lambda v: str(v))
def test_store_imports_only_stdlib_and_peewee(module: str, path: Path) -> None:
    for name in _imports(path, module):
        top = name.split(".")[0]
        allowed = (
            top in STDLIB
            or top in ("peewee", "playhouse")
            or name.startswith("smallcrm.store")
            or name in ("smallcrm", "smallcrm.errors")
            or name.startswith("smallcrm.errors.")
        )
        assert allowed, f"{module} imports {name}"


@pytest.mark.parametrize(("module", "path"), [m for m in MODULES if _layer(m[0]) in CORE], ids=lambda v: str(v))
def test_core_layers_import_no_widgets_ui_or_cli(module: str, path: Path) -> None:
    for name in _imports(path, module):
        assert not name.startswith(("smallcrm.ui", "smallcrm.cli")), f"{module} imports {name}"
        if name.startswith("PySide6"):
            drawing = _layer(module) == "printing" and name.split(".")[1] in ("QtGui", "QtCore", "QtPrintSupport")
            assert drawing, f"{module} imports {name}: only printing may draw, and never with widgets"


@pytest.mark.parametrize(
    ("module", "path"), [m for m in MODULES if _layer(m[0]) in ("cli", "ui")], ids=lambda v: str(v)
)
def test_cli_and_ui_do_not_import_each_other(module: str, path: Path) -> None:
    other = "smallcrm.ui" if _layer(module) == "cli" else "smallcrm.cli"
    for name in _imports(path, module):
        assert not name.startswith(other), f"{module} imports {name}"
        if _layer(module) == "cli":
            assert not name.startswith("PySide6"), f"{module} imports {name}: the CLI must start without Qt"


@pytest.mark.parametrize(("module", "path"), [m for m in MODULES if _layer(m[0]) == "ui"], ids=lambda v: str(v))
def test_ui_never_writes_through_models(module: str, path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr = node.func.attr
            assert attr not in WRITE_CALLS, f"{module}:{node.lineno} calls .{attr}(); call a domain command instead"
            # Model.save() takes no path; QPixmap/QImage.save(path) does and is fine.
            assert not (attr == "save" and not node.args), f"{module}:{node.lineno} calls .save() on a model"
