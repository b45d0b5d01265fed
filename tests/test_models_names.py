"""Model class and module names: the published 2.17.1 set, and names that shadow (D25).

The published names are compared twice: with a committed list (always) and with the
published package itself when it is installed as a peer in `/tmp/peer` (skipped otherwise).
"""

from __future__ import annotations

import ast
import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import GENERATED, ROOT
from spec_build import build_spec, models, src_dirs, use_sdk

from generator import naming

TYPES_SRC = GENERATED / "registry" / "waylay-sdk-registry-types" / "src"
API_SRC = GENERATED / "registry" / "waylay-sdk-registry" / "src"
MODELS_DIR = TYPES_SRC / "waylay" / "services" / "registry" / "models"
PUBLISHED_LIST = Path(__file__).parent / "data" / "registry-2.17.1.models.txt"
PEER_MODELS = Path("/tmp/peer/lib/python3.11/site-packages/waylay/services/registry/models")
SHADOW_SPEC = Path(__file__).parent / "specs" / "shadowing-class-names.yaml"
BIN = Path(sys.executable).parent


def exported(models_dir: Path) -> dict[str, str]:
    """`{class name: module}` as `models/__init__.py` imports them (what users import)."""
    tree = ast.parse((models_dir / "__init__.py").read_text())
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                out[alias.asname or alias.name] = node.module
    return out


def published() -> dict[str, str]:
    """The committed list of the published 2.17.1 names (`module:Class` per line)."""
    lines = PUBLISHED_LIST.read_text().split()
    return {line.split(":")[1]: line.split(":")[0] for line in lines}


# additions of ours, each a DEVIATIONS entry: D2 (the object schema of the FailureReason
# union), X-models-2 (`$ref`-only component schema of a class).
ADDED = {"IFailureReason": "i_failure_reason", "RebuildRequestBodyV2": "rebuild_request_body_v2"}


def test_registry_names_equal_the_published_list() -> None:
    ours = exported(MODELS_DIR)
    expected = published()
    assert len(expected) == 260
    missing = {k: v for k, v in expected.items() if ours.get(k) != v}
    assert not missing, f"published names missing or moved: {missing}"
    assert {k: v for k, v in ours.items() if k not in expected} == ADDED
    for name, module in ours.items():
        assert (MODELS_DIR / f"{module}.py").is_file(), name


@pytest.mark.skipif(not PEER_MODELS.is_dir(), reason="the published SDK is not in /tmp/peer")
def test_registry_names_equal_the_installed_published_package() -> None:
    peer = exported(PEER_MODELS)
    assert peer == published()
    # D1: no class was ever generated under a stripped `SO8601...` name (they are
    # primitive aliases, inlined), so no deprecated alias is needed
    assert not [n for n in peer if n.startswith(("SO8601", "ISO8601"))]
    assert not list(PEER_MODELS.glob("*so8601*"))
    # every published module still exists with the same classes
    ours = {p.name for p in MODELS_DIR.glob("*.py")}
    assert {p.name for p in PEER_MODELS.glob("*.py")} - ours == {"object.py"}


def test_iso8601_schemas_keep_their_names_and_stay_inlined() -> None:
    """D1: `ISO8601Period` keeps its `I`; it is a primitive alias, so there is no class."""
    from generator.cli import build_ir

    ir, _ = build_ir(ROOT / "specs" / "registry.openapi.yaml", None)
    assert not [m.class_name for m in ir.models if "8601" in m.class_name]
    assert naming.component_class_base("ISO8601Period") == "ISO8601Period"
    assert naming.component_class_base("IPlugResponseV2") == "PlugResponseV2"
    age = [f for m in ir.models if m.class_name == "TimestampAge" for f in m.members]
    assert age and age[0].alias_name == "ISO8601Period"


# --- D25: classes named like what generated modules bind --------------------------------


@pytest.fixture(scope="module")
def shadow(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("shadow")
    code, err = build_spec(SHADOW_SPEC, out, "shadow")
    assert code == 0, err
    return out


def test_shadowing_schemas_keep_their_public_names(shadow: Path) -> None:
    use_sdk(shadow, "shadow")
    m = models("shadow")
    for name in ("Model", "Response", "Literal", "TypedDict", "GetThingQuery", "T", "ThingsApi"):
        assert getattr(m, name).__name__ == name
    # a name the model module itself needs (pydantic's Field) gets the `Model` suffix
    assert m.FieldModel.__name__ == "FieldModel" and not hasattr(m, "Field")
    holder = m.Holder.model_validate(
        {"model": {"name": "n", "field": {"label": "l"}}, "literal": "a", "adapter": "s"}
    )
    assert isinstance(holder.model, m.Model) and isinstance(holder.model.var_field, m.FieldModel)


def test_api_module_imports_shadowing_classes_under_aliases(shadow: Path) -> None:
    api = next(shadow.glob("shadow/waylay-sdk-shadow/src/**/api/things_api.py")).read_text()
    assert "from waylay.sdk.api._models import Model\n" in api
    assert "from waylay.services.shadow.models import Model as Model_\n" in api
    assert "Model_ = Model\n" in api  # the fallback without types
    query = next(shadow.glob("shadow/*-types/src/**/queries/things_api.py")).read_text()
    assert "import GetThingQuery as GetThingQuery_\n" in query


def test_shadowing_classes_on_the_wire(shadow: Path) -> None:
    use_sdk(shadow, "shadow")
    m = models("shadow")
    from waylay.sdk import WaylayClient
    from waylay.sdk.api import ApiError
    from waylay.sdk.auth import NoCredentials
    from waylay.sdk.config import WaylayConfig
    from waylay.services.shadow.service import ShadowService

    replies = iter(
        [
            httpx.Response(200, json={"name": "n"}),
            httpx.Response(404, json={"code": 4}),
            httpx.Response(200, json={"id": "i"}),
        ]
    )
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(replies)

    client = WaylayClient(
        WaylayConfig(credentials=NoCredentials(gateway_url="http://example.io")),
        {"transport": httpx.MockTransport(handler), "auth": None},
    )
    client.register(ShadowService)
    things = client.shadow.things
    query = {"mode": "x", "q": "q1", "many": ["a", "b"]}
    result = asyncio.run(things.get_thing(m.Literal.B, query=query))
    assert isinstance(result, m.Model) and result.name == "n"
    assert seen[-1].url.path == "/things/b"
    assert seen[-1].url.query.decode() == "mode=x&q=q1&many=a&many=b"
    with pytest.raises(ApiError) as info:
        asyncio.run(things.get_thing("a"))
    assert isinstance(info.value.data, m.Response)
    created = asyncio.run(things.post_thing("k", json=m.T(value="v")))
    assert isinstance(created, m.ThingsApi)


def test_shadowing_output_is_ruff_and_mypy_clean(shadow: Path) -> None:
    ruff = subprocess.run(
        [
            str(BIN / "ruff"),
            "check",
            "--no-cache",
            "--config",
            str(ROOT / "generator" / "ruff-generated.toml"),
            str(shadow / "shadow"),
        ],
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout
    pkg = "waylay.services.shadow"
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(p) for p in src_dirs(shadow, "shadow"))}
    mypy = subprocess.run(
        [str(BIN / "mypy"), "--no-incremental", "--cache-dir", os.devnull]
        + [a for sub in ("api", "service", "models", "queries") for a in ("-p", f"{pkg}.{sub}")],
        capture_output=True,
        text=True,
        env=env,
        cwd=shadow,
    )
    assert mypy.returncode == 0, mypy.stdout[-3000:]


# --- the name sets the rule relies on are complete -------------------------------------


def module_bound_names(path: Path) -> Iterator[tuple[str, str]]:
    """(name, where from) for what a module binds at top level (also in if/try blocks).

    `where from` is the imported module for imports, "" for definitions and assignments.
    """

    def walk(body: list[ast.stmt]) -> Iterator[tuple[str, str]]:
        for node in body:
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield (alias.asname or alias.name).split(".")[0], alias.name
            elif isinstance(node, ast.ImportFrom):
                source = "." * node.level + (node.module or "")
                for alias in node.names:
                    yield alias.asname or alias.name, source
            elif isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                yield node.name, ""
            elif isinstance(node, ast.Assign):
                yield from ((t.id, "") for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                yield node.target.id, ""
            elif isinstance(node, ast.If):
                yield from walk(node.body)
                yield from walk(node.orelse)
            elif isinstance(node, ast.Try):
                yield from walk(node.body)
                for handler in node.handlers:
                    yield from walk(handler.body)

    yield from walk(ast.parse(path.read_text()).body)


def generated_source(source: str) -> bool:
    """An import of generated code (models, queries, the api package itself)."""
    return source.startswith(("..models", ".")) or ".models" in source or ".queries." in source


@pytest.mark.parametrize("kind", ["api", "queries", "models"])
def test_generated_modules_bind_only_declared_names(shadow: Path, kind: str) -> None:
    """Every name a generated module imports from elsewhere is declared in `naming`.

    Those declared sets decide which generated classes are imported under an alias (api
    and query modules) or renamed (model modules): a template that starts importing a new
    name must add it there, or a schema of that name would shadow it.
    """
    allowed = {
        "api": naming.API_MODULE_NAMES,
        "queries": naming.QUERY_MODULE_NAMES,
        "models": naming.RESERVED_CLASS_NAMES,
    }[kind]
    for root in (GENERATED / "registry", shadow / "shadow"):
        classes = set(exported(next(root.glob("*-types/src/waylay/services/*/models"))))
        generated = classes | {naming.import_alias(c) for c in classes}
        for path in root.glob(f"*/src/waylay/services/*/{kind}/*.py"):
            if path.name.startswith("__") or path.name == "_helpers.py":
                continue
            extra = set()
            for name, source in module_bound_names(path):
                if source == "__future__" or (source and generated_source(source)):
                    continue
                if not source and (
                    name in generated or name.endswith(("Query", "QueryDict", "Api"))
                ):
                    continue  # the module's own classes and its fallback assignments
                if name not in allowed:
                    extra.add(name)
            assert not extra, f"{path.name} binds {sorted(extra)}: declare them in naming"


# --- naming rules behind the cases ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "member"),
    [
        ("registered-", "REGISTERED_MINUS"),  # the contract's table (§2.5) is kept
        ("keep-alive", "KEEP_MINUS_ALIVE"),
        ("!example", "EXCLAMATION_EXAMPLE"),
        ("modifiedAt:desc", "MODIFIEDAT_DESC"),
        ("$", "DOLLAR_SIGN"),  # only symbols: spelled, not "EMPTY"
        ("€", "EURO_SIGN"),
        ("*", "ASTERISK"),
        ("µg", "MICRO_SIGN_G"),  # no ASCII form: spelled
        ("°C", "DEGREE_SIGN_C"),
        ("m³", "M3"),
        ("", "EMPTY"),
        ("1st", "NUMBER_1ST"),
        (-1, "NUMBER_MINUS_1"),
        (0.5, "NUMBER_0_5"),
    ],
)
def test_enum_member_names(value: object, member: str) -> None:
    assert naming.enum_member_name(value) == member


@pytest.mark.parametrize(
    ("wire", "name"),
    [
        ("register", "var_register"),  # ABCMeta.register, reachable on every model class
        ("mro", "var_mro"),
        ("copy", "var_copy"),
        ("model_dump", "var_model_dump"),
        ("schema", "var_schema"),
        ("list", "list"),  # builtins stay
    ],
)
def test_field_names_avoid_base_model_attributes(wire: str, name: str) -> None:
    assert naming.field_name(wire) == name


def test_class_names_of_reserved_names() -> None:
    assert naming.class_name("Field") == "FieldModel"  # the model module needs `Field`
    assert naming.class_name("Model") == "Model"  # D25: kept, imported as `Model_`
    assert naming.import_alias("Model") == "Model_"


def test_field_names_avoid_every_attribute_of_the_runtime_base_model() -> None:
    """Checked against the installed runtime: no field may shadow a class attribute."""
    from waylay.sdk.api._models import BaseModel

    attributes = {
        n for n in set(dir(BaseModel)) | set(dir(type(BaseModel))) if not n.startswith("_")
    }
    assert {"register", "mro", "model_dump", "to_dict"} <= attributes
    assert [n for n in sorted(attributes) if naming.field_name(n) == n] == []
