"""Benchmark: our build of registry 2.17.1 against openapi-python-client and openapi-generator.

Run from the repo root with `make bench` (or `.venv/bin/python bench/run.py`). It installs
the peers into bench/.peers/ (gitignored) from PyPI and npm on first use, then runs every
scenario N times, interleaved (one round = one run of each, so load drift on a shared
machine hits all of them alike), and prints medians with min-max of wall time, CPU time
(user + system of the process and all its children) and peak RSS (the largest single
process of the tree), the ratios ours/peer and the goals. Results also go to
bench/results/ (gitignored). Not a test: timings depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PEERS = BENCH / ".peers"
RESULTS = BENCH / "results"
SPEC = ROOT / "specs" / "registry.openapi.yaml"
CONFIG = ROOT / "specs" / "registry.toml"
PY = sys.executable
# pinned peers: the numbers in README.md were measured with these
OPC = "openapi-python-client==0.29.1"
OGC = "openapi-generator-cli==7.26.0"
OCTOKIT = "@octokit/openapi@23.0.2"
GITHUB_FILE = "package/generated/api.github.com.json"
GOALS = {"cold": 0.5, "unchanged": 0.1}
RSS_GOAL_MIB = 150


@dataclass
class Sample:
    """One run of one command."""

    wall: float
    cpu: float
    rss_mib: float
    code: int


@dataclass
class Scenario:
    """A named command with its set-up and the samples taken."""

    name: str
    what: str
    samples: list[Sample] = field(default_factory=list)
    note: str = ""
    skipped: str = ""


def run(
    cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None, log: Path
) -> Sample:
    """Run a command; wall from the clock, CPU and peak RSS from wait4 (children included)."""
    with log.open("ab") as out:
        out.write(f"$ {' '.join(cmd)}\n".encode())
        out.flush()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=out, env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
    return Sample(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        rss_mib=usage.ru_maxrss / 1024,
        code=proc.returncode,
    )


def sh(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    """Run a set-up command, failing loudly."""
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)  # type: ignore[call-overload,no-any-return]


# --- peers -------------------------------------------------------------------------------


def venv_with(name: str, requirement: str) -> Path:
    """bench/.peers/<name>: a venv with one pinned PyPI package (installed once)."""
    venv = PEERS / name
    marker = venv / f".installed-{requirement}"
    if not marker.exists():
        print(f"installing {requirement} into {venv.relative_to(ROOT)} ...", flush=True)
        shutil.rmtree(venv, ignore_errors=True)
        sh([PY, "-m", "venv", str(venv)])
        sh([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", requirement])
        marker.touch()
    return venv


def github_spec() -> Path | None:
    """GitHub's REST spec from the npm package (npm pack, once)."""
    target = PEERS / "octokit" / "github.openapi.json"
    if target.exists():
        return target
    if shutil.which("npm") is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    print(f"npm pack {OCTOKIT} ...", flush=True)
    out = sh(["npm", "pack", OCTOKIT, "--silent"], cwd=target.parent).stdout.split()[-1]
    with tarfile.open(target.parent / out) as tar:
        member = tar.extractfile(GITHUB_FILE)
        assert member is not None
        target.write_bytes(member.read())
    (target.parent / out).unlink()
    return target


def patched_spec(work: Path) -> Path:
    """The spec with its 3 `deprecated: <reason>` strings set to `true` (opc refuses them)."""
    lines = SPEC.read_text(encoding="utf-8").splitlines(keepends=True)
    out: list[str] = []
    skip: int | None = None
    count = 0
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        if skip is not None:
            if line.strip() and indent > skip:
                continue  # continuation of the folded reason
            skip = None
        m = re.match(r"^( *)deprecated: (?!true\s*$|false\s*$)", line)
        if m:
            out.append(f"{m.group(1)}deprecated: true\n")
            skip, count = len(m.group(1)), count + 1
            continue
        out.append(line)
    assert count == 3, f"expected 3 deprecated strings, found {count}"
    path = work / "registry-patched.openapi.yaml"
    path.write_text("".join(out), encoding="utf-8")
    return path


def json_spec(work: Path) -> Path:
    """The spec as JSON: openapi-generator's YAML parser stops at 50 aliases on the YAML."""
    sys.path.insert(0, str(ROOT))
    from generator.load import read_document

    document, _ = read_document(SPEC)
    path = work / "registry.openapi.json"
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


# --- our scenarios -----------------------------------------------------------------------


class DescriptionEdit:
    """A copy of the spec whose first schema-level description changes on every call."""

    def __init__(self, work: Path) -> None:
        self.dir = work / "edited"
        self.dir.mkdir()
        shutil.copy(CONFIG, self.dir / CONFIG.name)
        self.spec = self.dir / SPEC.name
        self.text = SPEC.read_text(encoding="utf-8")
        start = self.text.index("\n  schemas:\n")
        m = re.compile(r"^      description: (\S.*)$", re.M).search(self.text, start)
        assert m is not None
        self.span = m.span(1)
        self.n = 0
        self.next()

    def next(self) -> None:
        """Write the spec with a new description text."""
        self.n += 1
        a, b = self.span
        self.spec.write_text(
            self.text[:a] + f"{self.text[a:b]} (edit {self.n})" + self.text[b:], encoding="utf-8"
        )


def our_build(spec: Path, out: Path, cache_dir: Path) -> tuple[list[str], dict[str, str]]:
    """Command and environment of `python -m generator build` with a private cache."""
    env = {**os.environ, "GENERATOR_CACHE_DIR": str(cache_dir)}
    return [PY, "-m", "generator", "build", "--spec", str(spec), "--out", str(out), "-q"], env


# --- report ------------------------------------------------------------------------------


def med(values: list[float]) -> float:
    """Median."""
    return statistics.median(values)


def fmt_stat(values: list[float], digits: int = 2) -> str:
    """`median (min-max)`."""
    return f"{med(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def machine() -> str:
    """nproc, CPU model and load average."""
    model = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} CPUs ({model}), load average {load}, Python {platform.python_version()}"
    )


def table(scenarios: list[Scenario]) -> str:
    """Markdown table of all scenarios."""
    rows = [
        "| scenario | runs | wall s median (min-max) | CPU s median (min-max) | peak RSS MiB median (min-max) |",
        "|---|---|---|---|---|",
    ]
    for s in scenarios:
        if s.skipped:
            rows.append(f"| {s.what} | - | skipped: {s.skipped} | | |")
            continue
        ok = [x for x in s.samples if x.code == 0]
        bad = len(s.samples) - len(ok)
        runs = f"{len(s.samples)}" + (f" ({bad} failed)" if bad else "")
        src = ok or s.samples
        rows.append(
            f"| {s.what} | {runs} | {fmt_stat([x.wall for x in src])} | "
            f"{fmt_stat([x.cpu for x in src])} | {fmt_stat([x.rss_mib for x in src], 0)} |"
        )
    return "\n".join(rows)


def ratios(by: dict[str, Scenario]) -> list[str]:
    """Ratios ours/peer on median wall time, and the goals."""
    lines: list[str] = []

    def wall(name: str) -> float | None:
        s = by.get(name)
        if s is None or s.skipped or not s.samples or any(x.code for x in s.samples):
            return None
        return med([x.wall for x in s.samples])

    for peer in ("opc", "ogc"):
        p = wall(peer)
        if p is None:
            continue
        for ours in ("cold", "unchanged", "edited"):
            o = wall(ours)
            if o is None:
                continue
            line = f"{by[ours].what} / {by[peer].what}: {o / p:.3f}x"
            if peer == "opc" and ours in GOALS:
                line += (
                    f"  (goal <= {GOALS[ours]}x: {'MET' if o / p <= GOALS[ours] else 'NOT MET'})"
                )
            lines.append(line)
    rss = [x.rss_mib for n in ("cold", "unchanged", "edited") for x in by[n].samples]
    if rss:
        peak = max(rss)
        verdict = "MET" if peak <= RSS_GOAL_MIB else "NOT MET"
        lines.append(
            f"our peak RSS on registry (max over all runs): {peak:.0f} MiB "
            f"(goal <= {RSS_GOAL_MIB} MiB: {verdict})"
        )
    return lines


# --- main --------------------------------------------------------------------------------


def main() -> int:
    """Set up, run the rounds, print and save the report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="repetitions of each scenario")
    ap.add_argument("--no-peers", action="store_true", help="only our own scenarios")
    ap.add_argument("--no-github", action="store_true", help="skip the GitHub scale test")
    args = ap.parse_args()

    os.chdir(ROOT)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    log = RESULTS / f"{stamp}.log"
    work = Path(tempfile.mkdtemp(prefix="waylay-bench-"))
    load_before = machine()
    print(f"machine: {load_before}", flush=True)
    try:
        scenarios = setup(work, args, log)
        by = {s.name: s for s in scenarios}
        for i in range(args.runs):
            print(f"round {i + 1}/{args.runs} ...", flush=True)
            for s in scenarios:
                if not s.skipped:
                    s.samples.append(s.run_once())  # type: ignore[attr-defined]
        github = None if args.no_github else scale_test(work, log)
        load_after = machine()
        report = [
            f"# bench {stamp}",
            "",
            f"- before: {load_before}",
            f"- after:  {load_after}",
            f"- command: `make bench` (= `.venv/bin/python bench/run.py --runs {args.runs}`)",
            "",
            table(scenarios),
            "",
            *[f"- {line}" for line in ratios(by)],
            *[f"- note: {s.what}: {s.note}" for s in scenarios if s.note],
        ]
        if github:
            report += ["", "GitHub REST spec scale test (one run each):", "", *github]
        text = "\n".join(report) + "\n"
        print("\n" + text)
        (RESULTS / f"{stamp}.md").write_text(text)
        (RESULTS / f"{stamp}.json").write_text(
            json.dumps(
                {
                    s.name: {
                        "what": s.what,
                        "skipped": s.skipped,
                        "samples": [vars(x) for x in s.samples],
                    }
                    for s in scenarios
                },
                indent=1,
            )
        )
        print(f"saved bench/results/{stamp}.md (log: {log.relative_to(ROOT)})")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def setup(work: Path, args: argparse.Namespace, log: Path) -> list[Scenario]:
    """Prepare every scenario; each gets a `run_once` that takes one sample."""
    scenarios: list[Scenario] = []

    # ours, cold: empty cache and empty output folder every time
    cold = Scenario("cold", "ours: cold build (empty cache)")
    cold_cache, cold_out = work / "cold-cache", work / "cold-out"

    def run_cold() -> Sample:
        shutil.rmtree(cold_cache, ignore_errors=True)
        shutil.rmtree(cold_out, ignore_errors=True)
        cmd, env = our_build(SPEC, cold_out, cold_cache)
        return run(cmd, env=env, log=log)

    cold.run_once = run_cold  # type: ignore[attr-defined]
    scenarios.append(cold)

    # ours, unchanged spec: same cache, same output folder, built once beforehand
    unchanged = Scenario("unchanged", "ours: rebuild, unchanged spec")
    warm_cache, warm_out = work / "warm-cache", work / "warm-out"
    wcmd, wenv = our_build(SPEC, warm_out, warm_cache)
    if run(wcmd, env=wenv, log=log).code != 0:
        raise SystemExit(f"our build failed, see {log}")
    unchanged.run_once = lambda: run(wcmd, env=wenv, log=log)  # type: ignore[attr-defined]
    scenarios.append(unchanged)

    # ours, one schema description changed (a new text on every run)
    edited = Scenario("edited", "ours: rebuild, one description changed")
    edit = DescriptionEdit(work)
    ecmd, eenv = our_build(edit.spec, work / "edit-out", work / "edit-cache")
    run(ecmd, env=eenv, log=log)

    def run_edited() -> Sample:
        edit.next()
        return run(ecmd, env=eenv, log=log)

    edited.run_once = run_edited  # type: ignore[attr-defined]
    scenarios.append(edited)

    if args.no_peers:
        return scenarios

    # openapi-python-client, with ruff on PATH so its post hooks format the output
    opc = Scenario("opc", "openapi-python-client generate")
    try:
        venv = venv_with("opc", OPC)
        patched = patched_spec(work)
        penv = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
        opc_out = work / "opc-out"
        opc_cmd = [
            str(venv / "bin" / "openapi-python-client"),
            "generate",
            "--path",
            str(patched),
            "--output-path",
            str(opc_out),
            "--overwrite",
        ]

        def run_opc() -> Sample:
            shutil.rmtree(opc_out, ignore_errors=True)
            return run(opc_cmd, env=penv, log=log)

        opc.run_once = run_opc  # type: ignore[attr-defined]
        opc.note = "on a copy with the 3 `deprecated` strings set to true; ruff post-hooks on"
    except (subprocess.CalledProcessError, OSError) as exc:
        opc.skipped = f"could not install {OPC}: {exc}"
    scenarios.append(opc)

    # openapi-generator (the PyPI wrapper ships the jar: no Maven download)
    ogc = Scenario("ogc", "openapi-generator-cli generate -g python")
    try:
        if shutil.which("java") is None:
            raise OSError("java is not installed")
        venv = venv_with("ogc", OGC)
        spec_json = json_spec(work)
        ogc_out = work / "ogc-out"
        ogc_cmd = [
            str(venv / "bin" / "openapi-generator-cli"),
            "generate",
            "-g",
            "python",
            "-i",
            str(spec_json),
            "-o",
            str(ogc_out),
        ]

        def run_ogc() -> Sample:
            shutil.rmtree(ogc_out, ignore_errors=True)
            return run(ogc_cmd, log=log)

        ogc.run_once = run_ogc  # type: ignore[attr-defined]
        ogc.note = (
            "on the spec as JSON: on the YAML as given it fails after ~45 s "
            "(snakeyaml: more than 50 aliases)"
        )
    except (subprocess.CalledProcessError, OSError) as exc:
        ogc.skipped = f"openapi-generator unavailable: {exc}"
        print(f"skipping openapi-generator: {exc}", flush=True)
    scenarios.append(ogc)
    return scenarios


def scale_test(work: Path, log: Path) -> list[str]:
    """Our build on GitHub's REST spec: cold (empty cache), then an unchanged rebuild."""
    try:
        spec = github_spec()
    except (subprocess.CalledProcessError, OSError, KeyError) as exc:
        return [f"- skipped: could not fetch {OCTOKIT}: {exc}"]
    if spec is None:
        return ["- skipped: npm is not installed"]
    print("GitHub scale test (a few minutes) ...", flush=True)
    lines = []
    out, cache_dir = work / "gh-out", work / "gh-cache"
    env = {**os.environ, "GENERATOR_CACHE_DIR": str(cache_dir)}
    cmd = [PY, "-m", "generator", "build", "--spec", str(spec), "--out", str(out)]
    for label in ("cold build (empty cache)", "rebuild, unchanged spec"):
        mark = log.stat().st_size if log.exists() else 0
        s = run(cmd, env=env, log=log)
        text = log.read_bytes()[mark:].decode(errors="replace")
        summary = next((ln for ln in text.splitlines() if ln.startswith("github:")), "")
        warnings = sum(1 for ln in text.splitlines() if ln.startswith("warning:"))
        status = "ok" if s.code == 0 else f"FAILED (exit {s.code}, see {log.name})"
        lines.append(
            f"- {label}: {status}; wall {s.wall:.1f} s, CPU {s.cpu:.1f} s, "
            f"peak RSS {s.rss_mib:.0f} MiB, {warnings} warnings; `{summary}`"
        )
    return lines


if __name__ == "__main__":
    sys.exit(main())
