"""The generated tests (`<service>/test/`): present for every operation, ruff/mypy clean, and
passing with and without the types package, also on a spec with the wire shapes the registry
lacks (tests/specs/wirecheck.openapi.yaml)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT

BIN = Path(sys.executable).parent
NOTYPES = ROOT / ".venv-notypes" / "bin" / "python"
WIRECHECK = ROOT / "tests" / "specs" / "wirecheck.openapi.yaml"
SERVICES = sorted(p.name for p in GENERATED.iterdir() if p.is_dir() and not p.name.startswith("."))


def build(spec: Path, out: Path) -> Path:
    """Generate the SDK of `spec` into `out`; returns the service folder."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--spec", str(spec), "--out", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return out / spec.name.split(".")[0]


def plugin_site(root: Path, service: str, site: Path) -> None:
    """A dist-info with the plugin entry point, so that `WaylayClient` finds the service."""
    info = site / f"waylay_sdk_{service}-0.0.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: waylay-sdk-{service}\nVersion: 0.0.0\n"
    )
    (info / "entry_points.txt").write_text(
        f"[dynamic]\nwaylay_sdk_plugins = waylay.services.{service}.service:PLUGINS\n"
    )


def run_tests(python: Path, root: Path, paths: list[Path]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in paths)}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
    )


@pytest.fixture(scope="module")
def wirecheck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wirecheck")
    root = build(WIRECHECK, out)
    plugin_site(root, "wirecheck", out / "site")
    return root


def src(root: Path, types: bool) -> list[Path]:
    service = root.name
    paths = [root / f"waylay-sdk-{service}" / "src", root.parent / "site"]
    if types:
        paths.append(root / f"waylay-sdk-{service}-types" / "src")
    return paths


def test_wirecheck_generated_tests_pass_with_types(wirecheck: Path) -> None:
    result = run_tests(BIN / "python", wirecheck, src(wirecheck, types=True))
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout


@pytest.mark.skipif(not NOTYPES.exists(), reason="make build creates .venv-notypes")
def test_wirecheck_generated_tests_pass_without_types(wirecheck: Path) -> None:
    result = run_tests(NOTYPES, wirecheck, src(wirecheck, types=False))
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout


def test_wirecheck_generated_tests_are_mypy_clean(wirecheck: Path) -> None:
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(p) for p in src(wirecheck, True))}
    result = subprocess.run(
        [str(BIN / "mypy"), "--no-incremental", "test"],
        cwd=wirecheck,
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stdout[-4000:]


@pytest.mark.parametrize("service", SERVICES)
def test_generated_tests_are_mypy_clean(service: str) -> None:
    result = subprocess.run(
        [str(BIN / "mypy"), "--no-incremental", "test"],
        cwd=GENERATED / service,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-4000:]


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_has_generated_tests(service: str) -> None:
    """Each api method has a typed test, a test without types, and runs per response status."""
    from importlib import import_module

    api = import_module(f"waylay.services.{service}.api")
    test_dir = GENERATED / service / "test" / "api"
    for cls_name in api.__all__:
        cls = getattr(api, cls_name)
        module = sys.modules[cls.__module__].__name__.rsplit(".", 1)[1]
        tree = ast.parse((test_dir / f"{module}_test.py").read_text(encoding="utf-8"))
        tests = {n.name for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef)}
        methods = [m for m in vars(cls) if not m.startswith("_") and callable(getattr(cls, m))]
        assert methods, cls_name
        for m in methods:
            typed = {t for t in tests if t == f"test_{m}" or t.startswith(f"test_{m}_")}
            assert any(not t.endswith(("_without_types", "_error")) for t in typed), (cls_name, m)
            assert any(t.endswith("_without_types") for t in typed), (cls_name, m)


TYPED_CALLS = """
from waylay.services.registry.models import JobType, StatusExclude
from waylay.services.registry.queries.models_api import CreateQuery, CreateQueryDict, ListQueryDict
from waylay.services.registry.service import RegistryService


async def calls(service: RegistryService) -> None:
    query: CreateQueryDict = {"async": True, "deprecatePrevious": "patch", "copy": "!example"}
    listing: ListQueryDict = {"status": ["running", StatusExclude.RUNNING_MINUS], "limit": 3}
    await service.models.create(query=CreateQuery(var_async=False, copy_from="a@1.0.0"))
    await service.models.create(query=query, content=b"tar")
    await service.models.list(query=listing)
    await service.jobs.get(JobType.BUILD, "1")
"""


def test_typed_calls_type_check(tmp_path: Path) -> None:
    """Query models take python names, TypedDicts accept enum values of unions (mypy)."""
    snippet = tmp_path / "typed_calls.py"
    snippet.write_text(TYPED_CALLS)
    result = subprocess.run(
        [str(BIN / "mypy"), "--no-incremental", "--strict-optional", str(snippet)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]
