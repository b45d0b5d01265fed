"""Views of the Markdown docs (CONTRACT §6, with the published docs' defects fixed).

The docs keep the published page layout (the seed `ModelsApi.md`), and fix its faults:
example code is valid Python that imports what it uses (D3, D4) with values from the spec
that the SDK accepts (D6), the signature block is the real one (D9), every link points at an
existing file or anchor (D5), table rows keep their column count and text shows no stray
backslashes (D19). Templates only lay these strings out.
"""

from __future__ import annotations

import math
import pprint
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

from . import pytypes
from .docsamples import Sampler, string_sample
from .ir import MISSING, Api, ModelDef, Param, TypeInfo
from .text import comment, flat, htmlesc, safe_html
from .views import OperationView, ServiceViews

# fixed texts of the Example block (CONTRACT §6.4; typos fixed: D27)
JSON_COMMENT = (
    "# json data: use a generated model or a json-serializable python data structure (dict, list)"
)
CONTENT_COMMENT = "# non-json binary data: use a byte array or a generator of bytearray chunks"
FILES_COMMENT = "# multipart files: a mapping of part names to files or (filename, content) tuples"
HEADERS_COMMENT = "# this operation supports multiple request content types: use `headers` to specify the one used"
NO_PARAMETERS = "This endpoint does not need any parameter."
ANY_RESULT = (
    "If any other string value for the selected path is provided, "
    "the exact type of the response will only be known at runtime."
)

# headings of every per-operation section, in order (they take part in GitHub's anchors)
SECTION_HEADINGS = (
    "Example",
    "Endpoint",
    "Parameters",
    "Return type",
    "HTTP request headers",
    "HTTP response details",
)

# Markdown specials in literal text; `_` only where it could open or close emphasis
_MD_INLINE = re.compile(r"([\\`*<>|~&]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|\](?=\())")
_BLOCK_START = re.compile(r"^(#{1,6}(?=\s|$)|[>+=-]|\d{1,9}[.)](?=\s|$)|\*(?=\s|$)|```|~~~)")


def plain(value: Any) -> Any:
    """A JSON-like value made of python literals only (other scalars become strings)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (str, bool, int, float)) or value is None:
        return value
    return str(value)


def pyrepr(value: Any) -> str:
    """A python literal in the docs' style (single-quoted strings)."""
    return repr(plain(value))


def md_inline(text: str | None) -> str:
    """Literal text (paths, media types, signatures) that Markdown must not interpret.

    `*/*+json` would otherwise render as an emphasised `/` (the published page shows `/+json`).
    """
    return _MD_INLINE.sub(r"\\\1", flat(text))


def md_paragraph(text: str | None) -> str:
    """A description as one Markdown paragraph line (HTML and inline Markdown kept).

    Leading blanks would make it a code block and a leading `#`, `-`, `>`, `1.` a heading,
    list or quote (an extra heading would also shift the anchors), so those are escaped.
    """
    line = safe_html(flat(text).strip())  # raw HTML is kept, but no `<script>`
    match = _BLOCK_START.match(line)
    if match and line[0].isdigit():
        end = match.end() - 1  # `1.` is escaped as `1\.` (a backslash before a digit shows)
        line = line[:end] + "\\" + line[end:]
    elif match:
        line = "\\" + line
    return line


def doc_cell(text: str | None) -> str:
    """A table cell: flat, HTML-escaped, `|` escaped (constant columns), no stray backslashes.

    A backslash is written as an entity, so Markdown neither hides it (D19) nor lets it
    escape the next character.
    """
    return htmlesc(flat(text)).replace("\\", "&#92;").replace("|", "\\|")


def code_cell(text: str) -> str:
    """Literal text as a code span in a table cell (entities are not decoded inside code)."""
    body = flat(text).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * (longest + 1)
    if body.startswith("`") or body.endswith("`"):
        body = f" {body} "
    return f"{fence}{body}{fence}"


_BARE_PIPE = re.compile(r"(?<!\\)\|")


def table_row(*cells: str) -> str:
    """One table row with outer pipes: the cell count never depends on empty last cells.

    A `|` left in a cell (a wire name, a path) is escaped, so the column count holds.
    """
    return "| " + " | ".join(_BARE_PIPE.sub(r"\\|", c) for c in cells) + " |"


class Anchors:
    """GitHub's heading anchors of one page, in page order.

    The anchor is the heading text lower-cased, punctuation dropped, spaces as hyphens; a
    repeated anchor gets `-1`, `-2`... A method named like a section heading (`example`)
    therefore is not `#example`: links use the anchor computed here (D5).
    """

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, heading: str) -> str:
        """Register the next heading of the page and return its anchor."""
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        n = self.counts.get(slug, 0)
        self.counts[slug] = n + 1
        return slug if n == 0 else f"{slug}-{n}"


def _ok(code: str) -> bool:
    return code.startswith("2") or code == "default"


@dataclass
class DocOperation:
    """Everything the per-operation section of `<Tag>Api.md` shows."""

    name: str
    anchor: str
    header_row: str
    signature: list[str]
    result: str
    summary: str
    deprecation: str
    description: str
    example_code: str
    endpoint: str
    no_parameters: str  # the sentence shown above a table without parameter rows (D10)
    param_rows: list[str]
    return_rows: list[str]
    content_types: str
    accept: str
    response_rows: list[str] = field(default_factory=list)


class DocViews:
    """Builds the doc views on top of the code views of a service."""

    def __init__(self, views: ServiceViews) -> None:
        self.views = views
        self.service = views.service
        self.names = views.names
        self.models = views.models
        self.sampler = Sampler(self.models)
        self.api_of = {id(op): api for api in self.service.apis for op in api.operations}
        self.anchor_of: dict[int, str] = {}
        for api in self.service.apis:
            page = Anchors()
            page.add(f"{self.names.package}.{api.class_name}")
            for op in api.operations:
                self.anchor_of[id(op)] = page.add(op.name)
                for heading in SECTION_HEADINGS:
                    page.add(heading)

    # --- example values ----------------------------------------------------------

    def param_value(self, p: Param) -> str:
        """Example value of a parameter (D6: example, then default, then a valid sample)."""
        value = p.example if p.example is not MISSING else p.default
        if value is MISSING:
            if p.type.kind == "string":
                value = string_sample(p.type, p.name)
            else:
                value = self.sampler.value(p.type, p.name)
        elif p.type.kind == "array" and not isinstance(value, list):
            value = [value]  # an item example written on an array parameter
        return pyrepr(value)

    def example_imports(self, o: OperationView) -> list[str]:
        """Model imports of an example (CONTRACT §6.4.2; D13: no import of an unused body type).

        Enum classes of parameters and the item classes of array parameters (choices the
        reader may want), the json body class, the first success response class.
        """
        op = o.op
        found: set[tuple[str, str]] = set()

        def add(cls: str | None) -> None:
            if cls and cls in self.models:
                found.add((self.models[cls].module, cls))

        for p in op.path_params + op.query_params + op.header_params + op.cookie_params:
            t = p.type
            if t.kind == "model" and self.models.get(str(t.model), None) is not None:
                if self.models[str(t.model)].kind == "enum":
                    add(t.model)
            elif t.kind == "array":
                item = pytypes.item_model(t)
                if item in self.models and self.models[item].kind in ("enum", "union"):
                    add(item)
        if o.has_json and o.json_model:
            add(o.json_model)
        first_ok = next((r for r in op.responses if _ok(r.code)), None)
        if first_ok is not None and first_ok.type is not None and first_ok.type.kind == "model":
            add(first_ok.type.model)
        package = self.names.package
        return [f"from {package}.models.{module} import {cls}" for module, cls in sorted(found)]

    def example_code(self, o: OperationView) -> str:
        """The Example block of an operation: valid python with top-level await (D3, D4)."""
        op = o.op
        svc = self.names.key
        attr = self.api_of[id(op)].attr
        call = f"{svc}.{attr}.{op.name}"
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
            *self.example_imports(o),
            "try:",
            f"    # {comment(op.summary or op.name)}",
            f"    # calls `{op.http_method} {comment(op.path)}`",
            f"    api_response = await waylay_client.{call}(",
        ]
        for p in op.path_params:
            lines.append(
                f'        {self.param_value(p)}, # {p.name} | path param "{comment(p.wire)}"'
            )
        for p in op.header_params + op.cookie_params:
            if p.required or p.show_example:
                lines.append(
                    f'        {p.name}={self.param_value(p)}, # {p.location} "{comment(p.wire)}"'
                )
        if op.query_params:
            entries = [
                f"            {p.wire!r}: {self.param_value(p)}"
                for p in op.query_params
                if p.show_example or p.required
            ]
            # commas between the entries (D3); the last one needs none
            lines += ["        # query parameters:", "        query = {"]
            lines += [e + "," for e in entries[:-1]] + entries[-1:]
            lines.append("        },")
        body = op.body
        if o.has_json and body is not None:
            # with a binary body in the same call the example sends that one (json=None)
            value = "None" if o.has_content else pyrepr(self.sampler.value(body.json_type, "json"))
            need = "(required)" if body.required else "(optional)"
            lines += [
                f"        {JSON_COMMENT}",
                f"        json = {value}, # {o.json_doc_type} | {comment(body.description)} {need}",
            ]
        if o.has_content:
            lines += [f"        {CONTENT_COMMENT}", "        content=b'my-binary-data',"]
        elif o.has_files:
            lines += [
                f"        {FILES_COMMENT}",
                "        files={'file': ('file.txt', b'my-file-content')},",
            ]
        if o.has_content and body is not None:
            # (a files-only request gets its multipart content type, with boundary, from httpx)
            first = o.content_type_default
            alternatives = "".join(
                f"{m!r}, " for m in body.media_types if m != "*/*" and m != first
            )
            lines += [
                f"        {HEADERS_COMMENT}",
                f"        # alternatives: {alternatives}",
                "        headers = {",
                f"            'content-type': {first!r}",
                "        },",
            ]
        if lines[-1].endswith("("):
            lines[-1] += ")"  # no arguments
        else:
            lines.append("    )")
        if op.event_stream:
            lines += [
                f'    print("The events of {call}:\\n")',
                "    async for event in api_response:",
                "        pprint(event)",
            ]
        else:
            lines += [f'    print("The response of {call}:\\n")', "    pprint(api_response)"]
        lines += [
            "except ApiError as e:",
            f'    print("Exception when calling {call}: %s\\n" % e)',
        ]
        return "\n".join(lines)

    # --- operation tables ----------------------------------------------------------

    def type_cell(self, t: TypeInfo | None) -> str:
        """Type column: linked to the class doc (D5: only existing docs), bold otherwise."""
        if t is None:
            return "**None**"
        text = pytypes.doc(t).replace("|", "\\|")
        model = pytypes.item_model(t)
        if model and model in self.models:
            return f"[**{text}**]({model}.md)"
        return f"**{text}**"

    def param_rows(self, o: OperationView) -> list[str]:
        """Rows of the Parameters table (CONTRACT §6.3, D10/D12/D13/D22 fixed)."""
        op = o.op
        rows = []
        for p in op.path_params:
            rows.append(
                table_row(
                    f"**{p.name}**",
                    self.type_cell(p.type),
                    f'path parameter `"{p.wire}"`',
                    doc_cell(p.description),
                    "",
                )
            )
        body = op.body
        body_notes = "" if body is None or body.required else "[optional]"
        if o.has_json and body is not None:
            rows.append(
                table_row(
                    "**json**",
                    self.type_cell(body.json_type),
                    "json request body",
                    doc_cell(body.description),
                    body_notes,
                )
            )
        if o.has_content and body is not None:
            rows.append(
                table_row(
                    "**content**",
                    "**[ContentRequest](Operation.md#req_arg_content)**",
                    "binary request body",
                    doc_cell(body.description),
                    body_notes,
                )
            )
        if o.has_files:
            rows.append(
                table_row(
                    "**files**",
                    "**[FileTypes](Operation.md#req_arg_files)**",
                    "request body files",
                    "",
                    "",
                )
            )
        for p in op.header_params + op.cookie_params:
            binding = "request header" if p.location == "header" else "cookie"
            rows.append(
                table_row(
                    f"**{p.name}**",
                    self.type_cell(p.type),
                    f'{binding} `"{p.wire}"`',
                    doc_cell(p.description),
                    self.notes(p),
                )
            )
        if op.query_params:
            rows.append(
                table_row(
                    "**query**",
                    "[QueryParamTypes](Operation.md#req_arg_query) \\| **None**",
                    "URL query parameter",
                    "",
                    "",
                )
            )
        for p in op.query_params:
            rows.append(
                table_row(
                    f"**query['{p.wire}']** (dict) <br> **query.{p.name}** (Query)",
                    self.type_cell(p.type),
                    f'query parameter `"{p.wire}"`',
                    doc_cell(p.description),
                    self.notes(p),
                )
            )
        rows.append(
            table_row(
                "**headers**", "[HeaderTypes](Operation.md#req_headers)", "request headers", "", ""
            )
        )
        if body is not None and (o.has_content or o.has_files):
            media = ", ".join(f"`{m}`" for m in body.media_types)
            rows.append(
                table_row(
                    "**headers['content-type']**",
                    "**str**",
                    "content type",
                    'request header `"content-type"`',
                    f"should match mediaType {media}",
                )
            )
        return rows

    @staticmethod
    def notes(p: Param) -> str:
        """Notes column of a parameter: optional, default (D21: also next to a `$ref`), deprecated."""
        notes = []
        if not p.required:
            notes.append("[optional]")
        if p.default is not MISSING:
            notes.append(f"[default {doc_cell(pyrepr(p.default))}]")
        if p.deprecated:
            notes.append("[deprecated]")
        return " ".join(notes)

    def return_rows(self, o: OperationView, result: str) -> list[str]:
        """Rows of the Return type table."""
        links = []
        for r in o.op.responses:
            if not _ok(r.code) or r.type is None:
                continue
            model = pytypes.item_model(r.type)
            if model and model in self.models:
                link = f"[{model}]({model}.md)"
                if link not in links:
                    links.append(link)
        return [
            table_row(
                'Literal[""] _(default)_',
                "False _(default)_",
                f"**`{result.replace('|', chr(92) + '|')}`**",
                "",
                " <br> ".join(links),
            ),
            table_row("str", "False _(default)_", "**`Any`**", ANY_RESULT, ""),
            table_row("/", "True", "`Response`", "The raw http response object.", ""),
        ]

    def signature(self, o: OperationView) -> list[str]:
        """Arguments of the signature block, in the order of the code (D9)."""
        op = o.op
        args = [f"{p.name}: {pytypes.doc(p.type)}" for p in op.path_params]
        if o.has_json:
            args.append(f"json: {o.json_doc_type}")
        if o.has_content:
            args.append("content: RequestContent")
        if o.has_files:
            args.append("files: RequestFiles")
        args += [f"{p.name}: {pytypes.doc(p.type)}" for p in op.header_params + op.cookie_params]
        args.append(f"query: {op.query_class}")
        return [md_inline(a) + "," for a in args]

    def operation(self, o: OperationView) -> DocOperation:
        """The doc view of one operation."""
        op = o.op
        api = self.api_of[id(op)]
        body = op.body
        media = body.media_types if body is not None else []
        accept: list[str] = []
        for r in op.responses:
            for m in r.media_types:
                if m not in accept:
                    accept.append(m)
        summary = flat(op.summary).replace("|", "\\|")
        if op.deprecated:
            summary += " (deprecated)"
        deprecation = ""
        if op.deprecated:
            deprecation = (
                f"**Deprecated**: `{op.http_method} {op.path}` is deprecated; "
                "calling it emits a `DeprecationWarning`."
            )
        has_params = bool(op.path_params or op.query_params or body or op.header_params)
        has_params = has_params or bool(op.cookie_params)
        return DocOperation(
            name=op.name,
            anchor=self.anchor_of[id(op)],
            header_row=table_row(
                f"[**{op.name}**]({api.class_name}.md#{self.anchor_of[id(op)]})",
                f"**{op.http_method}** {md_inline(op.path)}",
                summary,
            ),
            signature=self.signature(o),
            result=md_inline(o.result),
            summary=md_paragraph(op.summary),
            deprecation=deprecation,
            description=md_paragraph(op.description),
            example_code=self.example_code(o),
            endpoint=f"{op.http_method} {op.path}",
            no_parameters="" if has_params else NO_PARAMETERS,
            param_rows=self.param_rows(o),
            return_rows=self.return_rows(o, o.result),
            content_types=", ".join(md_inline(m) for m in media) or "Not defined",
            accept=", ".join(md_inline(m) for m in accept) or "Not defined",
            response_rows=[
                table_row(f"**{r.code}**", doc_cell(r.description), " - ") for r in op.responses
            ],
        )

    def api(self, api: Api) -> dict[str, Any]:
        """View of one `<Tag>Api.md`."""
        return {
            "class_name": api.class_name,
            "ops": [self.operation(self.views.operation(op)) for op in api.operations],
        }

    # --- model docs ----------------------------------------------------------------

    def model(self, m: ModelDef) -> dict[str, Any]:
        """View of a model doc (D7 python 3 example, D8 enum values and union members)."""
        rows: list[str] = []
        if m.kind == "object":
            for f in m.fields:
                notes = [] if f.required else ["[optional]"]
                if f.default is not MISSING:
                    notes.append(f"[default to {doc_cell(pyrepr(f.default))}]")
                if f.read_only:
                    notes.append("[readonly]")
                if f.deprecated:
                    notes.append("[deprecated]")
                rows.append(
                    table_row(
                        f"**{f.name}**",
                        self.type_cell(f.type),
                        doc_cell(f.description),
                        " ".join(notes),
                    )
                )
        elif m.kind == "enum":
            for v in m.enum_values:
                rows.append(table_row(code_cell(v.name), code_cell(repr(v.value))))
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
                rows.append(table_row(text, doc_cell(desc)))
        sample = _literal(self.sampler.model_value(m.class_name, m.module))
        module = f"{self.names.package}.models.{m.module}"
        if m.kind == "object":
            code = [
                f"from {module} import {m.class_name}",
                "",
                "# create an instance from a dict (wire names as keys)",
                f"instance = {m.class_name}.from_dict({sample})",
                "# serialize it back to a dict or to JSON",
                "print(instance.to_dict())",
                "print(instance.to_json())",
            ]
        elif m.kind == "enum":
            code = [
                f"from {module} import {m.class_name}",
                "",
                f"value = {m.class_name}({sample})",
                "print(value, value.value)",
            ]
        else:
            code = [
                "from pydantic import TypeAdapter",
                "",
                f"from {module} import {m.class_name}",
                "",
                f"# {m.class_name} is a type alias (a Union), validate values with a TypeAdapter",
                f"value = TypeAdapter({m.class_name}).validate_python({sample})",
                "print(value)",
            ]
        return {
            "model": m,
            "description": md_paragraph(m.description),
            "rows": rows,
            "example_code": "\n".join(code),
        }

    # --- README ----------------------------------------------------------------------

    def usage_code(self) -> str:
        """Usage block: the example of the first operation of the first API."""
        for api in self.service.apis:
            for op in api.operations:
                return self.example_code(self.views.operation(op))
        return (
            "from waylay.sdk.client import WaylayClient\n\n"
            "waylay_client = WaylayClient.from_profile()"
        )

    def readme(self) -> dict[str, Any]:
        """View of the SDK README: usage, endpoint table (APIs and methods), models."""
        rows = []
        for api in self.service.apis:
            for op in api.operations:
                summary = flat(op.summary).replace("|", "\\|")
                if op.deprecated:
                    summary += " (deprecated)"
                rows.append(
                    table_row(
                        f"[*{api.class_name}*](docs/{api.class_name}.md)",
                        f"[**{op.name}**](docs/{api.class_name}.md#{self.anchor_of[id(op)]})",
                        f"**{op.http_method}** {md_inline(op.path)}",
                        summary,
                    )
                )
        return {
            "description": md_paragraph(self.service.info_description),
            "usage_code": self.usage_code(),
            "endpoint_rows": rows,
            "model_rows": [
                f" - [{m.class_name}](docs/{m.class_name}.md)"
                for m in sorted(self.service.models, key=lambda m: m.class_name)
            ],
        }


def _literal(value: Any) -> str:
    """A sample as a python literal argument: one line when short, else pretty-printed."""
    text = pyrepr(value)
    if len(text) <= 60:
        return text
    pretty = pprint.pformat(plain(value), width=84, sort_dicts=False)
    return "\n" + textwrap.indent(pretty, "    ") + "\n"


__all__ = [
    "Anchors",
    "DocOperation",
    "DocViews",
    "doc_cell",
    "md_inline",
    "md_paragraph",
    "table_row",
]
