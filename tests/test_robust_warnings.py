"""Never silent: what the generator cannot express is a located warning saying what it did.

One spec gathers the kinds of input the SDK cannot carry as written (schema keywords,
parameter styles, odd response codes, unused servers/callbacks/webhooks, typos in path
items) and the name collisions that normalisation resolves. Each gives one warning at
its location; nothing is dropped without one; `--strict` fails; renames are deterministic.
"""

from __future__ import annotations

import filecmp
import inspect
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from robust_support import Run, import_all, run_cli, sdk_on_path

SPEC = """\
openapi: 3.1.0
info: {title: Silent, version: v2-beta}
paths:
  /things/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}, style: matrix}
    get:
      operationId: getThing
      tags: [things]
      parameters:
        - {name: filter, in: query, style: deepObject, schema: {$ref: '#/components/schemas/Filter'}}
        - {name: ids, in: query, explode: false, schema: {type: array, items: {type: string}}}
        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
        - {name: X-Trace Id, in: header, schema: {type: string}}
        - {name: X-Tags, in: header, schema: {type: array, items: {type: string}}}
        - {name: prefs, in: cookie, schema: {type: object}}
        - name: where
          in: query
          content:
            application/json:
              schema: {type: object, properties: {a: {type: string}}}
      servers: [{url: 'https://other.example.com'}]
      responses:
        2xx:
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
        '600': {description: not a status}
    gett:
      operationId: typo
      responses: {'200': {description: ok}}
  /things/{id}/parts/{part}:
    servers: [{url: 'https://parts.example.com'}]
    get:
      operationId: get_thing
      tags: things
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      callbacks:
        done:
          '{$request.body#/url}':
            post:
              responses: {'200': {description: ok}}
      requestBody: {content: {}}
      responses: {'204': {description: none}}
  /shared:
    $ref: '#/components/pathItems/Shared'
webhooks:
  created:
    post:
      responses: {'200': {description: ok}}
components:
  pathItems:
    Shared:
      get:
        operationId: sharedGet
        tags: [Things]
        responses: {'204': {description: none}}
  schemas:
    Thing:
      type: object
      properties:
        a-b: {type: string}
        a_b: {type: integer}
        score: {type: number, multipleOf: 0.5}
        labels: {type: array, uniqueItems: true, items: {type: string}}
        pair: {type: array, prefixItems: [{type: string}, {type: integer}]}
        kind: {not: {type: string}}
        code: {type: string, pattern: '^(?!x)'}
        ratio: {type: number, default: .inf}
      patternProperties:
        '^x-': {type: string}
    Pet:
      oneOf:
        - {$ref: '#/components/schemas/Thing'}
        - {$ref: '#/components/schemas/Filter'}
      discriminator: {propertyName: kind}
    Filter:
      type: object
      properties: {q: {type: string}}
    filter:
      type: object
      properties: {r: {type: string}}
"""

# (pointer, text) of every warning the spec must give; the line is checked too
EXPECTED = [
    (
        "/info/version",
        "info.version 'v2-beta' is not a release number (like 1.2.3); the packages use '2'",
    ),
    (
        "/paths/~1things~1{id}/gett",
        "path item key 'gett' is not an HTTP method OpenAPI knows; ignored",
    ),
    ("/paths/~1things~1{id}~1parts~1{part}/servers", "path-level servers are not used"),
    ("/paths/~1things~1{id}/get/servers", "operation servers are not used"),
    ("/paths/~1things~1{id}~1parts~1{part}/get/callbacks", "callbacks are not generated"),
    ("/paths/~1things~1{id}~1parts~1{part}/get/tags", "tags must be a list; using ['things']"),
    ("/webhooks", "webhooks are not generated"),
    (
        "/paths/~1things~1{id}/parameters/0/style",
        "path parameter 'id': style 'matrix' is not supported; sent with style 'simple'",
    ),
    (
        "/paths/~1things~1{id}/get/parameters/0/style",
        "query parameter 'filter': style 'deepObject' is not supported; sent with style 'form'",
    ),
    (
        "/paths/~1things~1{id}/get/parameters/0",
        "query parameter 'filter' is an object: it is sent as one text value",
    ),
    (
        "/paths/~1things~1{id}/get/parameters/2",
        "parameter 'ids' in query is declared twice; the last one is used",
    ),
    (
        "/paths/~1things~1{id}/get/parameters/3",
        "header parameter 'X-Trace Id' is not a valid HTTP header name; parameter left out",
    ),
    ("/paths/~1things~1{id}/get/parameters/5", "cookie parameter 'prefs' is an object"),
    (
        "/paths/~1things~1{id}/get/parameters/6/content",
        "parameter 'where' is described by content 'application/json'",
    ),
    ("/paths/~1things~1{id}/get/responses/2xx", "response code '2xx' should be written '2XX'"),
    ("/paths/~1things~1{id}/get/responses/600", "response code '600' is not valid; ignored"),
    (
        "/paths/~1things~1{id}~1parts~1{part}/get",
        "path placeholder {part} has no path parameter; added a required string argument",
    ),
    (
        "/paths/~1things~1{id}~1parts~1{part}/get/requestBody",
        "request body has no content media types; no body argument",
    ),
    (
        "/components/schemas/Thing/properties/a_b",
        "property 'a_b' collides with another property after renaming; python name is 'a_b_2'",
    ),
    (
        "/components/schemas/Thing/patternProperties",
        "schema keyword 'patternProperties' is not supported: matching properties are kept, untyped",
    ),
    (
        "/components/schemas/Thing/properties/score/multipleOf",
        "schema keyword 'multipleOf' is not supported",
    ),
    (
        "/components/schemas/Thing/properties/labels/uniqueItems",
        "schema keyword 'uniqueItems' is not supported",
    ),
    (
        "/components/schemas/Thing/properties/pair/prefixItems",
        "schema keyword 'prefixItems' is not supported: array items are typed from `items` only",
    ),
    (
        "/components/schemas/Thing/properties/kind/not",
        "schema keyword 'not' is not supported: values are not checked against it",
    ),
    (
        "/components/schemas/Thing/properties/code/pattern",
        "pattern '^(?!x)' cannot be compiled by pydantic's regex engine",
    ),
    (
        "/components/schemas/Pet/discriminator",
        "schema keyword 'discriminator' is not supported: the union is validated member by member",
    ),
    (
        "/components/schemas/filter",
        "class name 'Filter' of schema 'filter' is taken; using 'Filter2'",
    ),
    (
        "/paths/~1things~1{id}~1parts~1{part}/get",
        "method name 'get_thing' is used twice in ThingsApi; renamed 'get_thing_2'",
    ),
    (
        "/paths/~1shared/get/tags",
        "tag 'Things': API ThingsApi (things) is taken by tag 'things'; using Things2Api (things_2)",
    ),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Run]]:
    root = tmp_path_factory.mktemp("silent")
    (root / "silent.openapi.yaml").write_text(SPEC)
    (root / "silent.toml").write_text('version_date = "20240101"\n')
    result = run_cli("build", "--spec", "silent.openapi.yaml", "--out", "out", cwd=root)
    assert result.returncode == 0, result.stderr
    yield root, result


def line_of(pointer: str) -> int:
    """The line of a JSON pointer in SPEC, found with the generator's own locator."""
    from generator.load import locate_line

    line = locate_line(SPEC, pointer)
    assert line is not None
    return line


@pytest.mark.parametrize(("pointer", "text"), EXPECTED, ids=[t[:50] for _, t in EXPECTED])
def test_warning_names_location_and_what_was_done(
    built: tuple[Path, Run], pointer: str, text: str
) -> None:
    _, result = built
    prefix = f"warning: silent.openapi.yaml:{line_of(pointer)}: #{pointer}: "
    found = [w for w in result.warning_lines() if w.startswith(prefix)]
    assert any(text in w for w in found), "\n".join(result.warning_lines())


def test_each_unsupported_keyword_is_reported_once(built: tuple[Path, Run]) -> None:
    _, result = built
    keywords = re.findall(r"schema keyword '(\w+)'", result.stderr)
    assert len(keywords) == len(set(keywords)), keywords


def test_summary_ends_the_build(built: tuple[Path, Run]) -> None:
    _, result = built
    total = len(result.warning_lines())
    assert total >= len(EXPECTED)
    assert result.stdout.rstrip().splitlines()[-1] == f"{total} warning(s) in total"


def test_nothing_is_dropped(built: tuple[Path, Run]) -> None:
    root, _ = built
    with sdk_on_path(root / "out", "silent") as package:
        modules = import_all(package)
        api = modules["api"]
        assert {n for n in vars(api.ThingsApi) if not n.startswith("_")} == {
            "get_thing",
            "get_thing_2",
        }
        assert "shared_get" in vars(api.Things2Api)  # the path item behind a $ref
        get_thing = inspect.signature(api.ThingsApi.get_thing).parameters
        assert {"id", "x_tags", "prefs"} <= set(get_thing)
        assert "id" in inspect.signature(api.ThingsApi.get_thing_2).parameters
        assert "part" in inspect.signature(api.ThingsApi.get_thing_2).parameters
        query = modules["queries"].things_api.GetThingQuery.model_fields
        assert set(query) == {"filter", "ids", "where"}
        thing = modules["models"].Thing.model_validate({"a-b": "x", "a_b": 1, "x-extra": "kept"})
        assert (thing.a_b, thing.a_b_2) == ("x", 1)
        assert thing.to_dict()["x-extra"] == "kept"  # patternProperties are not dropped
        assert thing.ratio == float("inf") and thing.code is None
        assert modules["models"].Filter2.model_fields.keys() == {"r"}


def test_strict_turns_the_warnings_into_a_failure(built: tuple[Path, Run], tmp_path: Path) -> None:
    root, result = built
    strict = run_cli(
        "build", "--spec", "silent.openapi.yaml", "--out", str(tmp_path), "--strict", cwd=root
    )
    assert strict.returncode == 2
    total = len(result.warning_lines())
    assert strict.error_lines() == [f"error: {total} warning(s) and --strict is set"]
    assert not (tmp_path / "silent").exists()


def test_renames_are_deterministic(built: tuple[Path, Run], tmp_path: Path) -> None:
    root, result = built
    again = run_cli("build", "--spec", "silent.openapi.yaml", "--out", str(tmp_path), cwd=root)
    assert again.warning_lines() == result.warning_lines()
    compare = filecmp.dircmp(root / "out" / "silent", tmp_path / "silent")

    def same(c: filecmp.dircmp[str]) -> bool:
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        return not (mismatch or errors or c.left_only or c.right_only) and all(
            same(sub) for sub in c.subdirs.values()
        )

    assert same(compare)


def test_spec_without_operations_or_schemas(tmp_path: Path) -> None:
    (tmp_path / "bare.openapi.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n"
    )
    (tmp_path / "bare.toml").write_text('version_date = "20240101"\n')
    result = run_cli("build", "--spec", "bare.openapi.yaml", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with sdk_on_path(tmp_path / "out", "bare") as package:
        modules = import_all(package)
        assert modules["service"].BareService(None).name == "bare"
