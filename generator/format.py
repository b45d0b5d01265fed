"""Stage 5 - format: one ruff process fixes imports and formats all python files.

Templates import generously; `ruff check --fix` drops unused imports and sorts them,
then `ruff format` lays the code out. Both run once over the whole temp tree (fast).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .errors import GeneratorError

RUFF_CONFIG = Path(__file__).resolve().parent / "ruff-generated.toml"


def _ruff() -> list[str]:
    return [sys.executable, "-m", "ruff"]


def format_tree(root: Path) -> None:
    """Fix and format every python file below `root` in place."""
    if not any(root.rglob("*.py")):
        return
    base = [*_ruff()]
    cfg = ["--config", str(RUFF_CONFIG), "--no-cache"]
    check = subprocess.run(
        [*base, "check", *cfg, "--fix", "--unsafe-fixes", "--quiet", "--exit-zero", str(root)],
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        raise GeneratorError(f"ruff check failed on the generated code: {check.stderr.strip()}")
    fmt = subprocess.run(
        [*base, "format", *cfg, "--quiet", str(root)], capture_output=True, text=True
    )
    if fmt.returncode != 0:
        raise GeneratorError(
            "ruff format failed on the generated code (a template bug): "
            + (fmt.stderr.strip() or fmt.stdout.strip())[:2000]
        )
