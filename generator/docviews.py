"""Views of the Markdown docs (CONTRACT §6, with the published docs' defects fixed).

Example code is valid Python (D3, D4), uses the spec's examples and defaults (D6),
and every link points at a file that exists (D5).
"""

from __future__ import annotations

from typing import Any

from . import pytypes
from .ir import MISSING, ModelDef, Param, TypeInfo
from .text import cell, flat, md_text, pipes
from .views import OperationView, ServiceViews

_MAX_DEPTH = 3


def pyrepr(value: Any) -> str:
    """A python literal in the docs' style (single-quoted strings)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(str(k))}: {pyrepr(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    if isinstance(value, (str, bool, int, float)) or value is None:
        return repr(value)
    return repr(str(value))


class DocViews:
    """Builds the doc views on top of the code views of a service."""

    def __init__(self, views: ServiceViews) -> None:
        self.views = views
        self.service = views.service
        self.names = views.names
        self.models = views.models

    # --- example values ----------------------------------------------------------

    def sample(self, t: TypeInfo | None, name: str, depth: int = 0) -> Any:
        """A JSON-like sample value of a type (examples and defaults first)."""
        if t is None:
            return None
        if t.alias_default is not MISSING:
            return t.alias_default
        k = t.kind
        if k == "model":
            model = self.models.get(str(t.model))
            if model is None:
                return {}
            if model.examples:
                return model.examples[0]
            if model.kind == "enum":
                return model.enum_values[0].value if model.enum_values else ""
            if model.kind == "union":
                for m in model.members:
                    if m.kind != "model" or depth < _MAX_DEPTH:
                        return self.sample(m, name, depth + 1)
                return {}
            return self.model_sample(model, depth + 1)
        if k == "boolean":
            return True
        if k == "integer":
            return int(t.minimum) if t.minimum is not None else 56
        if k == "number":
            return t.minimum if t.minimum is not None else 3.4
        if k == "array":
            return (
                []
                if t.items is None or depth >= _MAX_DEPTH
                else [self.sample(t.items, name, depth + 1)]
            )
        if k in ("map", "free", "any"):
            return {}
        if k == "datetime":
            return "2024-01-01T00:00:00Z"
        if k == "date":
            return "2024-01-01"
        if k == "binary":
            return "my-binary-data"
        return f"{name}_example"

    def model_sample(self, model: ModelDef, depth: int) -> dict[str, Any]:
        """A dict with the required fields of an object model (wire names)."""
        if depth > _MAX_DEPTH:
            return {}
        out: dict[str, Any] = {}
        for f in model.fields:
            if f.required:
                value = (
                    f.default if f.default is not MISSING else self.sample(f.type, f.name, depth)
                )
                out[f.wire] = value
        return out

    def param_value(self, p: Param) -> str:
        """Example value of a parameter (D6: example, then default, then the type)."""
        if p.example is not MISSING:
            return pyrepr(p.example)
        if p.default is not MISSING:
            return pyrepr(p.default)
        if p.type.kind == "string" and p.location == "path":
            return repr(f"{p.name}_example")
        return pyrepr(self.sample(p.type, p.name))

    # --- operation docs ----------------------------------------------------------

    def example_code(self, o: OperationView) -> str:
        """The Example block of an operation (valid python with top-level await)."""
        op = o.op
        svc = self.names.key
        attr = next(a.attr for a in self.service.apis if op in a.operations)
        imports: set[tuple[str, str]] = set()
        for p in op.path_params + op.query_params:
            cls = pytypes.item_model(p.type)
            if cls and self.models[cls].kind == "enum" and (p.location == "path" or p.show_example):
                imports.add((self.models[cls].module, cls))
        if o.json_model and o.json_model in self.models:
            imports.add((self.models[o.json_model].module, o.json_model))
        first_ok = next(
            (r for r in op.responses if r.code.startswith("2") or r.code == "default"), None
        )
        if first_ok is not None and first_ok.type is not None and first_ok.type.kind == "model":
            cls = str(first_ok.type.model)
            imports.add((self.models[cls].module, cls))
        lines = [
            "from pprint import pprint",
            "",
            "# Import the waylay-client from the waylay-sdk-core package",
            "from waylay.sdk.client import WaylayClient",
            "from waylay.sdk.api import ApiError",
            "",
            "# Initialize a waylay client instance",
            "waylay_client = WaylayClient.from_profile()",
            "",
            "# Note that the typed model classes for responses/parameters/... are only "
            f"available when `{self.names.types_dist}` is installed",
        ]
        for module, cls in sorted(imports):
            lines.append(f"from {self.names.package}.models.{module} import {cls}")
        lines += [
            "try:",
            f"    # {flat(op.summary or op.name)}",
            f"    # calls `{op.http_method} {op.path}`",
            f"    api_response = await waylay_client.{svc}.{attr}.{op.name}(",
        ]
        for p in op.path_params:
            lines.append(f'        {self.param_value(p)}, # {p.name} | path param "{p.wire}"')
        if op.query_params:
            lines += ["        # query parameters:", "        query = {"]
            for p in op.query_params:
                if p.show_example:
                    lines.append(f"            {p.wire!r}: {self.param_value(p)},")
            lines.append("        },")
        body = op.body
        if o.has_json and body is not None:
            value = pyrepr(self.sample(body.json_type, "json"))
            lines += [
                "        # json data: use a generated model or a json-serializable python data structure (dict, list)",
                f"        json = {value}, # {o.json_doc_type} | {flat(body.description)} (optional)",
            ]
        if o.has_content:
            lines += [
                "        # non-json binary data: use a byte array or a generator of bytearray chunks",
                "        content=b'my-binary-data',",
            ]
        if (o.has_content or o.has_files) and body is not None:
            media = [m for m in body.media_types if m != "*/*"]
            first = media[0] if media else o.content_type_default
            alternatives = "".join(f"{m!r}, " for m in media[1:])
            lines += [
                "        # this operation supports multiple request content types: use `headers` to specify the one used",
                f"        # alternatives: {alternatives}",
                "        headers = {",
                f"            'content-type': {first!r}",
                "        },",
            ]
        lines += [
            "    )",
            f'    print("The response of {svc}.{attr}.{op.name}:\\n")',
            "    pprint(api_response)",
            "except ApiError as e:",
            f'    print("Exception when calling {svc}.{attr}.{op.name}: %s\\n" % e)',
        ]
        return "\n".join(lines)

    def type_cell(self, t: TypeInfo | None) -> str:
        """Type column: linked for models (D5), bold for primitives."""
        if t is None:
            return "**None**"
        text = pytypes.doc(t)
        model = pytypes.item_model(t)
        if model and model in self.models:
            return f"[**{text}**]({model}.md)"
        return f"**{text}**"

    def param_rows(self, o: OperationView) -> list[str]:
        """Rows of the Parameters table (D10: the header row is always there)."""
        op = o.op
        rows = []
        for p in op.path_params:
            rows.append(
                f'**{p.name}** | {self.type_cell(p.type)} | path parameter `"{pipes(p.wire)}"` | {cell(p.description)} | '
            )
        body = op.body
        if o.has_json and body is not None:
            rows.append(
                f"**json** | {self.type_cell(body.json_type)} | json request body | {cell(body.description)} | [optional] "
            )
        if o.has_content and body is not None:
            rows.append(
                f"**content** | **[ContentRequest](Operation.md#req_arg_content)** | binary request body | {cell(body.description)} | [optional] "
            )
        if o.has_files:
            rows.append(
                "**files** | **[FileTypes](Operation.md#req_arg_files)** | request body files |   |"
            )
        for p in op.header_params:
            rows.append(
                f'**{p.name}** | {self.type_cell(p.type)} | request header `"{pipes(p.wire)}"` | '
                f"{cell(p.description)} | [optional] "
            )
        for p in op.cookie_params:
            rows.append(
                f'**{p.name}** | {self.type_cell(p.type)} | cookie `"{pipes(p.wire)}"` | {cell(p.description)} | [optional] '
            )
        if op.query_params:
            rows.append(
                "**query** | [QueryParamTypes](Operation.md#req_arg_query) \\| **None** | URL query parameter |  | "
            )
        for p in op.query_params:
            notes = []
            if not p.required:
                notes.append("[optional]")
            if p.default is not MISSING:
                notes.append(f"[default {pipes(pyrepr(p.default))}]")
            if p.deprecated:
                notes.append("[deprecated]")
            rows.append(
                f"**query['{pipes(p.wire)}']** (dict) <br> **query.{p.name}** (Query) | {self.type_cell(p.type)} | "
                f'query parameter `"{pipes(p.wire)}"` | {cell(p.description)} | {" ".join(notes)}'
            )
        rows.append("**headers** | [HeaderTypes](Operation.md#req_headers) | request headers |  | ")
        if body is not None and (o.has_content or o.has_files):
            media = ", ".join(f"`{m}`" for m in body.media_types if m != "*/*")
            rows.append(
                f"**headers['content-type']** | **str** | content type | request header `\"content-type\"` | should match mediaType {media}"
                if media
                else "**headers['content-type']** | **str** | content type | request header `\"content-type\"` | any media type"
            )
        return rows

    def result_links(self, o: OperationView) -> str:
        """Links column of the Return type table."""
        links = []
        for r in o.op.responses:
            if not (r.code.startswith("2") or r.code == "default"):
                continue
            model = pytypes.item_model(r.type) if r.type is not None else None
            if model and model in self.models:
                link = f"[{model}]({model}.md)"
                if link not in links:
                    links.append(link)
        return " <br> ".join(links)

    def operation(self, o: OperationView) -> OperationView:
        """Attach the doc-only attributes to an operation view."""
        o.doc_result = o.result.replace(" | ", " \\| ")  # type: ignore[attr-defined]
        o.example_code = self.example_code(o)  # type: ignore[attr-defined]
        o.param_rows = self.param_rows(o)  # type: ignore[attr-defined]
        o.result_links = self.result_links(o)  # type: ignore[attr-defined]
        return o

    # --- model docs ----------------------------------------------------------------

    def model(self, m: ModelDef) -> dict[str, Any]:
        """View of a model doc (D7 python 3 example, D8 enum values and union members)."""
        rows: list[str] = []
        if m.kind == "object":
            for f in m.fields:
                notes = [] if f.required else ["[optional]"]
                if f.default is not MISSING:
                    notes.append(f"[default to {pipes(pyrepr(f.default))}]")
                if f.read_only:
                    notes.append("[readonly]")
                rows.append(
                    f"**{f.name}** | {self.type_cell(f.type)} | {cell(f.description)} | {' '.join(notes)}"
                )
        elif m.kind == "enum":
            for v in m.enum_values:
                rows.append(f"`{v.name}` | `{cell(repr(v.value))}`")
        else:
            seen: set[str] = set()
            for t in m.members:
                text = self.type_cell(t)
                if text in seen:
                    continue
                seen.add(text)
                desc = t.alias_description
                if t.kind == "model" and t.model in self.models:
                    desc = self.models[str(t.model)].description
                rows.append(f"{text} | {cell(desc)}")
        sample = (
            m.examples[0]
            if m.examples
            else self.sample(TypeInfo("model", model=m.class_name, model_kind=m.kind), m.module)
        )
        module = f"{self.names.package}.models.{m.module}"
        if m.kind == "object":
            code = "\n".join(
                [
                    f"from {module} import {m.class_name}",
                    "",
                    "# create an instance from a dict (wire names as keys)",
                    f"instance = {m.class_name}.from_dict({pyrepr(sample)})",
                    "# serialize it back to a dict or to JSON",
                    "print(instance.to_dict())",
                    "print(instance.to_json())",
                ]
            )
        elif m.kind == "enum":
            code = "\n".join(
                [
                    f"from {module} import {m.class_name}",
                    "",
                    f"value = {m.class_name}({pyrepr(sample)})",
                    "print(value, value.value)",
                ]
            )
        else:
            code = "\n".join(
                [
                    "from pydantic import TypeAdapter",
                    "",
                    f"from {module} import {m.class_name}",
                    "",
                    f"# {m.class_name} is a type alias (a Union), validate values with a TypeAdapter",
                    f"value = TypeAdapter({m.class_name}).validate_python({pyrepr(sample)})",
                    "print(value)",
                ]
            )
        return {
            "model": m,
            "description": md_text(m.description),
            "rows": rows,
            "example_code": code,
        }

    # --- README ----------------------------------------------------------------------

    def usage_code(self) -> str:
        """Usage block: the example of the first operation of the first API."""
        for api in self.service.apis:
            for op in api.operations:
                return self.example_code(self.views.operation(op))
        return "from waylay.sdk.client import WaylayClient\n\nwaylay_client = WaylayClient.from_profile()"

    def endpoint_rows(self) -> list[str]:
        """Rows of the README's endpoint table."""
        rows = []
        for api in self.service.apis:
            for op in api.operations:
                rows.append(
                    f"*{api.class_name}* | [**{op.name}**](docs/{api.class_name}.md#{op.name}) | "
                    f"**{op.http_method}** {pipes(op.path)} | {pipes(op.summary)}"
                )
        return rows
