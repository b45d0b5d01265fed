"""Doc rules on spec features the committed specs lack (built from a small spec in a temp dir).

A multipart-only body, a header parameter, a method named like a section heading, a
deprecated operation, a `default` response, a `*/*` body, an operation without parameters,
`|`, quotes and backslashes in descriptions and enum values: the docs of such a spec pass the
same checks as `generated/` (links, tables, examples compile with all names defined).
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest
from docs_render import normalize, visible_lines
from test_docs_examples import FLAGS, free_names, python_blocks
from test_docs_links import broken_links, headings
from test_docs_tables import _ESCAPE_ARTIFACTS, table_faults

from generator.cli import build_ir
from generator.render import render_service

SPEC = textwrap.dedent(
    r"""
    openapi: 3.1.0
    info:
      title: Docs Cases
      version: 1.0.0
      description: "# not a heading\nsecond line"
    servers:
      - url: https://api.example.io
    tags:
      - name: Things
    paths:
      /things:
        get:
          operationId: all_things
          tags: [Things]
          summary: All things
          responses:
            '200':
              description: OK
              content:
                application/json:
                  schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}
        put:
          operationId: put_things
          tags: [Things]
          summary: Put anything
          requestBody:
            content:
              '*/*':
                schema: {type: string, format: binary}
          responses:
            '200': {description: OK}
      /things/{id}:
        get:
          operationId: example_things
          tags: [Things]
          summary: Get a thing | with a pipe
          deprecated: true
          parameters:
            - name: id
              in: path
              required: true
              description: 'The "id" with \d and a | pipe'
              schema: {type: string, pattern: '^[a-z]{3}-\d+$'}
            - name: X-Trace
              in: header
              example: abc
              schema: {type: string}
            - name: kind
              in: query
              example: x
              schema:
                anyOf: [{type: string}, {type: integer}]
            - name: flag
              in: query
              schema: {type: boolean, default: false}
          responses:
            default:
              description: Something
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Thing'}
      /things/{id}/upload:
        post:
          operationId: upload_things
          tags: [Things]
          summary: Upload
          parameters:
            - {name: id, in: path, required: true, schema: {type: string}}
          requestBody:
            content:
              multipart/form-data:
                schema:
                  type: object
                  properties:
                    file: {type: string, format: binary}
          responses:
            '201': {description: Created}
    components:
      schemas:
        Thing:
          type: object
          required: [id, kind]
          properties:
            id: {type: string, pattern: '^[a-z]{3}-\d+$'}
            kind: {$ref: '#/components/schemas/Kind'}
            size:
              description: either a | b
              type: [integer, string]
        Kind:
          type: string
          enum: ['a|b', "it's", 'back`tick']
    """
)


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("docs_cases")
    spec = root / "cases.openapi.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    ir, _ = build_ir(spec, "cases", use_cache=False)
    for rel, text in render_service(ir).items():
        if rel.endswith(".md"):
            target = root / "out" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return root / "out"


def _page(docs: Path) -> str:
    return (docs / "docs" / "ThingsApi.md").read_text(encoding="utf-8")


def test_links_tables_and_text_of_every_doc(docs: Path) -> None:
    files = sorted(docs.glob("**/*.md"))
    assert len(files) >= 6
    for path in files:
        assert broken_links(path) == [], path
        assert table_faults(path) == [], path
        shown = visible_lines(path.read_text(encoding="utf-8"), with_code=False)
        assert [line for line in shown if _ESCAPE_ARTIFACTS.search(line)] == [], path


def test_every_example_compiles_with_its_names_defined(docs: Path) -> None:
    blocks = [
        (p, line, src) for p in sorted(docs.glob("**/*.md")) for line, src in python_blocks(p)
    ]
    assert len(blocks) >= 8
    for path, line, src in blocks:
        compile(src, f"{path}:{line}", "exec", flags=FLAGS)
        assert free_names(ast.parse(src)) == [], f"{path}:{line}"


def test_method_named_like_a_section_links_to_its_own_heading(docs: Path) -> None:
    page = docs / "docs" / "ThingsApi.md"
    anchor = next(a for a, text in headings(page).items() if text == "example")
    assert anchor == "example-1"  # the first method's "Example" heading took `example`
    assert f"(ThingsApi.md#{anchor})" in _page(docs)
    assert f"(docs/ThingsApi.md#{anchor})" in (docs / "README.md").read_text(encoding="utf-8")


def test_operation_features(docs: Path) -> None:
    text = normalize(visible_lines(_page(docs)))
    # D20 deprecated, D11 default response, D10 no parameters, D13 */* body
    assert (
        "Deprecated: GET /things/{id} is deprecated; calling it emits a DeprecationWarning." in text
    )
    assert "example GET /things/{id} Get a thing | with a pipe (deprecated)" in text
    assert "default Something -" in text
    assert "This endpoint does not need any parameter." in text
    assert "  • Content-Type: */*" in text
    # D9: the header argument is in the signature, the example passes it
    assert "example( id: str, x_trace: str, query: ExampleQuery, headers ) -> Thing" in text
    assert "        x_trace='abc', # header \"X-Trace\"" in text
    # a multipart-only body: the example sends files with the multipart content type
    assert "        files={'file': ('file.txt', b'my-file-content')}," in text
    upload = text[
        text.index("upload( id: str, files: RequestFiles, query: UploadQuery, headers ) -> None") :
    ]
    upload = upload[: upload.index("Endpoint")]
    assert "content-type" not in "\n".join(upload)  # httpx sets it, with the boundary
    # D6: a path value that matches the pattern; the union query example as given
    assert "        'aaa-1', # id | path param \"id\"" in text
    assert "            'kind': 'x'," in text
    # D19: quotes, backslashes and pipes of a description show as written
    assert 'id str path parameter "id" The "id" with \\d and a | pipe' in text


def test_enum_and_union_docs(docs: Path) -> None:
    kind = normalize(visible_lines((docs / "docs" / "Kind.md").read_text(encoding="utf-8")))
    assert "A_B 'a|b'" in kind or any(line.endswith("'a|b'") for line in kind)
    assert any(line.endswith('"it\'s"') for line in kind)
    assert any(line.endswith("'back`tick'") for line in kind)
    size = normalize(visible_lines((docs / "docs" / "ThingSize.md").read_text(encoding="utf-8")))
    assert "either a | b" in size
    assert {"int", "str"} <= set(size)


def test_union_type_cell_keeps_the_columns() -> None:
    """An inline union type `A | B` in a table cell has its pipes escaped."""
    from types import SimpleNamespace

    from generator.docviews import DocViews
    from generator.ir import TypeInfo

    t = TypeInfo("union", members=(TypeInfo("integer"), TypeInfo("string")))
    cell = DocViews.type_cell(SimpleNamespace(models={}), t)  # type: ignore[arg-type]
    assert cell == "**int \\| str**"
    assert table_faults_of(f"| a | b |\n| - | - |\n| {cell} | x |\n") == []


def table_faults_of(text: str) -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "t.md"
        path.write_text(text, encoding="utf-8")
        return table_faults(path)
