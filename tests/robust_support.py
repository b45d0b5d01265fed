"""Helpers of the robustness tests: build a spec, import the SDK it produced, check its docs."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from conftest import ROOT


@dataclass
class Run:
    """Exit code and output of one generator command."""

    returncode: int
    stdout: str
    stderr: str

    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("error:")]

    def warning_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("warning:")]


def run_cli(*args: str, cwd: Path = ROOT) -> Run:
    """`python -m generator <args>` in a subprocess (the real command line)."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True
    )
    return Run(result.returncode, result.stdout, result.stderr)


def build_in_process(spec: Path, out: Path, service: str, *extra: str) -> Run:
    """The same command run in this process (fast enough for hundreds of specs)."""
    from generator.cli import main

    out_buf, err_buf = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out_buf), contextlib.redirect_stderr(err_buf):
        code = main(
            [
                "build",
                "--spec",
                str(spec),
                "--out",
                str(out),
                "--service",
                service,
                "--no-cache",
                *extra,
            ]
        )
    return Run(code, out_buf.getvalue(), err_buf.getvalue())


def src_dirs(out: Path, service: str, *, types: bool = True) -> list[Path]:
    """The `src` folders of the api (and types) package of a built service."""
    dist = f"waylay-sdk-{service.replace('_', '-')}"
    dirs = [out / service / dist / "src"]
    if types:
        dirs.append(out / service / f"{dist}-types" / "src")
    return dirs


@contextlib.contextmanager
def sdk_on_path(out: Path, service: str) -> Iterator[str]:
    """Put a built SDK on `sys.path`; yields its package name and forgets it afterwards."""
    dirs = [str(d) for d in src_dirs(out, service)]
    package = f"waylay.services.{service}"
    sys.path[:0] = dirs
    try:
        yield package
    finally:
        for d in dirs:
            sys.path.remove(d)
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def import_all(package: str) -> dict[str, ModuleType]:
    """Import every part of a generated SDK (api, service, models, queries)."""
    import importlib

    return {
        part: importlib.import_module(f"{package}.{part}")
        for part in ("api", "service", "models", "queries")
    }


def api_client(recorder: Any) -> Any:
    """A real `ApiClient` of `WaylayClient` whose transport is the recorder."""
    import httpx
    from waylay.sdk import WaylayClient
    from waylay.sdk.auth import NoCredentials
    from waylay.sdk.config import WaylayConfig

    config = WaylayConfig(credentials=NoCredentials(gateway_url="http://example.io"))
    client = WaylayClient(config, {"transport": httpx.MockTransport(recorder), "auth": None})
    return client.api_client


def split_row(line: str) -> list[str]:
    """Cells of a Markdown table row, exactly as markdown-it-py splits them."""
    from markdown_it.common.utils import mdTrim
    from markdown_it.rules_block.table import escapedSplit

    cells = escapedSplit(mdTrim(line))
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return cells


def table_faults(markdown: str) -> list[str]:
    """Rows of every Markdown table with more cells than the header (GFM drops the rest)."""
    faults: list[str] = []
    lines = markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fenced = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith("```"):
            fenced = not fenced
        is_delimiter = (
            i + 1 < len(lines)
            and set(lines[i + 1].replace(" ", "")) <= set("|-:")
            and "-" in lines[i + 1]
        )
        if not fenced and "|" in line and is_delimiter:
            width = len(split_row(line))
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                cells = split_row(lines[i])
                if len(cells) > width:
                    faults.append(
                        f"line {i + 1}: {len(cells)} cells, header has {width}: {lines[i]}"
                    )
                i += 1
            continue
        i += 1
    return faults
