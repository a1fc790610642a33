"""The layering checker behind tests/test_layering.py: it reads a source tree's modules
(never imports them) and reports every breach of docs/ARCHITECTURE.md's layering rules.

It is fed a tree root, the folder holding the ``smallcrm`` package, so the tests can
run it on small planted trees as well as on the real one.

What counts as an import: ``import`` and ``from ... import`` anywhere in a module (at
the top, inside functions, under ``if TYPE_CHECKING``), relative ones resolved to the
module they name, and ``importlib.import_module(...)`` / ``__import__(...)`` /
``matplotlib.use(...)`` called with a string literal.

The rules (each breach names one):

``store-imports``       store imports only the standard library, peewee/playhouse, its
                        own modules and ``smallcrm.errors`` (a dependency-free leaf, so
                        storage can explain a damaged file in the user's words).
``upward-import``       domain, sheets, printing, plots, jobs, settings, paths, errors and
                        files never import ``smallcrm.ui`` or ``smallcrm.cli``.
``domain-imports-sheets``  domain never imports sheets: sheets builds on domain.
``cli-ui-siblings``     cli and ui never import each other (only ``smallcrm.launch``
                        knows both).
``widgets-outside-ui``  Qt widgets (QtWidgets, the print dialogs, any *Widgets module)
                        and matplotlib's Qt backends (or pyplot, which picks a GUI backend
                        by itself) only in ui.
``qt-outside-ui``       no other Qt in the layers below ui either, except that printing
                        draws PDFs with QtCore/QtGui/QtPrintSupport's printer; the CLI
                        starts without Qt at all.
``ui-writes``           ui never writes through peewee: no ``.save()``, ``.delete()``,
                        ``.delete_instance()``, ``Model.update/create/insert/replace()``,
                        ``.insert_many()``, ``.bulk_create()``, ``db.atomic()``,
                        ``db.transaction()``, ... A domain command owns the transaction.
``ui-sql``              ui runs no SQL of its own: no ``.execute(...)``, ``execute_sql``,
                        ``cursor()``, peewee ``SQL(...)``. It reads through domain queries.
``cycle``               no import cycle between modules (function-level imports count:
                        they only hide the cycle until the function runs).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "smallcrm"
STDLIB = frozenset(sys.stdlib_module_names)

# The layers below ui and cli: they may import store and third-party libraries.
CORE = frozenset({"domain", "sheets", "printing", "plots", "jobs", "settings", "paths", "errors", "files"})

# Qt's widget modules all end in "Widgets" (QtWidgets, QtSvgWidgets, ...); QtPrintSupport
# is mixed: QPrinter draws PDFs, these are dialogs.
PRINT_DIALOGS = frozenset(
    {"QAbstractPrintDialog", "QPageSetupDialog", "QPrintDialog", "QPrintPreviewDialog", "QPrintPreviewWidget"}
)
# What printing may draw with: text, fonts, images and painters onto a QPdfWriter/QPrinter.
PRINTING_QT = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtPrintSupport")

# peewee's write API. These names mean a write whatever they are called on ...
WRITE_METHODS = frozenset(
    {
        "atomic",
        "bulk_create",
        "bulk_update",
        "create_table",
        "create_tables",
        "delete_instance",
        "drop_table",
        "drop_tables",
        "get_or_create",
        "insert_from",
        "insert_many",
        "manual_commit",
        "replace_many",
        "savepoint",
        "transaction",
    }
)
# ... these only when called on a class, which in ui can only be a peewee model
# (str.replace, set.update, QWidget.update and list.insert are everywhere in ui).
MODEL_CLASS_WRITES = frozenset({"create", "delete", "insert", "replace", "update"})
# Raw SQL: a statement run by hand, or peewee's verbatim SQL() node.
SQL_METHODS = frozenset({"cursor", "execute", "execute_sql"})


@dataclass(frozen=True, order=True)
class Breach:
    """One breach of one rule. ``key`` (rule, module, target) is what the list of known
    breaches holds: the line moves with every edit, the key does not."""

    rule: str
    module: str  # the module that breaks the rule; for a cycle, its first member
    target: str  # what it imports or calls; for a cycle, its members
    lines: tuple[int, ...] = field(default=(), compare=False)  # every line where it does
    note: str = field(default="", compare=False)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.rule, self.module, self.target)

    def __str__(self) -> str:
        where = f"{self.module}:{','.join(map(str, self.lines))}" if self.lines else self.module
        return f"[{self.rule}] {where}: {self.target}" + (f" ({self.note})" if self.note else "")


@dataclass(frozen=True)
class Import:
    """One module an import statement (or call) names. For ``from X import a`` outside
    the package there is no tree to tell whether ``a`` is a module or a class, so
    ``spellings`` holds both X and X.a; a rule reports the first spelling it refuses."""

    name: str
    line: int
    spellings: tuple[str, ...]


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    imports: list[Import]

    @property
    def layer(self) -> str:
        """'store', 'domain', 'ui', ... ; for smallcrm/plots.py 'plots'; '' for the package itself."""
        parts = self.name.split(".")
        return parts[1] if len(parts) > 1 else ""

    @property
    def package(self) -> str:
        return self.name if self.path.name == "__init__.py" else self.name.rpartition(".")[0]


def read_tree(root: Path) -> dict[str, Module]:
    """Every module of the package under ``root``, its imports resolved to module names."""
    found: dict[str, tuple[Path, ast.Module]] = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        name = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        found[name] = (path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    modules = {name: Module(name, path, tree, []) for name, (path, tree) in found.items()}
    for module in modules.values():
        module.imports = list(_imports(module, set(modules)))
    return modules


def _resolve(package: str, level: int, name: str | None) -> str:
    """A relative import's module: ``from ..x import y`` in package smallcrm.domain -> 'smallcrm.x'."""
    parts = package.split(".")
    base = parts[: len(parts) - (level - 1)]
    return ".".join([*base, name] if name else base)


def _imports(module: Module, known: set[str]) -> Iterator[Import]:
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(alias.name, node.lineno, (alias.name,))
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module.package, node.level, node.module) if node.level else (node.module or "")
            if _inside(base, PACKAGE):
                # 'from smallcrm.domain import customers' names the module smallcrm.domain.customers;
                # 'from smallcrm.domain.customers import Customer' names smallcrm.domain.customers.
                for name in dict.fromkeys(
                    f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names
                ):
                    yield Import(name, node.lineno, (name,))
            else:
                yield Import(base, node.lineno, (base, *(f"{base}.{a.name}" for a in node.names)))
        elif isinstance(node, ast.Call):
            dynamic = _dynamic_import(node)
            if dynamic:
                yield Import(dynamic, node.lineno, (dynamic,))


def _dynamic_import(call: ast.Call) -> str | None:
    """The module a call with a string literal imports: importlib.import_module("x"),
    import_module(".x", package="smallcrm.y"), __import__("x"), matplotlib.use("QtAgg")."""
    func = call.func
    called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if not call.args or not isinstance(call.args[0], ast.Constant) or not isinstance(call.args[0].value, str):
        return None
    text = call.args[0].value
    if called == "import_module":
        if not text.startswith("."):
            return text
        package = next((k.value for k in call.keywords if k.arg == "package"), None)
        anchor = package.value if isinstance(package, ast.Constant) and isinstance(package.value, str) else None
        if anchor is None:
            return None
        name = text.lstrip(".")
        return _resolve(anchor, len(text) - len(name), name or None)
    if called == "__import__":
        return text
    if called in ("use", "switch_backend") and text.lower().startswith(
        ("qt", "module://matplotlib.backends.backend_qt")
    ):
        return "matplotlib.backends.backend_" + text.lower().removeprefix("module://matplotlib.backends.backend_")
    return None


def _inside(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _is_widgets(name: str) -> bool:
    top, _, rest = name.partition(".")
    if top == "PySide6" and rest:
        qt_module, _, member = rest.partition(".")
        return qt_module.endswith("Widgets") or (qt_module == "QtPrintSupport" and member in PRINT_DIALOGS)
    if top == "matplotlib":
        backend = name.removeprefix("matplotlib.backends.")
        return (backend != name and "qt" in backend) or _inside(name, "matplotlib.pyplot")
    return False


def _store_may_import(name: str) -> bool:
    return (
        name.partition(".")[0] in STDLIB
        or _inside(name, "peewee", "playhouse", f"{PACKAGE}.store", f"{PACKAGE}.errors")
        or name == PACKAGE  # the version only: smallcrm/__init__.py imports nothing
    )


def _rules_for(layer: str) -> list[tuple[str, Callable[[str], bool]]]:
    """(rule, refuses) for the imports of a module in ``layer``."""
    up = (f"{PACKAGE}.ui", f"{PACKAGE}.cli")
    rules: list[tuple[str, Callable[[str], bool]]] = []
    if layer == "store":
        return [("store-imports", lambda n: not _store_may_import(n))]
    if layer in CORE:
        rules.append(("upward-import", lambda n: _inside(n, *up)))
    if layer == "domain":
        rules.append(("domain-imports-sheets", lambda n: _inside(n, f"{PACKAGE}.sheets")))
    if layer in ("cli", "ui"):
        sibling = up[0] if layer == "cli" else up[1]
        rules.append(("cli-ui-siblings", lambda n: _inside(n, sibling)))
    if layer and layer != "ui":
        rules.append(("widgets-outside-ui", _is_widgets))
    if layer in CORE or layer == "cli":
        drawing = PRINTING_QT if layer == "printing" else ()
        rules.append(
            ("qt-outside-ui", lambda n: n.startswith("PySide6.") and not _is_widgets(n) and not _inside(n, *drawing))
        )
    return rules


def _layer_breaches(module: Module) -> Iterator[Breach]:
    rules = _rules_for(module.layer)
    for imp in module.imports:
        for rule, refuses in rules:
            refused = next((name for name in imp.spellings if refuses(name)), None)
            if refused is not None:
                yield Breach(rule, module.name, refused, (imp.line,))


def _ui_breaches(module: Module) -> Iterator[Breach]:
    for node in ast.walk(module.tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if called == "SQL":  # peewee's verbatim SQL node; Qt has nothing of that name
            yield Breach("ui-sql", module.name, "SQL()", (node.lineno,))
        if not isinstance(func, ast.Attribute):
            continue
        attr, receiver = func.attr, func.value
        # Customer.update(...), models.Customer.delete(): a class, so a peewee model here.
        named = receiver.attr if isinstance(receiver, ast.Attribute) else getattr(receiver, "id", "")
        on_class = named[:1].isupper()
        own_cursor = attr == "cursor" and named == "self"  # QWidget.cursor(), the mouse pointer
        model_save = attr == "save" and not node.args  # Model.save(); QPixmap.save(path) takes a path
        if attr in SQL_METHODS and not own_cursor:
            rule = "ui-sql"
        elif attr in WRITE_METHODS or (attr in MODEL_CLASS_WRITES and on_class) or model_save:
            rule = "ui-writes"
        else:
            continue
        yield Breach(rule, module.name, f".{attr}()", (node.lineno,))


def import_graph(modules: dict[str, Module]) -> dict[str, set[str]]:
    """module -> the package's modules it imports (at the top or inside a function)."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for module in modules.values():
        for imp in module.imports:
            if imp.name in modules and imp.name != module.name:
                graph[module.name].add(imp.name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles: each strongly connected group of more than one module, sorted
    (Tarjan's algorithm, iterative so a deep tree cannot overflow the stack)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            nxt = next(edges, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return sorted(groups)


def _one_loop(graph: dict[str, set[str]], group: list[str]) -> list[str]:
    """A shortest way round the cycle from its first member, to show how it closes."""
    start, members = group[0], set(group)
    came: dict[str, str] = {}
    queue = [start]
    for node in queue:
        for nxt in sorted(graph[node] & members):
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(came[path[-1]])
                return [*reversed(path), start]
            if nxt not in came:
                came[nxt] = node
                queue.append(nxt)
    return group  # unreachable for a strongly connected group


def check_tree(root: Path) -> list[Breach]:
    """Every breach in the tree under ``root`` (the folder holding ``smallcrm/``), sorted."""
    modules = read_tree(root)
    lines: dict[Breach, set[int]] = {}
    for module in modules.values():
        for breach in [*_layer_breaches(module), *(_ui_breaches(module) if module.layer == "ui" else ())]:
            lines.setdefault(breach, set()).update(breach.lines)
    found = [Breach(b.rule, b.module, b.target, tuple(sorted(at))) for b, at in lines.items()]
    graph = import_graph(modules)
    for group in cycles(graph):
        loop = " -> ".join(m.removeprefix(PACKAGE + ".") for m in _one_loop(graph, group))
        found.append(Breach("cycle", group[0], ", ".join(group), note=loop))
    return sorted(found)
