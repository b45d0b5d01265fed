"""Cross-check with datamodel-code-generator: an independent reading of the same schemas.

datamodel-code-generator cannot produce the contract's class names and module layout
(README "Models"), but for component schemas it is a second opinion on the content:
every object schema must have the same properties (by wire name) with the same
required-ness, every field must accept and reject the same probe values, and every enum
the same values. It runs with strict scalar types, as our fields are strict.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import subprocess
import sys
import typing
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest
from conftest import ROOT
from pydantic import TypeAdapter

from generator.cli import build_ir

pytest.importorskip("datamodel_code_generator")

SPECS = sorted((ROOT / "specs").glob("*.openapi.yaml"))
PROBES: list[Any] = [None, "x", "2024-01-01T00:00:00Z", "1.0.0", 1, 1.5, True, [], ["x"], {}]
PROBES.append({"href": "x"})


# Known, intended differences (each one a DEVIATIONS.md entry), by service.
EXPECTED_DISAGREEMENTS: dict[str, set[str]] = {
    # X-services-4: the fields of a union inside allOf are optional (dmcg drops them)
    "data": {"TimeseriesFilter: properties or required differ"},
    # X-models: an optional field accepts an explicit None, also when it has a `const`
    # default (dmcg types `const` fields as a non-nullable Literal)
    "storage": {
        f"{name}-{side}.type: None ours=True"
        for name in ("SystemChannelConfig", "WebScriptChannelConfig")
        for side in ("Input", "Output")
    },
}


def run_dmcg(spec: Path, out: Path) -> ModuleType:
    """Generate one module of pydantic v2 models for the component schemas and import it."""
    target = out / f"dmcg_{spec.name.split('.')[0]}.py"
    cmd = [
        str(Path(sys.executable).parent / "datamodel-codegen"),
        "--input",
        str(spec),
        "--input-file-type",
        "openapi",
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--openapi-scopes",
        "schemas",
        "--snake-case-field",
        "--strict-types",
        "str",
        "bool",
        "int",
        "float",
        "bytes",
        "--field-constraints",
        "--use-annotated",
        "--disable-timestamp",
        "--output",
        str(target),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    spec_ = importlib.util.spec_from_file_location(target.stem, target)
    assert spec_ is not None and spec_.loader is not None
    module = importlib.util.module_from_spec(spec_)
    sys.modules[target.stem] = module  # forward references resolve through sys.modules
    spec_.loader.exec_module(module)
    return module


def field_type(field: Any) -> Any:
    return (
        typing.Annotated[field.annotation, *field.metadata] if field.metadata else field.annotation
    )


def accepts(adapter: TypeAdapter[Any], value: Any) -> bool:
    try:
        adapter.validate_python(value)
    except (pydantic.ValidationError, ValueError, TypeError):
        return False
    return True


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name.split(".")[0])
def test_component_schemas_agree_with_datamodel_code_generator(spec: Path, tmp_path: Path) -> None:
    theirs = run_dmcg(spec, tmp_path)
    service, _ = build_ir(spec, None)
    ours = importlib.import_module(f"waylay.services.{service.key}.models")
    objects = enums = probes = 0
    disagreements: list[str] = []
    for model in service.models:
        parts = model.pointer.split("/")
        if len(parts) != 4 or parts[1:3] != ["components", "schemas"]:
            continue  # inline schemas: named differently by the two generators
        key = parts[3].replace("~1", "/").replace("~0", "~")
        other = getattr(theirs, re.sub(r"[^A-Za-z0-9]", "", key), None) or getattr(
            theirs, key, None
        )
        mine = getattr(ours, model.class_name)
        if model.kind == "enum" and isinstance(other, type) and issubclass(other, Enum):
            enums += 1
            if [e.value for e in mine] != [e.value for e in other]:
                disagreements.append(f"{key}: enum values differ")
        if model.kind != "object":
            continue
        assert isinstance(other, type) and issubclass(other, pydantic.BaseModel), key
        objects += 1
        their_fields = {f.alias or n: f for n, f in other.model_fields.items()}
        my_fields = {f.alias or n: f for n, f in mine.model_fields.items()}
        required = {w: f.is_required() for w, f in my_fields.items()}
        if required != {w: f.is_required() for w, f in their_fields.items()}:
            disagreements.append(f"{key}: properties or required differ")
            continue
        for wire, field in my_fields.items():
            a, b = TypeAdapter(field_type(field)), TypeAdapter(field_type(their_fields[wire]))
            for value in PROBES:
                probes += 1
                if accepts(a, value) != accepts(b, value):
                    disagreements.append(f"{key}.{wire}: {value!r} ours={accepts(a, value)}")
    print(f"{spec.name}: {objects} objects, {enums} enums, {probes} probes agree")
    expected = EXPECTED_DISAGREEMENTS.get(spec.name.split(".")[0], set())
    assert set(disagreements) - expected == set(), "\n".join(disagreements)
    assert expected <= set(disagreements), f"no longer differ: {expected - set(disagreements)}"
    assert objects > 0
