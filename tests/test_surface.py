"""The public surface: every operation is a method of its tag's API class, ModelsApi matches the seed."""

from __future__ import annotations

import inspect
import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SHARED

SEED = SHARED / "seed" / "ModelsApi.seed.txt"
PEER = Path("/tmp/peer/bin/python")
HTTP = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def spec_operations() -> list[tuple[str, str, str, str]]:
    spec = yaml.load(
        (ROOT / "specs" / "registry.openapi.yaml").read_text(), Loader=yaml.CSafeLoader
    )
    return [
        (path, method, op["operationId"], op["tags"][0])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP
    ]


def test_every_operation_is_a_method_of_its_tag_api() -> None:
    from waylay.services.registry import api

    from generator import naming

    ops = spec_operations()
    assert len(ops) == 117
    for _path, _method, op_id, tag in ops:
        cls = getattr(api, naming.api_class_name(tag))
        method = getattr(cls, naming.method_name(op_id, tag))
        assert inspect.iscoroutinefunction(method), (tag, op_id)
    classes = {naming.api_class_name(t) for *_, t in ops}
    assert len(classes) == 11
    assert sorted(api.__all__) == sorted(classes)


def seed_signatures() -> dict[str, list[str]]:
    """`create( query: CreateQuery, files, headers ) -> ...` lines of the seed."""
    out = {}
    for line in SEED.read_text().splitlines():
        m = re.match(r"^(\w+)\( (.*) \) -> ", line)
        if m:
            out[m.group(1)] = [a.split(":")[0].strip() for a in m.group(2).split(", ")]
    return out


def test_models_api_has_the_seed_methods_and_parameters() -> None:
    from waylay.services.registry.api import ModelsApi

    seed = seed_signatures()
    assert len(seed) == 19
    ours = [
        n
        for n, _ in inspect.getmembers(ModelsApi, inspect.iscoroutinefunction)
        if not n.startswith("_")
    ]
    assert sorted(ours) == sorted(seed)
    for name, args in seed.items():
        params = inspect.signature(getattr(ModelsApi, name)).parameters
        positional = [p for p, v in params.items() if v.kind is v.POSITIONAL_OR_KEYWORD][1:]
        keywords = [p for p, v in params.items() if v.kind is v.KEYWORD_ONLY]
        seed_positional = [a for a in args if a not in ("query", "files", "headers")]
        assert positional == seed_positional, name
        for kw in ("query", "headers") + (("files",) if "files" in args else ()):
            assert kw in keywords, (name, kw)


PEER_SURFACE = r"""
import inspect, json, typing
from waylay.services.registry import api, queries
import importlib, pkgutil
out = {}
for cls_name in api.__all__:
    cls = getattr(api, cls_name)
    mod = importlib.import_module(f"waylay.services.registry.queries.{cls.__module__.rsplit('.', 1)[1]}")
    methods = {}
    for name, fn in inspect.getmembers(cls, inspect.iscoroutinefunction):
        if name.startswith("_"):
            continue
        params = inspect.signature(fn).parameters
        positional = [p for p, v in params.items() if v.kind is v.POSITIONAL_OR_KEYWORD][1:]
        qcls = getattr(mod, "".join(w[:1].upper() + w[1:] for w in name.split("_")) + "Query")
        fields = {f: (i.serialization_alias or i.alias or f) for f, i in qcls.model_fields.items()}
        methods[name] = {"positional": positional, "query": fields}
    out[cls_name] = methods
print(json.dumps(out, sort_keys=True))
"""


@pytest.mark.skipif(not PEER.exists(), reason="published SDK peer not installed in /tmp/peer")
def test_surface_equals_the_published_sdk() -> None:
    """Class, method, positional path-argument and query field/alias names equal the published ones."""
    import sys

    peer = json.loads(
        subprocess.run(
            [str(PEER), "-c", PEER_SURFACE], capture_output=True, text=True, check=True
        ).stdout
    )
    ours = json.loads(
        subprocess.run(
            [sys.executable, "-c", PEER_SURFACE], capture_output=True, text=True, check=True
        ).stdout
    )
    assert ours == peer
