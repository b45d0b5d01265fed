"""Every python block of every generated doc and README compiles, defines what it uses, runs.

D3/D4/D7 of the published docs: examples that do not compile, use `waylay` without importing
it, or are Python 2. Model examples run as they are (types installed); API examples run
against a mock server answering 500, so the request they build must pass the SDK's own
validation (D6: example values the SDK accepts) and reach the transport.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import io
import warnings
from pathlib import Path
from typing import Any

import pytest
from conftest import GENERATED, Recorder
from docs_render import markdown

FLAGS = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT


def doc_files() -> list[Path]:
    """All Markdown files of all generated services (docs and READMEs)."""
    return sorted(GENERATED.glob("*/**/*.md"))


def python_blocks(path: Path) -> list[tuple[int, str]]:
    """(line, source) of every ```python fence of a Markdown file."""
    tokens = markdown().parse(path.read_text(encoding="utf-8"))
    return [
        (t.map[0] + 1 if t.map else 0, t.content)
        for t in tokens
        if t.type == "fence" and t.info.strip() == "python"
    ]


def all_blocks() -> list[Any]:
    return [
        pytest.param(path, line, src, id=f"{path.relative_to(GENERATED)}:{line}")
        for path in doc_files()
        for line, src in python_blocks(path)
    ]


BLOCKS = all_blocks()


def free_names(tree: ast.AST) -> list[str]:
    """Names a flat example reads before (or without) binding them, builtins excluded.

    The examples are straight-line scripts (imports, assignments, try/except, loops), so
    one pass in source order is enough; comprehension and loop targets count as bound.
    """
    bound: set[str] = set(dir(builtins))
    missing: list[str] = []

    def bind_target(node: ast.AST) -> None:
        for n in ast.walk(node):
            if isinstance(n, ast.Name):
                bound.add(n.id)

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                bound.add((alias.asname or alias.name).split(".")[0])
            return
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            value = node.value
            if value is not None:
                visit(value)
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                bind_target(t)
            return
        if isinstance(node, (ast.For, ast.AsyncFor)):
            visit(node.iter)
            bind_target(node.target)
            for stmt in node.body + node.orelse:
                visit(stmt)
            return
        if isinstance(node, ast.ExceptHandler):
            if node.type is not None:
                visit(node.type)
            if node.name:
                bound.add(node.name)
            for stmt in node.body:
                visit(stmt)
            return
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            for gen in node.generators:
                visit(gen.iter)
                bind_target(gen.target)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if node.id not in bound:
                missing.append(node.id)
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return missing


def test_there_are_examples() -> None:
    """Guards the parametrised tests below against finding nothing."""
    assert len(BLOCKS) > 300


@pytest.mark.parametrize("path,line,src", BLOCKS)
def test_example_compiles(path: Path, line: int, src: str) -> None:
    compile(src, f"{path}:{line}", "exec", flags=FLAGS)


@pytest.mark.parametrize("path,line,src", BLOCKS)
def test_example_names_are_defined(path: Path, line: int, src: str) -> None:
    tree = ast.parse(src)
    assert free_names(tree) == [], f"{path}:{line} uses names it does not import or define"


def test_free_names_finds_undefined_names() -> None:
    """The name analysis itself: the published example's fault is found."""
    src = "x = waylay.services.registry.Foo()\nfrom a import b\nprint(b, c)\n"
    assert free_names(ast.parse(src)) == ["waylay", "c"]
    good = "from a import b\ntry:\n    y = [i for i in b]\nexcept E as e:\n    print(e, y)\n"
    assert free_names(ast.parse(good)) == ["E"]


MODEL_BLOCKS = [
    b
    for b in BLOCKS
    if b.values[0].parent.name == "docs"
    and not b.values[0].name.endswith("Api.md")
    and b.values[0].name != "Operation.md"
]
API_BLOCKS = [b for b in BLOCKS if b not in MODEL_BLOCKS]


@pytest.mark.parametrize("path,line,src", MODEL_BLOCKS)
def test_model_example_runs(path: Path, line: int, src: str) -> None:
    """D6/D7: the model example validates its sample value with the real types package."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(src, f"{path}:{line}", "exec"), {"__name__": "__doc_example__"})
    assert out.getvalue()


@pytest.mark.parametrize("path,line,src", API_BLOCKS)
async def test_api_example_sends_its_request(
    path: Path, line: int, src: str, waylay_client: Any, recorder: Recorder, monkeypatch: Any
) -> None:
    """The example's arguments pass the SDK's validation and a request goes out."""
    from waylay.sdk.client import WaylayClient

    monkeypatch.setattr(
        WaylayClient, "from_profile", classmethod(lambda cls, *a, **k: waylay_client)
    )
    recorder.reply(500, json={"message": "mock error"})
    code = compile(src, f"{path}:{line}", "exec", flags=FLAGS)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)
        result = eval(code, {"__name__": "__doc_example__"})  # noqa: S307 - our own docs
        if result is not None:
            await result
    assert len(recorder.requests) == 1, out.getvalue()
    # D20: an operation that warns about its deprecation says so in its doc
    for w in caught:
        if issubclass(w.category, DeprecationWarning) and "is deprecated" in str(w.message):
            endpoint = str(w.message).split(" is deprecated")[0]
            assert f"**Deprecated**: `{endpoint}` is deprecated" in path.read_text("utf-8")
    assert "Exception when calling" in out.getvalue()
    calls = [ln for ln in src.splitlines() if ln.strip().startswith("# calls `")]
    method = calls[0].split("`")[1].split()[0]
    assert recorder.last.method == method
