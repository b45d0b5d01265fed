"""Stage 6 - write: put rendered trees into `generated/` atomically, or check for drift.

Every service is built into a temp dir beside `generated/` first; only when all of them
succeeded are the old trees swapped out, so a failing or interrupted build leaves
`generated/` as it was.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import re
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Test hooks (seconds): slow down writing each file / the swap, so that tests can kill a
# build at a known stage. Unset in normal use.
WRITE_DELAY_ENV = "GENERATOR_TEST_WRITE_DELAY"
SWAP_DELAY_ENV = "GENERATOR_TEST_SWAP_DELAY"


def _delay(env: str) -> None:
    seconds = os.environ.get(env)
    if seconds:
        time.sleep(float(seconds))


def write_tree(root: Path, files: dict[str, str]) -> None:
    """Write rendered files below `root` (which must not exist yet)."""
    for rel, content in sorted(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8", newline="\n")
        _delay(WRITE_DELAY_ENV)


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
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.build-{os.getpid()}-", dir=out.parent))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner(name: str, marker: str) -> int | None:
    """The pid in `.<x><marker><pid>[-...]` temp names of this module, else None."""
    found = re.search(re.escape(marker) + r"(\d+)", name)
    return int(found.group(1)) if found else None


def recover(out: Path) -> list[str]:
    """Clean up after builds that were killed: what they left is restored or removed.

    A killed build can leave its staging dir beside `out`, and - when killed between the
    two renames of a swap - a service tree moved aside as `.<service>.old-<pid>` with no
    tree in its place; that tree is put back. Dirs of running builds are left alone.
    """
    notes: list[str] = []
    if out.parent.is_dir():
        for stage in out.parent.glob(f".{out.name}.build-*"):
            pid = _owner(stage.name, ".build-")
            if pid is not None and not _alive(pid):
                shutil.rmtree(stage, ignore_errors=True)
                notes.append(f"removed {stage.name} left by an interrupted build")
    if out.is_dir():
        for old in sorted(out.glob(".*.old-*")):
            pid = _owner(old.name, ".old-")
            if pid is None or _alive(pid):
                continue
            target = old.with_name(old.name[1:].rsplit(".old-", 1)[0])
            if target.exists():
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(old, target)
                notes.append(f"restored {target.name} from an interrupted build")
    return notes


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT/SIGTERM until the block is done (a swap is never left half-way)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {
        sig: signal.signal(sig, lambda signum, _frame: received.append(signum))
        for sig in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if received:
            raise KeyboardInterrupt


def swap_in(built: dict[Path, Path]) -> None:
    """Replace each target dir by its built tree (rename; old trees removed after)."""
    trash: list[Path] = []
    with _signals_deferred():
        for target, new in built.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                old = target.with_name(f".{target.name}.old-{os.getpid()}")
                os.replace(target, old)
                trash.append(old)
                _delay(SWAP_DELAY_ENV)
            os.replace(new, target)
        for old in trash:
            shutil.rmtree(old, ignore_errors=True)
