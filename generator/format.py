"""Stage 5 - format: one ruff process fixes imports and formats all python files.

Templates import generously; `ruff check --fix` drops unused imports and sorts them,
then `ruff format` lays the code out. Both run once over the whole temp tree (fast).
With a cache, files whose rendered text was formatted before are taken from it and ruff
only sees the others (a one-schema spec edit re-formats a handful of files, not all).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .errors import GeneratorError

RUFF_CONFIG = Path(__file__).resolve().parent / "ruff-generated.toml"


def _ruff() -> list[str]:
    """The ruff binary that `python -m ruff` would exec (saves a Python start per call)."""
    try:
        from ruff import find_ruff_bin

        return [find_ruff_bin()]
    except (ImportError, FileNotFoundError):
        return [sys.executable, "-m", "ruff"]


def format_tree(root: Path, *, use_cache: bool = False) -> None:
    """Fix and format every python file below `root` in place (and python in Markdown)."""
    if not any(root.rglob("*.py")):
        return
    if not use_cache:
        _run_ruff(root)
        return
    from .cache import FormatCache

    # Every file goes through the cache (ruff's own choice of files, e.g. code blocks in
    # Markdown, stays ruff's); misses are formatted in a mirror folder by the same
    # folder walk as a full run, so ruff treats each file exactly as it would in place.
    cache = FormatCache(RUFF_CONFIG, Path(__file__))
    files = sorted(p for p in root.rglob("*") if p.is_file())
    misses: dict[str, bytes] = {}
    for path in files:
        rel = path.relative_to(root).as_posix()
        rendered = path.read_bytes()
        formatted = cache.get(rel, rendered)
        if formatted is None:
            misses[rel] = rendered
        elif formatted != rendered:
            path.write_bytes(formatted)
    if not misses:
        cache.save()
        return
    target = root if len(misses) == len(files) else root / ".format-misses"
    if target != root:
        for rel, rendered in misses.items():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_bytes(rendered)
    _run_ruff(target)
    for rel, rendered in misses.items():
        formatted = (target / rel).read_bytes()
        if target != root:
            (root / rel).write_bytes(formatted)
        cache.put(rel, rendered, formatted)
    cache.save()
    if target != root:
        shutil.rmtree(target)


def _run_ruff(target: Path) -> None:
    base = [*_ruff()]
    cfg = ["--config", str(RUFF_CONFIG), "--no-cache"]
    check = subprocess.run(
        [*base, "check", *cfg, "--fix", "--unsafe-fixes", "--quiet", "--exit-zero", str(target)],
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        raise GeneratorError(f"ruff check failed on the generated code: {check.stderr.strip()}")
    fmt = subprocess.run(
        [*base, "format", *cfg, "--quiet", str(target)], capture_output=True, text=True
    )
    if fmt.returncode != 0:
        # `--quiet` hides the parse errors; ask again without it to say where
        detail = fmt.stderr.strip()
        if not detail:
            again = subprocess.run(
                [*base, "format", *cfg, "--check", str(target)], capture_output=True, text=True
            )
            lines = (again.stderr + again.stdout).splitlines()
            detail = next((ln for ln in lines if "error" in ln.lower()), "; ".join(lines[:3]))
        raise GeneratorError(
            "ruff format failed on the generated code (a generator bug, please report it): "
            + detail.replace(str(target) + "/", "")[:2000]
        )
