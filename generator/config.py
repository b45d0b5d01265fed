"""Per-spec configuration (`specs/<service>.toml`): what the spec itself does not say.

The version date never comes from the wall clock (reproducible builds): it is the
config's `version_date`, else `SOURCE_DATE_EPOCH`, else 1970-01-01 with a warning.
"""

from __future__ import annotations

import keyword
import os
import re
import time
import tomllib
from dataclasses import fields
from pathlib import Path
from typing import Any

from .errors import GeneratorError
from .ir import ServiceConfig

# Attributes of waylay-sdk-core's WaylayClient: a service registered under one of these names
# would be shadowed (services are reached through `__getattr__`).
CLIENT_ATTRIBUTES = frozenset(
    {
        "api_client",
        "config",
        "services",
        "tools",
        "register",
        "from_profile",
        "from_token",
        "from_credentials",
        "from_client_credentials",
    }
)


def config_path_for(spec_path: Path) -> Path:
    """`specs/registry.openapi.yaml` -> `specs/registry.toml`."""
    return spec_path.with_name(service_from_filename(spec_path) + ".toml")


def service_from_filename(spec_path: Path) -> str:
    """`registry.openapi.yaml` -> `registry`."""
    return spec_path.name.split(".")[0]


def load_config(spec_path: Path, service: str | None = None) -> tuple[ServiceConfig, list[str]]:
    """Read the config next to a spec (if any); returns it with notes for the build log."""
    notes: list[str] = []
    path = config_path_for(spec_path)
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise GeneratorError(f"invalid TOML: {exc}", file=str(path)) from None
    known = {f.name for f in fields(ServiceConfig)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise GeneratorError(f"unknown config keys {unknown}", file=str(path))
    key = service or data.get("service") or service_from_filename(spec_path)
    if not re.fullmatch(r"[a-z][a-z0-9_]*", str(key)):
        raise GeneratorError(
            f"service name {key!r} is not a valid python module name",
            file=str(path) if path.exists() else str(spec_path),
            hint="pass --service NAME (lower case letters, digits, _)",
        )
    if keyword.iskeyword(str(key)) or str(key) in CLIENT_ATTRIBUTES:
        raise GeneratorError(
            f"service name {key!r} cannot be used: it is a python keyword or an attribute "
            "of WaylayClient, so `waylay_client.<service>` would not reach the service",
            file=str(path) if path.exists() else str(spec_path),
            hint="choose another name with --service or `service =` in the config",
        )
    data["service"] = str(key)
    data.setdefault("title", str(key).replace("_", " ").title())
    if "version_date" not in data:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch:
            # reproducible-builds.org: a malformed value must fail, not fall back silently
            if not epoch.isdigit():
                raise GeneratorError(
                    f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970",
                    hint="unset it or set version_date in " + path.name,
                )
            data["version_date"] = time.strftime("%Y%m%d", time.gmtime(int(epoch)))
        else:
            data["version_date"] = "19700101"
            notes.append(f"{path.name}: no version_date and no SOURCE_DATE_EPOCH; using 19700101")
    if not re.fullmatch(r"\d{8}", str(data["version_date"])):
        raise GeneratorError(
            f"version_date {data['version_date']!r} must be YYYYMMDD", file=str(path)
        )
    data["version_date"] = str(data["version_date"])
    return ServiceConfig(**data), notes
