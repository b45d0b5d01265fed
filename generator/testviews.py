"""Views of the generated tests (`<service>/test/`): calls, expected wire requests, results.

The expectations are derived here from the IR alone (URL template, wire names, media types,
sample values), independently of how the api templates build a request, so a generated test
fails when the generated method sends something else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from . import pytypes
from .ir import Api, Operation, Param, ResponseDef, Service, TypeInfo
from .samples import Sample, Sampler, wire_text
from .text import pyliteral, pystr
from .views import OperationView, ServiceViews, holds_path

# Values of plain string parameters: characters that must be escaped on the wire.
PATH_TEXT = "{name} ä/1"
WILDCARD_TEXT = "dir/sub dir/ä.txt"
QUERY_TEXT = "{name} ä&=?"
BINARY_BODY = b"\x1f\x8b binary \x00 content"
CHUNKS = (b"chunk-1;", b"chunk-2")
FILE = ("asset.txt", b"file content", "text/plain")
BINARY_RESPONSE = b"\x00\x01 binary response"


@dataclass
class ResultView:
    """What one response status gives back, typed and without types."""

    status: int
    code: str  # the spec's response code ("200", "2XX", "default")
    kind: str  # "json" | "binary" | "none" | "stream" | "text"
    sample_key: str  # key in samples.json ("" for binary/none)
    typed: str  # python type expression for check_type (types installed)
    generic: bool  # without types: the runtime's generic Model
    media_type: str
    models: frozenset[str] = frozenset()  # classes the typed check needs


@dataclass
class CallView:
    """One generated test call: a way to call the method and the request it must send."""

    test_name: str
    body: str  # "" | "json" | "content" | "chunks" | "files" | "data"
    typed_kwargs: list[str]
    plain_kwargs: list[str]
    content_type: str | None  # expected exact content-type (None: no body)
    content_type_prefix: str | None = None  # multipart: boundary varies
    body_json: str | None = None  # python literal of the expected JSON body
    body_form: str | None = None  # python literal of the expected form pairs
    body_bytes: str | None = None  # python literal of the expected raw body
    body_contains: list[str] = field(default_factory=list)


@dataclass
class TestOpView:
    """Everything the tests of one operation need."""

    o: OperationView
    api_attr: str
    typed_path_args: list[str]
    plain_path_args: list[str]
    raw_path: str
    query_model: str | None  # typed query model construction
    query_typeddict: str | None
    query_plain: str | None
    query_pairs: str  # python literal list of (wire, text) pairs
    headers_expected: str  # python literal dict of expected header values
    cookies_expected: str
    calls: list[CallView]
    results: list[ResultView]
    errors: list[ResultView]
    typed_imports: list[tuple[str, str]]  # (module, name) of the typed tests


class TestViews:
    """Builds the test views of one service."""

    def __init__(self, service: Service, views: ServiceViews) -> None:
        self.service = service
        self.views = views
        self.sampler = Sampler(service)
        self.package = views.names.package
        # samples.json: response/error payloads by type key
        self.payloads: dict[str, Any] = {}

    # --- parameters -------------------------------------------------------------------------

    def param_sample(self, p: Param, variant: int) -> Sample:
        """A valid sample of a parameter; plain strings carry characters to escape."""
        t = p.type
        if t.kind == "string" and t.pattern is None and t.format is None and not t.max_length:
            if p.location == "path":
                text = WILDCARD_TEXT if holds_path(p) else PATH_TEXT.format(name=p.name)
            elif p.location == "query":
                text = QUERY_TEXT.format(name=p.name)
            else:
                text = f"{p.name}-value"
            return Sample(text, pystr(text))
        return self.sampler.value(t, p.name, variant)

    @staticmethod
    def explode_pairs(p: Param, value: Any) -> list[tuple[str, str]]:
        """The (name, text) query pairs of one value (OpenAPI `form` style by default)."""
        if isinstance(value, list):
            style = p.style or "form"
            explode = p.explode if p.explode is not None else style == "form"
            if explode:
                return [(p.wire, wire_text(v)) for v in value]
            sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
            return [(p.wire, sep.join(wire_text(v) for v in value))]
        return [(p.wire, wire_text(value))]

    # --- results ----------------------------------------------------------------------------

    def result(self, r: ResponseDef, status: int) -> ResultView:
        """The expected outcome of replying `status` with a valid sample of response `r`."""
        media = r.media_types[0] if r.media_types else ""
        t = r.type
        if t is None:
            return ResultView(status, r.code, "none", "", "None", False, media)
        if t.kind == "binary":
            return ResultView(status, r.code, "binary", "", "bytes", False, media)
        typed = pytypes.response(t)
        models = frozenset(pytypes.models_in(t))
        if r.event_stream:
            key = f"events:{typed}"
            self.payloads.setdefault(key, self.stream_events(t))
            return ResultView(status, r.code, "stream", key, typed, bool(models), media, models)
        key = self.payload_key(t)
        # a plain string under a non-JSON media type is sent as text; anything structured
        # (also under a wildcard such as `*/*`) is sent as JSON
        kind = "text" if t.kind == "string" and media and "json" not in media else "json"
        return ResultView(status, r.code, kind, key, typed, bool(models), media, models)

    def stream_events(self, t: TypeInfo) -> list[Any]:
        """One event per union member (or one event), each a valid sample."""
        model = self.service.model_index.get(str(t.model)) if t.kind == "model" else None
        if model is not None and model.kind == "union":
            return [self.sampler.value(m, "event").json for m in model.members if m.kind != "null"]
        return [self.sampler.value(t, "event").json]

    # --- operations -------------------------------------------------------------------------

    def operation(self, api: Api, op: Operation) -> TestOpView:
        """Calls, expectations and results of one operation."""
        o = self.views.operation(op)
        imports: set[tuple[str, str]] = set()

        def use(sample: Sample) -> None:
            for name in sample.imports - {"datetime", "date", "timezone"}:  # module imports
                imports.add((f"{self.package}.models", name))

        # path
        typed_path, plain_path = [], []
        raw_path = op.path
        for i, p in enumerate(op.path_params):
            s = self.param_sample(p, i)
            use(s)
            typed_path.append(s.py)
            plain_path.append(pyliteral(s.json))
            safe = "/" if holds_path(p) else ""
            raw_path = raw_path.replace("{" + p.wire + "}", quote(wire_text(s.json), safe=safe))

        # query
        query_model = query_typeddict = query_plain = None
        pairs: list[tuple[str, str]] = []
        if op.query_params:
            by_name, by_wire, plain = [], [], []
            for i, p in enumerate(op.query_params):
                s = self.param_sample(p, i)
                use(s)
                by_name.append(f"{p.name}={s.py}")
                by_wire.append(f"{pystr(p.wire)}: {s.py}")
                plain.append(f"{pystr(p.wire)}: {pyliteral(s.json)}")
                pairs += self.explode_pairs(p, s.json)
            # query classes under private names: a model may have the same name (D25)
            query_model = f"_{o.query_class}({', '.join(by_name)})"
            query_typeddict = "{" + ", ".join(by_wire) + "}"
            query_plain = "{" + ", ".join(plain) + "}"
            module = f"{self.package}.queries.{api.attr}_api"
            imports.add((module, f"{o.query_class} as _{o.query_class}"))
            imports.add((module, f"{o.query_dict_class} as _{o.query_dict_class}"))

        # header and cookie parameters
        header_kwargs, headers_expected = [], {}
        for i, p in enumerate(op.header_params):
            s = self.param_sample(p, i)
            use(s)
            header_kwargs.append((f"{p.name}={s.py}", f"{p.name}={pyliteral(s.json)}"))
            headers_expected[p.wire.lower()] = wire_text(s.json)
        cookies_expected = {}
        for i, p in enumerate(op.cookie_params):
            s = self.param_sample(p, i)
            use(s)
            header_kwargs.append((f"{p.name}={s.py}", f"{p.name}={pyliteral(s.json)}"))
            cookies_expected[p.wire] = wire_text(s.json)

        calls = self.calls(op, o, use)
        for c in calls:
            c.typed_kwargs += [t for t, _ in header_kwargs]
            c.plain_kwargs += [p for _, p in header_kwargs]

        # responses
        success = [r for r in op.responses if r.code.startswith("2")]
        if not success:
            success = [r for r in op.responses if r.code == "default"]
        results = [self.result(r, _status(r.code)) for r in success]
        if not results:
            results = [ResultView(200, "200", "json", self.generic_key(), "Model", True, "")]
        # documented errors; `default` next to 2xx responses is the error of other statuses
        errors = [
            self.result(r, 500 if r.code == "default" else _status(r.code))
            for r in op.responses
            if r not in success and r.type is not None
        ]
        for r in results + errors:
            imports |= {(f"{self.package}.models", m) for m in r.models}
        return TestOpView(
            o=o,
            api_attr=api.attr,
            typed_path_args=typed_path,
            plain_path_args=plain_path,
            raw_path=raw_path,
            query_model=query_model,
            query_typeddict=query_typeddict,
            query_plain=query_plain,
            query_pairs=_pairs(pairs),
            headers_expected=pyliteral(headers_expected),
            cookies_expected=pyliteral(cookies_expected),
            calls=calls,
            results=results,
            errors=errors,
            typed_imports=sorted(imports),
        )

    def payload_key(self, t: TypeInfo) -> str:
        """Key of a valid sample of `t` in samples.json (one sample per type)."""
        key = pytypes.response(t)
        if key not in self.payloads:
            self.payloads[key] = self.sampler.value(t, "sample").json
        return key

    def typed_from_sample(self, t: TypeInfo, ref: str, use: Any) -> str:
        """Python source that builds the typed value of `t` from its JSON sample `ref`."""
        models = pytypes.models_in(t)
        for m in models:
            use(Sample(None, "", frozenset({m})))
        if not models:
            return ref
        model = self.service.model_index.get(str(t.model)) if t.kind == "model" else None
        if model is not None and model.kind == "object":
            return f"{model.class_name}.model_validate({ref})"
        return f"TypeAdapter({pytypes.strict(t)}).validate_python({ref})"

    def generic_key(self) -> str:
        """Payload of operations that document no result: any JSON object."""
        self.payloads.setdefault("Model", {"key": "value"})
        return "Model"

    def calls(self, op: Operation, o: OperationView, use: Any) -> list[CallView]:
        """One call per way of sending the body (json, binary, chunks, files, form)."""
        body = op.body
        if body is None:
            return [CallView(o.name, "", [], [], None)]
        calls: list[CallView] = []
        if body.consumes_json and body.json_type is not None:
            t = body.json_type
            key = self.payload_key(t)
            ref = f"SAMPLES[{pystr(key)}]"
            ct = body.json_media_type or "application/json"
            if "*" in ct:
                ct = "application/json"
            calls.append(
                CallView(
                    f"{o.name}_json" if _several(body) else o.name,
                    "json",
                    [f"json={self.typed_from_sample(t, ref, use)}"],
                    [f"json={ref}"],
                    ct,
                    body_json=ref,
                )
            )
        if body.consumes_other:
            concrete = _concrete_others(body.media_types)
            default = o.content_type_default
            calls.append(
                CallView(
                    f"{o.name}_content" if _several(body) else o.name,
                    "content",
                    [f"content={BINARY_BODY!r}"],
                    [f"content={BINARY_BODY!r}"],
                    default,
                    body_bytes=repr(BINARY_BODY),
                )
            )
            chosen = concrete[-1] if concrete else "application/octet-stream"
            headers = pyliteral({"content-type": chosen})
            chunks = ", ".join(repr(c) for c in CHUNKS)
            calls.append(
                CallView(
                    f"{o.name}_chunks",
                    "chunks",
                    [f"content=iter([{chunks}])", f"headers={headers}"],
                    [f"content=iter([{chunks}])", f"headers={headers}"],
                    chosen,
                    body_bytes=repr(b"".join(CHUNKS)),
                )
            )
        if body.consumes_multipart:
            files = "{" + f'"file": ({pystr(FILE[0])}, {FILE[1]!r}, {pystr(FILE[2])})' + "}"
            calls.append(
                CallView(
                    f"{o.name}_files" if _several(body) else o.name,
                    "files",
                    [f"files={files}"],
                    [f"files={files}"],
                    None,
                    content_type_prefix="multipart/form-data; boundary=",
                    body_contains=[
                        repr(f'filename="{FILE[0]}"'.encode()),
                        repr(FILE[1]),
                    ],
                )
            )
        if body.consumes_urlencoded and body.form_type is not None:
            t = body.form_type
            key = self.payload_key(t)
            ref = f"SAMPLES[{pystr(key)}]"
            sample = self.payloads[key]
            pairs: list[tuple[str, str]] = []
            for k, v in (sample if isinstance(sample, dict) else {}).items():
                pairs += (
                    [(k, wire_text(i)) for i in v] if isinstance(v, list) else [(k, wire_text(v))]
                )
            calls.append(
                CallView(
                    f"{o.name}_form" if _several(body) else o.name,
                    "data",
                    [f"data={self.typed_from_sample(t, ref, use)}"],
                    [f"data={ref}"],
                    body.form_media_type or "application/x-www-form-urlencoded",
                    body_form=_pairs(pairs),
                )
            )
        return calls or [CallView(o.name, "", [], [], None)]

    def api(self, api: Api) -> dict[str, Any]:
        """View of one generated test module."""
        ops = [self.operation(api, op) for op in api.operations]
        return {"api": api, "ops": ops}

    def samples_json(self) -> str:
        """The response samples file (deterministic: keys sorted, stable layout)."""
        # keys sorted; inside a sample the property order of the spec is kept
        ordered = {key: self.payloads[key] for key in sorted(self.payloads)}
        return json.dumps(ordered, indent=1, ensure_ascii=False) + "\n"


def _status(code: str) -> int:
    """A concrete status for a spec response code (`2XX` -> 200, `default` -> 200)."""
    if code == "default":
        return 200
    if code.endswith("XX"):
        return int(code[0]) * 100
    return int(code)


def _several(body: Any) -> bool:
    kinds = [body.consumes_json, body.consumes_other, body.consumes_multipart]
    kinds.append(body.consumes_urlencoded)
    return sum(bool(k) for k in kinds) > 1


def _concrete_others(media_types: list[str]) -> list[str]:
    out = []
    for m in media_types:
        base = m.split(";")[0].strip().lower()
        if "*" in base or base.startswith("multipart/") or base.endswith("json"):
            continue
        if base == "application/x-www-form-urlencoded":
            continue
        out.append(m)
    return out


def _pairs(pairs: list[tuple[str, str]]) -> str:
    """Python literal of a list of (name, text) pairs."""
    return "[" + ", ".join(f"({pystr(k)}, {pystr(v)})" for k, v in pairs) + "]"
