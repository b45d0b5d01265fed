"""Command line: `python -m generator build|diff` (exit codes: 0 ok, 1 drift, 2 bad input, 3 breaking)."""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from .config import load_config, service_from_filename
from .errors import EXIT_BAD_INPUT, EXIT_DRIFT, EXIT_OK, GeneratorError, Warning_
from .format import format_tree
from .ir import Service
from .load import load_spec, locate_line
from .normalize import normalize
from .render import render_service
from .validate import validate
from .write import compare, recover, staging_dir, swap_in, write_tree

ROOT = Path(__file__).resolve().parent.parent
SPEC_SUFFIXES = (".openapi.yaml", ".openapi.yml", ".openapi.json")


@dataclass
class BuildResult:
    """What one service build produced (for the summary line)."""

    service: str
    operations: int = 0
    models: int = 0
    files: int = 0
    written: int = 0
    unchanged: int = 0
    warnings: list[Warning_] = field(default_factory=list)
    seconds: float = 0.0
    stale: list[str] = field(default_factory=list)


def find_specs(spec_dir: Path) -> list[Path]:
    """Every `<service>.openapi.(yaml|yml|json)` in the specs folder, sorted."""
    return sorted(p for p in spec_dir.iterdir() if p.name.endswith(SPEC_SUFFIXES))


def build_ir(
    spec_path: Path, service: str | None, *, use_cache: bool = True
) -> tuple[Service, list[Warning_]]:
    """Load -> validate -> normalise for one spec."""
    config, notes = load_config(spec_path, service)
    spec = load_spec(spec_path)
    warnings = [Warning_(n, file=str(spec_path)) for n in notes]
    warnings += validate(spec, use_cache=use_cache)
    try:
        ir, found = normalize(spec, config)
    except GeneratorError as exc:
        exc.warnings = warnings + exc.warnings
        raise
    return ir, warnings + found


def build(args: argparse.Namespace) -> int:
    """The `build` command."""
    out_root = Path(args.out) if args.out else ROOT / "generated"
    if args.spec:
        specs = [(Path(args.spec), args.service)]
    else:
        spec_dir = ROOT / "specs"
        specs = [(p, None) for p in find_specs(spec_dir)]
        if not specs:
            raise GeneratorError("no *.openapi.yaml specs found", file=str(spec_dir))
    for note in recover(out_root):
        print(f"note: {note}", file=sys.stderr)
    stage = staging_dir(out_root)
    results: list[BuildResult] = []
    try:
        for spec_path, service in specs:
            started = time.perf_counter()
            try:
                ir, warnings = build_ir(spec_path, service, use_cache=not args.no_cache)
                files = render_service(ir)
            except RecursionError:
                raise GeneratorError(
                    "the spec nests too deeply to be rendered (or an anchor contains itself)",
                    file=str(spec_path),
                    hint="move deeply nested schemas to components.schemas and use $ref",
                ) from None
            except GeneratorError as exc:
                # the warnings found so far are printed before the error (never lost)
                exc.warnings = [w for r in results for w in r.warnings] + exc.warnings
                raise locate(exc, spec_path) from None
            write_tree(stage / ir.key, files)
            results.append(
                BuildResult(
                    service=ir.key,
                    operations=sum(len(a.operations) for a in ir.apis),
                    models=len(ir.models),
                    files=len(files),
                    warnings=warnings,
                    seconds=time.perf_counter() - started,
                )
            )
        started = time.perf_counter()
        format_tree(stage)
        format_seconds = time.perf_counter() - started
        for r in results:
            drift = compare(stage / r.service, out_root / r.service)
            r.stale = drift.stale
            r.unchanged = drift.unchanged
            r.written = len(drift.changed) + len(drift.added)
            r.seconds += format_seconds / len(results)
        all_warnings = [w for r in results for w in r.warnings]
        report(results, quiet=args.quiet, check=args.check)
        if args.strict and all_warnings:
            print(f"error: {len(all_warnings)} warning(s) and --strict is set", file=sys.stderr)
            return EXIT_BAD_INPUT
        if args.check:
            return EXIT_DRIFT if any(r.stale for r in results) else EXIT_OK
        swap_in({out_root / r.service: stage / r.service for r in results})
        return EXIT_OK
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def locate(exc: GeneratorError, spec_path: Path) -> GeneratorError:
    """Give an error raised after loading (no file yet) the spec's file and line."""
    if exc.file is None:
        exc.file = str(spec_path)
        if exc.pointer is not None and exc.line is None:
            try:
                exc.line = locate_line(spec_path.read_text(encoding="utf-8"), exc.pointer)
            except OSError:
                pass
    return exc


def report(results: list[BuildResult], *, quiet: bool, check: bool) -> None:
    """One line per service, then the warnings and (with --check) the stale files."""
    err = sys.stderr
    for r in results:
        for w in r.warnings:
            print(f"warning: {w}", file=err)
    for r in results:
        if check and r.stale:
            for path in r.stale:
                print(f"stale: {r.service}/{path}", file=err)
        if quiet:
            continue
        verb = "stale" if check else "written"
        count = len(r.stale) if check else r.written
        print(
            f"{r.service}: {r.operations} operations, {r.models} models, {r.files} files "
            f"({count} {verb}, {r.unchanged} unchanged), {len(r.warnings)} warnings, "
            f"{r.seconds:.2f}s",
            file=sys.stdout,
        )
    total = sum(len(r.warnings) for r in results)
    if not quiet:
        print(f"{total} warning(s) in total", file=sys.stdout)
    elif total:
        print(f"{total} warning(s) in total", file=sys.stderr)


def parser() -> argparse.ArgumentParser:
    """Argument parser of the command line."""
    p = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="generate SDKs from specs/ (or one --spec)")
    b.add_argument("--spec", help="one spec file (default: every specs/*.openapi.yaml)")
    b.add_argument(
        "--out", help="output root; each SDK goes to OUT/<service> (default: generated/)"
    )
    b.add_argument("--service", help="service name when the spec file name does not say it")
    b.add_argument(
        "--check",
        action="store_true",
        help="exit 1 and list stale files if the output is out of date",
    )
    b.add_argument("--strict", action="store_true", help="treat warnings as errors")
    b.add_argument("--no-cache", action="store_true", help="do not use the validation cache")
    b.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    b.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    d = sub.add_parser("diff", help="what changes for SDK users between two specs")
    d.add_argument("old")
    d.add_argument("new")
    d.add_argument("--format", choices=["md", "json"], default="md")
    d.add_argument("--service", help="service name (default: from the file name)")
    d.add_argument("--debug", action="store_true")
    return p


def interrupt(signum: int, _frame: object) -> None:
    """SIGTERM handler of the command line: clean up like Ctrl-C (no temp dirs left)."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Entry point; maps errors to exit codes without tracebacks."""
    args = parser().parse_args(argv)
    try:
        if args.command == "build":
            if (
                args.spec
                and args.service is None
                and not Path(args.spec).name.endswith(SPEC_SUFFIXES)
            ):
                args.service = args.service or None
            return build(args)
        from .diff import diff_command

        return diff_command(args)
    except GeneratorError as exc:
        for w in exc.warnings:
            print(f"warning: {w}", file=sys.stderr)
        if exc.warnings:
            print(f"{len(exc.warnings)} warning(s) before the error", file=sys.stderr)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted; the output is the old or the new build, never a mix", file=sys.stderr)
        return 130
    except RecursionError:
        print("error: the spec nests too deeply to be rendered", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - one line, not a traceback, for users
        if getattr(args, "debug", False):
            traceback.print_exc()
        print(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)", file=sys.stderr)
        return 70


__all__ = ["main", "service_from_filename"]
