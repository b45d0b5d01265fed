"""Build a spec into a temp dir and make its generated packages importable (test helper)."""

from __future__ import annotations

import contextlib
import importlib
import io
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from generator.cli import main


def build_spec(spec: Path, out: Path, service: str, *extra: str) -> tuple[int, str]:
    """Run `python -m generator build` in process; returns (exit code, stderr)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["build", "--spec", str(spec), "--out", str(out), "--service", service, *extra])
    return code, err.getvalue()


def src_dirs(out: Path, service: str) -> list[Path]:
    """The `src` folders of the api and types package of a built service."""
    dist = "waylay-sdk-" + service.replace("_", "-")
    return [out / service / dist / "src", out / service / f"{dist}-types" / "src"]


def use_sdk(out: Path, service: str) -> None:
    """Put the built packages on `sys.path` (namespace packages pick them up)."""
    for src in src_dirs(out, service):
        if str(src) not in sys.path:
            sys.path.insert(0, str(src))
    importlib.invalidate_caches()


def models(service: str) -> ModuleType:
    """The `models` package of a built service."""
    return importlib.import_module(f"waylay.services.{service}.models")


def run_python(code: str, out: Path, service: str) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter under `-W error` with the built packages on the path."""
    path = [str(p) for p in src_dirs(out, service)]
    prelude = f"import sys; sys.path[:0] = {path!r}\n"
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", prelude + code], capture_output=True, text=True
    )
