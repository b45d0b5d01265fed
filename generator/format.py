"""Stage 5 - format: one ruff process fixes imports and formats all python files.

Templates import generously; `ruff check --fix` drops unused imports and sorts them,
then `ruff format` lays the code out. Both run once over the whole temp tree (fast).
With a cache, files whose rendered text was formatted before are taken from it and ruff
only sees the others (a one-schema spec edit re-formats a handful of files, not all).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .errors import GeneratorError

RUFF_CONFIG = Path(__file__).resolve().parent / "ruff-generated.toml"


def _ruff() -> list[str]:
    return [sys.executable, "-m", "ruff"]


def format_tree(root: Path, *, use_cache: bool = False) -> None:
    """Fix and format every python file below `root` in place."""
    files = sorted(root.rglob("*.py"))
    if not files:
        return
    if not use_cache:
        _run_ruff([str(root)])
        return
    from .cache import FormatCache

    cache = FormatCache(RUFF_CONFIG, Path(__file__))
    todo: dict[Path, bytes] = {}
    for path in files:
        rendered = path.read_bytes()
        formatted = cache.get(path.relative_to(root).as_posix(), rendered)
        if formatted is None:
            todo[path] = rendered
        elif formatted != rendered:
            path.write_bytes(formatted)
    if not todo:
        return
    # explicit paths: --force-exclude keeps ruff's default excludes as for a folder walk
    _run_ruff([str(root)] if len(todo) == len(files) else ["--force-exclude", *map(str, todo)])
    for path, rendered in todo.items():
        cache.put(path.relative_to(root).as_posix(), rendered, path.read_bytes())


def _run_ruff(targets: list[str]) -> None:
    base = [*_ruff()]
    cfg = ["--config", str(RUFF_CONFIG), "--no-cache"]
    check = subprocess.run(
        [*base, "check", *cfg, "--fix", "--unsafe-fixes", "--quiet", "--exit-zero", *targets],
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        raise GeneratorError(f"ruff check failed on the generated code: {check.stderr.strip()}")
    fmt = subprocess.run(
        [*base, "format", *cfg, "--quiet", *targets], capture_output=True, text=True
    )
    if fmt.returncode != 0:
        raise GeneratorError(
            f"ruff format failed on the generated code (a template bug): {fmt.stderr.strip()[:2000]}"
        )
