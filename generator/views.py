"""Template views: the IR turned into the strings templates lay out.

Everything a template prints that needs a decision (a type spelling, an example value,
which imports a module needs) is decided here, so templates stay layout only.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import Any

from . import naming, pytypes
from .ir import (
    MISSING,
    Api,
    ModelAlias,
    ModelDef,
    ModelField,
    Operation,
    Param,
    Service,
    TypeInfo,
)
from .media import is_form, is_json
from .naming import snake
from .text import cell, docstring, flat, pyesc, pyliteral, pystr


@dataclass
class Names:
    """Package and module names of one service."""

    key: str
    title: str
    api_dist: str
    types_dist: str
    package: str  # waylay.services.<key>
    service_class: str

    @classmethod
    def of(cls, service: Service) -> Names:
        """Names from the config (CONTRACT §1.2)."""
        key = service.key
        title = service.config.title
        class_base = "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", title) if w)
        return cls(
            key=key,
            title=title,
            api_dist=f"waylay-sdk-{key.replace('_', '-')}",
            types_dist=f"waylay-sdk-{key.replace('_', '-')}-types",
            package=f"waylay.services.{key}",
            service_class=f"{class_base}Service",
        )


@dataclass
class ParamView:
    """A path, header or cookie argument of a method, or a query field."""

    name: str
    wire: str
    annotation: str  # in the signature (strict, with Field description)
    doc_type: str
    description: str
    required: bool
    validate: str | None = None  # TypeAdapter type when the value must be checked
    validate_condition: str = "validate_request"
    reserved: bool = False  # path value may contain '/'
    typeddict: str = ""
    field_line: str = ""
    deprecated: bool = False


@dataclass
class OperationView:
    """Everything one method's code, docs and tests need."""

    op: Operation
    name: str
    http_method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    query_class: str
    query_dict_class: str
    path_args: list[ParamView]
    header_args: list[ParamView]
    cookie_args: list[ParamView]
    query_fields: list[ParamView]
    has_json: bool
    json_annotation: str
    json_adapter: str
    json_doc_type: str
    json_model: str | None
    has_content: bool
    content_type_default: str
    has_files: bool
    body_description: str
    result: str
    response_map: list[tuple[str, str]]
    error_map: list[tuple[str, str]]
    event_stream: bool
    fallback: list[tuple[str, str]]
    model_imports: list[str]
    reserved_path_params: list[str]
    json_content_type: str | None = None  # set when not httpx's default application/json
    json_default: str = " = None"  # "" when `json` is required
    body_check: list[str] = field(default_factory=list)  # one of these must be given
    has_data: bool = False  # application/x-www-form-urlencoded body
    data_annotation: str = ""
    data_adapter: str = ""
    delimiters: list[tuple[str, str]] = field(default_factory=list)


def _desc_field(annotation: str, description: str | None) -> str:
    """`Annotated[T, Field(description=...)]` when there is a description (CONTRACT §4.2)."""
    if not description:
        return annotation
    return f'Annotated[{annotation}, Field(description="{pyesc(description)}")]'


class ServiceViews:
    """Builds views for one service."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.names = Names.of(service)
        self.models = dict(service.model_index)  # alias names are added below
        self.enum_values = {
            m.class_name: [v.value for v in m.enum_values]
            for m in service.models
            if m.kind == "enum"
        }
        self.union_members = {m.class_name: m.members for m in service.models if m.kind == "union"}
        # a class imported under its alias (see `localized`) is looked up by either name
        for m in service.models:
            alias = naming.import_alias(m.class_name)
            self.models[alias] = m
            if m.class_name in self.enum_values:
                self.enum_values[alias] = self.enum_values[m.class_name]

    # --- local names (D25) ---------------------------------------------------------

    @staticmethod
    def import_names(refs: set[str], taken: AbstractSet[str]) -> dict[str, str]:
        """Local names of the referenced classes whose own name the module already binds."""
        return {r: naming.import_alias(r) for r in sorted(refs) if r in taken}

    @staticmethod
    def localized(op: Operation, names: dict[str, str]) -> Operation:
        """The operation with its types spelled by local class names (for code, not docs)."""
        if not names:
            return op

        def loc(t: TypeInfo | None) -> TypeInfo | None:
            return None if t is None else pytypes.localize(t, names)

        def params(ps: list[Param]) -> list[Param]:
            return [replace(p, type=pytypes.localize(p.type, names)) for p in ps]

        body = op.body
        if body is not None:
            body = replace(
                body,
                json_type=loc(body.json_type),
                other_type=loc(body.other_type),
                multipart_type=loc(body.multipart_type),
            )
        return replace(
            op,
            path_params=params(op.path_params),
            query_params=params(op.query_params),
            header_params=params(op.header_params),
            cookie_params=params(op.cookie_params),
            body=body,
            responses=[replace(r, type=loc(r.type)) for r in op.responses],
        )

    @staticmethod
    def import_line(name: str, names: dict[str, str]) -> str:
        """`Model as Model_` for a class with a local name, else the name."""
        public = {v: k for k, v in names.items()}
        return f"{public[name]} as {name}" if name in public else name

    # --- operations --------------------------------------------------------------

    def param_view(self, p: Param) -> ParamView:
        """Views of path/header/cookie arguments and query fields."""
        strict = pytypes.strict(p.type)
        needs_models = bool(pytypes.models_in(p.type))
        validate = None
        if pytypes.has_constraints(p.type) or needs_models:
            validate = strict
        condition = "validate_request and MODELS_AVAILABLE" if needs_models else "validate_request"
        return ParamView(
            validate_condition=condition,
            name=p.name,
            wire=p.wire,
            annotation=_desc_field(strict, p.description),
            doc_type=pytypes.doc(p.type),
            description=p.description or "",
            required=p.required,
            validate=validate,
            reserved=holds_path(p),
            typeddict=pytypes.typeddict(p.type, self.enum_values, self.union_members),
            deprecated=p.deprecated,
        )

    def query_field(self, p: Param) -> ParamView:
        """A field of the query model (CONTRACT §3, with D14/D15 fixed)."""
        view = self.param_view(p)
        args = []
        if p.description:
            args.append(f'description="{pyesc(p.description)}"')
        if p.name != p.wire:
            # not `alias=`: type checkers would then want the wire name in the constructor
            wire = pystr(p.wire)
            args.append(f"validation_alias={wire}, serialization_alias={wire}")
        ann = pytypes.query(p.type) + " | None"
        view.typeddict = pytypes.query_typeddict(p.type, self.enum_values, self.union_members)
        if args:
            view.field_line = f"{p.name}: {ann} = Field(default=None, {', '.join(args)})"
        else:
            view.field_line = f"{p.name}: {ann} = None"
        return view

    def operation(self, op: Operation) -> OperationView:
        """The view of one operation."""
        body = op.body
        has_json = bool(body and body.consumes_json)
        json_t = body.json_type if body and has_json else None
        json_ann = pytypes.strict(json_t, with_null=False) if json_t else "Any"
        has_content = bool(body and body.consumes_other)
        has_files = bool(body and body.consumes_multipart)
        has_form = bool(body and body.consumes_urlencoded and body.form_type is not None)
        # a required body that can only be sent as JSON makes `json` a required argument;
        # with other ways to send it, the method checks that one of them is given
        body_required = bool(body and body.required)
        json_required = body_required and has_json and not (has_content or has_files or has_form)
        json_annotation = _desc_field(
            json_ann if json_required else f"{json_ann} | None",
            body.description if body else None,
        )
        body_args = [
            name
            for name, present in (
                ("json", has_json),
                ("content", has_content),
                ("files", has_files),
                ("data", has_form),
            )
            if present
        ]
        concrete = [
            m
            for m in (body.media_types if body else [])
            if "*" not in m and not is_form(m) and not is_json(m)
        ]
        content_default = concrete[0] if concrete else "application/octet-stream"

        # D11: `default` is the result only when no 2xx is documented; else it is the error
        ok = [r for r in op.responses if r.code.startswith("2")]
        if not ok:
            ok = [r for r in op.responses if r.code == "default"]
        result_members: list[str] = []
        for r in ok:
            rt = pytypes.response(r.type)
            if r.type is None:
                rt = "None"
            if rt not in result_members:
                result_members.append(rt)
        if not result_members:
            result_members = ["None"] if op.responses else ["Model"]
        if op.event_stream:
            result = " | ".join(f"AsyncIterator[{m}]" for m in result_members)
        else:
            result = " | ".join(result_members)
        response_map = []
        error_map = []
        for r in op.responses:
            key = "default" if r.code == "default" else r.code
            rt = pytypes.response(r.type) if r.type is not None else "_no_content"
            if r in ok:
                response_map.append((key, rt))
            else:
                error_map.append((key, rt))
        fallback: list[tuple[str, str]] = []
        used_models: set[str] = set()
        if json_t is not None:
            for m in sorted(pytypes.models_in(json_t)):
                fallback.append((m, "Model"))
        for p in op.path_params + op.header_params + op.cookie_params:
            for m in sorted(pytypes.models_in(p.type)):
                kind = self.models[m].kind if m in self.models else "object"
                fallback.append((m, "str" if kind in ("enum", "union") else "Model"))
        for r in op.responses:
            for m in sorted(pytypes.models_in(r.type)):
                fallback.append((m, "Model"))
        for name, _ in fallback:
            used_models.add(name)
        path_args = [self.param_view(p) for p in op.path_params]
        header_args = [self.param_view(p) for p in op.header_params]
        cookie_args = [self.param_view(p) for p in op.cookie_params]
        for hv in header_args + cookie_args:
            # a required header/cookie is a keyword argument without default
            optional = "" if hv.required else " | None"
            hv.annotation = _desc_field(
                pytypes.strict(_param_type(op, hv.wire), with_null=False) + optional,
                hv.description,
            )
        json_ct = body.json_media_type if body and has_json else None
        if json_ct is not None and ("*" in json_ct or json_ct == "application/json"):
            json_ct = None
        form_t = body.form_type if body and body.consumes_urlencoded else None
        form_ann = pytypes.strict(form_t, with_null=False) if form_t else "Dict[str, Any]"
        if form_t is not None:
            fallback += [(m, "Model") for m in sorted(pytypes.models_in(form_t))]
            used_models |= pytypes.models_in(form_t)
        delimiters: list[tuple[str, str]] = []
        for p in op.query_params:
            sep = _delimiter(p)
            if sep is not None:
                delimiters.append((p.wire, sep))
        return OperationView(
            json_default="" if json_required else " = None",
            body_check=body_args if body_required and not json_required else [],
            json_content_type=json_ct,
            has_data=form_t is not None,
            data_annotation=_desc_field(f"{form_ann} | None", body.description if body else None),
            data_adapter=f"{form_ann} | None",
            delimiters=delimiters,
            op=op,
            name=op.name,
            http_method=op.http_method,
            path=op.path,
            summary=op.summary or "",
            description=op.description or "",
            deprecated=op.deprecated,
            query_class=op.query_class,
            query_dict_class=op.query_class + "Dict",
            path_args=path_args,
            header_args=header_args,
            cookie_args=cookie_args,
            query_fields=[self.query_field(p) for p in op.query_params],
            has_json=has_json,
            json_annotation=json_annotation,
            json_adapter=f"{json_ann} | None",
            json_doc_type=pytypes.doc(json_t) if json_t else "Any",
            json_model=json_t.model if json_t is not None and json_t.kind == "model" else None,
            has_content=has_content,
            content_type_default=content_default,
            has_files=has_files,
            body_description=body.description or "" if body else "",
            result=result,
            response_map=response_map,
            error_map=error_map,
            event_stream=op.event_stream,
            fallback=fallback,
            model_imports=sorted(used_models),
            reserved_path_params=[p.wire for p in path_args if p.reserved],
        )

    def api(self, api: Api, *, localize: bool = True) -> dict[str, Any]:
        """View of one API module (`localize`: class names as the module binds them)."""
        names: dict[str, str] = {}
        if localize:
            refs: set[str] = set()
            for op in api.operations:
                for p in op.path_params + op.header_params + op.cookie_params:
                    refs |= pytypes.models_in(p.type)
                if op.body is not None:
                    refs |= pytypes.models_in(op.body.json_type)
                for r in op.responses:
                    refs |= pytypes.models_in(r.type)
            defined = {api.class_name}
            defined |= {o.query_class for o in api.operations}
            defined |= {o.query_class + "Dict" for o in api.operations}
            names = self.import_names(refs, naming.API_MODULE_NAMES | defined)
        ops = [self.operation(self.localized(o, names)) for o in api.operations]
        models: set[str] = set()
        fallback: list[tuple[str, str]] = []
        seen: set[str] = set()
        for o in ops:
            models.update(o.model_imports)
            for name, value in o.fallback:
                if name not in seen:  # D24: each fallback assignment once
                    seen.add(name)
                    fallback.append((name, value))
        return {
            "api": api,
            "ops": ops,
            "model_imports": [self.import_line(m, names) for m in sorted(models)],
            "query_imports": sorted(
                {o.query_class for o in ops} | {o.query_dict_class for o in ops}
            ),
            "fallback": fallback,
            "has_deprecated": any(o.deprecated for o in ops),
            "has_stream": any(o.event_stream for o in ops),
        }

    # --- models ----------------------------------------------------------------------

    def field_line(self, f: ModelField) -> str:
        """One model field line (CONTRACT §5.1, D21 fixed)."""
        optional = not f.required
        ann = pytypes.strict(f.type, with_null=False)
        if (optional or f.type.nullable) and f.type.kind != "null":
            ann = f"{ann} | None"
        args = []
        if optional:
            default = (
                self.default_literal(f.default, f.type) if f.default is not MISSING else "None"
            )
            args.append(f"default={default}")
        if f.description:
            args.append(f'description="{pyesc(f.description)}"')
        if f.name != f.wire:
            args.append(f"alias={pystr(f.wire)}")
        if not args:
            return f"{f.name}: {ann}"
        if args == ["default=None"]:
            return f"{f.name}: {ann} = None"
        return f"{f.name}: {ann} = Field({', '.join(args)})"

    def default_literal(self, value: Any, t: TypeInfo) -> str:
        """A default as python source; enum values become members (the field's own type)."""
        if t.kind == "model" and t.model in self.enum_values:
            model = self.models[str(t.model)]
            for v in model.enum_values:
                if v.value == value and type(v.value) is type(value):
                    return f"{model.class_name}.{v.name}"
        if t.kind == "array" and t.items is not None and isinstance(value, list):
            return "[" + ", ".join(self.default_literal(v, t.items) for v in value) + "]"
        return pyliteral(value)

    def model(self, m: ModelDef) -> dict[str, Any]:
        """View of one model module."""
        refs: set[str] = set()
        for f in m.fields:
            refs |= pytypes.models_in(f.type)
        for t in m.members:
            refs |= pytypes.models_in(t)
        if m.extra_type is not None:
            refs |= pytypes.models_in(m.extra_type)
        refs.discard(m.class_name)
        members: list[str] = []
        for t in m.members:
            # nullable members (3.0 `nullable` on a oneOf) add one `None`, last
            rendered = pytypes.member(replace(t, nullable=False) if t.kind != "null" else t)
            if rendered not in members:  # D18: no duplicate union members
                members.append(rendered)
        if any(t.nullable for t in m.members) and "None" not in members:
            members.append("None")
        elif "None" in members:
            members.append(members.pop(members.index("None")))
        return {
            "model": m,
            "docstring": docstring(m.description) or f"{m.class_name}.",
            "fields": [self.field_line(f) for f in m.fields],
            "imports": [(self.models[r].module, r) for r in sorted(refs) if r in self.models],
            "members": members,
            "enum_members": [(v.name, pyliteral(v.value)) for v in m.enum_values],
            "extra_annotation": pytypes.strict(m.extra_type) if m.extra_type is not None else None,
        }

    def query_module(self, api: Api) -> dict[str, Any]:
        """View of the query module of one API (classes by their local names, D25)."""
        refs: set[str] = set()
        for o in api.operations:
            for p in o.query_params:
                refs |= pytypes.models_in(p.type)
        defined = {o.query_class for o in api.operations}
        defined |= {o.query_class + "Dict" for o in api.operations}
        names = self.import_names(refs, naming.QUERY_MODULE_NAMES | defined)
        ops = [self.operation(self.localized(o, names)) for o in api.operations]
        for ov in ops:
            for q in ov.query_fields:
                # the TypedDict spells union classes by their members
                refs |= set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", q.typeddict)) & set(self.models)
        return {
            "api": api,
            "ops": ops,
            "imports": [
                (self.models[r].module, self.import_line(names.get(r, r), names))
                for r in sorted(refs)
                if r in self.models
            ],
        }

    def alias(self, a: ModelAlias) -> dict[str, Any]:
        """View of an alias module: a second public name of a class."""
        if a.compat:
            doc = (
                f"Deprecated alias of `{a.target}`: the name is kept for compatibility with "
                "earlier versions of this SDK."
            )
        else:
            doc = docstring(a.description) or (
                f"Alias of `{a.target}`{' (or None)' if a.nullable else ''}."
            )
        return {
            "alias": a,
            "value": f"{a.target} | None" if a.nullable else a.target,
            "docstring": doc,
        }


def holds_path(p: Param) -> bool:
    """A path parameter whose value is itself a path keeps its `/` (all else is escaped).

    That is the `{*}` asset path (P6: `wildcard`) and a parameter named like a path
    (`object_path`, `targetPath`, `path`): servers route these with a path converter.
    """
    if p.location != "path":
        return False
    return p.wire == "wildcard" or snake(p.wire).split("_")[-1] == "path"


def _delimiter(p: Param) -> str | None:
    """Separator of a non-exploded array query parameter (OpenAPI `style`/`explode`)."""
    if p.type.kind != "array":
        return None
    style = p.style or "form"
    explode = p.explode if p.explode is not None else style == "form"
    if explode:
        return None
    return {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")


def _param_type(op: Operation, wire: str) -> TypeInfo:
    for p in op.header_params + op.cookie_params:
        if p.wire == wire:
            return p.type
    raise KeyError(wire)


__all__ = ["Names", "OperationView", "ServiceViews", "flat", "cell", "snake"]
