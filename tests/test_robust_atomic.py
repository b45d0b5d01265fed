"""Atomic output: a build killed or interrupted at any stage leaves the output as it was.

A real `python -m generator build` subprocess is slowed down by the test hooks of
`generator/write.py` (a delay per written file, a delay inside the swap) and killed with
SIGKILL, SIGINT or SIGTERM at a known stage. The output tree must then be byte for byte the
old one (or, after the swap, the complete new one), and no temp dirs may remain.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, SHARED
from robust_support import run_cli

CASE = SHARED / "cases" / "19-response-codes.yaml"


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file below `root` with its bytes (and every dir, as an empty entry)."""
    return {
        str(p.relative_to(root)): p.read_bytes() if p.is_file() else b""
        for p in sorted(root.rglob("*"))
    }


def stray(tmp_path: Path) -> list[str]:
    """Temp dirs of the generator anywhere below `tmp_path`."""
    return sorted(
        str(p.relative_to(tmp_path))
        for p in tmp_path.rglob(".*")
        if ".build-" in p.name or ".old-" in p.name
    )


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An output root holding a finished build of the case, then a changed spec to build."""
    result = run_cli(
        "build", "--spec", str(CASE), "--out", str(tmp_path / "out"), "--service", "svc"
    )
    assert result.returncode == 0, result.stderr
    spec = tmp_path / "svc.openapi.yaml"
    spec.write_text(CASE.read_text().replace("title: Response codes", "title: Changed codes"))
    (tmp_path / "svc.toml").write_text('version_date = "20240101"\n')
    return tmp_path / "out"


def start(out: Path, **delays: str) -> subprocess.Popen[str]:
    env = {**os.environ, **delays}
    spec = out.parent / "svc.openapi.yaml"
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "build",
            "--no-cache",
            "--spec",
            str(spec),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition: Callable[[], bool], proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the build never reached the stage"
        time.sleep(0.02)


def writing(out: Path) -> Callable[[], bool]:
    """True once the staging dir beside `out` holds some written files."""

    def check() -> bool:
        return any(
            sum(1 for p in stage.rglob("*") if p.is_file()) >= 3
            for stage in out.parent.glob(f".{out.name}.build-*")
        )

    return check


def swapping(out: Path) -> Callable[[], bool]:
    """True once the old tree has been moved aside (the middle of the swap)."""
    return lambda: any(out.glob(".svc.old-*"))


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM])
def test_killed_while_writing_leaves_the_output_as_it_was(out: Path, sig: signal.Signals) -> None:
    before = snapshot(out)
    proc = start(out, GENERATOR_TEST_WRITE_DELAY="0.05")
    wait_for(writing(out), proc)
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=60)
    assert snapshot(out) == before
    if sig == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
        assert stray(out.parent), "SIGKILL cannot clean up: the next build must"
        result = run_cli(
            "build", "--spec", str(out.parent / "svc.openapi.yaml"), "--out", str(out), "--check"
        )
        assert "note: removed .out.build-" in result.stderr
    else:
        assert proc.returncode == 130, stderr
        assert "Traceback" not in stderr
        assert stderr.strip().splitlines()[-1].startswith("interrupted;")
    assert stray(out.parent) == []


def test_sigint_during_the_swap_finishes_it(out: Path) -> None:
    proc = start(out, GENERATOR_TEST_SWAP_DELAY="1")
    wait_for(swapping(out), proc)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert stray(out.parent) == []
    api = out / "svc" / "waylay-sdk-svc" / "src" / "waylay" / "services" / "svc" / "api"
    assert (api / "jobs_api.py").read_text().startswith('"""Changed codes api.')  # the new tree
    check = run_cli(
        "build", "--spec", str(out.parent / "svc.openapi.yaml"), "--out", str(out), "--check"
    )
    assert check.returncode == 0, check.stderr


def test_sigkill_during_the_swap_is_repaired_by_the_next_build(out: Path) -> None:
    before = snapshot(out)
    proc = start(out, GENERATOR_TEST_SWAP_DELAY="5")
    wait_for(swapping(out), proc)
    proc.kill()
    proc.communicate(timeout=60)
    assert not (out / "svc").exists()  # killed between the two renames
    result = run_cli("build", "--spec", str(CASE), "--out", str(out), "--service", "svc", "--check")
    assert "note: restored svc from an interrupted build" in result.stderr
    assert result.returncode == 0, result.stderr  # the old tree is back, byte for byte
    assert snapshot(out) == before
    assert stray(out.parent) == []


def test_failing_build_writes_nothing(out: Path) -> None:
    before = snapshot(out)
    spec = out.parent / "svc.openapi.yaml"
    spec.write_text(spec.read_text().replace("schemas/Job'", "schemas/Nope'", 1))
    result = run_cli("build", "--spec", str(spec), "--out", str(out))
    assert result.returncode == 2
    assert snapshot(out) == before
    assert stray(out.parent) == []


def test_generated_is_untouched_by_an_interrupted_registry_build(tmp_path: Path) -> None:
    """The committed tree itself: copied, then a full build into the copy is interrupted."""
    out = tmp_path / "generated"
    shutil.copytree(
        ROOT / "generated", out, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__")
    )
    before = snapshot(out)
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--no-cache", "--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "GENERATOR_TEST_WRITE_DELAY": "0.01"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for(writing(out), proc)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert snapshot(out) == before
    assert stray(tmp_path) == []
