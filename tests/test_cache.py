"""The build cache is never stale: every input change reaches the output; bad entries are misses."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import cache, cli, format, render, validate
from generator.load import LoadedSpec, load_spec
from generator.write import compare, list_files

SPEC = """\
openapi: 3.0.3
info:
  title: Pets
  version: 1.2.3
  description: A tiny spec for the cache tests.
servers:
  - url: https://api.example.com
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      parameters:
        - name: limit
          in: query
          schema:
            type: integer
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/Pet"
  /owners:
    get:
      operationId: listOwners
      tags: [pets]
      responses:
        "200":
          description: the owners
          content:
            application/json:
              schema:
                $ref: "common.yaml#/components/schemas/Owner"
components:
  schemas:
    Pet:
      type: object
      description: A pet of the store.
      required: [name]
      properties:
        name:
          type: string
        kind:
          $ref: "#/components/schemas/Kind"
    Kind:
      type: string
      enum: [cat, dog]
"""
COMMON = """\
components:
  schemas:
    Owner:
      type: object
      description: Someone who owns pets.
      properties:
        name:
          type: string
"""
CONFIG = 'service = "pets"\ntitle = "Pets"\nversion_date = "20240101"\n'
PET_DOC = "pets/docs/Pet.md"
OWNER_DOC = "pets/docs/Owner.md"
PYPROJECT = "pets/waylay-sdk-pets/pyproject.toml"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A spec folder and a private cache; fingerprints recomputed per test."""
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "pets.openapi.yaml").write_text(SPEC)
    (specs / "common.yaml").write_text(COMMON)
    (specs / "pets.toml").write_text(CONFIG)
    monkeypatch.setattr(cache, "CACHE_ROOT", tmp_path / "cache")
    monkeypatch.setattr(validate, "CACHE_DIR", tmp_path / "cache" / "validate")
    cache.generator_fingerprint.cache_clear()
    yield tmp_path
    cache.generator_fingerprint.cache_clear()


def build(project: Path, out: str = "out", *extra: str) -> int:
    spec = project / "specs" / "pets.openapi.yaml"
    return cli.main(["build", "--spec", str(spec), "--out", str(project / out), "-q", *extra])


def read(project: Path, rel: str, out: str = "out") -> str:
    return (project / out / rel).read_text()


def forbid_rebuild(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any normalise/render fail: the build must come from the cache."""

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cache should have been used")

    monkeypatch.setattr(cli, "start_ir", boom)


def assert_same_as_uncached(project: Path) -> None:
    """The cached output equals a build that uses no cache at all."""
    assert build(project, "fresh", "--no-cache") == 0
    assert not compare(project / "out" / "pets", project / "fresh" / "pets").stale


def test_unchanged_rebuild_comes_from_cache(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert build(project) == 0
    before = {
        p: (project / "out" / "pets" / p).stat().st_mtime_ns
        for p in list_files(project / "out" / "pets")
    }
    with monkeypatch.context() as m:
        forbid_rebuild(m)
        assert build(project) == 0
        shutil.rmtree(project / "out")
        assert build(project) == 0  # an empty output folder is filled from the cache
    assert_same_as_uncached(project)
    assert set(before) == list_files(project / "out" / "pets")


def test_unchanged_rebuild_writes_nothing(project: Path) -> None:
    assert build(project) == 0
    out = project / "out" / "pets"
    before = {p: (out / p).stat().st_mtime_ns for p in list_files(out)}
    assert build(project) == 0
    assert before == {p: (out / p).stat().st_mtime_ns for p in list_files(out)}


def test_hand_edited_output_is_repaired_and_reported(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build(project) == 0
    good = read(project, PET_DOC)
    (project / "out" / PET_DOC).write_text("edited by hand\n")
    (project / "out" / "pets" / "stray.txt").write_text("x")
    forbid_rebuild(monkeypatch)
    assert build(project, "out", "--check") == 1
    err = capsys.readouterr().err
    assert PET_DOC in err and "pets/stray.txt" in err
    assert build(project) == 0
    assert read(project, PET_DOC) == good
    assert not (project / "out" / "pets" / "stray.txt").exists()


def test_spec_change_reaches_output(project: Path) -> None:
    assert build(project) == 0
    assert "A pet of the store." in read(project, PET_DOC)
    spec = project / "specs" / "pets.openapi.yaml"
    spec.write_text(SPEC.replace("A pet of the store.", "A much loved pet."))
    assert build(project) == 0
    assert "A much loved pet." in read(project, PET_DOC)
    assert "A pet of the store." not in read(project, PET_DOC)
    assert_same_as_uncached(project)


def test_referenced_file_change_reaches_output(project: Path) -> None:
    assert build(project) == 0
    assert "Someone who owns pets." in read(project, OWNER_DOC)
    common = project / "specs" / "common.yaml"
    common.write_text(COMMON.replace("Someone who owns pets.", "A pet owner."))
    assert build(project) == 0
    assert "A pet owner." in read(project, OWNER_DOC)
    assert_same_as_uncached(project)


def test_config_change_reaches_output(project: Path) -> None:
    assert build(project) == 0
    assert "1.2.3.20240101" in read(project, PYPROJECT)
    (project / "specs" / "pets.toml").write_text(CONFIG.replace("20240101", "20250202"))
    assert build(project) == 0
    assert "1.2.3.20250202" in read(project, PYPROJECT)
    assert_same_as_uncached(project)


def test_environment_that_feeds_the_config_reaches_output(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "specs" / "pets.toml").write_text('service = "pets"\n')
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert build(project) == 0
    assert "1.2.3.20231114" in read(project, PYPROJECT)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710000000")
    cache.generator_fingerprint.cache_clear()
    assert build(project) == 0
    assert "1.2.3.20240309" in read(project, PYPROJECT)


def test_template_change_reaches_output(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    templates = project / "templates"
    shutil.copytree(render.TEMPLATES, templates)
    monkeypatch.setattr(render, "TEMPLATES", templates)
    monkeypatch.setattr(cache, "TEMPLATES_DIR", templates)
    assert build(project) == 0
    model_doc = templates / "docs" / "model.md.j2"
    model_doc.write_text(model_doc.read_text() + "\nrendered by a changed template\n")
    cache.generator_fingerprint.cache_clear()
    assert build(project) == 0
    assert "rendered by a changed template" in read(project, PET_DOC)
    assert_same_as_uncached(project)


def test_generator_source_change_misses(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = project / "generator-copy"
    shutil.copytree(cache.GENERATOR_DIR, sources, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "GENERATOR_DIR", sources)
    spec = project / "specs" / "pets.openapi.yaml"
    before = cache.OutputCache(spec, None).key
    (sources / "views.py").write_text((sources / "views.py").read_text() + "\n# changed\n")
    cache.generator_fingerprint.cache_clear()
    assert cache.OutputCache(spec, None).key != before
    (sources / "ruff-generated.toml").write_text("line-length = 100\n")
    cache.generator_fingerprint.cache_clear()
    assert cache.OutputCache(spec, None).key != before


def test_tool_version_change_misses(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = project / "specs" / "pets.openapi.yaml"
    before = cache.OutputCache(spec, None).key
    fmt_before = cache.FormatCache(format.RUFF_CONFIG, Path(format.__file__)).salt
    dists = tuple(d.replace("ruff-", "ruff-99.") for d in cache.installed_dists())
    monkeypatch.setattr(cache, "installed_dists", lambda: dists)
    cache.generator_fingerprint.cache_clear()
    assert cache.OutputCache(spec, None).key != before
    assert cache.FormatCache(format.RUFF_CONFIG, Path(format.__file__)).salt != fmt_before


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_corrupted_output_entry_is_ignored(project: Path, damage: str) -> None:
    assert build(project) == 0
    (entry,) = (project / "cache" / "output").glob("*.bin")
    blob = entry.read_bytes()
    entry.write_bytes(
        {
            "truncate": blob[: len(blob) // 2],
            "flip": blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:],
            "garbage": b"\x00not a cache entry",
            "empty": b"",
        }[damage]
    )
    shutil.rmtree(project / "out")
    assert build(project) == 0
    assert_same_as_uncached(project)
    assert cache._read_entry(entry) is not None  # rewritten by the rebuild


def test_corrupted_format_entries_are_ignored(project: Path) -> None:
    assert build(project) == 0
    entries = list((project / "cache" / "format").rglob("*.bin"))
    assert entries
    for i, entry in enumerate(entries):
        blob = entry.read_bytes()
        entry.write_bytes(blob[:-1] + bytes([blob[-1] ^ 1]) if i % 2 else b"junk")
    shutil.rmtree(project / "cache" / "output")
    shutil.rmtree(project / "out")
    assert build(project) == 0
    assert_same_as_uncached(project)


def test_small_spec_change_reformats_only_changed_files(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert build(project) == 0
    seen: list[list[str]] = []
    real = format._run_ruff

    def spy(target: Path) -> None:
        seen.append(sorted(p.name for p in target.rglob("*") if p.is_file()))
        real(target)

    monkeypatch.setattr(format, "_run_ruff", spy)
    spec = project / "specs" / "pets.openapi.yaml"
    spec.write_text(SPEC.replace("A pet of the store.", "A much loved pet."))
    assert build(project) == 0
    (formatted,) = seen
    assert "pet.py" in formatted and "Pet.md" in formatted
    assert len(formatted) < 8, formatted  # not the 25 files of the whole tree
    assert_same_as_uncached(project)


def test_no_cache_writes_no_cache(project: Path) -> None:
    assert build(project, "out", "--no-cache") == 0
    assert not (project / "cache").exists()


# --- validation beside the build -----------------------------------------------------------

BAD_SPEC = """\
openapi: 3.1.0
info:
  title: Bad
  version: "1"
paths:
  /things:
    get:
      operationId: listThings
      unknownField: 1
      responses:
        "200":
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Thing"
components:
  schemas:
    Thing:
      type: object
      properties:
        a:
          type: strin
        b:
          type: string
          deprecated: "use c"
        c:
          type: integer
          minimum: "zero"
"""


def load_bad(tmp_path: Path) -> LoadedSpec:
    path = tmp_path / "bad.openapi.yaml"
    path.write_text(BAD_SPEC)
    return load_spec(path)


def test_crawled_validator_finds_the_same_as_the_library(tmp_path: Path) -> None:
    from openapi_spec_validator import OpenAPIV31SpecValidator

    spec = load_bad(tmp_path)
    ours = validate._run_validator(spec.document)
    assert validate._validator_class(True) is not OpenAPIV31SpecValidator  # the fast path is on
    plain = {
        (str(e.message).splitlines()[0][:200], tuple(str(p) for p in e.absolute_path))
        for e in OpenAPIV31SpecValidator(spec.document).iter_errors()
    }
    assert len(ours) >= 3
    assert {m for m, _ in plain} == {m for _, m in ours}


def test_background_validation_equals_inline(tmp_path: Path) -> None:
    spec = load_bad(tmp_path)
    pending = validate.start_validation(spec, use_cache=False)
    assert pending.pid is not None
    assert pending.result() == validate.validate(spec, use_cache=False)


def test_failed_validation_child_falls_back_to_inline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    spec = load_bad(tmp_path)
    parent, real = os.getpid(), validate._run_validator

    def crash_in_child(document: dict[str, object]) -> list[tuple[str, str]]:
        if os.getpid() != parent:
            os._exit(3)
        return real(document)

    monkeypatch.setattr(validate, "_run_validator", crash_in_child)
    pending = validate.start_validation(spec, use_cache=False)
    assert pending.pid is not None
    assert [str(w) for w in pending.result()] == [
        str(w) for w in validate.validate(spec, use_cache=False)
    ]


def test_cancel_stops_the_validation_child(tmp_path: Path) -> None:
    import os

    pending = validate.start_validation(load_bad(tmp_path), use_cache=False)
    pid = pending.pid
    assert pid is not None
    pending.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
