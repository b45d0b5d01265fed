"""Stage 2 - validate: openapi-spec-validator findings become located warnings.

Schema violations that the generator can still render (e.g. `deprecated: "<reason>"` in
the registry spec) are warnings, so a real spec builds; `--strict` turns them into errors.
Results are cached by content hash because validation dominates the cold build time; a
cold run validates in a forked child (`start_validation`) so it overlaps normalise, render
and format on the other core.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from .cache import CACHE_ROOT, dist_version
from .errors import Warning_
from .load import LoadedSpec, escape_pointer_part, pointer_get

CACHE_DIR = CACHE_ROOT / "validate"


def validate(spec: LoadedSpec, *, use_cache: bool = True) -> list[Warning_]:
    """Validate the bundled document; returns warnings sorted by pointer."""
    return start_validation(spec, use_cache=use_cache, background=False).result()


def start_validation(
    spec: LoadedSpec, *, use_cache: bool = True, background: bool = True
) -> PendingValidation:
    """Start validating: a cache hit is ready at once, a miss runs in a forked child.

    Call `result()` when the warnings are needed (after render and format, to overlap them)
    and `cancel()` on error paths so no child outlives the build.
    """
    raw = json.dumps(spec.document, sort_keys=True, default=str).encode()
    key = hashlib.sha256(raw + dist_version("openapi-spec-validator").encode()).hexdigest()
    cache_file = CACHE_DIR / f"{key}.json" if use_cache else None
    if cache_file is not None and cache_file.exists():
        try:
            found = json.loads(cache_file.read_text())
        except (OSError, ValueError):
            found = None
        if _is_findings(found):
            return PendingValidation(spec, None, found=[(p, m) for p, m in found])
    return PendingValidation(spec, cache_file, background=background)


class PendingValidation:
    """Findings of one validation run, possibly still being computed by a child process."""

    def __init__(
        self,
        spec: LoadedSpec,
        cache_file: Path | None,
        *,
        found: list[tuple[str, str]] | None = None,
        background: bool = False,
    ) -> None:
        self.spec = spec
        self.cache_file = cache_file
        self.found = found
        self.pid: int | None = None
        self.fd: int | None = None
        # fork only where it is safe: not on Windows, not with other threads (a lock held by
        # one of them, e.g. the import lock, would stay locked in the child)
        if found is None and background and hasattr(os, "fork") and threading.active_count() == 1:
            self._fork()

    def _fork(self) -> None:
        read_fd, write_fd = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # child: validate, send the findings as JSON, never return
            status = 1
            try:
                os.close(read_fd)
                data = json.dumps(_run_validator(self.spec.document)).encode()
                with os.fdopen(write_fd, "wb") as out:
                    out.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(write_fd)
        self.pid, self.fd = pid, read_fd

    def _join(self) -> list[tuple[str, str]] | None:
        """Findings from the child, or None if it failed (then we validate here)."""
        assert self.fd is not None and self.pid is not None
        chunks = []
        with os.fdopen(self.fd, "rb") as pipe:
            while chunk := pipe.read(1 << 16):
                chunks.append(chunk)
        self.fd = None
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if status != 0:
            return None
        try:
            found = json.loads(b"".join(chunks))
        except ValueError:
            return None
        return [(p, m) for p, m in found] if _is_findings(found) else None

    def result(self) -> list[Warning_]:
        """The warnings (waits for the child; caches the findings)."""
        if self.found is None:
            found = self._join() if self.pid is not None else None
            self.found = found if found is not None else _run_validator(self.spec.document)
            if self.cache_file is not None:
                _store(self.cache_file, self.found)
        return [_warning(self.spec, p, m) for p, m in self.found]

    def cancel(self) -> None:
        """Stop a still running child (the build failed or was interrupted)."""
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.pid = None
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _is_findings(found: Any) -> bool:
    return isinstance(found, list) and all(
        isinstance(f, list) and len(f) == 2 and all(isinstance(x, str) for x in f) for f in found
    )


def _store(cache_file: Path, found: list[tuple[str, str]]) -> None:
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(found))
        tmp.replace(cache_file)
    except OSError:
        pass


def _warning(spec: LoadedSpec, pointer: str, message: str) -> Warning_:
    return Warning_(
        f"spec violates the OpenAPI schema: {message}",
        pointer=pointer,
        file=str(spec.path),
        line=spec.line_of(pointer),
    )


@functools.cache
def _validator_class(v31: bool) -> Any:
    """The spec validator class, with its JSON Schema reference registry crawled up front.

    `referencing` re-crawls an uncrawled registry on every anchor (`$dynamicRef: #meta`)
    lookup and drops the result: half of the validation time on registry 2.17.1. Crawling
    once finds the same resources and anchors, so the findings are the same.
    """
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    base: Any = OpenAPIV31SpecValidator if v31 else OpenAPIV30SpecValidator
    try:
        inner = base.schema_validator.__wrapped__  # a lazy_object_proxy around it
        resolver = inner._resolver
        crawled = resolver._registry.crawl()
        fast = inner.evolve(_resolver=crawled.resolver(base_uri=resolver._base_uri))
    except Exception:  # noqa: BLE001 - private API moved: validate the slow way
        return base
    return type(base.__name__, (base,), {"schema_validator": fast})


def _run_validator(document: dict[str, Any]) -> list[tuple[str, str]]:
    cls = _validator_class(str(document.get("openapi", "")).startswith("3.1"))
    found: set[tuple[str, str]] = set()
    try:
        errors = list(cls(document).iter_errors())
    except Exception as exc:  # noqa: BLE001 - the validator itself may crash on odd input
        return [("", f"validator failed: {type(exc).__name__}: {exc}")]
    for err in errors:
        rel = [str(p) for p in getattr(err, "absolute_path", [])]
        message = str(getattr(err, "message", err)).splitlines()[0]
        if len(message) > 200:
            message = message[:200] + "..."
        instance = getattr(err, "instance", None)
        for pointer in _locate(document, rel, instance):
            found.add((pointer, message))
    return sorted(found)


def _locate(document: Any, rel: list[str], instance: Any) -> list[str]:
    """Find the full JSON pointer(s) of an error reported relative to a sub-schema."""
    rel_ptr = "".join("/" + escape_pointer_part(p) for p in rel)
    try:
        if pointer_get(document, rel_ptr) == instance:
            return [rel_ptr]
    except KeyError:
        pass
    hits: list[str] = []

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            try:
                if rel and pointer_get(node, rel_ptr) == instance:
                    hits.append(pointer + rel_ptr)
            except KeyError:
                pass
            for k, v in node.items():
                walk(v, f"{pointer}/{escape_pointer_part(k)}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{pointer}/{i}")

    walk(document, "")
    return hits or [rel_ptr]
