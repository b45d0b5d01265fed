"""Property test: small specs full of hostile names and texts build to a working SDK or exit 2.

Each example is built in-process through the real command line (`generator.cli.main`,
with ruff), imported with warnings as errors, exercised through the real runtime
(a model round-trip and one call per operation over an httpx transport) and its docs'
tables are compared with those of a twin spec without Markdown-breaking characters.
At the end one `python -W error` subprocess imports every SDK that was built (with and
without the types package), so the batch costs one interpreter start, not hundreds.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import yaml
from conftest import Recorder
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from robust_support import (
    api_client,
    build_in_process,
    import_all,
    sdk_on_path,
    src_dirs,
    table_faults,
)

EXAMPLES = int(os.environ.get("ROBUST_EXAMPLES", "200"))
# CI sees the same examples every run; ROBUST_RANDOM=1 explores new ones (with a larger
# ROBUST_EXAMPLES), ROBUST_NO_SHRINK=1 reports failures unshrunk (quicker while debugging)
DERANDOMIZE = not os.environ.get("ROBUST_RANDOM")
PHASES = [p for p in Phase if p != Phase.shrink or not os.environ.get("ROBUST_NO_SHRINK")]

# --- hostile vocabulary ------------------------------------------------------------------

KEYWORDS = ["class", "def", "async", "await", "None", "True", "from", "import", "lambda"]
SOFT_KEYWORDS = ["match", "case", "type", "_"]
BUILTINS = ["list", "dict", "str", "int", "id", "object", "print", "len", "property", "self"]
PYDANTIC = [
    "model_config",
    "model_fields",
    "model_dump",
    "dict",
    "json",
    "copy",
    "schema",
    "validate",
    "construct",
    "fields",
    "Config",
    "root",
    "__root__",
    "to_dict",
    "from_json",
]
RUNTIME = [
    "api_client",
    "name",
    "title",
    "description",
    "overload",
    "Model",
    "BaseModel",
    "Response",
    "Any",
    "List",
    "Field",
    "StrictStr",
    "TypeAdapter",
    "T",
    "query",
    "headers",
    "json",
    "content",
    "raw_response",
    "select_path",
    "kwargs",
    "MODELS_AVAILABLE",
    "Default",
    "DefaultApi",
    "body_args",
    "expand_path",
    "with_headers",
    "response_types_map",
    "warnings",
    "Operation",
]
PUNCTUATION = ["a-b", "a.b", "a b", "$ref", "@type", "x:y", "a/b", "-", "__", "___x", "a|b", "a\\b"]
DIGITS = ["1abc", "123", "2fa", "0", "9_lives"]
UNICODE = ["ñame", "日本", "Ünïcode", "émoji🚀", "ß", "Ωmega"]
CASES = ["Foo", "foo", "FOO", "fOO", "foo_bar", "fooBar", "FooBar", "foo-bar"]
LONG = ["x" * 120, "LongName" * 20, "a_" * 70, "Y" * 300]
NAMES = KEYWORDS + SOFT_KEYWORDS + BUILTINS + PYDANTIC + RUNTIME + PUNCTUATION
NAMES += DIGITS + UNICODE + CASES + LONG

TEXTS = [
    'He said "hi"',
    "ends with a backslash \\",
    'ends with a quote "',
    'triple """ quotes """ and \'\'\'',
    "<script>alert('x')</script> <b>bold</b> &amp;",
    "| a | b |\n|---|---|\n| c | d |",
    "pipe | inside and `code | span`",
    "escaped \\| pipe and \\\\| double",
    "{0} {name} {{x}} %s %(x)s",
    "regex ^\\d{3}-\\w+$ \\N{BULLET} \\x00 \\u00e9",
    "line one\nline two\r\nline three\ttab",
    "# heading\n\n* list item",
    "naïve café – “curly” 日本語 🚀",
    "",
    " ",
    "trailing newline\n",
    "x" * 300,
]

names = st.one_of(
    st.sampled_from(NAMES),
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
        min_size=1,
        max_size=10,
    ),
)
texts = st.one_of(st.sampled_from(TEXTS), st.text(max_size=40))
PRIMITIVES: list[dict[str, Any]] = [
    {"type": "string"},
    {"type": "integer"},
    {"type": "number"},
    {"type": "boolean"},
    {"type": "string", "format": "date-time"},
    {"type": "array", "items": {"type": "string"}},
    {"type": "object", "additionalProperties": {"type": "integer"}},
    {"type": "string", "pattern": "^(?!x)[a-z]*$"},  # lookahead: not for pydantic's engine
    {"type": "string", "pattern": "^[a-z]+\\d?$"},
    {"type": "number", "default": float("inf")},
    {"type": "string", "default": 'a "quoted" \\ default'},
]
primitive = st.sampled_from(PRIMITIVES)


def ref(name: str) -> dict[str, str]:
    """A `$ref` to a component schema (JSON pointer escaped)."""
    return {"$ref": "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1")}


@st.composite
def property_schema(draw: st.DrawFn, schema_names: list[str], depth: int = 0) -> dict[str, Any]:
    """A property: primitive, enum, `$ref`, array of refs, inline object or a union."""
    kinds = ["primitive", "primitive", "enum", "ref", "array", "union", "nullable"]
    if depth < 1:
        kinds.append("object")
    kind = draw(st.sampled_from(kinds))
    schema: dict[str, Any]
    if kind in ("ref", "array", "union") and schema_names:
        target = ref(draw(st.sampled_from(schema_names)))
        if kind == "ref":
            return target
        if kind == "array":
            schema = {"type": "array", "items": target}
        else:
            schema = {"anyOf": [{"type": "string"}, target]}
    elif kind == "enum":
        values = draw(st.lists(names, min_size=1, max_size=4, unique=True))
        schema = {"type": "string", "enum": values}
    elif kind == "object":
        props = draw(
            st.dictionaries(names, property_schema(schema_names, depth + 1), min_size=1, max_size=3)
        )
        schema = {"type": "object", "properties": props}
        if draw(st.booleans()):
            schema["title"] = draw(names)
    else:
        schema = dict(draw(primitive))
        if kind == "nullable":
            schema["nullable"] = True
    if draw(st.booleans()):
        schema["description"] = draw(texts)
    return schema


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    """A small OpenAPI 3.0 document with hostile names and descriptions everywhere."""
    schema_names = draw(st.lists(names, min_size=1, max_size=3, unique=True))
    schemas: dict[str, Any] = {}
    for i, name in enumerate(schema_names):
        props = draw(
            st.dictionaries(names, property_schema(schema_names[: i + 1]), min_size=1, max_size=4)
        )
        schema: dict[str, Any] = {"type": "object", "properties": props}
        required = [p for p in props if draw(st.booleans())]
        if required:
            schema["required"] = required
        if draw(st.booleans()):
            schema["description"] = draw(texts)
        schemas[name] = schema
    enum_name = draw(names)
    if enum_name not in schemas and draw(st.booleans()):
        schemas[enum_name] = {
            "type": "string",
            "enum": draw(st.lists(names, min_size=1, max_size=4, unique=True)),
            "description": draw(texts),
        }
    param_schemas = [*PRIMITIVES, *(ref(n) for n in schemas if "enum" in schemas[n])]
    paths: dict[str, Any] = {}
    tags = draw(st.lists(names, max_size=3, unique=True))
    for i in range(draw(st.integers(0, 3))):
        method = draw(st.sampled_from(["get", "post", "put", "delete", "patch"]))
        params = []
        path = f"/r{i}"
        for loc in draw(
            st.lists(st.sampled_from(["path", "query", "header", "cookie"]), max_size=4)
        ):
            pname = draw(names)
            if any(p["name"] == pname and p["in"] == loc for p in params):
                continue
            if loc == "path":
                if any(c in pname for c in "{}/?#") or not pname.strip():
                    continue
                path += "/{" + pname + "}"
            param: dict[str, Any] = {
                "name": pname,
                "in": loc,
                "schema": draw(st.sampled_from(param_schemas)),
            }
            if loc == "path":
                param["required"] = True
                param["schema"] = {"type": "string"}
            elif draw(st.booleans()):
                param["required"] = True
            if draw(st.booleans()):
                param["description"] = draw(texts)
            params.append(param)
        op: dict[str, Any] = {"responses": {}}
        if params:
            op["parameters"] = params
        if draw(st.booleans()):
            op["operationId"] = draw(names)
        if tags and draw(st.booleans()):
            op["tags"] = draw(st.lists(st.sampled_from(tags), min_size=1, max_size=2, unique=True))
        for key in ("summary", "description"):
            if draw(st.booleans()):
                op[key] = draw(texts)
        target = ref(draw(st.sampled_from(schema_names)))
        if method in ("post", "put", "patch") and draw(st.booleans()):
            op["requestBody"] = {"content": {"application/json": {"schema": target}}}
        code = draw(st.sampled_from(["200", "201", "204", "2XX", "default"]))
        response: dict[str, Any] = {"description": draw(texts)}
        if code != "204":
            response["content"] = {"application/json": {"schema": target}}
        op["responses"][code] = response
        paths.setdefault(path, {})[method] = op
    return {
        "openapi": "3.0.3",
        "info": {"title": draw(texts) or "t", "version": "1.0.0", "description": draw(texts)},
        "tags": [{"name": t, "description": draw(texts)} for t in tags],
        "paths": paths,
        "components": {"schemas": schemas},
    }


# --- checks ------------------------------------------------------------------------------


def sample(typ: Any, service: Any, depth: int = 0) -> Any:
    """A JSON value of an IR type (wire keys), for round trips and request arguments."""
    kind = typ.kind
    if kind == "model":
        model = service.model(typ.model)
        if model.kind == "enum":
            return model.enum_values[0].value
        if model.kind == "union":
            return sample(model.members[0], service, depth + 1)
        if depth > 2:
            return None
        data = {}
        for f in model.fields:
            value = sample(f.type, service, depth + 1)
            if value is None and f.required:
                return None  # a required chain of references: no finite value
            if value is not None:
                data[f.wire] = value
        return data
    if typ.pattern is not None:
        return None  # no sample for a pattern
    values = {
        "string": "v a/l|ue",
        "integer": 7,
        "number": 1.5,
        "boolean": True,
        "datetime": "2024-01-02T03:04:05Z",
        "date": "2024-01-02",
        "free": {"k": 1},
        "any": "x",
    }
    if kind in values:
        return values[kind]
    if kind == "array":
        item = sample(typ.items, service, depth + 1)
        return [] if item is None else [item]
    if kind == "map":
        item = sample(typ.items, service, depth + 1)
        return {} if item is None else {"k": item}
    return None


def check_models(service: Any, models_module: Any) -> None:
    """Every object model round-trips a value with all its properties set."""
    for m in service.models:
        cls = getattr(models_module, m.class_name)
        if m.kind != "object":
            continue
        data = sample(_model_type(m), service)
        if data is None:
            continue
        instance = cls.from_dict(data)
        dumped = json.loads(instance.to_json())
        assert dumped == data, (m.class_name, data, dumped)
        assert cls.from_json(instance.to_json()) == instance


def _model_type(m: Any) -> Any:
    from generator.ir import TypeInfo

    return TypeInfo("model", model=m.class_name, model_kind=m.kind)


def check_calls(service: Any, api_module: Any) -> None:
    """Every operation sends its path, query, header and cookie values under their wire names."""
    recorder = Recorder()
    client = api_client(recorder)

    async def call_all() -> None:
        for api in service.apis:
            instance = getattr(api_module, api.class_name)(client)
            for op in api.operations:
                args = [sample(p.type, service) for p in op.path_params]
                # header and cookie values are the caller's: only send what HTTP can carry
                kwargs: dict[str, Any] = {}
                sendable = []
                for p in op.header_params + op.cookie_params:
                    value = sample(p.type, service)
                    text = str(value)
                    if value is None or not text.isascii() or set(text) & set(';,"\\'):
                        value = "abc"  # what HTTP can carry (and the pattern allows)
                    if value != "abc" or p.required:
                        kwargs[p.name] = value
                        sendable.append(p)
                query = {
                    p.wire: value
                    for p in op.query_params
                    if (value := sample(p.type, service)) is not None
                }
                if query:
                    kwargs["query"] = query
                recorder.reply(200, json={})
                await getattr(instance, op.name)(*args, raw_response=True, **kwargs)
                request = recorder.last
                assert request.method == op.http_method
                sent = request.url.raw_path.decode().split("?")[0]
                assert "{" not in sent, sent
                for wire in query:
                    assert wire in request.url.params, (wire, str(request.url))
                for p in sendable:
                    if p.location == "header":
                        assert p.wire.lower() in {k.lower() for k in request.headers}, p.wire
                    else:
                        assert p.wire in request.headers.get("cookie", ""), p.wire

    asyncio.run(call_all())


def twin(spec: Any) -> Any:
    """The spec with every Markdown-structural character replaced (same shape of tables).

    `|` becomes `I` and `\\` becomes `"`: each keeps its class (HTTP token or not, python
    identifier character or not), so the twin has the same operations, parameters and rows.
    """
    if isinstance(spec, dict):
        return {twin(k): twin(v) for k, v in spec.items()}
    if isinstance(spec, list):
        return [twin(v) for v in spec]
    if isinstance(spec, str):
        return spec.translate(str.maketrans({"|": "I", "\\": '"', "\n": " ", "\r": " "}))
    return spec


def table_shape(files: dict[str, str]) -> list[tuple[int, int]]:
    """(header cells, row cells) of every Markdown table row of a rendered SDK, sorted."""
    from robust_support import split_row

    shape: list[tuple[int, int]] = []
    for path, text in files.items():
        if not path.endswith(".md"):
            continue
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        fenced = False
        header = 0
        for i, line in enumerate(lines):
            if line.lstrip().startswith("```"):
                fenced = not fenced
                continue
            if fenced:
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if "|" in line and "-" in nxt and set(nxt.replace(" ", "")) <= set("|-:"):
                header = len(split_row(line))
                continue
            if header and "|" in line and not set(line.replace(" ", "")) <= set("|-:"):
                shape.append((header, len(split_row(line))))
            elif not line.strip():
                header = 0
    return sorted(shape)


def rendered_docs(spec_path: Path, service: str) -> dict[str, str]:
    """The docs of a spec, rendered in-process (no validation, no formatting)."""
    from generator.cli import build_ir
    from generator.render import render_service

    ir, _ = build_ir(spec_path, service, use_cache=False)
    return {k: v for k, v in render_service(ir).items() if k.endswith(".md")}


# --- the property ------------------------------------------------------------------------


def test_hostile_specs(tmp_path: Path) -> None:
    counter = itertools.count()
    built: list[str] = []
    stats = {"ok": 0, "bad_input": 0}
    refusals: list[str] = []
    started = time.perf_counter()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
        derandomize=DERANDOMIZE,
        phases=PHASES,
    )
    @given(spec=specs())
    def build_one(spec: dict[str, Any]) -> None:
        n = next(counter)
        service = f"hostile{n}"
        spec_path = tmp_path / f"{service}.openapi.yaml"
        spec_path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
        (tmp_path / f"{service}.toml").write_text('version_date = "20240101"\n')
        out = tmp_path / "out"
        result = build_in_process(spec_path, out, service)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode in (0, 2), result.stderr
        if result.returncode == 2:
            stats["bad_input"] += 1
            assert len(result.error_lines()) == 1, result.stderr
            refusals.append(result.error_lines()[0])
            return
        stats["ok"] += 1
        built.append(service)
        from generator.cli import build_ir

        ir, _ = build_ir(spec_path, service, use_cache=False)
        with sdk_on_path(out, service) as package, warnings.catch_warnings():
            warnings.simplefilter("error")
            modules = import_all(package)
            check_models(ir, modules["models"])
            check_calls(ir, modules["api"])
        docs = {
            str(p.relative_to(out / service)): p.read_text(encoding="utf-8")
            for p in (out / service).rglob("*.md")
        }
        for path, text in docs.items():
            assert not table_faults(text), (path, table_faults(text))
        twin_path = tmp_path / f"{service}twin.openapi.yaml"
        twin_path.write_text(yaml.safe_dump(twin(spec), allow_unicode=True), encoding="utf-8")
        assert table_shape(docs) == table_shape(rendered_docs(twin_path, service))

    build_one()
    # one interpreter per 250 SDKs (environment size), warnings as errors: every SDK with
    # its types, then the api packages alone
    out = tmp_path / "out"
    for start in range(0, len(built), 250):
        batch = built[start : start + 250]
        for with_types in (True, False):
            paths = [str(d) for s in batch for d in src_dirs(out, s, types=with_types)]
            parts = ("api", "service", "models", "queries") if with_types else ("api", "service")
            code = "\n".join(f"import waylay.services.{s}.{p}" for s in batch for p in parts)
            env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
            result = subprocess.run(
                [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, env=env
            )
            assert result.returncode == 0, result.stderr[-3000:]
    elapsed = time.perf_counter() - started
    print(f"\n{EXAMPLES} examples: {stats} in {elapsed:.1f}s")
    for line in refusals:
        print(" ", line[:300])
    assert stats["ok"] + stats["bad_input"] >= EXAMPLES
    assert stats["ok"] > EXAMPLES // 2
    json.dumps(stats)
