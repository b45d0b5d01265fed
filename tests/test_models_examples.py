"""Every example of the spec validates against its generated type and round-trips.

Examples are collected from the ORIGINAL spec: `example`/`examples` on schemas (components,
properties, items, composition members, inline schemas), on parameters and on media
types. Each is validated with the generated artefact a user would meet it through: the
model class, the model field, the query model field, the path argument's annotation, the
body/response type; then dumped back (by alias, unset omitted, JSON mode) and compared.
"""

from __future__ import annotations

import importlib
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import pytest
from conftest import ROOT
from pydantic import TypeAdapter

from generator import pytypes
from generator.cli import build_ir
from generator.ir import Operation, Service
from generator.load import escape_pointer_part, load_spec
from generator.normalize import Normalizer

SPECS = sorted((ROOT / "specs").glob("*.openapi.yaml"))
HTTP = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass
class Example:
    pointer: str  # where the example is written
    owner: str  # the schema / parameter / media type it belongs to
    kind: str  # "schema" | "parameter" | "media"
    value: Any


def ptr(*parts: object) -> str:
    return "".join("/" + escape_pointer_part(str(p)) for p in parts)


def schema_examples(schema: Any, at: str) -> Iterator[Example]:
    """Examples of a schema and of every schema nested in it."""
    if not isinstance(schema, dict):
        return
    if "example" in schema:
        yield Example(at + "/example", at, "schema", schema["example"])
    if isinstance(schema.get("examples"), list):
        for i, value in enumerate(schema["examples"]):
            yield Example(f"{at}/examples/{i}", at, "schema", value)
    for name, sub in (schema.get("properties") or {}).items():
        yield from schema_examples(sub, at + ptr("properties", name))
    for key in ("items", "additionalProperties", "not"):
        yield from schema_examples(schema.get(key), f"{at}/{key}")
    for key in ("anyOf", "oneOf", "allOf"):
        for i, sub in enumerate(schema.get(key) or []):
            yield from schema_examples(sub, f"{at}/{key}/{i}")


def holder_examples(holder: dict[str, Any], at: str, kind: str) -> Iterator[Example]:
    """`example` / `examples` (a map of Example objects) of a parameter or media type."""
    if "example" in holder:
        yield Example(at + "/example", at, kind, holder["example"])
    for name, ex in (holder.get("examples") or {}).items():
        if isinstance(ex, dict) and "value" in ex:
            yield Example(at + ptr("examples", name, "value"), at, kind, ex["value"])
    yield from schema_examples(holder.get("schema"), at + "/schema")


def content_examples(content: Any, at: str) -> Iterator[Example]:
    for media, mt in (content or {}).items():
        if isinstance(mt, dict):
            yield from holder_examples(mt, at + ptr(media), "media")


def all_examples(doc: dict[str, Any]) -> list[Example]:
    """Every example of the document, in document order."""
    found: list[Example] = []
    for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        found += schema_examples(schema, ptr("components", "schemas", name))
    for path, item in (doc.get("paths") or {}).items():
        for i, par in enumerate(item.get("parameters") or []):
            found += holder_examples(par, ptr("paths", path, "parameters", i), "parameter")
        for method in HTTP:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            base = ptr("paths", path, method)
            for i, par in enumerate(op.get("parameters") or []):
                found += holder_examples(par, f"{base}/parameters/{i}", "parameter")
            body = op.get("requestBody") or {}
            found += content_examples(body.get("content"), base + "/requestBody/content")
            for code, resp in (op.get("responses") or {}).items():
                found += content_examples(
                    resp.get("content"), base + ptr("responses", code, "content")
                )
    return found


class Resolver:
    """The generated type an example location is met through."""

    def __init__(self, service: Service, spec: Path) -> None:
        assert service.names_lock is not None
        self.service = service
        self.spec = spec
        self.pkg = f"waylay.services.{service.key}"
        self.class_at = {p: n for p, (n, _) in service.names_lock.names.items()}
        self.models = importlib.import_module(f"{self.pkg}.models")
        self.ops: dict[str, tuple[Operation, str]] = {}
        for api in service.apis:
            for op in api.operations:
                self.ops[op.pointer] = (op, api.attr)

    def cls(self, name: str) -> Any:
        return getattr(self.models, name)

    def field_type(self, cls: Any, wire: str) -> Any:
        for field in cls.model_fields.values():
            if wire in (field.alias, field.validation_alias, field.serialization_alias):
                break
        else:
            field = cls.model_fields[wire]
        annotation = field.annotation
        return Annotated[annotation, *field.metadata] if field.metadata else annotation

    def param(self, at: str) -> Any:
        """Query model field or path argument annotation of the parameter at `at`."""
        for op, attr in self.ops.values():
            for p in op.query_params:
                if p.pointer == at:
                    queries = importlib.import_module(f"{self.pkg}.queries.{attr}_api")
                    query_cls = getattr(queries, op.query_class)
                    return self.field_type(query_cls, p.wire)
            for p in op.path_params + op.header_params:
                if p.pointer == at:
                    api = importlib.import_module(f"{self.pkg}.api.{attr}_api")
                    method = getattr(getattr(api, f"{api_class(api)}"), op.name)
                    return typing.get_type_hints(method, include_extras=True)[p.name]
        raise LookupError(f"no parameter at {at}")

    def media(self, at: str) -> Any:
        """The body or response type of the media type at `at`."""
        for pointer, (op, _) in self.ops.items():
            if not at.startswith(pointer + "/"):
                continue
            rest = at[len(pointer) :]
            if rest.startswith("/requestBody/") and op.body is not None:
                return self.eval(op.body.json_type)
            for r in op.responses:
                if rest.startswith(ptr("responses", r.code, "content")):
                    return self.eval(r.type)
        raise LookupError(f"no media type at {at}")

    def eval(self, t: Any) -> Any:
        import datetime as dt

        import pydantic

        namespace = {
            **vars(typing),
            **vars(pydantic),
            **vars(self.models),
            "date": dt.date,
            "datetime": dt.datetime,
        }
        return eval(pytypes.strict(t), namespace)  # noqa: S307 - our own type spelling

    def schema(self, at: str) -> Any:
        """The class at `at`, or the field / parameter / body type the schema belongs to."""
        if at in self.class_at:
            return self.cls(self.class_at[at])
        parts = at.split("/")
        if len(parts) >= 3 and parts[-2] == "properties":
            parent = "/".join(parts[:-2])
            while parent and parent not in self.class_at:
                parent = "/".join(parent.split("/")[:-2])  # an allOf member: its owner
            wire = parts[-1].replace("~1", "/").replace("~0", "~")
            return self.field_type(self.cls(self.class_at[parent]), wire)
        if parts[-1] == "schema" and "/parameters/" in at:
            return self.param(at[: -len("/schema")])
        if parts[-1] == "schema":
            return self.media(at[: -len("/schema")])
        if len(parts) == 4 and parts[1:3] == ["components", "schemas"]:
            return self.alias(at)
        raise LookupError(f"no generated type for the schema at {at}")

    def alias(self, at: str) -> Any:
        """A component with no class of its own (a primitive alias): the type it is inlined as."""
        norm = Normalizer(load_spec(self.spec), self.service.config)
        norm.run()
        key = at.split("/")[-1].replace("~1", "/").replace("~0", "~")
        ref = {"$ref": "#/components/schemas/" + escape_pointer_part(norm.renames.get(key, key))}
        return self.eval(norm.type_of(ref, at))


def same_json(a: Any, b: Any) -> bool:
    """JSON equality, with date-times compared as instants (`.845Z` == `.845000Z`)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, str) and isinstance(b, str) and a != b:
        import datetime as dt

        try:
            return dt.datetime.fromisoformat(a) == dt.datetime.fromisoformat(b)
        except ValueError:
            return False
    return a == b and type(a) is type(b)


def api_class(module: Any) -> str:
    return next(n for n in vars(module) if n.endswith("Api") and n != "WithApiClient")


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name.split(".")[0])
def test_every_spec_example_validates_and_round_trips(spec: Path) -> None:
    service, _ = build_ir(spec, None)
    found, resolver = all_examples(load_spec(spec).document), Resolver(service, spec)
    failures = []
    for ex in found:
        if ex.kind == "parameter":
            typ = resolver.param(ex.owner)
        elif ex.kind == "media":
            typ = resolver.media(ex.owner)
        else:
            typ = resolver.schema(ex.owner)
        adapter = TypeAdapter(typ)
        try:
            value = adapter.validate_python(ex.value)
        except Exception as exc:  # noqa: BLE001 - collect them all
            failures.append(f"{ex.pointer}: {exc}")
            continue
        dumped = adapter.dump_python(value, by_alias=True, exclude_unset=True, mode="json")
        if not same_json(dumped, ex.value):
            failures.append(f"{ex.pointer}: {ex.value!r} dumps as {dumped!r}")
    assert not failures, "\n".join(failures)
    kinds = {k: sum(e.kind == k for e in found) for k in ("schema", "parameter", "media")}
    print(f"{spec.name}: {len(found)} examples validated and round-tripped: {kinds}")
    if service.key == "registry":
        assert len(found) == 98


def test_the_collector_finds_examples_everywhere() -> None:
    doc = {
        "components": {
            "schemas": {
                "A": {
                    "example": {"x": 1},
                    "properties": {"examples": {"type": "string", "examples": ["e"]}},
                    "allOf": [{"properties": {"y": {"example": 2}}}],
                    "items": {"anyOf": [{"example": 3}]},
                }
            }
        },
        "paths": {
            "/p": {
                "get": {
                    "parameters": [
                        {"name": "q", "in": "query", "example": "v", "schema": {"example": "s"}},
                        {"name": "r", "in": "query", "examples": {"one": {"value": "w"}}},
                    ],
                    "requestBody": {"content": {"application/json": {"example": {"b": 1}}}},
                    "responses": {
                        "200": {"content": {"application/json": {"examples": {"a": {"value": 1}}}}}
                    },
                }
            }
        },
    }
    values = [e.value for e in all_examples(doc)]
    assert values == [{"x": 1}, "e", 3, 2, "v", "s", "w", {"b": 1}, 1]
