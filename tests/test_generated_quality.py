"""The generated packages are ruff and mypy clean, and import under `python -W error`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT

SERVICES = sorted(p.name for p in GENERATED.iterdir() if p.is_dir() and not p.name.startswith("."))
BIN = Path(sys.executable).parent


@pytest.mark.parametrize("service", SERVICES)
def test_ruff_clean(service: str) -> None:
    result = subprocess.run(
        [
            str(BIN / "ruff"),
            "check",
            "--no-cache",
            "--config",
            str(ROOT / "generator" / "ruff-generated.toml"),
            str(GENERATED / service),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("service", SERVICES)
def test_mypy_clean(service: str) -> None:
    pkg = f"waylay.services.{service}"
    result = subprocess.run(
        [
            str(BIN / "mypy"),
            "--no-incremental",
            "--strict-optional",
            "-p",
            f"{pkg}.api",
            "-p",
            f"{pkg}.service",
            "-p",
            f"{pkg}.models",
            "-p",
            f"{pkg}.queries",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT / "tests",
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr


@pytest.mark.parametrize("service", SERVICES)
def test_imports_under_warnings_as_errors(service: str) -> None:
    pkg = f"waylay.services.{service}"
    code = f"import {pkg}.api, {pkg}.service, {pkg}.models, {pkg}.queries"
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


NOTYPES = ROOT / ".venv-notypes" / "bin" / "python"


@pytest.mark.skipif(not NOTYPES.exists(), reason="make build creates .venv-notypes")
@pytest.mark.parametrize("service", SERVICES)
def test_api_package_works_without_types(service: str) -> None:
    """Without the types package: importable, plugin registered, dict query, generic Model result."""
    code = f"""
import asyncio, httpx, json
from importlib.util import find_spec
assert find_spec("waylay.services.{service}.models") is None, "types package is installed"
from waylay.sdk import WaylayClient
from waylay.sdk.auth import NoCredentials
from waylay.sdk.config import WaylayConfig
import waylay.services.{service}.api as api
seen = []
def handler(request):
    seen.append(request)
    return httpx.Response(200, json={{"entity": {{"name": "m"}}}})
client = WaylayClient(WaylayConfig(credentials=NoCredentials(gateway_url="http://example.io")),
                      {{"transport": httpx.MockTransport(handler), "auth": None}})
service = getattr(client, "{service}")
print(type(service).__name__)
"""
    if service == "registry":
        code += """
result = asyncio.run(client.registry.models.get_latest("m", query={"includeDraft": True, "whatever": 1}))
assert seen[-1].url.query.decode() == "includeDraft=true&whatever=1", seen[-1].url
assert result.entity.name == "m", result
print("ok")
"""
    result = subprocess.run(
        [str(NOTYPES), "-W", "error", "-c", code], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
