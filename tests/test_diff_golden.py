"""Golden changelogs of the published registry specs (CONTRACT §9.1), reviewed by hand.

The committed files under tests/golden/diff/ are exactly what the CLI prints. After an
intended change of the diff (or of the IR it reads), regenerate them with
`UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_diff_golden.py`, and review `git diff`.
The assertions below pin what the hand review checked, so a regeneration cannot
silently lose it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT

from generator.cli import build_ir, main
from generator.diff import DiffReport, diff_services, render_json, render_markdown
from generator.ir import Service

SPECS = ROOT / "tests" / "specs"
GOLDEN = ROOT / "tests" / "golden" / "diff"
PAIRS = [("2.13.0", "2.14.2"), ("2.14.2", "2.17.1")]
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def irs() -> dict[str, Service]:
    return {
        v: build_ir(SPECS / f"registry-{v}.yaml", "registry")[0]
        for v in ("2.13.0", "2.14.2", "2.17.1")
    }


@pytest.fixture(scope="module")
def reports(irs: dict[str, Service]) -> dict[tuple[str, str], DiffReport]:
    return {(a, b): diff_services(irs[a], irs[b]) for a, b in PAIRS}


def golden(a: str, b: str, ext: str) -> Path:
    return GOLDEN / f"registry-{a}-to-{b}.{ext}"


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_cli_prints_the_golden_changelog(
    a: str, b: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["diff", str(SPECS / f"registry-{a}.yaml"), str(SPECS / f"registry-{b}.yaml")])
    out = capsys.readouterr().out
    assert code == 3  # both updates break SDK users
    if UPDATE:
        golden(a, b, "md").write_text(out, encoding="utf-8")
    assert out == golden(a, b, "md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_json_golden(a: str, b: str, reports: dict[tuple[str, str], DiffReport]) -> None:
    out = render_json(reports[(a, b)])
    if UPDATE:
        golden(a, b, "json").write_text(out, encoding="utf-8")
    assert out == golden(a, b, "json").read_text(encoding="utf-8")
    # the Markdown and the JSON tell the same story
    assert render_markdown(reports[(a, b)]).count("\n- ") == len(reports[(a, b)].changes)


def rules(report: DiffReport, rule: str) -> list[str]:
    return [c.subject for c in report.changes if c.rule == rule]


def test_reviewed_2_13_0_to_2_14_2(reports: dict[tuple[str, str], DiffReport]) -> None:
    r = reports[("2.13.0", "2.14.2")]
    # DeprecatePreviousPolicy: enum -> anyOf of 4 titled enums (§9.1): breaking for the query type
    assert rules(r, "model-kind-changed") == ["DeprecatePreviousPolicy", "HALLink"]
    assert sorted(rules(r, "parameter-retyped")) == sorted(
        f"{api}.{m}"
        for api in ("ModelsApi", "PlugsApi", "WebscriptsApi")
        for m in ("create", "publish")
    )
    assert all(c.breaking for c in r.changes if c.rule == "parameter-retyped")
    added = rules(r, "model-added")
    for suffix in ("", "1", "2", "3"):
        assert f"DeprecatePreviousPolicyAnyOf{suffix}" in added
    # RebuildRequestBodyV2 (3.1 nullable anyOf): rebuild gains `json: RebuildRequestV2 | None`
    assert sorted(rules(r, "body-added")) == [
        "ModelsApi.rebuild",
        "PlugsApi.rebuild",
        "WebscriptsApi.rebuild",
    ]
    assert "RebuildRequestV2" in added and "RebuildRequestBodyV2" not in added
    # no operation or API class came or went (64 operations in both)
    assert not [c for c in r.changes if c.section == "api"]
    assert not rules(r, "operation-added") and not rules(r, "operation-removed")
    assert r.bump == "major" and r.spec_bump == "minor"


def test_reviewed_2_14_2_to_2_17_1(reports: dict[tuple[str, str], DiffReport]) -> None:
    r = reports[("2.14.2", "2.17.1")]
    # 7 -> 11 tags: 4 new API classes; 64 -> 117 operations
    assert sorted(rules(r, "api-added")) == [
        "ModelTagsApi",
        "PlugTagsApi",
        "TagsApi",
        "WebscriptTagsApi",
    ]
    added_ops = rules(r, "operation-added")
    assert len(added_ops) == 117 - 64
    for api in ("ModelsApi", "PlugsApi", "WebscriptsApi"):
        assert f"{api}.protect" in added_ops and f"{api}.protect_versions" in added_ops
    assert "RuntimesApi.tag" in added_ops and "RuntimesApi.tags" in added_ops
    assert not rules(r, "operation-removed") and not rules(r, "operation-renamed")
    # AltVersionHALLink introduced: the extracted link classes are renamed (public rename, D16)
    renamed = {(c.old, c.new) for c in r.changes if c.rule == "model-renamed"}
    assert renamed == {
        ("GetPlugResponseV2LinksDraft", "AltVersionHALLinkDraft"),
        ("GetPlugResponseV2LinksPublished", "AltVersionHALLinkPublished"),
    }
    # ShowRelatedType removed, Show* added
    assert rules(r, "model-removed") == ["ShowRelatedType"]
    for name in ("ShowEmbedding", "ShowInlineOrEmbedding", "ShowLinkOrEmbedding"):
        assert name in rules(r, "model-added")
    # an enum query parameter widened to `<Enum> | <Enum>Exclude` accepts what it did before
    widened = [c for c in r.changes if c.rule == "parameter-widened"]
    assert widened and all("Filter]" in c.message and not c.breaking for c in widened)
    assert r.bump == "major" and r.spec_bump == "minor"


def test_same_spec_is_no_change(irs: dict[str, Service]) -> None:
    report = diff_services(irs["2.17.1"], irs["2.17.1"])
    assert report.changes == [] and report.bump == "patch"
    assert "No changes for SDK users." in render_markdown(report)
