"""Bad input stops the build with one located line, a fix hint and exit code 2.

Every kind of bad input of issue 8 has a test here: the message, the location
(`file[:line[:column]]` and the JSON pointer where one exists), the hint and the exit code,
through the real command line. The exit codes 0 (ok) and 1 (drift) are checked too.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from robust_support import Run, run_cli

SPEC = """\
openapi: 3.0.3
info: {title: t, version: "1.0"}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      properties: {name: {type: string}}
"""


def write(tmp_path: Path, text: str, name: str = "svc.openapi.yaml") -> Path:
    """A spec file (with its config, so no version-date note) in `tmp_path`."""
    spec = tmp_path / name
    if isinstance(text, bytes):
        spec.write_bytes(text)
    else:
        spec.write_text(text, encoding="utf-8")
    (tmp_path / "svc.toml").write_text('version_date = "20240101"\n')
    return spec


def build(tmp_path: Path, spec: Path, *extra: str) -> Run:
    """Build `spec` into tmp_path/out, from tmp_path (so paths print relative)."""
    return run_cli(
        "build", "--spec", str(spec), "--out", "out", "--service", "svc", *extra, cwd=tmp_path
    )


def the_error(result: Run) -> str:
    """The single error line of a failed build (exit 2, no traceback)."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    errors = result.error_lines()
    assert len(errors) == 1, result.stderr
    assert result.stderr.rstrip().splitlines()[-1] == errors[0], "the error is the last line"
    return errors[0]


def assert_error(result: Run, location: str, *needles: str, hint: str) -> None:
    """The error starts with `error: <location>: ` and holds the message and the hint."""
    line = the_error(result)
    assert line.startswith(f"error: {location}: "), line
    for needle in needles:
        assert needle in line, line
    assert f"(hint: {hint}" in line, line


# --- unreadable input ------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    result = build(tmp_path, tmp_path / "nope.openapi.yaml")
    assert_error(result, "nope.openapi.yaml", "file not found", hint="check the --spec path")
    assert not (tmp_path / "out").exists()


def test_directory_instead_of_file(tmp_path: Path) -> None:
    (tmp_path / "dir.openapi.yaml").mkdir()
    result = build(tmp_path, tmp_path / "dir.openapi.yaml")
    assert_error(
        result, "dir.openapi.yaml", "is a directory", hint="pass the path of the .yaml or .json"
    )


def test_file_that_is_not_text(tmp_path: Path) -> None:
    spec = write(tmp_path, b"openapi: 3.0.3\n\xff\xfe\x00\x01")  # type: ignore[arg-type]
    result = build(tmp_path, spec)
    assert_error(
        result, "svc.openapi.yaml", "cannot read file: not UTF-8", "byte 15", hint="save the spec"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without permission")
def test_file_without_permission(tmp_path: Path) -> None:
    spec = write(tmp_path, SPEC)
    spec.chmod(0)
    result = build(tmp_path, spec)
    assert_error(result, "svc.openapi.yaml", "cannot read file", hint="check the file's")


# --- syntax --------------------------------------------------------------------------


def test_invalid_yaml_names_line_and_column(tmp_path: Path) -> None:
    spec = write(tmp_path, "openapi: 3.0.3\ninfo:\n  title: x\n  version: '1'\npaths: {\n  /a: [\n")
    assert_error(build(tmp_path, spec), "svc.openapi.yaml:7:1", "invalid YAML", hint="fix the YAML")


def test_yaml_key_written_twice(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        SPEC.replace(
            "      operationId: listThings\n", "      operationId: a\n      operationId: b\n"
        ),
    )
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.yaml:7:7",
        "invalid YAML: found duplicate key 'operationId'",
        hint="remove or rename one of the two keys",
    )


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        '{"openapi": "3.0.3",\n "info": {"title": "t" "version": "1"}}\n',
        "svc.openapi.json",
    )
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.json:2:24",
        "invalid JSON: Expecting ',' delimiter",
        hint="fix the JSON syntax",
    )


def test_json_key_written_twice(tmp_path: Path) -> None:
    spec = write(tmp_path, '{"openapi": "3.0.3", "openapi": "3.1.0"}', "svc.openapi.json")
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.json",
        "invalid JSON: duplicate key 'openapi'",
        hint="remove or rename",
    )


# --- not an OpenAPI 3 document ----------------------------------------------------------------


def test_not_openapi(tmp_path: Path) -> None:
    spec = write(tmp_path, "hello: world\n")
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.yaml:1: #/openapi",
        "not an OpenAPI 3.0/3.1 document (openapi: None)",
        hint="the top-level 'openapi' field must be 3.0.x or 3.1.x",
    )


def test_not_a_mapping(tmp_path: Path) -> None:
    spec = write(tmp_path, "- a\n- b\n")
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.yaml:1",
        "not an OpenAPI document (top level is not a mapping)",
        hint="an OpenAPI document is a mapping",
    )


def test_unsupported_openapi_version(tmp_path: Path) -> None:
    spec = write(tmp_path, SPEC.replace("openapi: 3.0.3", "openapi: 3.1"))
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.yaml:1: #/openapi",
        "(openapi: 3.1)",
        hint="the top-level 'openapi' field must be 3.0.x or 3.1.x",
    )


def test_swagger_2_is_refused(tmp_path: Path) -> None:
    spec = write(tmp_path, "info: {title: x, version: '1'}\nswagger: '2.0'\npaths: {}\n")
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.yaml:2: #/swagger",
        "Swagger 2.0 is not supported",
        hint="convert it to OpenAPI 3.0 or 3.1 first",
    )


# --- references --------------------------------------------------------------------------


def test_unresolved_local_ref(tmp_path: Path) -> None:
    spec = write(tmp_path, SPEC.replace("schemas/Thing'", "schemas/Thingy'"))
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.yaml:12: #/paths/~1things/get/responses/200/content/application~1json/schema",
        "unresolved $ref '#/components/schemas/Thingy': no schema 'Thingy' in components.schemas",
        hint="add the schema to components.schemas or fix the name",
    )


def test_unresolved_ref_to_a_missing_file(tmp_path: Path) -> None:
    spec = write(tmp_path, SPEC.replace("'#/components/schemas/Thing'", "'common.yaml#/Thing'"))
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.yaml:12: #/paths/~1things/get/responses/200/content/application~1json/schema/$ref",
        "unresolved $ref 'common.yaml#/Thing': file common.yaml does not exist",
        hint="check the relative path",
    )


def test_unresolved_pointer_in_another_file(tmp_path: Path) -> None:
    (tmp_path / "common.yaml").write_text("Other: {type: string}\n")
    spec = write(tmp_path, SPEC.replace("'#/components/schemas/Thing'", "'common.yaml#/Thing'"))
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.yaml:12: #/paths/~1things/get/responses/200/content/application~1json/schema/$ref",
        "unresolved $ref 'common.yaml#/Thing': no /Thing in common.yaml",
        hint="check the JSON pointer",
    )


def test_unresolved_ref_inside_another_file_names_that_file(tmp_path: Path) -> None:
    (tmp_path / "common.yaml").write_text(
        "Thing:\n  type: object\n  properties:\n    x: {$ref: 'missing.yaml#/X'}\n"
    )
    spec = write(tmp_path, SPEC.replace("'#/components/schemas/Thing'", "'common.yaml#/Thing'"))
    assert_error(
        build(tmp_path, spec),
        "common.yaml:4: #/Thing/properties/x/$ref",
        "file missing.yaml does not exist",
        hint="check the relative path",
    )


def test_reference_cycle_of_aliases(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        SPEC
        + "    A: {$ref: '#/components/schemas/B'}\n"
        + "    B: {$ref: '#/components/schemas/A'}\n"
        + "    C: {type: object, properties: {a: {$ref: '#/components/schemas/A'}}}\n",
    )
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.yaml:18: #/components/schemas/A",
        "circular reference through schema 'A' cannot be rendered",
        hint="a schema that is only a $ref must not refer back to itself",
    )


def test_reference_cycle_of_unions_is_a_lazy_alias(tmp_path: Path) -> None:
    """Unions that contain each other render as TypeAliasTypes (X-services-3), not an error."""
    spec = write(
        tmp_path,
        SPEC
        + "    U: {anyOf: [{type: string}, {$ref: '#/components/schemas/V'}]}\n"
        + "    V: {anyOf: [{type: integer}, {$ref: '#/components/schemas/U'}]}\n",
    )
    result = build(tmp_path, spec, "-q")
    assert result.returncode == 0, result.stderr
    models = next(tmp_path.glob("out/svc/*-types/src/waylay/services/svc/models"))
    assert 'TypeAliasType("U"' in (models / "u.py").read_text()


def test_recursive_objects_are_fine(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        SPEC
        + "    Node: {type: object, properties: {next: {$ref: '#/components/schemas/Node'}}}\n",
    )
    result = build(tmp_path, spec, "-q")
    assert result.returncode == 0, result.stderr


# --- operations --------------------------------------------------------------------------


def test_duplicate_operation_ids(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        SPEC.replace(
            "components:",
            "  /other:\n    get:\n      operationId: listThings\n"
            "      responses: {'204': {description: none}}\ncomponents:",
        ),
    )
    result = build(tmp_path, spec)
    assert_error(
        result,
        "svc.openapi.yaml:15: #/paths/~1other/get/operationId",
        "duplicate operationId 'listThings' (also at #/paths/~1things/get)",
        hint="give each operation its own operationId",
    )
    # the validator's finding is not lost: warnings come before the error
    assert any("is not unique" in w for w in result.warning_lines()), result.stderr


# --- where messages point ----------------------------------------------------------------


def test_paths_are_relative_to_the_current_directory(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    spec = write(tmp_path / "specs", SPEC.replace("Thing'", "Nope'"))
    result = build(tmp_path, spec.resolve())
    line = the_error(result)
    assert line.startswith(f"error: specs{os.sep}svc.openapi.yaml:12: "), line
    assert str(tmp_path) not in result.stderr


def test_paths_outside_the_current_directory_stay_absolute(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    spec = write(tmp_path / "a", SPEC.replace("Thing'", "Nope'"))
    result = run_cli(
        "build",
        "--spec",
        str(spec.resolve()),
        "--out",
        "out",
        "--service",
        "svc",
        cwd=tmp_path / "b",
    )
    assert the_error(result).startswith(f"error: {spec.resolve()}:12: ")


# --- exit codes ----------------------------------------------------------------------------


def test_exit_codes_ok_and_drift(tmp_path: Path) -> None:
    spec = write(tmp_path, SPEC)
    ok = build(tmp_path, spec)
    assert ok.returncode == 0, ok.stderr
    assert re.search(r"^0 warning\(s\) in total$", ok.stdout, re.M), ok.stdout
    assert build(tmp_path, spec, "--check").returncode == 0
    readme = tmp_path / "out" / "svc" / "README.md"
    readme.write_text(readme.read_text() + "edited\n")
    drift = build(tmp_path, spec, "--check")
    assert drift.returncode == 1
    assert "stale: svc/README.md" in drift.stderr
    shutil.rmtree(tmp_path / "out" / "svc" / "docs")
    drift = build(tmp_path, spec, "--check")
    assert drift.returncode == 1
    assert "stale: svc/docs/Thing.md" in drift.stderr


def test_unpaired_surrogate_escape(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        '{"openapi": "3.0.3", "info": {"title": "a\\ud800b", "version": "1"}, "paths": {}}',
        "svc.openapi.json",
    )
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.json: #/info/title",
        "holds an unpaired surrogate escape",
        hint="write the character itself",
    )


def test_anchor_that_contains_itself(tmp_path: Path) -> None:
    spec = write(tmp_path, SPEC + "x-loop: &loop [*loop]\n")
    assert_error(
        build(tmp_path, spec),
        "svc.openapi.yaml",
        "nests too deeply to be rendered (or an anchor contains itself)",
        hint="move deeply nested schemas",
    )
