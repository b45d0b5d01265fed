"""Bad input: one line naming file/line/pointer, exit code 2, no traceback, nothing written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def build(spec: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "build",
            "--spec",
            str(spec),
            "--out",
            str(out),
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_missing_file(tmp_path: Path) -> None:
    result = build(tmp_path / "nope.openapi.yaml", tmp_path / "out")
    assert_one_line_error(result, "nope.openapi.yaml", "file not found")
    assert not (tmp_path / "out" / "nope").exists()


def test_invalid_yaml_names_line_and_column(tmp_path: Path) -> None:
    spec = tmp_path / "bad.openapi.yaml"
    spec.write_text("openapi: 3.0.3\ninfo:\n  title: x\n  version: '1'\npaths: {\n  /a: [\n")
    result = build(spec, tmp_path / "out")
    assert_one_line_error(result, "bad.openapi.yaml:", "invalid YAML")


def test_not_openapi(tmp_path: Path) -> None:
    spec = tmp_path / "x.openapi.yaml"
    spec.write_text("hello: world\n")
    assert_one_line_error(build(spec, tmp_path / "out"), "not an OpenAPI 3.0/3.1 document")


def test_swagger_2_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "x.openapi.yaml"
    spec.write_text("swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n")
    assert_one_line_error(build(spec, tmp_path / "out"), "Swagger 2.0 is not supported", ":1")


def test_strict_turns_spec_violations_into_errors(tmp_path: Path) -> None:
    result = build(ROOT / "specs" / "registry.openapi.yaml", tmp_path / "out", "--strict", "-q")
    assert result.returncode == 2
    assert (
        "#/components/schemas/IUpdateMetadataRequestV2/properties/tags/deprecated" in result.stderr
    )
    assert not (tmp_path / "out" / "registry").exists()


def test_registry_warnings_name_their_pointers(tmp_path: Path) -> None:
    result = build(ROOT / "specs" / "registry.openapi.yaml", tmp_path / "out", "-q")
    assert result.returncode == 0, result.stderr
    for schema in ("IUpdateMetadataRequestV2", "IUpdatePlugMetadataRequestV2", "IPlugMeta"):
        assert f"#/components/schemas/{schema}/properties/tags/deprecated" in result.stderr
