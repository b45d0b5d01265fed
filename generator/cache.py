"""Content-addressed build cache: whole-output entries and per-file formatting results.

Why: an unchanged rebuild should not normalise, render or run ruff again, and a small spec
edit should only re-format the files whose rendered text changed. Entries can never be
stale: every key is a sha256 over all the output depends on (spec and referenced files,
config, generator sources and templates, installed tool versions, Python version), and
every entry carries a checksum of its payload, so a corrupted or truncated entry is a miss.

Kept cheap to import (stdlib only): a cache hit must not pay for jinja2, yaml or the
validator. Everything lives under `.cache/` (gitignored); `--no-cache` bypasses it.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Warning_

ROOT = Path(__file__).resolve().parent.parent
# GENERATOR_CACHE_DIR moves it (benchmarks and tests use a private one)
CACHE_ROOT = Path(os.environ.get("GENERATOR_CACHE_DIR") or ROOT / ".cache")
GENERATOR_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = ROOT / "templates"
FORMAT_VERSION = b"waylay-generator-cache 1\n"
# whole-output entries are a few MB each: keep the newest few
KEEP_OUTPUTS = 16
# our own SDK packages (installed editable from generated/) do not affect the generator
_OWN_DISTS = ("waylay_sdk",)


# --- fingerprints ------------------------------------------------------------------------


def _digest(parts: Iterable[bytes]) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()


def _tree_files(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if not name.endswith((".pyc", ".tmp")):
                yield Path(dirpath) / name


def sources_fingerprint(*roots: Path) -> str:
    """Hash of every file (name and bytes) below the given source folders."""
    parts: list[bytes] = []
    for root in roots:
        for path in _tree_files(root):
            parts.append(path.relative_to(root).as_posix().encode())
            parts.append(path.read_bytes())
    return _digest(parts)


@functools.cache
def installed_dists() -> tuple[str, ...]:
    """`name-version` of every installed distribution on sys.path (cheap: one listdir each).

    Any install, upgrade or removal (ruff, jinja2, the validator and its backends...)
    changes this, so cached output never outlives the tools that made it.
    """
    found: set[str] = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")) and not name.lower().startswith(
                _OWN_DISTS
            ):
                found.add(name.rsplit(".", 1)[0])
    return tuple(sorted(found))


def dist_version(name: str) -> str:
    """Installed version of one distribution ('' when unknown), from `installed_dists`."""
    wanted = name.lower().replace("-", "_").replace(".", "_")
    for dist in installed_dists():
        dist_name, _, dist_ver = dist.partition("-")
        if dist_name.lower().replace(".", "_") == wanted:
            return dist_ver
    return ""


def _env_fingerprint() -> list[bytes]:
    """Python, installed tools and the environment variables that change the output."""
    env = sorted(
        f"{k}={v}"
        for k, v in os.environ.items()
        if k == "SOURCE_DATE_EPOCH" or k.startswith("OPENAPI_SPEC_VALIDATOR")
    )
    return [sys.version.encode(), "\n".join(installed_dists()).encode(), "\n".join(env).encode()]


@functools.cache
def generator_fingerprint() -> str:
    """Everything but the input that decides the output: sources, templates, tools."""
    return _digest(
        [
            FORMAT_VERSION,
            sources_fingerprint(GENERATOR_DIR, TEMPLATES_DIR).encode(),
            *_env_fingerprint(),
        ]
    )


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes ('' if it cannot be read)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


# --- entries -----------------------------------------------------------------------------


def _read_entry(path: Path) -> object | None:
    """The payload of an entry, or None if missing, truncated or corrupted."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    header_len = len(FORMAT_VERSION) + 65
    header, payload = blob[:header_len], blob[header_len:]
    if header != FORMAT_VERSION + hashlib.sha256(payload).hexdigest().encode() + b"\n":
        return None
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None


def _write_entry(path: Path, value: Any) -> None:
    """Write an entry atomically (a reader sees the old entry, the new one, or none)."""
    payload = marshal.dumps(value)
    blob = FORMAT_VERSION + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(blob)
        tmp.replace(path)
    except OSError:
        pass  # a read-only or full disk only costs speed


# --- whole-output cache ------------------------------------------------------------------


@dataclass
class CachedBuild:
    """One service's formatted output tree and what the build reported about it."""

    service: str
    operations: int
    models: int
    warnings: list[Warning_]
    files: dict[str, bytes]
    lock_text: str = ""  # the names lock the build wrote ("" when it keeps none)


class OutputCache:
    """Lookup and store of one spec's whole formatted output.

    The key covers the spec bytes, its path (warnings name it), the resolved config and the
    generator fingerprint. Files pulled in by external `$ref`s are only known after
    loading, so an entry lists them with their hashes and a hit re-checks them.
    """

    @classmethod
    def open(
        cls, spec_path: Path, service: str | None, inputs: tuple[Path, ...] = ()
    ) -> OutputCache | None:
        """The cache slot of a spec, or None if its inputs cannot be read (the build reports it).

        `inputs`: further files the output depends on (the names lock); a missing one counts
        as empty.
        """
        try:
            return cls(spec_path, service, inputs)
        except Exception:  # noqa: BLE001 - bad input is reported by the real build
            return None

    def __init__(self, spec_path: Path, service: str | None, inputs: tuple[Path, ...] = ()) -> None:
        from .config import load_config

        config, notes = load_config(spec_path, service)
        extra = [str(p).encode() + b"\0" + (p.read_bytes() if p.exists() else b"") for p in inputs]
        self.key = _digest(
            [
                generator_fingerprint().encode(),
                str(spec_path).encode(),
                spec_path.read_bytes(),
                repr(config).encode(),
                repr(notes).encode(),
                *extra,
            ]
        )
        self.path = CACHE_ROOT / "output" / f"{self.key}.bin"

    def lookup(self) -> CachedBuild | None:
        """The cached build, if there is a valid entry whose inputs are all unchanged."""
        value = _read_entry(self.path)
        if not isinstance(value, dict):
            return None
        try:
            deps = value["deps"]
            if any(file_digest(Path(p)) != d for p, d in deps):
                return None
            warnings = [
                Warning_(message=m, pointer=p, file=f, line=n) for m, p, f, n in value["warnings"]
            ]
            files = value["files"]
            if not all(isinstance(k, str) and isinstance(v, bytes) for k, v in files.items()):
                return None
            hit = CachedBuild(
                service=str(value["service"]),
                operations=int(value["operations"]),
                models=int(value["models"]),
                warnings=warnings,
                files=files,
                lock_text=str(value.get("lock_text", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        try:
            os.utime(self.path)  # most recently used: pruned last
        except OSError:
            pass
        return hit

    def store(
        self,
        *,
        service: str,
        operations: int,
        models: int,
        warnings: list[Warning_],
        files: dict[str, bytes],
        external_files: Iterable[Path] = (),
        lock_text: str = "",
    ) -> None:
        """Save a formatted tree (see `read_tree`) as this key's entry."""
        value = {
            "service": service,
            "operations": operations,
            "models": models,
            "warnings": [(w.message, w.pointer, w.file, w.line) for w in warnings],
            "files": files,
            "deps": [(str(p), file_digest(p)) for p in external_files],
            "lock_text": lock_text,
        }
        _write_entry(self.path, value)
        _prune(self.path.parent, KEEP_OUTPUTS)


def _prune(folder: Path, keep: int) -> None:
    """Remove all but the `keep` most recently used entries of a folder."""
    try:
        entries = sorted(folder.glob("*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[keep:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def read_tree(root: Path) -> dict[str, bytes]:
    """The output files below `root` (as `write.list_files` sees them) with their bytes."""
    from .write import list_files

    return {rel: (root / rel).read_bytes() for rel in sorted(list_files(root))}


def write_files(root: Path, files: dict[str, bytes]) -> None:
    """Materialise a cached tree below `root`."""
    for rel, content in sorted(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


# --- per-file formatting cache -----------------------------------------------------------


class FormatCache:
    """Formatted bytes of rendered files, keyed by path and rendered bytes.

    The key also covers the ruff version, the ruff config and `format.py` (the flags), so
    a formatter change re-formats everything; nothing else of the generator matters here.
    One bundle per service folder holds the files of its latest build (one read and one
    write per build instead of one per file; it never grows past one tree).
    """

    def __init__(self, config_file: Path, formatter_source: Path) -> None:
        self.salt = _digest(
            [
                FORMAT_VERSION,
                dist_version("ruff").encode(),
                config_file.read_bytes(),
                formatter_source.read_bytes(),
            ]
        ).encode()
        self.folder = CACHE_ROOT / "format"
        self.bundles: dict[str, dict[str, bytes]] = {}  # top folder -> key -> formatted
        self.fresh: dict[str, dict[str, bytes]] = {}  # what this build used or made

    def _key(self, rel: str, rendered: bytes) -> str:
        return _digest([self.salt, rel.encode(), rendered])

    def _bundle(self, top: str) -> dict[str, bytes]:
        if top not in self.bundles:
            value = _read_entry(self.folder / f"{top}.bin")
            ok = isinstance(value, dict) and all(
                isinstance(k, str) and isinstance(v, bytes) for k, v in value.items()
            )
            self.bundles[top] = value if ok else {}  # type: ignore[assignment]
        return self.bundles[top]

    def get(self, rel: str, rendered: bytes) -> bytes | None:
        """The formatted bytes of a rendered file, or None on a miss."""
        top, key = rel.partition("/")[0], self._key(rel, rendered)
        formatted = self._bundle(top).get(key)
        if formatted is not None:
            self.fresh.setdefault(top, {})[key] = formatted
        return formatted

    def put(self, rel: str, rendered: bytes, formatted: bytes) -> None:
        """Remember the formatted bytes of a rendered file (saved by `save`)."""
        self.fresh.setdefault(rel.partition("/")[0], {})[self._key(rel, rendered)] = formatted

    def save(self) -> None:
        """Write the bundles of this build (entries of older builds are dropped)."""
        for top, entries in self.fresh.items():
            if entries != self.bundles.get(top):
                _write_entry(self.folder / f"{top}.bin", entries)
