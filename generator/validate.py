"""Stage 2 - validate: openapi-spec-validator findings become located warnings.

Schema violations that the generator can still render (e.g. `deprecated: "<reason>"` in
the registry spec) are warnings, so a real spec builds; `--strict` turns them into errors.
Results are cached by content hash because validation dominates the cold build time.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

from .errors import Warning_
from .load import LoadedSpec, escape_pointer_part, pointer_get

CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache" / "validate"


def validate(spec: LoadedSpec, *, use_cache: bool = True) -> list[Warning_]:
    """Validate the bundled document; returns warnings sorted by pointer."""
    raw = json.dumps(spec.document, sort_keys=True, default=str).encode()
    key = hashlib.sha256(raw + version("openapi-spec-validator").encode()).hexdigest()
    cache_file = CACHE_DIR / f"{key}.json"
    if use_cache and cache_file.exists():
        try:
            found = json.loads(cache_file.read_text())
        except (OSError, ValueError):
            found = None
        if isinstance(found, list):
            return [_warning(spec, p, m) for p, m in found]
    found = _run_validator(spec.document)
    if use_cache:
        try:
            CACHE_DIR.mkdir(parents=True, exist_ok=True)
            tmp = cache_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(found))
            tmp.replace(cache_file)
        except OSError:
            pass
    return [_warning(spec, p, m) for p, m in found]


def _warning(spec: LoadedSpec, pointer: str, message: str) -> Warning_:
    return Warning_(
        f"spec violates the OpenAPI schema: {message}",
        pointer=pointer,
        file=str(spec.path),
        line=spec.line_of(pointer),
    )


def _run_validator(document: dict[str, Any]) -> list[tuple[str, str]]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    cls = (
        OpenAPIV31SpecValidator
        if str(document.get("openapi", "")).startswith("3.1")
        else OpenAPIV30SpecValidator
    )
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
