"""Name stability (D16): the names lock keeps public class names across spec versions."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from conftest import ROOT, SHARED
from spec_build import build_spec

from generator.cli import build_ir
from generator.names_lock import (
    Named,
    NamesLock,
    assign,
    lock_path_for,
    read_lock,
    write_lock,
)
from generator.render import render_service

SPECS = SHARED / "specs"
VERSIONS = ["2.13.0", "2.14.2", "2.17.1"]


def build_with_lock(spec: Path, lock: Path) -> tuple[set[str], NamesLock, list[str]]:
    """Build one spec with the lock carried along; returns public names, lock, warnings.

    The public names are read from the rendered `models/__init__.py` (what users import).
    """
    ir, warnings = build_ir(spec, "registry", lock=lock)
    assert ir.names_lock is not None
    write_lock(lock, ir.names_lock.to_json("registry"))
    files = render_service(ir)
    init = next(t for p, t in files.items() if p.endswith("models/__init__.py"))
    public = set(re.findall(r"^from \.\w+ import (\w+)$", init, re.M))
    for alias in ir.aliases:
        module = next(t for p, t in files.items() if p.endswith(f"models/{alias.module}.py"))
        assert f"{alias.name} = {alias.target}" in module
        assert ("Deprecated alias" in module) == alias.compat
    return public, ir.names_lock, [w.message for w in warnings]


def test_registry_versions_rename_nothing_that_still_exists(tmp_path: Path) -> None:
    lock_file = tmp_path / "registry.names.lock.json"
    history: list[tuple[set[str], NamesLock, list[str]]] = []
    for version in VERSIONS:
        history.append(build_with_lock(SPECS / f"registry-{version}.yaml", lock_file))
    for (old, old_lock, _), (new, new_lock, warnings) in zip(history, history[1:], strict=False):
        gone = {n for n in old - new}
        reported = {n for n in gone if any(f"class {n!r} is no longer" in w for w in warnings)}
        assert gone == reported, f"renamed without notice: {gone - reported}"
        # a schema that is still there keeps its name (as its class or as an alias)
        for pointer, (name, _) in old_lock.names.items():
            if pointer in new_lock.names:
                assert new_lock.names[pointer][0] == name or new_lock.aliases.get(name) == pointer
    (v13, _, _), (v14, _, w14), (v17, lock17, w17) = history
    assert "GetPlugResponseV2LinksDraft" in v14 and "GetPlugResponseV2LinksDraft" in v17
    assert "GetPlugResponseV2LinksPublished" in v17
    # D2 fixed in 2.13.0 gave the object `IHALLink`; 2.14.2 renamed the union away, so the
    # object takes its natural name `HALLink` and `IHALLink` stays importable as an alias
    assert "IHALLink" in v13 and {"IHALLink", "HALLink"} <= v14 and "IHALLink" in v17
    assert any("'HALLink' now names the schema" in w for w in w14)
    # removed from the spec: reported and retired
    assert any("class 'ShowRelatedType' is no longer generated" in w for w in w17)
    assert "ShowRelatedType" in lock17.retired


def test_committed_registry_lock_is_current() -> None:
    spec = ROOT / "specs" / "registry.openapi.yaml"
    lock_file = lock_path_for(spec, "registry")
    ir, _ = build_ir(spec, None)
    assert ir.names_lock is not None
    assert ir.names_lock.to_json("registry") == lock_file.read_text(), "run make build"
    # the lock was started at the published 2.17.1 names: no aliases, nothing retired
    assert read_lock(lock_file) == NamesLock(ir.names_lock.names, {}, {})


# --- the assignment rules on small inputs ------------------------------------------------


def named(key: str, natural: str, *pointers: str, component: bool = False) -> Named:
    return Named(key, component, natural, [(p, f"h-{p}") for p in pointers])


def lock_of(*entries: tuple[str, str]) -> NamesLock:
    return NamesLock({p: (n, f"h-{p}") for p, n in entries})


def test_without_a_lock_names_are_the_natural_ones() -> None:
    result = assign([named("A", "A", "/a", component=True), named("B_1", "B1", "/b")], None)
    assert result.names == {"A": "A", "B_1": "B1"}
    assert result.lock.names == {"/a": ("A", "h-/a"), "/b": ("B1", "h-/b")}


def test_reordered_inline_schemas_keep_their_names() -> None:
    # v1: /x was met first and named Plug, /y got Plug1; v2 meets /y first
    lock = lock_of(("/x", "Plug"), ("/y", "Plug1"))
    result = assign([named("Plug", "Plug", "/y"), named("Plug_1", "Plug1", "/x")], lock)
    assert result.names == {"Plug": "Plug1", "Plug_1": "Plug"}
    assert not result.warnings


def test_new_inline_schema_never_takes_a_locked_name() -> None:
    lock = lock_of(("/x", "Plug"), ("/gone", "Old"))
    result = assign([named("Plug", "Plug", "/new"), named("Plug_1", "Plug1", "/x")], lock)
    assert result.names == {"Plug": "Plug2", "Plug_1": "Plug"}
    retired = assign([named("Old", "Old", "/other")], result.lock)
    assert retired.names == {"Old": "Old2"}  # the retired name is not handed out again
    assert "Old" in result.lock.retired
    assert any("'Old' is no longer generated" in m for m, _ in result.warnings)


def test_component_keeps_its_key_name_and_the_locked_one_as_alias() -> None:
    lock = lock_of(("/components/schemas/IThing", "IThing"))
    result = assign([named("Thing", "Thing", "/components/schemas/IThing", component=True)], lock)
    assert result.names == {"Thing": "Thing"}
    assert result.aliases == {"Thing": ["IThing"]}
    assert result.lock.aliases == {"IThing": "/components/schemas/IThing"}
    again = assign(
        [named("Thing", "Thing", "/components/schemas/IThing", component=True)], result.lock
    )
    assert again.aliases == {"Thing": ["IThing"]}  # aliases are kept from build to build


def test_component_cannot_take_a_name_another_schema_holds() -> None:
    lock = lock_of(("/inline", "Plug"))
    entries = [named("Plug", "Plug", "/components/schemas/Plug", component=True)]
    entries.append(named("Plug_1", "Plug1", "/inline"))
    result = assign(entries, lock)
    assert result.names == {"Plug": "Plug2", "Plug_1": "Plug"}


def test_two_locked_classes_that_became_identical_keep_both_names() -> None:
    lock = lock_of(("/a", "First"), ("/b", "Second"))
    result = assign([named("X", "X", "/a", "/b")], lock)
    assert result.names == {"X": "First"}
    assert result.aliases == {"X": ["Second"]}


def test_a_moved_schema_keeps_its_name_by_content() -> None:
    lock = NamesLock({"/parameters/3/schema": ("CopyParameter", "same")})
    entry = Named("copy", False, "CreateCopyParameter", [("/parameters/4/schema", "same")])
    result = assign([entry], lock)
    assert result.names == {"copy": "CopyParameter"}
    assert not result.warnings


def test_names_differing_only_in_case_do_not_share_a_module() -> None:
    result = assign(
        [
            named("Order", "Order", "/o", component=True),
            named("order", "Order", "/p", component=True),
        ],
        None,
    )
    assert result.names == {"Order": "Order", "order": "Order2"}


# --- the command line keeps the lock next to the spec -----------------------------------


SPEC_V1 = {
    "openapi": "3.0.3",
    "info": {"title": "Lock", "version": "1.0.0"},
    "paths": {
        "/a": {
            "get": {
                "operationId": "getA",
                "responses": {
                    "200": {
                        "description": "a",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "anyOf": [
                                        {
                                            "title": "Plug",
                                            "type": "object",
                                            "properties": {"p": {"type": "string"}},
                                        },
                                        {
                                            "title": "Plug",
                                            "type": "object",
                                            "properties": {"q": {"type": "string"}},
                                        },
                                    ]
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}


def test_cli_writes_the_lock_and_check_reports_it(tmp_path: Path) -> None:
    spec = tmp_path / "lock.openapi.yaml"
    spec.write_text(yaml.safe_dump(SPEC_V1))
    lock = tmp_path / "lock.names.lock.json"
    code, err = build_spec(spec, tmp_path / "out", "lock")
    assert code == 0, err
    assert not lock.exists()  # a spec outside specs/ keeps no lock unless asked to
    code, err = build_spec(spec, tmp_path / "out", "lock", "--lock", str(lock))
    assert code == 0, err
    names = {n for n, _ in read_lock(lock).names.values()}  # type: ignore[union-attr]
    assert names == {"Plug", "Plug1", "GetA200Response"}
    # v2 puts a new titled member first: the existing classes keep their names
    members = SPEC_V1["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    members["schema"]["anyOf"].insert(
        0, {"title": "Plug", "type": "object", "properties": {"r": {"type": "string"}}}
    )
    spec.write_text(yaml.safe_dump(SPEC_V1))
    code, err = build_spec(spec, tmp_path / "out", "lock", "--lock", str(lock), "--check")
    assert code == 1 and "names lock" in err
    code, err = build_spec(spec, tmp_path / "out", "lock", "--lock", str(lock))
    assert code == 0, err
    by_pointer = {p: n for p, (n, _) in read_lock(lock).names.items()}  # type: ignore[union-attr]
    base = "/paths/~1a/get/responses/200/content/application~1json/schema/anyOf"
    assert by_pointer[f"{base}/1"] == "Plug" and by_pointer[f"{base}/2"] == "Plug1"
    assert by_pointer[f"{base}/0"] == "Plug2"
    models = tmp_path / "out" / "lock" / "waylay-sdk-lock-types" / "src" / "waylay"
    assert (models / "services" / "lock" / "models" / "plug2.py").read_text().count("class Plug2")
