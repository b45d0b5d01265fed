"""`generator diff`: every rule on a small spec, its exit codes and the command line."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from generator.cli import build_ir, main
from generator.diff import RULES, DiffReport, diff_services, service_of
from generator.ir import Service

Spec = dict[str, Any]
PET = {"$ref": "#/components/schemas/Pet"}


def _json(schema: dict[str, Any], description: str = "ok") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def base_spec() -> Spec:
    """A small service: 2 tags, request-only / response-only / shared / unused models."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1.0.0", "description": "Pet store."},
        "paths": {
            "/pets": {
                "get": {
                    "tags": ["Pets"],
                    "operationId": "list_pets",
                    "summary": "List pets",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {
                            "name": "kind",
                            "in": "query",
                            "schema": {"$ref": "#/components/schemas/Kind"},
                        },
                        {
                            "name": "name",
                            "in": "query",
                            "schema": {"type": "string", "maxLength": 20},
                        },
                    ],
                    "responses": {"200": _json({"type": "array", "items": PET})},
                },
                "post": {
                    "tags": ["Pets"],
                    "operationId": "create_pets",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}
                        }
                    },
                    "responses": {"201": _json(PET)},
                },
            },
            "/pets/{petId}": {
                "get": {
                    "tags": ["Pets"],
                    "operationId": "get_pets",
                    "parameters": [
                        {
                            "name": "petId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {"200": _json(PET)},
                },
                "delete": {
                    "tags": ["Pets"],
                    "operationId": "remove_pets",
                    "parameters": [
                        {
                            "name": "petId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {"204": {"description": "gone"}},
                },
            },
            "/pets/{petId}/notes/{noteId}": {
                "put": {
                    "tags": ["Pets"],
                    "operationId": "note_pets",
                    "parameters": [
                        {
                            "name": "petId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "noteId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"type": "string", "maxLength": 10}}
                        }
                    },
                    "responses": {"200": _json({"type": "string"})},
                }
            },
            "/owners": {
                "get": {
                    "tags": ["Owners"],
                    "operationId": "list_owners",
                    "responses": {"200": _json({"type": "array", "items": {"type": "string"}})},
                }
            },
        },
        "components": {
            "schemas": {
                "Kind": {"type": "string", "enum": ["cat", "dog"]},
                "Pet": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "kind": {"$ref": "#/components/schemas/Kind"},
                        "tag": {"type": "string"},
                        "mood": {"$ref": "#/components/schemas/Mood"},
                    },
                },
                "NewPet": {
                    "type": "object",
                    "description": "A pet to create.",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "tag": {"type": "string"},
                        "size": {"$ref": "#/components/schemas/Size"},
                    },
                },
                "Mood": {"anyOf": [{"type": "string"}, {"type": "number"}, {"type": "boolean"}]},
                "Size": {"anyOf": [{"type": "string"}, {"type": "number"}, {"type": "boolean"}]},
                "Color": {"anyOf": [{"type": "string"}, {"type": "number"}, {"type": "boolean"}]},
            }
        },
    }


_IR_CACHE: dict[str, Service] = {}


@pytest.fixture(scope="module")
def spec_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("diffspecs")


def ir_of(spec: Spec, folder: Path) -> Service:
    """The IR of a spec dict (cached: most cases share the base spec)."""
    text = json.dumps(spec, sort_keys=True)
    if text not in _IR_CACHE:
        path = folder / f"pets-{len(_IR_CACHE)}.yaml"
        path.write_text(text)
        _IR_CACHE[text] = build_ir(path, "pets")[0]
    return _IR_CACHE[text]


def diff_of(mutate: Callable[[Spec], None], folder: Path) -> DiffReport:
    old = base_spec()
    new = copy.deepcopy(old)
    mutate(new)
    return diff_services(ir_of(old, folder), ir_of(new, folder))


# --- mutations -------------------------------------------------------------------------


def op(spec: Spec, path: str, method: str) -> dict[str, Any]:
    return spec["paths"][path][method]


def schema(spec: Spec, name: str) -> dict[str, Any]:
    return spec["components"]["schemas"][name]


def param(spec: Spec, path: str, method: str, name: str) -> dict[str, Any]:
    return next(p for p in op(spec, path, method)["parameters"] if p["name"] == name)


def rename_tag(spec: Spec) -> None:
    o = op(spec, "/owners", "get")
    o["tags"], o["operationId"] = ["People"], "list_people"


def move_op(spec: Spec) -> None:
    o = op(spec, "/pets/{petId}", "get")
    o["tags"], o["operationId"] = ["Owners"], "get_owners"


def add_api(spec: Spec) -> None:
    spec["paths"]["/vets"] = {
        "get": {
            "tags": ["Vets"],
            "operationId": "list_vets",
            "responses": {"204": {"description": "x"}},
        }
    }


def rename_path_arg(spec: Spec) -> None:
    item = spec["paths"].pop("/pets/{petId}")
    for o in item.values():
        o["parameters"][0]["name"] = "id"
    spec["paths"]["/pets/{id}"] = item


def add_path_arg(spec: Spec) -> None:
    o = spec["paths"]["/pets/{petId}"].pop("get")
    o["parameters"].append(
        {"name": "version", "in": "path", "required": True, "schema": {"type": "string"}}
    )
    spec["paths"]["/pets/{petId}/{version}"] = {"get": o}


def reorder_path_args(spec: Spec) -> None:
    op(spec, "/pets/{petId}/notes/{noteId}", "put")["parameters"].reverse()


def move_path(spec: Spec) -> None:
    spec["paths"]["/animals/{petId}"] = spec["paths"].pop("/pets/{petId}")


def kind_to_union(spec: Spec) -> None:
    spec["components"]["schemas"]["Kind"] = {
        "anyOf": [{"type": "string", "enum": ["cat", "dog"]}, {"type": "string"}]
    }


def rename_model(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    schemas["PetInput"] = schemas.pop("NewPet")
    op(spec, "/pets", "post")["requestBody"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/PetInput"
    }


def add_response(spec: Spec) -> None:
    op(spec, "/pets", "post")["responses"]["202"] = _json({"type": "string"})


def stream(spec: Spec) -> None:
    op(spec, "/pets/{petId}", "get")["responses"]["200"] = {
        "description": "events",
        "content": {"text/event-stream": {"schema": PET}},
    }


def add_body(spec: Spec, required: bool) -> None:
    op(spec, "/pets/{petId}", "delete")["requestBody"] = {
        "required": required,
        "content": {"application/json": {"schema": {"type": "string"}}},
    }


def set_(path: list[Any], value: Any) -> Callable[[Spec], None]:
    """A mutation that sets one value (path of keys into the spec)."""

    def mutate(spec: Spec) -> None:
        target: Any = spec
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def append(path: list[Any], value: Any) -> Callable[[Spec], None]:
    """A mutation that appends to one list."""

    def mutate(spec: Spec) -> None:
        target: Any = spec
        for key in path:
            target = target[key]
        target.append(value)

    return mutate


def delete(path: list[Any]) -> Callable[[Spec], None]:
    """A mutation that removes one key or list element."""

    def mutate(spec: Spec) -> None:
        target: Any = spec
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


def does(*mutations: Callable[[Spec], None]) -> Callable[[Spec], None]:
    def mutate(spec: Spec) -> None:
        for m in mutations:
            m(spec)

    return mutate


S = ["components", "schemas"]
LIST = ["paths", "/pets", "get"]
CREATE = ["paths", "/pets", "post"]
GET = ["paths", "/pets/{petId}", "get"]
BODY = [*CREATE, "requestBody"]
NOTE_BODY = ["paths", "/pets/{petId}/notes/{noteId}", "put", "requestBody", "content"]
NOTE_BODY += ["application/json", "schema"]

# (id, mutation, the exact set of rules the diff must report)
CASES: list[tuple[str, Callable[[Spec], None], set[str]]] = [
    ("description-only", set_(["info", "description"], "Other."), set()),
    ("summary-only", set_([*LIST, "summary"], "All pets"), set()),
    ("api-added", add_api, {"api-added", "operation-added"}),
    ("api-removed", delete(["paths", "/owners"]), {"api-removed", "operation-removed"}),
    ("api-renamed", rename_tag, {"api-renamed"}),
    ("operation-removed", delete([*GET[:2], "delete"]), {"operation-removed"}),
    ("operation-renamed", set_([*GET, "operationId"], "fetch_pets"), {"operation-renamed"}),
    ("operation-moved", move_op, {"operation-moved"}),
    ("operation-path-changed", move_path, {"operation-path-changed"}),
    ("operation-deprecated", set_([*GET, "deprecated"], True), {"operation-deprecated"}),
    ("operation-stream", stream, {"operation-stream-changed"}),
    (
        "parameter-added",
        append(
            [*GET, "parameters"], {"name": "full", "in": "query", "schema": {"type": "boolean"}}
        ),
        {"parameter-added"},
    ),
    (
        "parameter-added-required",
        append(
            [*GET, "parameters"],
            {"name": "full", "in": "query", "required": True, "schema": {"type": "boolean"}},
        ),
        {"parameter-added-required"},
    ),
    (
        "header-added",
        append(
            [*GET, "parameters"],
            {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
        ),
        {"parameter-added"},
    ),
    ("path-argument-added", add_path_arg, {"parameter-added-required", "operation-path-changed"}),
    ("parameter-removed", delete([*LIST, "parameters", 0]), {"parameter-removed"}),
    ("path-argument-renamed", rename_path_arg, {"parameter-renamed"}),
    ("path-arguments-reordered", reorder_path_args, {"parameter-reordered"}),
    (
        "parameter-required",
        set_([*LIST, "parameters", 0, "required"], True),
        {"parameter-became-required"},
    ),
    (
        "parameter-retyped",
        set_([*LIST, "parameters", 0, "schema"], {"type": "string"}),
        {"parameter-retyped"},
    ),
    (
        "parameter-tightened",
        set_([*LIST, "parameters", 0, "schema", "maximum"], 100),
        {"parameter-retyped"},
    ),
    (
        "parameter-relaxed",
        delete([*LIST, "parameters", 2, "schema", "maxLength"]),
        {"parameter-widened"},
    ),
    (
        "parameter-deprecated",
        set_([*LIST, "parameters", 0, "deprecated"], True),
        {"parameter-deprecated"},
    ),
    (
        "enum-became-union",  # CONTRACT §9.1 DeprecatePreviousPolicy: breaking for the query type
        kind_to_union,
        {"model-kind-changed", "parameter-retyped", "field-retyped", "model-added"},
    ),
    ("body-added", lambda s: add_body(s, False), {"body-added"}),
    (
        "body-added-required",
        lambda s: add_body(s, True),
        {"body-added-required"},
    ),
    ("body-removed", delete(BODY[:-1] + ["requestBody"]), {"body-removed"}),
    ("body-retyped", set_([*BODY, "content", "application/json", "schema"], PET), {"body-retyped"}),
    ("body-widened", delete([*NOTE_BODY, "maxLength"]), {"body-widened"}),
    ("body-required", set_([*BODY, "required"], True), {"body-became-required"}),
    (
        "response-retyped",
        set_([*GET, "responses", "200"], _json({"type": "string"})),
        {"response-retyped"},
    ),
    ("response-widened", add_response, {"response-retyped"}),
    (
        "model-added",
        set_([*S, "Owner"], {"type": "object", "properties": {"n": {"type": "string"}}}),
        {"model-added"},
    ),
    ("model-removed", delete([*S, "Color"]), {"model-removed"}),
    ("model-renamed", rename_model, {"model-renamed", "body-retyped"}),
    (
        "model-kind-changed",
        set_([*S, "Color"], {"type": "string", "enum": ["red"]}),
        {"model-kind-changed"},
    ),
    ("model-deprecated", set_([*S, "Pet", "deprecated"], True), {"model-deprecated"}),
    (
        "model-extra-changed",
        set_([*S, "Pet", "additionalProperties"], {"type": "string"}),
        {"model-extra-changed"},
    ),
    ("field-added", set_([*S, "NewPet", "properties", "age"], {"type": "number"}), {"field-added"}),
    (
        "field-added-required-request",
        does(
            set_([*S, "NewPet", "properties", "age"], {"type": "number"}),
            set_([*S, "NewPet", "required"], ["name", "age"]),
        ),
        {"field-added-required"},
    ),
    (
        "field-added-required-response",
        does(
            set_([*S, "Pet", "properties", "age"], {"type": "number"}),
            set_([*S, "Pet", "required"], ["id", "name", "age"]),
        ),
        {"field-added"},
    ),
    ("field-removed", delete([*S, "Pet", "properties", "tag"]), {"field-removed"}),
    (
        "field-retyped",
        set_([*S, "Pet", "properties", "tag"], {"type": "number"}),
        {"field-retyped"},
    ),
    (
        "field-widened-request",
        set_([*S, "NewPet", "properties", "tag"], {"type": "string", "nullable": True}),
        {"field-widened"},
    ),
    (
        "field-widened-response",
        set_([*S, "Pet", "properties", "tag"], {"type": "string", "nullable": True}),
        {"field-retyped"},
    ),
    (
        "field-required-request",
        set_([*S, "NewPet", "required"], ["name", "tag"]),
        {"field-became-required"},
    ),
    (
        "field-required-response",
        set_([*S, "Pet", "required"], ["id", "name", "tag"]),
        {"field-narrowed"},
    ),
    ("field-optional-response", set_([*S, "Pet", "required"], ["id"]), {"field-became-optional"}),
    ("field-optional-request", set_([*S, "NewPet", "required"], []), {"field-widened"}),
    (
        "field-deprecated",
        set_([*S, "Pet", "properties", "tag", "deprecated"], True),
        {"field-deprecated"},
    ),
    ("enum-value-added", set_([*S, "Kind", "enum"], ["cat", "dog", "fish"]), {"enum-value-added"}),
    ("enum-value-removed", set_([*S, "Kind", "enum"], ["cat"]), {"enum-value-removed"}),
    (
        "union-member-added-request",
        append([*S, "Size", "anyOf"], {"type": "array", "items": {"type": "string"}}),
        {"union-member-added"},
    ),
    (
        "union-member-added-response",
        append([*S, "Mood", "anyOf"], {"type": "array", "items": {"type": "string"}}),
        {"union-member-added-to-response"},
    ),
    (
        "union-member-added-unused",  # a model no operation uses counts as both directions
        append([*S, "Color", "anyOf"], {"type": "array", "items": {"type": "string"}}),
        {"union-member-added-to-response"},
    ),
    ("union-member-removed-request", delete([*S, "Size", "anyOf", 1]), {"union-member-removed"}),
    (
        "union-member-removed-response",
        delete([*S, "Mood", "anyOf", 1]),
        {"union-member-removed-from-response"},
    ),
]

# Rules a spec change alone cannot trigger (the reverse of a case above, or naming rules).
REVERSE_OF: dict[str, str] = {
    "operation-undeprecated": "operation-deprecated",
    "parameter-became-optional": "parameter-required",
    "body-became-optional": "body-required",
    "response-narrowed": "response-widened",
    "model-undeprecated": "model-deprecated",
}
NOT_FROM_A_SPEC = {"field-renamed"}  # python field names only change with the naming rules


@pytest.mark.parametrize(("case", "mutate", "rules"), CASES, ids=[c[0] for c in CASES])
def test_rule(case: str, mutate: Callable[[Spec], None], rules: set[str], spec_dir: Path) -> None:
    report = diff_of(mutate, spec_dir)
    assert {c.rule for c in report.changes} == rules, [c.message for c in report.changes]
    expected_bump = max(
        (RULES[r][0] for r in rules), key=["patch", "minor", "major"].index, default="patch"
    )
    assert report.bump == expected_bump
    for c in report.changes:
        assert c.breaking == (RULES[c.rule][0] == "major")


@pytest.mark.parametrize(("rule", "case"), sorted(REVERSE_OF.items()))
def test_reverse_rule(rule: str, case: str, spec_dir: Path) -> None:
    """Swapping old and new of a case gives the opposite rule."""
    mutate = next(m for c, m, _ in CASES if c == case)
    old = base_spec()
    new = copy.deepcopy(old)
    mutate(new)
    report = diff_services(ir_of(new, spec_dir), ir_of(old, spec_dir))
    assert rule in {c.rule for c in report.changes}


def test_every_rule_has_a_case() -> None:
    covered = {r for _, _, rules in CASES for r in rules} | set(REVERSE_OF) | NOT_FROM_A_SPEC
    assert covered == set(RULES)


def test_enum_to_union_names_the_kind_change(spec_dir: Path) -> None:
    report = diff_of(kind_to_union, spec_dir)
    query = next(c for c in report.changes if c.rule == "parameter-retyped")
    assert query.breaking and query.subject == "PetsApi.list"
    assert "`Kind` is now a union (was an enum)" in query.message


def test_renames_are_reported_once_not_as_remove_plus_add(spec_dir: Path) -> None:
    report = diff_of(rename_model, spec_dir)
    renamed = [c for c in report.changes if c.rule == "model-renamed"]
    assert [(c.old, c.new) for c in renamed] == [("NewPet", "PetInput")]


def test_markdown_and_json(spec_dir: Path) -> None:
    from generator.diff import render_json, render_markdown

    report = diff_of(delete([*GET[:2], "delete"]), spec_dir)
    md = render_markdown(report)
    assert "- **breaking** `operation-removed`: `remove` removed (`DELETE /pets/{petId}`)" in md
    assert "| `operation-removed` | **breaking** |" in md
    assert md.splitlines()[-1].startswith("Semver advice: **major**")
    data = json.loads(render_json(report))
    assert data["bump"] == "major" and data["breaking"] == 1
    assert data["changes"][0]["subject"] == "PetsApi.remove"
    assert data["changes"][0]["rule"] == "operation-removed"


def test_minor_and_patch_advice(spec_dir: Path) -> None:
    from generator.diff import advice_line

    assert advice_line(diff_of(add_api, spec_dir)).startswith("Semver advice: **minor**")
    report = diff_of(delete([*LIST, "parameters", 2, "schema", "maxLength"]), spec_dir)
    assert advice_line(report) == "Semver advice: **patch** (no breaking changes)"


def test_spec_version_under_states_breaking_change(spec_dir: Path) -> None:
    from generator.diff import advice_line

    report = diff_of(
        does(delete(["paths", "/owners"]), set_(["info", "version"], "1.1.0")), spec_dir
    )
    assert report.spec_bump == "minor"
    assert advice_line(report).endswith("the spec version 1.0.0 → 1.1.0 is only a minor bump)")


@pytest.mark.parametrize(
    ("name", "service"),
    [
        ("registry-2.13.0.yaml", "registry"),
        ("registry.openapi.yaml", "registry"),
        ("data.json", "data"),
    ],
)
def test_service_from_file_name(name: str, service: str) -> None:
    assert service_of(Path(name)) == service


# --- command line ----------------------------------------------------------------------


def run_diff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "diff", *args], cwd=ROOT, capture_output=True, text=True
    )


def write_spec(folder: Path, name: str, spec: Spec) -> Path:
    path = folder / name
    path.write_text(json.dumps(spec))
    return path


def test_cli_same_spec_twice_is_no_change(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "pets.openapi.json", base_spec())
    result = run_diff(str(spec), str(spec))
    assert result.returncode == 0, result.stderr
    assert "No changes for SDK users." in result.stdout
    assert result.stdout.splitlines()[-1] == "Semver advice: **patch** (no changes for SDK users)"


def test_cli_removed_operation_exits_3(tmp_path: Path) -> None:
    old = write_spec(tmp_path, "pets-1.json", base_spec())
    new_spec = base_spec()
    del new_spec["paths"]["/pets/{petId}"]["delete"]
    new = write_spec(tmp_path, "pets-2.json", new_spec)
    result = run_diff(str(old), str(new))
    assert result.returncode == 3, result.stderr
    assert "**breaking** `operation-removed`: `remove` removed" in result.stdout
    as_json = run_diff(str(old), str(new), "--format", "json")
    assert as_json.returncode == 3
    assert json.loads(as_json.stdout)["changes"][0]["breaking"] is True


def test_cli_added_operation_exits_0(tmp_path: Path) -> None:
    old = write_spec(tmp_path, "pets-1.json", base_spec())
    new_spec = base_spec()
    add_api(new_spec)
    new = write_spec(tmp_path, "pets-2.json", new_spec)
    result = main(["diff", str(old), str(new)])
    assert result == 0


def test_cli_different_services_need_service_flag(tmp_path: Path) -> None:
    old = write_spec(tmp_path, "pets-1.json", base_spec())
    new = write_spec(tmp_path, "animals-2.json", base_spec())
    result = run_diff(str(old), str(new))
    assert result.returncode == 2
    assert "--service" in result.stderr and "Traceback" not in result.stderr
    assert run_diff(str(old), str(new), "--service", "pets").returncode == 0


def test_cli_bad_spec_is_exit_2(tmp_path: Path) -> None:
    old = write_spec(tmp_path, "pets-1.json", base_spec())
    bad = tmp_path / "pets-2.json"
    bad.write_text("{not json")
    result = run_diff(str(old), str(bad))
    assert result.returncode == 2
    assert "pets-2.json" in result.stderr and "Traceback" not in result.stderr
