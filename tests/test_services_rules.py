"""General rules the storage and data specs needed, on a small spec of their own.

`tests/specs/rules/rules.openapi.yaml` holds one instance of each rule (recursive unions,
`x-classname`, `const`, object-valued enums, enum defaults, a union inside `allOf`, a path
parameter that is a path); the SDK built from it is checked as code, with mypy, and at runtime
through the real `WaylayClient`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

SPEC = ROOT / "tests" / "specs" / "rules" / "rules.openapi.yaml"
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `rules` SDK built with --strict (no warnings)."""
    out = tmp_path_factory.mktemp("rules")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--spec", str(SPEC), "--out", str(out)]
        + ["--strict", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return out / "rules"


def models_dir(sdk: Path) -> Path:
    return sdk / "waylay-sdk-rules-types" / "src" / "waylay" / "services" / "rules" / "models"


def run_python(sdk: Path, code: str) -> str:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        str(sdk / dist / "src") for dist in ("waylay-sdk-rules", "waylay-sdk-rules-types")
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_class_names(sdk: Path) -> None:
    modules = sorted(p.stem for p in models_dir(sdk).glob("*.py"))
    assert modules == [
        "__init__",
        "base",
        "document",
        "exact",
        "filter",
        "json",
        "level",
        "range",
        "store_result",  # inline response schema named by its `x-classname`
        "store_result_channel",
        "store_result_channel_kind",  # `const` is an enum: its title "Kind" is dropped (P3)
        "tree",
    ]


def test_recursive_unions_are_lazy_type_aliases(sdk: Path) -> None:
    text = (models_dir(sdk) / "tree.py").read_text()
    assert 'Tree = TypeAliasType("Tree", "StrictStr | List[Tree]")' in text


def test_generated_rules_sdk_is_mypy_clean(sdk: Path) -> None:
    env = dict(os.environ)
    env["MYPYPATH"] = os.pathsep.join(
        str(sdk / dist / "src") for dist in ("waylay-sdk-rules", "waylay-sdk-rules-types")
    )
    result = subprocess.run(
        [str(BIN / "mypy"), "--no-incremental", "--namespace-packages", "--explicit-package-bases"]
        + ["-p", "waylay.services.rules.models", "-p", "waylay.services.rules.api"],
        capture_output=True,
        text=True,
        env=env,
        cwd=sdk,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr


def test_models_at_runtime(sdk: Path) -> None:
    run_python(
        sdk,
        """
from pydantic import TypeAdapter, ValidationError
from waylay.services.rules.models import Document, Filter, Json, Level, Tree

# recursive unions: any depth, integers stay integers, wrong leaves are rejected
value = {"a": [1, 2.5, None, {"b": [True, "x"]}]}
assert TypeAdapter(Json).validate_python(value) == value
assert TypeAdapter(Json).validate_python(value)["a"][0].__class__ is int
assert TypeAdapter(Tree).validate_python(["a", ["b", ["c"]]]) == ["a", ["b", ["c"]]]
try:
    TypeAdapter(Tree).validate_python(["a", [1]])
except ValidationError:
    pass
else:
    raise AssertionError("a number is no Tree")

# enum defaults are enum members (also inside arrays)
doc = Document()
assert doc.level is Level.HIGH and doc.levels == [Level.LOW]
# an object-valued enum is a free-form object
assert Document(empty={}).empty == {}

# a union inside allOf: the fields of every alternative are kept, as optional fields
f = Filter.model_validate({"kind": "range", "low": 1, "high": 2})
assert (f.low, f.high, f.value) == (1, 2, None)
assert f.to_dict() == {"kind": "range", "low": 1, "high": 2}
print("ok")
""",
    )


def test_wire_through_waylay_client(sdk: Path) -> None:
    out = run_python(
        sdk,
        """
import asyncio, httpx, json
from waylay.sdk import WaylayClient
from waylay.sdk.auth import NoCredentials
from waylay.sdk.config import WaylayConfig
from waylay.services.rules.models import StoreResult, StoreResultChannelKind
from waylay.services.rules.service import RulesService

seen = []
def handler(request):
    request.read()
    seen.append(request)
    return httpx.Response(200, json={"ok": True, "channel": {}})

client = WaylayClient(
    WaylayConfig(credentials=NoCredentials(gateway_url="http://example.io")),
    {"transport": httpx.MockTransport(handler), "auth": None},
)
rules = RulesService(client.api_client)
result = asyncio.run(
    rules.files.put("my/bucket", "dir/a b.json", json={"body": {"n": 1}, "tree": ["x"]})
)
# a path-valued parameter keeps its `/`, any other is one escaped segment
assert seen[0].url.raw_path.decode() == "/files/my%2Fbucket/dir/a%20b.json", seen[0].url
assert json.loads(seen[0].content) == {
    "body": {"n": 1}, "tree": ["x"], "level": "high", "levels": ["low"]
}, seen[0].content
assert isinstance(result, StoreResult)
assert result.channel is not None and result.channel.kind is StoreResultChannelKind.HOOK
print("ok")
""",
    )
    assert out.strip() == "ok"
