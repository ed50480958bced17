"""``.venv/bin/python tools/update_translations.py``: refresh the translations in one command.

Extracts every translatable message of ``journeymapper/`` into
``resources/translations/journeymapper_da.ts`` with ``pyside6-lupdate -no-obsolete`` (existing
translations are kept, messages gone from the code are dropped) and compiles it with
``pyside6-lrelease`` into ``journeymapper_da.qm``, which the app loads. Translate new messages in
Qt Linguist (``.venv/bin/pyside6-linguist resources/translations/journeymapper_da.ts``) or in the
XML, then run this script again.

Why not just ``pyside6-lupdate journeymapper/``: lupdate's Python parser only understands
``self.tr("...")`` written inside the owning class and ``QCoreApplication.translate("Ctx", "...")``
with literal arguments (and a plural only when the count is a number literal). This code also
uses module helpers (``def _tr(text): return QCoreApplication.translate(CONTEXT, text)``), local
aliases (``tr = self.tr``, ``t = QCoreApplication.translate``) and ``widget.tr(...)``; lupdate
misses those or files them under a context that Qt never asks for, so they would stay English.
So the sources are copied to a temporary tree that mirrors the repository, every translation
call with a literal text is rewritten there, on the same line, into the canonical form
``QCoreApplication.translate("Context", "text"[, "disambiguation"[, 0]])`` with the context Qt
uses at run time, and lupdate runs on the copy (the ``.ts`` locations still name the real files
and lines). Contexts:

* ``self.tr(...)`` and ``tr = self.tr; tr(...)``: the enclosing class (PySide6 tries the class
  names of ``type(self).__mro__``, which include it);
* ``other.tr(...)`` with a receiver that is not ``self``: ``QObject`` (in every receiver's MRO);
* ``helper("...")`` for a module helper around ``QCoreApplication.translate``: the helper's context;
* undo-command names, which ``ui/session.py`` translates as ``translate("Command", command.name)``:
  ``Command``, for the string literals given as a command's name (see ``_command_names``), and both
  forms of ``counted_name("Delete Card", "Delete %n Card(s)", n)`` (the second as a plural);
* error messages of the Qt-free layers written as ``problem("…", name=value)``: ``Problems``
  (``ui/problems.py`` translates them when they are shown in the editor; the command line prints
  the English);
* the journey check's messages: ``JourneyCheck``, from ``MESSAGES`` and ``VARIANT_NAMES`` in
  ``analysis/check.py``, their single source.

``#:`` comments become translator comments (``extracomment``) only right above a message; elsewhere
they document attributes, and the copy lupdate reads has them as plain comments.

Calls whose text is not a literal (an f-string, a variable) cannot be extracted: the script lists
them, and the messages they use must be marked elsewhere (e.g. ``QT_TRANSLATE_NOOP``).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGE = REPO_ROOT / "journeymapper"
COMMANDS = PACKAGE / "commands"
TRANSLATIONS = REPO_ROOT / "resources" / "translations"
LANGUAGES = ("da",)
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
NOOPS = {"QT_TRANSLATE_NOOP": 2, "QT_TRANSLATE_NOOP3": 3}
COMMAND_CONTEXT = "Command"
#: The journey check's messages and curve-variant names: extracted from their single source,
#: the module-level dicts of ``journeymapper/analysis/check.py``, under the context the check panel uses.
CHECK_MODULE = PACKAGE / "analysis" / "check.py"
CHECK_DICTS = ("MESSAGES", "VARIANT_NAMES")
CHECK_CONTEXT = "JourneyCheck"
OTHER_RECEIVER_CONTEXT = "QObject"


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"journeymapper_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"journeymapper_{language}.qm"


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python (the venv), else on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} not found (install PySide6 into the virtualenv)")
    return found


def source_files() -> list[Path]:
    """Every Python file of the package (the Qt-free layers simply have nothing to extract)."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


# --- finding the translation calls -------------------------------------------------------------

@dataclass
class Call:
    """One translation call found in a file: where it is and what lupdate should see instead."""

    node: ast.AST
    context: Optional[str]
    args: list[ast.expr]  # sourceText, disambiguation, n (as far as given)
    fstring: Optional[ast.JoinedStr] = None  # the f-string the call is written in, if any


@dataclass
class Dynamic:
    path: Path
    line: int
    code: str


def _literal(node: Optional[ast.expr]) -> Optional[str]:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` constants (contexts are often kept in one)."""
    found: dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            value = _literal(stmt.value)
            if value is not None:
                found[stmt.targets[0].id] = value
    return found


def _is_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id in TRANSLATE_OWNERS)


def _bind(call: ast.Call, names: tuple[str, ...]) -> dict[str, ast.expr]:
    bound = dict(zip(names, call.args, strict=False))
    bound.update({k.arg: k.value for k in call.keywords if k.arg in names})
    return bound


def _assigned(stmt: ast.Assign) -> list[tuple[str, ast.expr]]:
    """(name, value) pairs of ``a = x`` and ``a, b = x, y``."""
    pairs: list[tuple[str, ast.expr]] = []
    for target in stmt.targets:
        if isinstance(target, ast.Name):
            pairs.append((target.id, stmt.value))
        elif isinstance(target, ast.Tuple) and isinstance(stmt.value, ast.Tuple) \
                and len(target.elts) == len(stmt.value.elts):
            pairs += [(t.id, v) for t, v in zip(target.elts, stmt.value.elts, strict=True) if isinstance(t, ast.Name)]
    return pairs


def _helpers(tree: ast.Module, strings: dict[str, str]) -> dict[str, tuple[Optional[str], list[str]]]:
    """Module functions that only return ``QCoreApplication.translate(CTX, <their parameters>)``.

    Maps the helper's name to (context, its parameter names in translate's order).
    """
    found: dict[str, tuple[Optional[str], list[str]]] = {}
    for stmt in tree.body:
        if not isinstance(stmt, ast.FunctionDef):
            continue
        body = [s for s in stmt.body if not (isinstance(s, ast.Expr) and _literal(s.value) is not None)]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
            continue
        inner = body[0].value
        if not _is_translate(inner.func) or not inner.args:
            continue
        params = [a.arg for a in stmt.args.args]
        passed = [a.id if isinstance(a, ast.Name) else None for a in inner.args[1:]]
        if not passed or any(p is None or p not in params for p in passed):
            continue
        ctx = inner.args[0]
        context = _literal(ctx) if not isinstance(ctx, ast.Name) else strings.get(ctx.id)
        found[stmt.name] = (context, [p for p in passed if p is not None])
    return found


class _Finder(ast.NodeVisitor):
    """Walks one module, resolving each translation call to its run-time context."""

    def __init__(self, path: Path, tree: ast.Module) -> None:
        self.path = path
        self.strings = _module_strings(tree)
        self.helpers = _helpers(tree, self.strings)
        self.classes: list[str] = []
        # per function scope: local alias name -> ("tr", context) | ("translate", None)
        self.scopes: list[dict[str, tuple[str, Optional[str]]]] = [{}]
        self.calls: list[Call] = []
        self.dynamic: list[Dynamic] = []
        self.helper_nodes = {id(s) for s in tree.body if isinstance(s, ast.FunctionDef) and s.name in self.helpers}
        self.in_helper = 0
        self.fstrings: list[ast.JoinedStr] = []
        self.visit(tree)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.fstrings.append(node)
        self.generic_visit(node)
        self.fstrings.pop()

    # scopes
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        helper = id(node) in self.helper_nodes
        self.in_helper += helper
        aliases: dict[str, tuple[str, Optional[str]]] = {}
        for sub in ast.walk(node):
            if isinstance(sub, ast.Assign):
                for name, value in _assigned(sub):
                    alias = self._alias_of(value)
                    if alias is not None:
                        aliases[name] = alias
        self.scopes.append(aliases)
        self.generic_visit(node)
        self.scopes.pop()
        self.in_helper -= helper

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Module(self, node: ast.Module) -> None:
        for stmt in node.body:
            if isinstance(stmt, ast.Assign):
                for name, value in _assigned(stmt):
                    alias = self._alias_of(value)
                    if alias is not None:
                        self.scopes[0][name] = alias
        self.generic_visit(node)

    def _tr_context(self, receiver: ast.expr) -> Optional[str]:
        if isinstance(receiver, ast.Name) and receiver.id == "self":
            return self.classes[-1] if self.classes else None
        return OTHER_RECEIVER_CONTEXT

    def _alias_of(self, value: ast.expr) -> Optional[tuple[str, Optional[str]]]:
        if isinstance(value, ast.Attribute) and value.attr == "tr":
            return ("tr", self._tr_context(value.value))
        if _is_translate(value):
            return ("translate", None)
        return None

    def _lookup(self, name: str) -> Optional[tuple[str, Optional[str]]]:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    # calls
    def visit_Call(self, node: ast.Call) -> None:
        self._classify(node)
        self.generic_visit(node)

    def _classify(self, node: ast.Call) -> None:
        func = node.func
        kind: Optional[tuple[str, Optional[str]]] = None
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            kind = ("tr", self._tr_context(func.value))
        elif _is_translate(func):
            kind = ("translate", None)
        elif isinstance(func, ast.Name):
            if func.id in NOOPS:
                kind = ("noop", None)
            elif func.id in self.helpers:
                kind = ("helper", func.id)
            else:
                kind = self._lookup(func.id)
        if kind is None:
            return
        what, detail = kind
        context: Optional[str]
        if what == "tr":
            context = detail
            args = _bind(node, ("sourceText", "disambiguation", "n"))
        elif what == "helper":
            assert detail is not None
            context, params = self.helpers[detail]
            given = _bind(node, tuple(params))
            slots = zip(("sourceText", "disambiguation", "n"), params, strict=False)
            args = {slot: given[p] for slot, p in slots if p in given}
        else:  # translate / noop: the context is the first argument
            args = _bind(node, ("context", "sourceText", "disambiguation", "n"))
            ctx = args.pop("context", None)
            context = (self.strings.get(ctx.id) if isinstance(ctx, ast.Name) else _literal(ctx))
        text = args.get("sourceText")
        if self.in_helper and what == "translate":
            return  # the helper's own body: its text is a parameter by design
        if _literal(text) is None or context is None:
            self.dynamic.append(Dynamic(self.path, node.lineno, ast.unparse(node)))
            return
        ordered = [args["sourceText"]]
        if "disambiguation" in args or "n" in args:
            ordered.append(args.get("disambiguation", ast.Constant(None)))
        if "n" in args:
            ordered.append(args["n"])
        self.calls.append(Call(node, context, ordered, self.fstrings[0] if self.fstrings else None))


def _command_names(tree: ast.Module, in_commands: bool) -> list[ast.Constant]:
    """String literals that become an undo command's ``name``.

    Inside ``journeymapper/commands``: ``self.name = "..."``, ``name="..."`` and ``name: str = "..."``
    defaults. Elsewhere: the ``name=`` of a call to a class imported from ``journeymapper.commands``, and
    the first argument of ``Composite("...", ...)``.
    """
    imported = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and (node.module or "").startswith("journeymapper.commands") for alias in node.names}
    found: list[ast.Constant] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in imported:
            if node.func.id == "Composite" and node.args:
                found += _literal_parts(node.args[0])
            found += [c for k in node.keywords if k.arg == "name" for c in _literal_parts(k.value)]
        if (isinstance(node, ast.Assign) and any(  # command.name = "Connect Cards", in the canvas or the UI
                isinstance(t, ast.Attribute) and t.attr == "name" and isinstance(t.value, ast.Name)
                and "command" in t.value.id.lower() for t in node.targets)):
            found += _literal_parts(node.value)
        if not in_commands:
            continue
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Attribute) and t.attr == "name"
                                                for t in node.targets):
            found += _literal_parts(node.value)
        if isinstance(node, ast.ClassDef):  # a class-level default: name = "Clear Votes"
            for stmt in node.body:
                target = stmt.target if isinstance(stmt, ast.AnnAssign) else (
                    stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else None)
                value = getattr(stmt, "value", None)
                if isinstance(target, ast.Name) and target.id == "name" and value is not None:
                    found += _literal_parts(value)
        elif isinstance(node, ast.keyword) and node.arg == "name":
            found += _literal_parts(node.value)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            positional = args.posonlyargs + args.args
            pairs = list(zip(positional[len(positional) - len(args.defaults):], args.defaults, strict=True))
            pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None]
            found += [c for a, d in pairs if a.arg == "name" for c in _literal_parts(d)]
    unique: dict[int, ast.Constant] = {id(c): c for c in found}  # a keyword is seen twice in commands/
    return list(unique.values())


def _check_messages(tree: ast.Module, path: Path) -> list[ast.Constant]:
    """The values of ``MESSAGES`` and ``VARIANT_NAMES`` in the journey check's module."""
    if path.resolve() != CHECK_MODULE.resolve():
        return []
    found: list[ast.Constant] = []
    for stmt in tree.body:
        target = stmt.target if isinstance(stmt, ast.AnnAssign) else (
            stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else None)
        value = getattr(stmt, "value", None)
        if isinstance(target, ast.Name) and target.id in CHECK_DICTS and isinstance(value, ast.Dict):
            found += [c for v in value.values for c in _literal_parts(v)]
    return found


def _translator_comment_lines(raw: bytes, tree: ast.Module, wanted: set[int]) -> list[int]:
    """Lines of ``#:`` comments that are NOT translator comments (lupdate would attach them to the
    next message, however far below): attribute docs whose next code line has no message."""
    lines = raw.decode("utf-8").splitlines()
    ends: dict[int, int] = {}  # first line of a statement -> its last line (the innermost one)
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and not isinstance(node, (ast.ClassDef, ast.FunctionDef,
                                                                 ast.AsyncFunctionDef, ast.If, ast.For,
                                                                 ast.While, ast.With, ast.Try)):
            ends[node.lineno] = min(ends.get(node.lineno, 10**9), node.end_lineno or node.lineno)
    stray = []
    for number, line in enumerate(lines, start=1):
        if not line.lstrip().startswith("#:"):
            continue
        following = number + 1
        while following <= len(lines) and (not lines[following - 1].strip()
                                           or lines[following - 1].lstrip().startswith("#")):
            following += 1
        if not wanted & set(range(following, ends.get(following, following) + 1)):
            stray.append(number)
    return stray


def _literal_parts(value: ast.expr) -> list[ast.Constant]:
    """The string literals a ``name`` can be: the value itself, or either side of ``a or b``."""
    if _literal(value):
        return [value]  # type: ignore[list-item]
    if isinstance(value, ast.BoolOp):
        return [c for v in value.values for c in _literal_parts(v)]
    if isinstance(value, ast.IfExp):
        return _literal_parts(value.body) + _literal_parts(value.orelse)
    if (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "get"
            and isinstance(value.func.value, ast.Dict)):  # {"card": "Add Card", ...}.get(noun, ...)
        return [c for v in value.func.value.values for c in _literal_parts(v)]
    return []


COUNTED_NAME = "counted_name"
PROBLEM = "problem"
PROBLEM_CONTEXT = "Problems"


def _problems(tree: ast.Module) -> list[ast.Constant]:
    """The templates of ``problem("…", name=value)``: error messages of the Qt-free layers that the
    editor translates (``ui/problems.py``)."""
    return [node.args[0] for node in ast.walk(tree)  # type: ignore[misc]
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == PROBLEM
            and node.args and _literal(node.args[0])]


def _counted_names(tree: ast.Module) -> list[tuple[ast.Constant, bool]]:
    """``counted_name("Delete Card", "Delete %n Card(s)", n)``: (literal, is the plural) for both forms."""
    found: list[tuple[ast.Constant, bool]] = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == COUNTED_NAME
                and len(node.args) >= 2):
            found += [(c, plural) for c, plural in ((node.args[0], False), (node.args[1], True)) if _literal(c)]
    return found  # type: ignore[return-value]


# --- rewriting for lupdate ---------------------------------------------------------------------

def _q(text: Optional[str], quote: str = '"') -> str:
    """A Python string literal lupdate reads back as ``text`` (``quote``: the original's quote character,
    so that a call inside an f-string does not end the f-string for lupdate's tokenizer)."""
    if text is None:
        return "None"
    escaped = (text.replace("\\", "\\\\").replace(quote, "\\" + quote)
               .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
    return f"{quote}{escaped}{quote}"


def _canonical(context: str, args: list[ast.expr], quote: str) -> str:
    parts = [_q(context, quote), _q(_literal(args[0]), quote)]
    if len(args) > 1:
        parts.append(_q(_literal(args[1]) or "", quote))
    if len(args) > 2:
        n = args[2]
        plural = not (isinstance(n, ast.UnaryOp) and _literal_number(n.operand) == 1) and _literal_number(n) != -1
        if plural:
            parts.append("0")  # lupdate marks a plural only when the count is a number literal
    return f"QCoreApplication.translate({', '.join(parts)})"


def _literal_number(node: ast.expr) -> Optional[float]:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) else None


def _same_literal(code: str, node: ast.AST) -> bool:
    try:  # in parentheses: implicitly joined literals may span lines
        return ast.literal_eval(f"({code})") == getattr(node, "value", None)
    except (ValueError, SyntaxError):
        return False


def rewrite(path: Path) -> tuple[bytes, list[Dynamic], int]:
    """The file as lupdate should see it, the calls it cannot, and how many calls were rewritten."""
    raw = path.read_bytes()
    tree = ast.parse(raw, str(path))
    finder = _Finder(path, tree)
    starts = [0]
    for line in raw.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))

    def span(node: ast.AST) -> tuple[int, int]:  # ast columns are UTF-8 byte offsets
        return (starts[node.lineno - 1] + node.col_offset,  # type: ignore[attr-defined]
                starts[node.end_lineno - 1] + node.end_col_offset)  # type: ignore[attr-defined]

    def quote_of(node: ast.AST) -> str:
        begin, end = span(node)
        code = raw[begin:end].decode("utf-8").lstrip("rRuUbB")
        return "'" if code.startswith("'") else '"'

    replacements: list[tuple[ast.AST, str]] = []
    insertions: list[tuple[int, str]] = []
    for call in finder.calls:
        if call.fstring is not None:  # lupdate reads an f-string as one token: repeat the call right after it
            insertions.append((span(call.fstring)[1], " " + _canonical(call.context or "", call.args, '"')))
        else:
            replacements.append((call.node, _canonical(call.context or "", call.args, quote_of(call.args[0]))))
    for name in _command_names(tree, path.is_relative_to(COMMANDS)):
        q = quote_of(name)
        replacements.append((name, f"QCoreApplication.translate({_q(COMMAND_CONTEXT, q)}, {_q(name.value, q)})"))
    for literal, plural in _counted_names(tree):
        q = quote_of(literal)
        count = ", None, 0" if plural else ""
        replacements.append((literal, f"QCoreApplication.translate({_q(COMMAND_CONTEXT, q)}, {_q(literal.value, q)}"
                                      f"{count})"))
    for template in _problems(tree):
        q = quote_of(template)
        replacements.append((template,
                             f"QCoreApplication.translate({_q(PROBLEM_CONTEXT, q)}, {_q(template.value, q)})"))
    for message in _check_messages(tree, path):
        q = quote_of(message)
        replacements.append((message, f"QCoreApplication.translate({_q(CHECK_CONTEXT, q)}, {_q(message.value, q)})"))
    # "#:" documents attributes in this code; only those right above a message are for translators.
    wanted = {node.lineno for node, _ in replacements}  # type: ignore[attr-defined]
    wanted |= {call.fstring.lineno for call in finder.calls if call.fstring is not None}
    lines = raw.split(b"\n")
    for number in _translator_comment_lines(raw, tree, wanted):
        lines[number - 1] = lines[number - 1].replace(b"#:", b"# ", 1)  # same length: offsets stay
    raw = b"\n".join(lines)

    spans = []
    for node, text in replacements:
        begin, end = span(node)
        original = raw[begin:end].decode("utf-8", "replace")
        expected = ast.unparse(node.func) if isinstance(node, ast.Call) else None
        if expected is not None and not "".join(original.split()).startswith("".join(expected.split())) \
                or expected is None and not _same_literal(original, node):
            print(f"warning: {path}:{node.lineno}: source position unclear, not extracted: {original[:60]!r}",
                  file=sys.stderr)
            continue
        newlines = raw[begin:end].count(b"\n")
        spans.append((begin, end, (text[:-1] + "\n" * newlines + ")").encode() if newlines else text.encode()))
    spans += [(at, at, text.encode()) for at, text in insertions]
    out = raw
    last_begin = len(raw) + 1
    for begin, end, text in sorted(spans, reverse=True):
        if end > last_begin:
            continue  # inside a call already rewritten (cannot happen with literal texts)
        out = out[:begin] + text + out[end:]
        last_begin = begin
    return out, finder.dynamic, len(spans)


def expected_messages() -> set[tuple[str, str]]:
    """(context, source text) of every message the extraction finds, without running lupdate.

    The tests compare this with the .ts file, so a string added to the code without a refresh is noticed.
    """
    found: set[tuple[str, str]] = set()
    for path in source_files():
        tree = ast.parse(path.read_bytes(), str(path))
        found |= {(c.context or "", _literal(c.args[0]) or "") for c in _Finder(path, tree).calls}
        found |= {(COMMAND_CONTEXT, c.value) for c in _command_names(tree, path.is_relative_to(COMMANDS))}
        found |= {(CHECK_CONTEXT, c.value) for c in _check_messages(tree, path)}
        found |= {(COMMAND_CONTEXT, c.value) for c, _ in _counted_names(tree)}
        found |= {(PROBLEM_CONTEXT, c.value) for c in _problems(tree)}
    return found


# --- the run -----------------------------------------------------------------------------------

def _messages(ts: Path) -> tuple[int, int]:
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    unfinished = [m for m in messages if (m.find("translation") is None
                                         or m.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]
    return len(messages), len(unfinished)


def extract(languages: tuple[str, ...] = LANGUAGES, quiet: bool = False) -> list[Dynamic]:
    """Run lupdate on a rewritten copy of the sources; the .ts files are updated in place."""
    dynamic: list[Dynamic] = []
    with tempfile.TemporaryDirectory(prefix="jm-lupdate-") as tmp:
        mirror = Path(tmp)
        listed = []
        for path in source_files():
            rel = path.relative_to(REPO_ROOT)
            text, found, _ = rewrite(path)
            dynamic += found
            (mirror / rel).parent.mkdir(parents=True, exist_ok=True)
            (mirror / rel).write_bytes(text)
            listed.append(rel.as_posix())
        (mirror / "files.lst").write_text("\n".join(listed) + "\n", encoding="utf-8")
        ts_dir = mirror / TRANSLATIONS.relative_to(REPO_ROOT)
        ts_dir.mkdir(parents=True)
        for language in languages:
            target = ts_dir / ts_path(language).name
            if ts_path(language).is_file():
                shutil.copy2(ts_path(language), target)
            command = [qt_tool("pyside6-lupdate"), "@files.lst", "-no-obsolete", "-locations", "absolute",
                       "-source-language", "en", "-target-language", language,
                       "-ts", target.relative_to(mirror).as_posix()]
            result = subprocess.run(command, cwd=mirror, capture_output=True, text=True)
            if result.returncode != 0:
                raise SystemExit(f"error: lupdate failed:\n{result.stdout}{result.stderr}")
            if not quiet:
                print(result.stdout.strip(), result.stderr.strip(), sep="\n" if result.stderr.strip() else "")
            TRANSLATIONS.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, ts_path(language))
    return dynamic


def release(languages: tuple[str, ...] = LANGUAGES, out_dir: Path = TRANSLATIONS, quiet: bool = False) -> None:
    """Compile each .ts into its .qm (unfinished messages are left out and stay English)."""
    for language in languages:
        command = [qt_tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(out_dir / qm_path(language).name)]
        if quiet:
            command.insert(1, "-silent")
        subprocess.run(command, check=True)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--release-only", action="store_true", help="only compile the .ts files with lrelease")
    args = parser.parse_args(argv)
    dynamic: list[Dynamic] = [] if args.release_only else extract()
    release()
    for language in LANGUAGES:
        total, unfinished = _messages(ts_path(language))
        print(f"{ts_path(language).relative_to(REPO_ROOT)}: {total} messages, {unfinished} unfinished")
        for context in ET.parse(ts_path(language)).getroot().iter("context"):
            if not context.findtext("name"):  # lupdate's guess for a tr() it could not place
                for message in context.iter("message"):
                    where = message.find("location")
                    print(f"  warning: no context (Qt will never use it): {message.findtext('source')!r}"
                          f" at {where.get('filename') if where is not None else '?'}:"
                          f"{where.get('line') if where is not None else '?'}")
    if dynamic:
        print("\nTranslation calls whose text is not a literal, so not extracted here (their texts must be marked"
              " elsewhere, e.g. with QT_TRANSLATE_NOOP or as a command's literal name):")
        for d in dynamic:
            print(f"  {d.path.relative_to(REPO_ROOT)}:{d.line}: {d.code[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
