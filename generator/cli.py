"""Command line: `python -m generator build|diff` (exit codes: 0 ok, 1 drift, 2 bad input, 3 breaking)."""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import cache
from .config import load_config, service_from_filename
from .errors import EXIT_BAD_INPUT, EXIT_DRIFT, EXIT_OK, GeneratorError, Warning_
from .names_lock import lock_path_for, read_lock, write_lock
from .write import Drift, compare, recover, staging_dir, swap_in, write_tree

if TYPE_CHECKING:
    from .ir import Service
    from .validate import PendingValidation

# The stages (jinja2, yaml, the validator) are imported where used: a cache hit needs none.

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
    lock_path: Path | None = None  # the names lock to write (None: not kept)
    lock_text: str = ""


def find_specs(spec_dir: Path) -> list[Path]:
    """Every `<service>.openapi.(yaml|yml|json)` in the specs folder, sorted."""
    return sorted(p for p in spec_dir.iterdir() if p.name.endswith(SPEC_SUFFIXES))


def build_ir(
    spec_path: Path, service: str | None, *, use_cache: bool = True, lock: Path | None = None
) -> tuple[Service, list[Warning_]]:
    """Load -> validate -> normalise for one spec (class names kept per its names lock)."""
    ir, _, finish = start_ir(spec_path, service, use_cache=use_cache, background=False, lock=lock)
    return ir, finish()


def start_ir(
    spec_path: Path,
    service: str | None,
    *,
    use_cache: bool = True,
    background: bool = True,
    lock: Path | None = None,
) -> tuple[Service, list[Path], PendingWarnings]:
    """Load -> normalise, with validation started beside it (see `PendingWarnings`).

    Returns the IR, the files pulled in by external `$ref`s, and the pending warnings.
    """
    from .load import load_spec
    from .normalize import normalize
    from .validate import start_validation

    config, notes = load_config(spec_path, service)
    spec = load_spec(spec_path)
    warnings = [Warning_(n, file=str(spec_path)) for n in notes]
    pending = start_validation(spec, use_cache=use_cache, background=background)
    try:
        ir, found = normalize(
            spec, config, read_lock(lock or lock_path_for(spec_path, config.service))
        )
    except GeneratorError as exc:
        # the validator's findings often explain the error: wait for them, print them first
        exc.warnings = warnings + pending.result() + exc.warnings
        raise
    except BaseException:
        pending.cancel()
        raise
    return ir, spec.external_files, PendingWarnings(warnings, pending, found)


@dataclass
class PendingWarnings:
    """Warnings in build order: config notes, validation, normalisation.

    Validation may still run in a child process until `__call__` (it overlaps the build).
    """

    before: list[Warning_]
    validation: PendingValidation
    after: list[Warning_]

    def __call__(self) -> list[Warning_]:
        """All warnings (waits for validation)."""
        return self.before + self.validation.result() + self.after

    def cancel(self) -> None:
        """Stop validation (the build failed)."""
        self.validation.cancel()


def keeps_lock(spec_path: Path, service: str, explicit: Path | None) -> Path | None:
    """Where the names lock of a build is written, or None when the build keeps none.

    A lock is kept for the project's own specs (`specs/`), when it exists already, or
    when `--lock` names it; building some other spec (a test case) leaves no file behind.
    """
    if explicit is not None:
        return explicit
    path = lock_path_for(spec_path, service)
    in_specs = spec_path.resolve().parent == (ROOT / "specs").resolve()
    return path if in_specs or path.exists() else None


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
    use_cache = not args.no_cache
    cached: dict[str, dict[str, bytes]] = {}  # service -> formatted files from the cache
    slots: dict[str, cache.OutputCache] = {}
    pending: dict[str, tuple[PendingWarnings, list[Path]]] = {}
    explicit_lock = Path(args.lock) if getattr(args, "lock", None) else None
    progress = Progress(sys.stderr, quiet=args.quiet)
    try:
        for i, (spec_path, service) in enumerate(specs, 1):
            progress.update(
                f"building {service or service_from_filename(spec_path)} ({i}/{len(specs)})..."
            )
            started = time.perf_counter()
            # the names lock is an input of the build: part of the cache key
            lock_input = explicit_lock or _default_lock(spec_path, service)
            slot = (
                cache.OutputCache.open(spec_path, service, inputs=(lock_input,))
                if use_cache
                else None
            )
            hit = slot.lookup() if slot is not None else None
            if hit is not None:
                cached[hit.service] = hit.files
                results.append(
                    BuildResult(
                        service=hit.service,
                        operations=hit.operations,
                        models=hit.models,
                        files=len(hit.files),
                        warnings=hit.warnings,
                        seconds=time.perf_counter() - started,
                        lock_path=keeps_lock(spec_path, hit.service, explicit_lock),
                        lock_text=hit.lock_text,
                    )
                )
                continue
            from .render import render_service

            try:
                ir, external, warnings = start_ir(
                    spec_path, service, use_cache=use_cache, lock=explicit_lock
                )
                pending[ir.key] = (warnings, external)
                lock_path = keeps_lock(spec_path, ir.key, explicit_lock)
                lock_text = ir.names_lock.to_json(ir.key) if ir.names_lock else ""
                if slot is not None:
                    slots[ir.key] = slot
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
                    seconds=time.perf_counter() - started,
                    lock_path=lock_path,
                    lock_text=lock_text,
                )
            )
        progress.update(f"formatting {_plural(len(results), 'service')}...")
        started = time.perf_counter()
        if pending:
            from .format import format_tree

            format_tree(stage, use_cache=use_cache)
        format_seconds = time.perf_counter() - started
        for r in results:
            if r.service in pending:
                started = time.perf_counter()
                warnings, external = pending.pop(r.service)
                slot = slots.get(r.service)
                built = cache.read_tree(stage / r.service) if slot else None
                if built is None:
                    drift = compare(stage / r.service, out_root / r.service)
                else:
                    drift = compare_cached(built, out_root / r.service)
                r.warnings = warnings()  # waits for validation: done after all the rest
                r.seconds += time.perf_counter() - started + format_seconds / len(results)
                if slot is not None and built is not None:
                    slot.store(
                        service=r.service,
                        operations=r.operations,
                        models=r.models,
                        warnings=r.warnings,
                        files=built,
                        external_files=external,
                        lock_text=r.lock_text,
                    )
            else:
                drift = compare_cached(cached[r.service], out_root / r.service)
            r.stale = drift.stale
            r.unchanged = drift.unchanged
            r.written = len(drift.changed) + len(drift.added)
            if args.check and _lock_changes(r.lock_path, r.lock_text):
                r.stale.append(f"names lock {r.lock_path}")
        all_warnings = [w for r in results for w in r.warnings]
        progress.clear()
        report(results, quiet=args.quiet, check=args.check)
        if args.strict and all_warnings:
            print(f"error: {len(all_warnings)} warning(s) and --strict is set", file=sys.stderr)
            return EXIT_BAD_INPUT
        if args.check:
            return EXIT_DRIFT if any(r.stale for r in results) else EXIT_OK
        # only trees that differ are swapped in: an unchanged rebuild writes nothing
        for r in results:
            if r.stale and r.service in cached:
                cache.write_files(stage / r.service, cached[r.service])
        swap_in({out_root / r.service: stage / r.service for r in results if r.stale})
        for r in results:
            if r.lock_path is not None and r.lock_text:
                write_lock(r.lock_path, r.lock_text)
        return EXIT_OK
    finally:
        progress.clear()
        for warnings, _ in pending.values():
            warnings.cancel()
        shutil.rmtree(stage, ignore_errors=True)


def _default_lock(spec_path: Path, service: str | None) -> Path:
    """The lock next to a spec (the service name as the config gives it)."""
    try:
        name = load_config(spec_path, service)[0].service
    except GeneratorError:
        name = service or service_from_filename(spec_path)
    return lock_path_for(spec_path, name)


def _lock_changes(lock_path: Path | None, lock_text: str) -> bool:
    """Whether writing `lock_text` would change the kept names lock."""
    if lock_path is None or not lock_text:
        return False
    current = lock_path.read_text("utf-8") if lock_path.exists() else ""
    return current != lock_text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class Progress:
    """A live status line, only on a terminal: logs and CI output stay plain lines.

    Each update overwrites the previous one after a carriage return, padded with spaces
    rather than ANSI codes so dumb terminals work; `clear` erases it before the summary.
    """

    def __init__(self, stream: TextIO, *, quiet: bool = False) -> None:
        self.stream = stream
        isatty = getattr(stream, "isatty", None)
        self.live = not quiet and bool(isatty and isatty())
        self.width = 0

    def update(self, text: str) -> None:
        """Show `text` as the current status (no-op off a terminal)."""
        if not self.live:
            return
        pad = max(self.width - len(text), 0)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self.width = len(text)

    def clear(self) -> None:
        """Erase the status line."""
        if self.live and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def compare_cached(files: dict[str, bytes], old: Path) -> Drift:
    """`write.compare` for a tree held in memory (a cache hit is never written to disk)."""
    from .write import list_files

    old_files = list_files(old)
    changed = []
    for rel in sorted(set(files) & old_files):
        try:
            same = (old / rel).read_bytes() == files[rel]
        except OSError:
            same = False
        if not same:
            changed.append(rel)
    return Drift(
        changed=changed,
        added=sorted(set(files) - old_files),
        removed=sorted(old_files - set(files)),
        unchanged=len(set(files) & old_files) - len(changed),
    )


def locate(exc: GeneratorError, spec_path: Path) -> GeneratorError:
    """Give an error raised after loading (no file yet) the spec's file and line."""
    from .load import locate_line

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
    b.add_argument(
        "--lock",
        help="names lock to read and update (default: <spec dir>/<service>.names.lock.json)",
    )
    b.add_argument("--no-cache", action="store_true", help="do not use the build caches (.cache/)")
    b.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    b.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    d = sub.add_parser("diff", help="what changes for SDK users between two specs")
    d.add_argument("old")
    d.add_argument("new")
    d.add_argument("--format", choices=["md", "json"], default="md")
    d.add_argument("--service", help="service name (default: from the file name)")
    d.add_argument(
        "--lock",
        help="names lock applied to both specs (e.g. specs/<service>.names.lock.json), so "
        "renames the build would prevent are not reported",
    )
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
