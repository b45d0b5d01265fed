"""Stage 6 - write: put rendered trees into `generated/` atomically, or check for drift.

Every service is built into a temp dir beside `generated/` first; only when all of them
succeeded are the old trees swapped out, so a failing or interrupted build leaves
`generated/` as it was.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path


def write_tree(root: Path, files: dict[str, str]) -> None:
    """Write rendered files below `root` (which must not exist yet)."""
    for rel, content in sorted(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8", newline="\n")


# Local artefacts inside generated/ (editable installs, caches) are not output.
IGNORED_PARTS = ("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build")


def _ignored(rel: Path) -> bool:
    return any(part in IGNORED_PARTS or part.endswith(".egg-info") for part in rel.parts)


def list_files(root: Path) -> set[str]:
    """Relative paths of the output files below `root` (posix style)."""
    if not root.exists():
        return set()
    out = set()
    for p in root.rglob("*"):
        rel = p.relative_to(root)
        if p.is_file() and not _ignored(rel):
            out.add(rel.as_posix())
    return out


@dataclass
class Drift:
    """How a freshly built tree differs from the committed one."""

    changed: list[str]
    added: list[str]
    removed: list[str]
    unchanged: int

    @property
    def stale(self) -> list[str]:
        """All paths that differ, sorted."""
        return sorted(self.changed + self.added + self.removed)


def compare(new: Path, old: Path) -> Drift:
    """Compare two trees byte for byte."""
    new_files, old_files = list_files(new), list_files(old)
    changed = [
        f for f in sorted(new_files & old_files) if not filecmp.cmp(new / f, old / f, shallow=False)
    ]
    return Drift(
        changed=changed,
        added=sorted(new_files - old_files),
        removed=sorted(old_files - new_files),
        unchanged=len(new_files & old_files) - len(changed),
    )


def staging_dir(out: Path) -> Path:
    """A fresh temp dir on the same filesystem as `out` (so renames are atomic)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=out.parent))


def swap_in(built: dict[Path, Path]) -> None:
    """Replace each target dir by its built tree (rename; old trees removed after)."""
    trash: list[Path] = []
    for target, new in built.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            os.replace(target, old)
            trash.append(old)
        os.replace(new, target)
    for old in trash:
        shutil.rmtree(old, ignore_errors=True)
