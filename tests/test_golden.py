"""Golden files: a fresh build must equal the committed `generated/` byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import GENERATED, ROOT

from generator.write import compare


def run_build(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "build", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_build_matches_golden_files(tmp_path: Path) -> None:
    result = run_build("--out", str(tmp_path), "-q")
    assert result.returncode == 0, result.stderr
    for service in sorted(
        p.name for p in GENERATED.iterdir() if p.is_dir() and not p.name.startswith(".")
    ):
        drift = compare(tmp_path / service, GENERATED / service)
        assert not drift.stale, f"{service}: stale files {drift.stale[:20]}"


def test_two_builds_are_identical(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_build("--out", str(a), "-q").returncode == 0
    assert run_build("--out", str(b), "-q", "--no-cache").returncode == 0
    for service in sorted(p.name for p in a.iterdir()):
        assert not compare(a / service, b / service).stale


def test_check_reports_drift(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_build("--out", str(out), "-q").returncode == 0
    assert run_build("--out", str(out), "--check", "-q").returncode == 0
    victim = next((out / "registry" / "docs").glob("ModelsApi.md"))
    victim.write_text("changed\n")
    extra = out / "registry" / "stray.txt"
    extra.write_text("x")
    result = run_build("--out", str(out), "--check", "-q")
    assert result.returncode == 1
    assert "registry/docs/ModelsApi.md" in result.stderr
    assert "registry/stray.txt" in result.stderr
    # --check never writes
    assert victim.read_text() == "changed\n"
