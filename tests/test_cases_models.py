"""The model-related cases of `../shared/cases/`: each case's "Expected behaviour" as tests.

Every case spec is built once (into a temp dir), its packages are put on `sys.path`, and
the generated classes are exercised with the real runtime. Wire checks go through the real
`WaylayClient` with an httpx mock transport.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from conftest import ROOT, SHARED
from pydantic import TypeAdapter, ValidationError
from spec_build import build_spec, models, run_python, src_dirs, use_sdk

CASES = SHARED / "cases"
MODEL_CASES = ["01", "02", "04", "05", "07", "09", "10", "13", "14", "15", "16", "26"]


@pytest.fixture(scope="session")
def case_out(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Build a case (once per session) and return the output root."""
    root = tmp_path_factory.mktemp("cases")
    built: dict[str, Path] = {}

    def get(nn: str) -> Path:
        if nn not in built:
            spec = next(CASES.glob(f"{nn}-*.yaml"))
            code, err = build_spec(spec, root, f"case{nn}")
            assert code == 0, err
            built[nn] = root
        return built[nn]

    return get


@pytest.fixture
def case(case_out: Callable[[str], Path]) -> Callable[[str], ModuleType]:
    """`case("01")` builds case 01 and returns its models package."""

    def get(nn: str) -> ModuleType:
        use_sdk(case_out(nn), f"case{nn}")
        return models(f"case{nn}")

    return get


def roundtrip(cls: Any, data: Any) -> Any:
    """Validate then dump (by alias, unset omitted, JSON mode)."""
    return TypeAdapter(cls).dump_python(
        TypeAdapter(cls).validate_python(data), by_alias=True, exclude_unset=True, mode="json"
    )


class Wire:
    """The case's service on a real `WaylayClient` whose traffic is recorded."""

    def __init__(self, nn: str, reply: Any = None, status: int = 200) -> None:
        import importlib

        from waylay.sdk import WaylayClient
        from waylay.sdk.auth import NoCredentials
        from waylay.sdk.config import WaylayConfig

        self.requests: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return httpx.Response(status, json=reply)

        config = WaylayConfig(credentials=NoCredentials(gateway_url="http://example.io"))
        client = WaylayClient(config, {"transport": httpx.MockTransport(handler), "auth": None})
        svc_mod = importlib.import_module(f"waylay.services.case{nn}.service")
        service_cls = next(v for k, v in vars(svc_mod).items() if k.endswith("Service"))
        client.register(service_cls)
        self.service = getattr(client, f"case{nn}")

    def call(self, coro: Any) -> Any:
        return asyncio.run(coro)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.mark.parametrize("nn", MODEL_CASES)
def test_case_imports_under_warnings_as_errors(case_out: Callable[[str], Path], nn: str) -> None:
    """Every generated module imports in a fresh interpreter, warnings are errors."""
    out = case_out(nn)
    pkg = f"waylay.services.case{nn}"
    code = f"""
import importlib, pkgutil
import {pkg}.api, {pkg}.service, {pkg}.models, {pkg}.queries
for sub in ("models", "queries", "api"):
    mod = importlib.import_module("{pkg}." + sub)
    for info in pkgutil.iter_modules(mod.__path__):
        importlib.import_module(f"{pkg}.{{sub}}.{{info.name}}")
"""
    result = run_python(code, out, f"case{nn}")
    assert result.returncode == 0, result.stderr


# --- 01 python keywords ----------------------------------------------------------------


def test_01_keyword_properties_round_trip(case) -> None:
    m = case("01")
    p = {"class": "c", "from": "2024-01-02T00:00:00Z", "window": {"from": 1, "in": 2, "not": True}}
    report = m.Report.model_validate(p)
    assert report.var_class == "c"
    assert report.window.var_not is True
    assert report.model_dump(by_alias=True, exclude_unset=True, mode="json") == p


def test_01_builtin_names_stay_attributes(case) -> None:
    m = case("01")
    r = m.Report(var_class="c", var_from=datetime(2024, 1, 2, tzinfo=UTC), id=1)
    r2 = m.Report.model_validate(
        {"class": "c", "from": "2024-01-02T00:00:00Z", "list": ["a"], "type": "t", "str": "s"}
    )
    assert (r.id, r2.list, r2.type, r2.var_str) == (1, ["a"], "t", "s")
    with pytest.raises(ValidationError):
        m.Report.model_validate({"class": "c", "from": "2024-01-02T00:00:00Z", "list": [1]})


def test_01_keyword_query_and_path_on_the_wire(case) -> None:
    case("01")
    from waylay.services.case01.queries.reports_api import ListReportsQuery

    wire = Wire("01", reply={"items": []})
    query = ListReportsQuery(
        var_from=date(2024, 1, 2), var_import=True, var_self=3, body="x", client="c"
    )
    wire.call(wire.service.reports.list_reports(query=query))
    assert wire.last.url.query.decode() == "from=2024-01-02&import=true&self=3&body=x&client=c"
    wire.call(wire.service.reports.get_reports_by_class("c", query={"lambda": 1.5}))
    assert wire.last.url.path == "/reports/c"
    assert wire.last.url.query.decode() == "lambda=1.5"


# --- 02 BaseModel shadowing -----------------------------------------------------------


def test_02_shadowing_properties_round_trip(case) -> None:
    m = case("02")
    p = {"schema": "s", "json": {"a": 1}, "copy": True, "model_config": "c", "model_dump": 1}
    spec = m.DatasetSpec.model_validate(p)
    assert spec.model_dump(by_alias=True, exclude_unset=True) == p
    assert spec.var_copy is True  # a value, not the bound method
    assert spec.model_copy().var_schema == "s"
    assert m.DatasetSpec(var_schema="s", var_register="r").var_register == "r"
    all_names = {"schema", "json", "copy", "dict", "validate", "construct", "register"}
    p2: dict[str, Any] = {n: "x" for n in all_names}
    p2.update({"json": {}, "copy": False, "validate": True})
    assert set(m.DatasetSpec.model_validate(p2).model_dump(by_alias=True, exclude_unset=True)) == (
        all_names
    )


# --- 04 name collisions ---------------------------------------------------------------


def test_04_colliding_property_names_stay_distinct(case) -> None:
    m = case("04")
    p = {
        "ban_type": "a",
        "banType": "b",
        "fooBar": 1,
        "foo-bar": 2,
        "FooBar": 3,
        "class": "c",
        "class_": "d",
        "file": "e",
        "\ufb01le": "f",
    }
    assert len(m.Account.model_fields) == 9
    assert m.Account.model_validate(p).model_dump(by_alias=True) == p


def test_04_colliding_schema_names_get_distinct_classes_and_modules(
    case, case_out: Callable[[str], Path]
) -> None:
    m = case("04")
    from waylay.services.case04.models.list_orders200_response import ListOrders200Response

    fields = ListOrders200Response.model_fields
    classes = {k: fields[k].annotation for k in "abcd"}
    assert len({str(c) for c in classes.values()}) == 4
    files = list((case_out("04") / "case04").glob("waylay-sdk-case04-types/src/**/models/*.py"))
    stems = [f.stem.lower() for f in files]
    assert len(stems) == len(set(stems))  # distinct on a case-insensitive filesystem
    r = ListOrders200Response.model_validate(
        {"a": {"total": 1}, "b": {"legacyTotal": "x"}, "c": {"sku": "s"}, "d": {"quantity": 2}}
    )
    assert (r.a.total, r.b.legacy_total, r.c.sku, r.d.quantity) == (1, "x", "s", 2)
    assert m.Order is not m.Order2


# --- 05 enum values that are not identifiers ----------------------------------------


def test_05_enum_values_are_kept_and_members_are_named(case) -> None:
    m = case("05")
    assert m.SortOrder("modifiedAt:desc").name == "MODIFIEDAT_DESC"
    assert m.Currency("€").value == "€"
    assert m.Unit("m³").value == "m³"
    assert m.Unit("").name == "EMPTY"
    for enum in (m.SortOrder, m.Currency, m.Unit):
        names = [e.name for e in enum]
        assert all(n.isidentifier() and n.isascii() for n in names)
        assert len(set(names)) == len(names)
    # a value of symbols only is named after the symbols, not "EMPTY"
    assert m.Currency("$").name == "DOLLAR_SIGN"
    assert m.Currency("€").name == "EURO_SIGN"
    item = m.Item.model_validate({"currency": "€", "unit": "°C"})
    assert json.loads(item.model_dump_json(by_alias=True, exclude_unset=True)) == {
        "currency": "€",
        "unit": "°C",
    }


def test_05_enum_query_values_on_the_wire(case) -> None:
    m = case("05")
    wire = Wire("05", reply=[])
    wire.call(wire.service.items.list_items(query={"sort": "-created"}))
    assert wire.last.url.query.decode() == "sort=-created"
    wire.call(wire.service.items.list_items(query={"sort": m.SortOrder.MODIFIEDAT_DESC}))
    assert wire.last.url.query.decode() == "sort=modifiedAt%3Adesc"


# --- 07 integer enums -------------------------------------------------------------------


def test_07_integer_and_number_enums(case) -> None:
    m = case("07")
    assert m.Priority(-1).name == "NUMBER_MINUS_1"
    assert m.Priority(-10).name == "NUMBER_MINUS_10"
    assert m.Task(priority=m.Priority(-1)).model_dump(mode="json") == {"priority": -1}
    assert m.Task.model_validate({"priority": 2}).priority is m.Priority.NUMBER_2
    # enum fields coerce consistently (lax enum validation, like str enums)
    assert m.Task.model_validate({"priority": "2"}).priority is m.Priority.NUMBER_2
    with pytest.raises(ValidationError):
        m.Task.model_validate({"priority": 3})
    assert m.Task.model_validate({"priority": 0, "ratio": 0.5}).ratio is m.Ratio.NUMBER_0_5
    with pytest.raises(ValidationError):  # the boolean enum is a strict bool
        m.Task.model_validate({"priority": 0, "pinned": "true"})
    task = m.Task.model_validate({"priority": 10, "ratio": 1.5, "pinned": True})
    assert json.loads(task.model_dump_json(by_alias=True, exclude_unset=True)) == {
        "priority": 10,
        "ratio": 1.5,
        "pinned": True,
    }


def test_07_integer_enum_on_the_wire(case) -> None:
    m = case("07")
    wire = Wire("07", reply=[{"priority": -1}])
    tasks = wire.call(
        wire.service.tasks.list_tasks_by_priority(m.Priority(-1), query={"minPriority": -10})
    )
    assert wire.last.url.path == "/tasks/-1"
    assert wire.last.url.query.decode() == "minPriority=-10"
    assert tasks[0].priority is m.Priority.NUMBER_MINUS_1


# --- 09 nullable vs required ------------------------------------------------------------


def test_09_nullable_and_required(case) -> None:
    m = case("09")
    ok = m.Profile.model_validate({"nickname": None, "email": "e", "address": None, "tags": None})
    assert ok.nickname is None and ok.address is None
    with pytest.raises(ValidationError):
        m.Profile.model_validate({"email": "e", "address": None})  # nickname missing
    with pytest.raises(ValidationError):
        m.Profile.model_validate({"nickname": "n", "email": None, "address": None})
    with pytest.raises(ValidationError):
        m.Profile(email="e", address=None)  # nickname must be passed (may be None)
    full = {"nickname": "n", "email": "e", "address": {"city": "c"}, "settings": {"a": "b"}}
    assert m.Profile.model_validate(full).model_dump(by_alias=True, exclude_unset=True) == full


def test_09_request_body_keeps_explicit_nulls(case) -> None:
    m = case("09")
    wire = Wire("09", reply={"nickname": None, "email": "e", "address": None})
    body = m.Profile(nickname=None, email="e", address=None)
    result = wire.call(wire.service.profiles.replace_profile("p1", json=body))
    assert json.loads(wire.last.content) == {"nickname": None, "email": "e", "address": None}
    assert isinstance(result, m.Profile)


# --- 10 OpenAPI 3.1 nulls ----------------------------------------------------------------


def test_10_type_arrays_and_null_unions(case) -> None:
    m = case("10")
    data = {"reading": None, "meta": None, "samples": None, "source": None, "code": 7}
    measurement = m.Measurement.model_validate(data)
    assert measurement.code == 7 and isinstance(measurement.code, int)
    assert measurement.model_dump(by_alias=True, exclude_unset=True) == data
    assert m.Measurement.model_validate({"reading": 1, "code": "x", "nothing": None}).code == "x"
    with pytest.raises(ValidationError):
        m.Measurement.model_validate({"code": 1.5, "reading": 1})
    with pytest.raises(ValidationError):
        m.Measurement.model_validate({})  # reading is required (may be null)
    with pytest.raises(ValidationError):
        m.Measurement.model_validate({"reading": 1, "nothing": 1})


def test_10_nullable_query_parameter(case) -> None:
    case("10")
    from waylay.services.case10.queries.measurements_api import ListMeasurementsQuery

    assert ListMeasurementsQuery(since=None).since is None
    assert ListMeasurementsQuery.model_fields["since"].annotation == datetime | None
    wire = Wire("10", reply=[])
    wire.call(wire.service.measurements.list_measurements())
    assert wire.last.url.query.decode() == ""
    # passing None omits it from the URL (model or dict)
    wire.call(wire.service.measurements.list_measurements(query=ListMeasurementsQuery(since=None)))
    assert wire.last.url.query.decode() == ""
    wire.call(wire.service.measurements.list_measurements(query={"since": None}))
    assert wire.last.url.query.decode() == ""
    when = datetime(2024, 1, 2, tzinfo=UTC)
    wire.call(wire.service.measurements.list_measurements(query=ListMeasurementsQuery(since=when)))
    assert "since=2024-01-02" in wire.last.url.query.decode()


# --- 13 allOf composition ---------------------------------------------------------------


def test_13_allof_classes_are_generated(case) -> None:
    m = case("13")
    for name in ("Animal", "Cat", "AnimalAlias", "Kitten", "AnimalRef"):
        assert hasattr(m, name), name
    cat = {"id": "cat-1", "name": "x", "lives": 9}
    assert m.Cat.model_validate(cat).model_dump(by_alias=True, exclude_unset=True) == cat
    with pytest.raises(ValidationError):
        m.Cat.model_validate({"id": "dog-1", "name": "x", "lives": 9})
    with pytest.raises(ValidationError):
        m.Cat.model_validate({"id": "cat-1", "lives": 9})
    with pytest.raises(ValidationError):
        m.Cat.model_validate({"id": "cat-1", "name": "x", "lives": 10})
    kitten = {"id": "k", "name": "x", "ageWeeks": 3}
    assert m.Kitten.model_validate(kitten).model_dump(by_alias=True, exclude_unset=True) == kitten
    with pytest.raises(ValidationError):
        m.Kitten.model_validate({"id": "k", "name": "x"})
    assert set(m.AnimalAlias.model_fields) == {"id", "name"}
    assert m.AnimalRef is m.Animal


def test_13_allof_types_on_the_wire(case) -> None:
    m = case("13")
    wire = Wire("13", reply={"id": "k", "name": "x", "ageWeeks": 3}, status=201)
    kitten = wire.call(wire.service.cats.create_cat(json={"id": "cat-1", "name": "x", "lives": 1}))
    assert isinstance(kitten, m.Kitten)
    with pytest.raises(ValidationError):
        wire.call(wire.service.cats.create_cat(json={"id": "dog-1", "name": "x", "lives": 1}))
    wire = Wire("13", reply={"id": "a", "name": "x"})
    assert isinstance(wire.call(wire.service.cats.get_animal("a")), m.AnimalRef)


# --- 14 recursive schemas -----------------------------------------------------------------


def test_14_recursive_models(case) -> None:
    m = case("14")
    tree = {"label": "r", "children": [{"label": "c", "children": []}]}
    assert roundtrip(m.TreeNode, tree) == tree
    deep: dict[str, Any] = {"label": "leaf", "children": []}
    for i in range(50):
        deep = {"label": str(i), "children": [deep], "index": {"x": {"label": "i", "children": []}}}
    assert roundtrip(m.TreeNode, deep) == deep
    siblings = {"sister": {"brother": {"sister": None}}}
    assert roundtrip(m.Brother, siblings) == siblings
    expr = {
        "op": "+",
        "left": {"value": 1},
        "right": {"op": "*", "left": {"value": 2}, "right": {"value": 3}},
    }
    parsed = TypeAdapter(m.Expression).validate_python(expr)
    assert isinstance(parsed, m.BinaryOp)
    assert isinstance(parsed.left, m.Literal)
    assert isinstance(parsed.right, m.BinaryOp) and isinstance(parsed.right.right, m.Literal)
    assert roundtrip(m.Expression, expr) == expr


def test_14_every_model_module_imports_alone(case_out: Callable[[str], Path]) -> None:
    out = case_out("14")
    code = """
import importlib, pkgutil, subprocess, sys
import waylay.services.case14.models as pkg
names = [i.name for i in pkgutil.iter_modules(pkg.__path__)]
for name in names:
    cmd = [sys.executable, "-W", "error", "-c",
           f"import sys; sys.path[:0] = {sys.path[:2]!r}; "
           f"import waylay.services.case14.models.{name} as m; print(m.__name__)"]
    subprocess.run(cmd, check=True, capture_output=True)
print(len(names))
"""
    result = run_python(code, out, "case14")
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 6


def test_14_recursive_types_on_the_wire(case) -> None:
    m = case("14")
    tree = {"label": "r", "children": [{"label": "c", "children": []}]}
    wire = Wire("14", reply=tree)
    result = wire.call(wire.service.trees.get_tree("t"))
    assert isinstance(result, m.TreeNode) and isinstance(result.children[0], m.TreeNode)
    wire = Wire("14", reply=6)
    expr = {"op": "+", "left": {"value": 1}, "right": {"value": 5}}
    assert wire.call(wire.service.trees.evaluate(json=expr)) == 6
    assert json.loads(wire.last.content) == expr


# --- 15 additionalProperties ---------------------------------------------------------------


def test_15_additional_properties(case) -> None:
    m = case("15")
    meta = {"version": 1, "x-custom": [1]}
    assert m.Metadata.model_validate(meta).model_dump(by_alias=True, exclude_unset=True) == meta
    with pytest.raises(ValidationError):
        m.Strict.model_validate({"name": "a", "extra": 1})
    catalog = {
        "labels": {"a": "b"},
        "metadata": meta,
        "strict": {"name": "s"},
        "entries": {"e": {"title": "t"}},
        "histograms": {"h": [1, 2]},
        "anything": {"x": [None, {"y": 1}]},
        "nestedMaps": {"n": {"m": 1.5}},
    }
    parsed = m.Catalog.model_validate(catalog)
    assert isinstance(parsed.entries["e"], m.Entry)
    assert parsed.model_dump(by_alias=True, exclude_unset=True) == catalog
    for bad in ({"labels": {"a": 1}}, {"histograms": {"h": ["x"]}}, {"nestedMaps": {"n": 1}}):
        with pytest.raises(ValidationError):
            m.Catalog.model_validate(bad)
    # no additionalProperties keyword: unknown keys in responses do not fail
    assert m.Entry.model_validate({"title": "t", "other": 1}).title == "t"


def test_15_map_body_on_the_wire(case) -> None:
    case("15")
    wire = Wire("15", status=204)
    with pytest.raises(ValidationError):
        wire.call(wire.service.catalog.patch_catalog_labels(json={"a": 1}))
    wire.call(wire.service.catalog.patch_catalog_labels(json={"a": "b"}))
    assert json.loads(wire.last.content) == {"a": "b"}


# --- 16 nested arrays ----------------------------------------------------------------------


def test_16_nested_arrays(case) -> None:
    m = case("16")
    ring = [[0, 0], [1, 0], [1, 1], [0, 0]]
    polygon = {"rings": [ring]}
    assert roundtrip(m.Polygon, polygon) == polygon
    for bad in ({"rings": [ring[:3]]}, {"rings": [[[0, 0, 0], *ring[1:]]]}, {"rings": [[1]]}):
        with pytest.raises(ValidationError):
            m.Polygon.model_validate(bad)
    grid = {"cells": [[{"v": 1}], [{"v": 2}, {"v": 3}]]}
    parsed = m.Grid.model_validate(grid)
    assert isinstance(parsed.cells[1][1], m.Cell)
    assert parsed.model_dump(by_alias=True, exclude_unset=True) == grid


def test_16_nested_array_response_and_query(case) -> None:
    case("16")
    wire = Wire("16", reply=[["a", "b"], ["c"]])
    result = wire.call(wire.service.geometry.get_matrix(query={"rows": [1, 2]}))
    assert result == [["a", "b"], ["c"]]
    assert wire.last.url.query.decode() == "rows=1&rows=2"


# --- 26 YAML 1.1 implicit booleans -------------------------------------------------------------


def test_26_yaml_12_strings_stay_strings(case) -> None:
    m = case("26")
    assert [e.value for e in m.CountryCode] == ["DE", "FR", "NO", "SE"]
    assert [e.name for e in m.CountryCode] == ["DE", "FR", "NO", "SE"]
    assert [e.value for e in m.PowerState] == ["ON", "OFF", "STANDBY"]
    assert [e.value for e in m.Answer] == ["yes", "no", "maybe"]
    device = {"country": "NO", "power": "OFF", "consent": "no", "on": True}
    parsed = m.Device.model_validate(device)
    assert parsed.on is True
    assert parsed.model_dump(by_alias=True, exclude_unset=True, mode="json") == device


def test_26_string_enum_query_on_the_wire(case) -> None:
    m = case("26")
    wire = Wire("26", reply=[])
    wire.call(wire.service.devices.list_devices(query={"country": m.CountryCode.NO}))
    assert wire.last.url.query.decode() == "country=NO"


def test_cases_output_is_ruff_and_mypy_clean(case_out: Callable[[str], Path]) -> None:
    """The generated packages of every model case pass ruff and mypy (as the registry's do)."""
    roots = [case_out(nn) for nn in MODEL_CASES]
    root = roots[0]
    bin_dir = Path(sys.executable).parent
    config = ROOT / "generator" / "ruff-generated.toml"
    ruff = subprocess.run(
        [str(bin_dir / "ruff"), "check", "--no-cache", "--config", str(config), str(root)],
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout
    paths = [str(p) for nn in MODEL_CASES for p in src_dirs(root, f"case{nn}")]
    packages = [
        arg
        for nn in MODEL_CASES
        for sub in ("api", "service", "models", "queries")
        for arg in ("-p", f"waylay.services.case{nn}.{sub}")
    ]
    mypy = subprocess.run(
        [str(bin_dir / "mypy"), "--no-incremental", "--cache-dir", os.devnull, *packages],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": os.pathsep.join(paths)},
        cwd=root,
    )
    assert mypy.returncode == 0, mypy.stdout[-3000:]
