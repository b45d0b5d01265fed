"""Release automation: reproducible versions (CONTRACT §7.4), the drift gate, build progress."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from generator.cli import main
from generator.write import compare

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Pets", "version": "1.2.3"},
    "paths": {
        "/pets/{petId}": {
            "get": {
                "tags": ["Pets"],
                "operationId": "get_pets",
                "parameters": [
                    {"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
        }
    },
}

# Replaces every wall-clock source of the interpreter by FAKE_NOW (seconds since 1970).
FAKE_CLOCK = """
import datetime as _dt, os as _os, time as _time
_FAKE = float(_os.environ["FAKE_NOW"])
_gm, _lt, _sf = _time.gmtime, _time.localtime, _time.strftime
_time.time = lambda: _FAKE
_time.time_ns = lambda: int(_FAKE * 1e9)
_time.gmtime = lambda secs=None: _gm(_FAKE if secs is None else secs)
_time.localtime = lambda secs=None: _lt(_FAKE if secs is None else secs)
_time.strftime = lambda fmt, t=None: _sf(fmt, _lt(_FAKE) if t is None else t)
class _DateTime(_dt.datetime):
    @classmethod
    def now(cls, tz=None): return cls.fromtimestamp(_FAKE, tz)
    @classmethod
    def utcnow(cls): return cls.utcfromtimestamp(_FAKE)
    @classmethod
    def today(cls): return cls.fromtimestamp(_FAKE)
class _Date(_dt.date):
    @classmethod
    def today(cls): return cls.fromtimestamp(_FAKE)
_dt.datetime, _dt.date = _DateTime, _Date
"""

DAY_1 = 1893456000  # 2030-01-01
DAY_2 = 1924992000 + 86400 * 100  # 2031-04-11


@pytest.fixture(scope="module")
def clock_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fakeclock")
    (folder / "sitecustomize.py").write_text(FAKE_CLOCK)
    return folder


def env_with(clock_dir: Path, now: int, epoch: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["PYTHONPATH"] = os.pathsep.join([str(clock_dir), str(ROOT)])
    env["FAKE_NOW"] = str(now)
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    return env


def write_spec(folder: Path, version_date: str | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / "pets.openapi.json"
    spec.write_text(json.dumps(SPEC))
    if version_date is not None:
        (folder / "pets.toml").write_text(f'title = "Pets"\nversion_date = "{version_date}"\n')
    return spec


def build(
    spec: Path, out: Path, env: dict[str, str] | None = None, *extra: str
) -> subprocess.CompletedProcess[str]:
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
        env=env,
        capture_output=True,
        text=True,
    )


def version_of(tree: Path) -> str:
    text = (tree / "waylay-sdk-pets" / "pyproject.toml").read_text()
    found = re.search(r'^version = "([^"]+)"', text, re.M)
    assert found, text
    return found[1]


def test_fake_clock_is_in_effect(clock_dir: Path) -> None:
    """Guard: the faked clock really reaches the interpreter the builds run in."""
    code = "import time, datetime; print(time.strftime('%Y%m%d'), datetime.date.today())"
    for now, expected in ((DAY_1, "20300101 2030-01-01"), (DAY_2, "20310411 2031-04-11")):
        out = subprocess.run(
            [sys.executable, "-c", code],
            env=env_with(clock_dir, now, None),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert out == expected


def test_builds_on_different_days_are_identical(tmp_path: Path, clock_dir: Path) -> None:
    """Config has a date: wall clock and SOURCE_DATE_EPOCH change nothing."""
    spec = write_spec(tmp_path / "specs", "20240102")
    a, b = tmp_path / "a", tmp_path / "b"
    ra = build(spec, a, env_with(clock_dir, DAY_1, str(DAY_1)))
    rb = build(spec, b, env_with(clock_dir, DAY_2, str(DAY_2)))
    assert ra.returncode == 0 and rb.returncode == 0, ra.stderr + rb.stderr
    drift = compare(a / "pets", b / "pets")
    assert not drift.stale and drift.unchanged > 10
    assert version_of(a / "pets") == "1.2.3.20240102"
    for init in (a / "pets").rglob("__init__.py"):
        if "__version__" in init.read_text():
            assert '__version__ = "1.2.3.20240102"' in init.read_text()


def test_source_date_epoch_when_config_has_no_date(tmp_path: Path, clock_dir: Path) -> None:
    spec = write_spec(tmp_path / "specs", None)
    a, b = tmp_path / "a", tmp_path / "b"
    epoch = "1700000000"  # 2023-11-14 22:13:20 UTC
    assert build(spec, a, env_with(clock_dir, DAY_1, epoch)).returncode == 0
    assert build(spec, b, env_with(clock_dir, DAY_2, epoch)).returncode == 0
    assert not compare(a / "pets", b / "pets").stale
    assert version_of(a / "pets") == "1.2.3.20231114"


def test_no_date_at_all_is_epoch_zero_with_a_warning(tmp_path: Path, clock_dir: Path) -> None:
    spec = write_spec(tmp_path / "specs", None)
    result = build(spec, tmp_path / "a", env_with(clock_dir, DAY_2, None))
    assert result.returncode == 0, result.stderr
    assert version_of(tmp_path / "a" / "pets") == "1.2.3.19700101"
    assert "no version_date and no SOURCE_DATE_EPOCH" in result.stderr


@pytest.mark.parametrize("epoch", ["yesterday", "-5", "1.5"])
def test_malformed_source_date_epoch_fails(tmp_path: Path, clock_dir: Path, epoch: str) -> None:
    spec = write_spec(tmp_path / "specs", None)
    result = build(spec, tmp_path / "a", env_with(clock_dir, DAY_1, epoch))
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "SOURCE_DATE_EPOCH" in errors[0]
    assert not (tmp_path / "a" / "pets").exists()


# --- the CI drift gate -------------------------------------------------------------------


def test_check_is_clean_after_build_and_catches_a_forgotten_regeneration(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "specs", "20240102")
    out = tmp_path / "out"
    assert build(spec, out, None, "-q").returncode == 0
    clean = build(spec, out, None, "--check")
    assert clean.returncode == 0, clean.stderr
    assert "stale:" not in clean.stderr
    # release step forgotten: the date moved on but generated/ was not rebuilt
    (spec.parent / "pets.toml").write_text('title = "Pets"\nversion_date = "20250101"\n')
    before = (out / "pets" / "waylay-sdk-pets" / "pyproject.toml").read_text()
    stale = build(spec, out, None, "--check")
    assert stale.returncode == 1
    listed = {
        line.removeprefix("stale: ")
        for line in stale.stderr.splitlines()
        if line.startswith("stale: ")
    }
    assert "pets/waylay-sdk-pets/pyproject.toml" in listed
    assert "pets/waylay-sdk-pets-types/pyproject.toml" in listed
    assert all(p.startswith("pets/") for p in listed)
    assert (out / "pets" / "waylay-sdk-pets" / "pyproject.toml").read_text() == before


def test_check_lists_a_deleted_file(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "specs", "20240102")
    out = tmp_path / "out"
    assert build(spec, out, None, "-q").returncode == 0
    victim = next((out / "pets").rglob("pets_api.py"))
    victim.unlink()
    result = build(spec, out, None, "--check", "-q")
    assert result.returncode == 1
    assert f"stale: {victim.relative_to(out).as_posix()}" in result.stderr.splitlines()
    assert not victim.exists()


# --- progress and summary -----------------------------------------------------------------


class Stream(io.StringIO):
    """A text stream that says whether it is a terminal."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


SUMMARY = re.compile(
    r"^pets: 1 operations, 1 models, \d+ files \((\d+) written, (\d+) unchanged\), "
    r"0 warnings, \d+\.\d\ds$"
)


def run_build(
    monkeypatch: pytest.MonkeyPatch, spec: Path, out: Path, *, tty: bool, quiet: bool = False
) -> tuple[str, str]:
    stdout, stderr = Stream(tty), Stream(tty)
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stderr", stderr)
    args = ["build", "--spec", str(spec), "--out", str(out)] + (["-q"] if quiet else [])
    assert main(args) == 0, stderr.getvalue()
    monkeypatch.undo()
    return stdout.getvalue(), stderr.getvalue()


def test_progress_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = write_spec(tmp_path / "specs", "20240102")
    out, err = run_build(monkeypatch, spec, tmp_path / "out", tty=True)
    assert "\rbuilding pets (1/1)..." in err
    assert "\rformatting 1 service..." in err
    assert err.endswith("\r"), "the live line is erased before the summary"
    assert "\n" not in err
    lines = out.splitlines()
    match = SUMMARY.match(lines[0])
    assert match and match[1] != "0" and match[2] == "0", lines[0]
    assert lines[1] == "0 warning(s) in total"


def test_plain_lines_off_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = write_spec(tmp_path / "specs", "20240102")
    run_build(monkeypatch, spec, tmp_path / "out", tty=False)
    out, err = run_build(monkeypatch, spec, tmp_path / "out", tty=False)
    assert err == ""
    match = SUMMARY.match(out.splitlines()[0])
    assert match and match[1] == "0" and match[2] != "0", out  # second build: all unchanged


def test_quiet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = write_spec(tmp_path / "specs", "20240102")
    out, err = run_build(monkeypatch, spec, tmp_path / "out", tty=True, quiet=True)
    assert out == "" and err == ""


def test_progress_line_is_erased_when_the_build_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = write_spec(tmp_path / "specs", "20240102")
    spec.write_text("{broken")
    stderr = Stream(True)
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setattr(sys, "stdout", Stream(True))
    assert main(["build", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 2
    monkeypatch.undo()
    err = stderr.getvalue()
    live, _, message = err.rpartition("\r")
    assert "building pets" in live and message.startswith("error: "), err


def test_diff_with_the_names_lock_reports_no_renames_the_build_prevents(tmp_path: Path) -> None:
    """Release recipe: diff with the lock the build keeps, so the changelog matches the SDK."""
    specs = ROOT / "tests" / "specs"
    old, new = specs / "registry-2.14.2.yaml", specs / "registry-2.17.1.yaml"
    lock = tmp_path / "registry.names.lock.json"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True
        )

    built = run(
        "build",
        "--spec",
        str(old),
        "--service",
        "registry",
        "--out",
        str(tmp_path / "out"),
        "--lock",
        str(lock),
        "-q",
    )
    assert built.returncode == 0, built.stderr
    without = run("diff", str(old), str(new), "--service", "registry")
    assert "GetPlugResponseV2LinksDraft" in without.stdout and "model-renamed" in without.stdout
    with_lock = run("diff", str(old), str(new), "--service", "registry", "--lock", str(lock))
    assert with_lock.returncode in (0, 3), with_lock.stderr
    assert "model-renamed" not in with_lock.stdout
