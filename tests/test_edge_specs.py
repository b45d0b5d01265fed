"""Edge inputs found by trying the tool as a user: models-only specs, reserved service names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

MODELS_ONLY = """\
openapi: 3.0.3
info: {title: Models only, version: "1.0"}
paths: {}
components:
  schemas:
    Thing:
      type: object
      required: [name]
      properties:
        name: {type: string}
"""


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


def test_a_spec_without_operations_builds_a_models_only_sdk(tmp_path: Path) -> None:
    spec = tmp_path / "things.openapi.yaml"
    spec.write_text(MODELS_ONLY)
    result = build(spec, tmp_path / "out", "-q")
    assert result.returncode == 0, result.stderr
    root = tmp_path / "out" / "things"
    paths = [str(root / "waylay-sdk-things" / "src"), str(root / "waylay-sdk-things-types" / "src")]
    code = (
        f"import sys; sys.path[:0] = {paths!r}\n"
        "from waylay.services.things.service import ThingsService\n"
        "from waylay.services.things.models import Thing\n"
        "assert ThingsService.name == 'things'\n"
        "assert Thing(name='x').to_dict() == {'name': 'x'}\n"
    )
    run = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("name", ["class", "async", "config", "services", "register"])
def test_service_names_that_the_client_cannot_reach_are_refused(tmp_path: Path, name: str) -> None:
    spec = tmp_path / "things.openapi.yaml"
    spec.write_text(MODELS_ONLY)
    result = build(spec, tmp_path / "out", "--service", name)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"service name {name!r} cannot be used" in result.stderr
    assert not (tmp_path / "out" / name).exists()


def test_generated_sdks_ship_their_ruff_settings() -> None:
    """A plain `ruff check` in an SDK folder applies the rules the build applied."""
    for sdk in sorted(p for p in (ROOT / "generated").iterdir() if p.is_dir()):
        text = (sdk / "pyproject.toml").read_text()
        assert "[tool.ruff.lint]" in text, sdk
        result = subprocess.run(
            [str(Path(sys.executable).parent / "ruff"), "check", "--no-cache", "."],
            cwd=sdk,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout
