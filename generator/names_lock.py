"""Name stability (D16): the names lock, and how class names are chosen with it.

Inline schemas get order-dependent names (CONTRACT §1.4): a re-ordered or extended spec
would rename public classes. The lock (`specs/<service>.names.lock.json`, next to the spec,
committed) records the class name of every generated schema by its location in the spec
(JSON pointer) with a short content hash, plus the names kept as aliases and the names
that are gone. A build reads it, keeps every locked name whose schema still exists, names
new schemas so that they never take a locked name, and writes the updated lock back.

Rules (`assign`), per schema in spec traversal order:
- a location claims the name locked for it; when a locked schema's content turns up at
  another location (a sibling was inserted before it, shifting the pointers), the name
  follows the content;
- an inline schema is named by its claim, else by its natural name (§1.4) when no
  lock entry uses that name, else by the natural name with a number;
- a component schema keeps its natural name (its key) unless another schema claims it,
  else its claim, else the natural name with a number;
- further claims of the same class (two locked classes that became identical, a
  component whose natural name changed) stay importable as aliases;
- a locked name whose schema is gone is reported and retired: no new schema gets it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GeneratorError
from .naming import module_name

LOCK_VERSION = 1
LOCK_SUFFIX = ".names.lock.json"


def lock_path_for(spec_path: Path, service: str) -> Path:
    """`specs/registry.openapi.yaml` -> `specs/registry.names.lock.json`."""
    return spec_path.with_name(service + LOCK_SUFFIX)


def content_hash(schema: Any) -> str:
    """Short hash of a schema's content (finds a schema that moved)."""
    text = json.dumps(schema, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


@dataclass
class NamesLock:
    """The lock file's content."""

    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # pointer -> (name, hash)
    aliases: dict[str, str] = field(default_factory=dict)  # alias name -> pointer
    retired: dict[str, str] = field(default_factory=dict)  # name -> its last pointer

    def all_names(self) -> set[str]:
        """Every name the lock knows (no new inline schema may take one)."""
        return {n for n, _ in self.names.values()} | set(self.aliases) | set(self.retired)

    def to_json(self, service: str) -> str:
        """Stable, diff-friendly JSON: sorted keys, one entry per line."""

        def section(entries: dict[str, Any]) -> str:
            if not entries:
                return "{}"
            lines = [
                f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                for k, v in sorted(entries.items())
            ]
            return "{\n" + ",\n".join(lines) + "\n }"

        about = (
            f"Class names of the schemas of the {service} spec, by JSON pointer. "
            "Maintained by `python -m generator build`; commit it with the spec."
        )
        names = {p: {"name": n, "hash": h} for p, (n, h) in self.names.items()}
        return (
            "{\n"
            f' "about": {json.dumps(about)},\n'
            f' "version": {LOCK_VERSION},\n'
            f' "names": {section(names)},\n'
            f' "aliases": {section(self.aliases)},\n'
            f' "retired": {section(self.retired)}\n'
            "}\n"
        )

    @classmethod
    def from_json(cls, text: str, path: Path) -> NamesLock:
        """Parse a lock file (errors name the file)."""
        try:
            data = json.loads(text)
            if data.get("version") != LOCK_VERSION:
                raise ValueError(f"unsupported lock version {data.get('version')!r}")
            names = {
                str(p): (str(e["name"]), str(e.get("hash", "")))
                for p, e in (data.get("names") or {}).items()
            }
            aliases = {str(k): str(v) for k, v in (data.get("aliases") or {}).items()}
            retired = {str(k): str(v) for k, v in (data.get("retired") or {}).items()}
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise GeneratorError(
                f"invalid names lock: {exc}",
                file=str(path),
                hint="restore it from git, or delete it to name every schema afresh",
            ) from None
        return cls(names, aliases, retired)


def read_lock(path: Path) -> NamesLock | None:
    """The lock at `path`, or None when there is none yet."""
    if not path.exists():
        return None
    return NamesLock.from_json(path.read_text(encoding="utf-8"), path)


def write_lock(path: Path, text: str) -> bool:
    """Write the lock atomically when its text changed; True when written."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    os.replace(tmp, path)
    return True


@dataclass
class Named:
    """One schema that needs a public name."""

    key: str  # the normaliser's raw name
    component: bool
    natural: str  # class name by the contract's rules
    locations: list[tuple[str, str]]  # (pointer, content hash), first = where it was found


@dataclass
class Assignment:
    """The outcome: names, aliases, the new lock and what to report."""

    names: dict[str, str]  # key -> class name
    aliases: dict[str, list[str]]  # key -> alias names (kept for compatibility)
    lock: NamesLock
    warnings: list[tuple[str, str]]  # (message, pointer)


def _taken_key(name: str) -> str:
    """Two names clash when their modules do on a case-insensitive filesystem."""
    return module_name(name).lower()


def assign(entries: list[Named], lock: NamesLock | None) -> Assignment:
    """Choose the class name of every entry (see the module docstring for the rules)."""
    lock = lock or NamesLock()
    warnings: list[tuple[str, str]] = []
    present = {p for e in entries for p, _ in e.locations}

    # 1. claims
    claims: dict[str, list[str]] = {e.key: [] for e in entries}
    claim_origin: dict[tuple[str, str], str] = {}  # (key, name) -> pointer of the claim
    claimed_by: dict[str, str] = {}  # name -> key

    def claim(entry: Named, name: str, pointer: str) -> None:
        if name in claimed_by:
            return
        claimed_by[name] = entry.key
        claims[entry.key].append(name)
        claim_origin[(entry.key, name)] = pointer

    # exact (same pointer, same content), then moved (same content elsewhere), then
    # edited in place (same pointer, new content): an inserted sibling that shifts
    # pointers (a new parameter, a new anyOf member) moves names with their schemas
    here = {p: h for e in entries for p, h in e.locations}
    for e in entries:
        for pointer, h in e.locations:
            if pointer in lock.names and lock.names[pointer][1] == h:
                claim(e, lock.names[pointer][0], pointer)
    by_hash: dict[str, list[str]] = {}
    for p, (name, h) in lock.names.items():
        if h and name not in claimed_by and here.get(p) != h:
            by_hash.setdefault(h, []).append(name)
    moved: set[str] = set()
    for e in entries:
        for pointer, h in e.locations:
            exact = pointer in lock.names and lock.names[pointer][1] == h
            moved_names = [n for n in by_hash.get(h, []) if n not in claimed_by]
            if not exact and moved_names:
                claim(e, moved_names[0], pointer)
                moved.add(moved_names[0])
    for e in entries:
        for pointer, _ in e.locations:
            if pointer in lock.names:
                claim(e, lock.names[pointer][0], pointer)
    gone = {p: nh for p, nh in lock.names.items() if p not in present}

    # 2. primary names
    locked_names = lock.all_names()
    taken: set[str] = set()
    names: dict[str, str] = {}

    def free(name: str) -> bool:
        return _taken_key(name) not in taken

    def numbered(base: str, avoid: set[str]) -> str:
        n = 2
        while not free(f"{base}{n}") or f"{base}{n}" in avoid:
            n += 1
        return f"{base}{n}"

    for e in entries:
        others = {n for n, k in claimed_by.items() if k != e.key}
        candidates: list[str] = []
        if e.component:
            if e.natural not in others:
                candidates.append(e.natural)
            candidates += claims[e.key]
        else:
            candidates += claims[e.key]
            if e.natural not in locked_names and e.natural not in others:
                candidates.append(e.natural)
        chosen = next((c for c in candidates if free(c)), None)
        if chosen is None:
            chosen = numbered(e.natural, others | (set() if e.component else locked_names))
            if e.component or e.natural not in locked_names:
                pointer = e.locations[0][0]
                warnings.append(
                    (
                        f"class name {e.natural!r} of schema {e.key!r} is taken; using {chosen!r}",
                        pointer,
                    )
                )
        names[e.key] = chosen
        taken.add(_taken_key(chosen))

    # 3. aliases: further claims, and the aliases the lock already had
    aliases: dict[str, list[str]] = {e.key: [] for e in entries}
    alias_origin: dict[str, str] = {}
    key_at = {p: e.key for e in entries for p, _ in e.locations}
    for e in entries:
        for name in claims[e.key]:
            if name != names[e.key] and free(name):
                aliases[e.key].append(name)
                alias_origin[name] = claim_origin[(e.key, name)]
                taken.add(_taken_key(name))
    retired = dict(lock.retired)
    for alias, pointer in sorted(lock.aliases.items()):
        if alias in alias_origin or any(alias == n for n in names.values()):
            continue
        if pointer in key_at and free(alias):
            aliases[key_at[pointer]].append(alias)
            alias_origin[alias] = pointer
            taken.add(_taken_key(alias))
        else:
            retired[alias] = pointer
            warnings.append((f"class {alias!r} (an alias) is no longer generated", ""))

    # 4. gone names are reported and retired
    in_use = set(names.values()) | set(alias_origin)
    first_at = {e.key: e.locations[0][0] for e in entries}
    owner = {n: first_at[k] for k, n in names.items()}
    for pointer, (name, _) in sorted(gone.items()):
        if name in moved:
            continue
        if name not in in_use:
            retired[name] = pointer
            warnings.append(
                (f"class {name!r} is no longer generated: its schema at {pointer} is gone", "")
            )
        elif name in owner:
            warnings.append(
                (f"class {name!r} now names the schema at {owner[name]} ({pointer} is gone)", "")
            )
    retired = {n: p for n, p in retired.items() if n not in in_use}

    # 5. the new lock
    hashes = {p: h for e in entries for p, h in e.locations}
    new = NamesLock(
        names={p: (names[key_at[p]], hashes[p]) for p in present},
        aliases=alias_origin,
        retired=retired,
    )
    return Assignment(names, aliases, new, warnings)


__all__ = [
    "Assignment",
    "NamesLock",
    "Named",
    "assign",
    "content_hash",
    "lock_path_for",
    "read_lock",
    "write_lock",
]
