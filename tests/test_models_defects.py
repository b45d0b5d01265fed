"""The published SDK's model defects (CONTRACT §9.3) are fixed, each for its whole kind."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any, get_args, get_origin

import pytest
from conftest import GENERATED, ROOT
from pydantic import TypeAdapter

from generator.load import load_spec
from generator.naming import class_name, component_class_base, field_name
from generator.text import flat

PKG_ROOT = GENERATED / "registry"
MODELS_DIR = PKG_ROOT / "waylay-sdk-registry-types/src/waylay/services/registry/models"
SPEC = ROOT / "specs" / "registry.openapi.yaml"


def model_modules() -> list[Path]:
    return sorted(p for p in MODELS_DIR.glob("*.py") if p.name != "__init__.py")


def docstrings(path: Path) -> list[str]:
    """Class docstrings and the string statements that document module-level aliases."""
    tree = ast.parse(path.read_text())
    found = [ast.get_docstring(n) or "" for n in tree.body if isinstance(n, ast.ClassDef)]
    for prev, node in zip(tree.body, tree.body[1:], strict=False):
        if isinstance(prev, ast.Assign) and isinstance(node, ast.Expr):
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                found.append(node.value.value)
    return found


def test_d2_failure_reason_accepts_a_string_and_the_object() -> None:
    from waylay.services.registry.models import FailureReason, IFailureReason, PlugResponseV2

    adapter = TypeAdapter(FailureReason)
    assert adapter.validate_python("build failed") == "build failed"
    reason = adapter.validate_python({"log": ["x"], "events": []})
    assert isinstance(reason, IFailureReason)
    field = PlugResponseV2.model_fields["failure_reason"]
    assert TypeAdapter(field.annotation).validate_python("timeout") == "timeout"


def test_d17_docstrings_end_with_one_period() -> None:
    texts = [d for p in model_modules() for d in docstrings(p)]
    assert len(texts) > 250
    assert not [d for d in texts if d.endswith("..")]
    assert not [d for d in texts if d and not d.endswith((".", "!", "?"))]
    from waylay.services.registry.models import AltVersionHALLinkDraft

    assert AltVersionHALLinkDraft.__doc__ == "Link to the lastest draft version."


def flatten_or(node: ast.expr) -> list[str]:
    """`A | B | C` -> ["A", "B", "C"]."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return flatten_or(node.left) + flatten_or(node.right)
    return [ast.unparse(node)]


def union_members(path: Path) -> list[str] | None:
    """Members of a module-level union alias (`A | B | ...`), None if not a union."""
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.BinOp):
            return flatten_or(node.value)
    return None


def test_d18_union_members_are_unique() -> None:
    unions = {p.stem: m for p in model_modules() if (m := union_members(p)) is not None}
    assert len(unions) > 30
    assert {k: m for k, m in unions.items() if len(m) != len(set(m))} == {}
    from pydantic import StrictStr
    from waylay.services.registry.models import HALLinkHref

    assert HALLinkHref == StrictStr  # `format: uri` and a plain string: the same python type


def ref_siblings(doc: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(class, wire name, description) of component properties written `$ref` + description."""
    out = []
    for key, schema in doc["components"]["schemas"].items():
        for wire, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and "$ref" in prop and "description" in prop:
                out.append((class_name(component_class_base(key)), wire, prop["description"]))
    return out


def test_d21_descriptions_next_to_ref_are_kept() -> None:
    import waylay.services.registry.models as models

    siblings = ref_siblings(load_spec(SPEC).document)
    assert len(siblings) > 20
    for cls_name, wire, description in siblings:
        cls = getattr(models, cls_name)
        assert cls.model_fields[field_name(wire)].description == flat(description), (cls_name, wire)
    from waylay.services.registry.models import RootPageResponse

    assert (
        RootPageResponse.model_fields["version"].description == "Semantic version of the service."
    )


def test_d21_default_next_to_ref_is_kept_for_parameters() -> None:
    from generator.cli import build_ir

    ir, _ = build_ir(SPEC, None)
    models_api = next(a for a in ir.apis if a.attr == "models")
    create = next(o for o in models_api.operations if o.name == "create")
    deprecate = next(p for p in create.query_params if p.wire == "deprecatePrevious")
    assert deprecate.default == "patch"


FREE_OBJECT_SPELLINGS = re.compile(
    r"Dict\[str, object\]|Annotated\[object|:\s*object\b|\| object\b"
)


@pytest.mark.parametrize("package", ["waylay-sdk-registry", "waylay-sdk-registry-types"])
def test_d23_free_objects_are_spelled_one_way(package: str) -> None:
    offenders = [
        f"{p.name}:{i}"
        for p in (PKG_ROOT / package / "src").rglob("*.py")
        for i, line in enumerate(p.read_text().splitlines(), 1)
        if FREE_OBJECT_SPELLINGS.search(line)
    ]
    assert offenders == []
    from waylay.services.registry.models import AnyJobResult, ScaleJobStatus

    for union in (AnyJobResult, ScaleJobStatus.model_fields["result"].annotation):
        free = [a for a in get_args(union) if get_origin(a) is dict]
        assert [get_args(a) for a in free] == [(str, Any)]
