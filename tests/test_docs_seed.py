"""`ModelsApi.md` renders to the text of the published page (the seed), up to DEVIATIONS.md.

Our Markdown is rendered like GitHub does (markdown-it-py, GFM tables), read back as the text
a browser shows (`docs_render.visible_lines`) and compared line by line with
`../shared/seed/ModelsApi.seed.txt` (without its page chrome). Blank lines and runs of blanks
are layout and are not compared.

Every line that differs must be explained by an entry of DEVIATIONS.md. An entry explains
lines with markers written under it:

    - **D3** Example code compiles: ...
      - seed: `<regex>`   a seed line we do not reproduce (full match)
      - ours: `<regex>`   a line of ours that the seed does not have (full match)

The test fails on a differing line no marker explains, and on a marker that explains no line
(a stale entry).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT, SHARED
from docs_render import normalize, visible_lines

SEED = SHARED / "seed" / "ModelsApi.seed.txt"
OURS = GENERATED / "registry" / "docs" / "ModelsApi.md"
DEVIATIONS = ROOT / "DEVIATIONS.md"

_ENTRY = re.compile(r"^- \*\*(?P<id>[A-Z][\w-]*)\*\*\s*(?P<reason>.*)$")
_MARKER = re.compile(r"^\s+- (?P<side>seed|ours): `(?P<regex>.+)`\s*$")


@dataclass
class Marker:
    """One `seed:`/`ours:` regex of a deviation entry."""

    entry: str
    side: str
    regex: re.Pattern[str]
    used: int = 0


@dataclass
class Comparison:
    """Result of comparing our text with the seed."""

    seed_total: int
    identical: int
    explained_seed: int = 0
    explained_ours: int = 0
    unexplained_seed: list[str] = field(default_factory=list)
    unexplained_ours: list[str] = field(default_factory=list)


def seed_lines(text: str) -> list[str]:
    """The seed's page text without the GitHub chrome (up to the last 'N lines (M loc)')."""
    lines = text.split("\n")
    chrome = [i for i, line in enumerate(lines) if re.match(r"^\d+ lines \(\d+ loc\)", line)]
    return normalize(lines[chrome[-1] + 1 :] if chrome else lines)


def parse_markers(text: str) -> list[Marker]:
    """The markers of all entries of DEVIATIONS.md (an entry needs a reason)."""
    markers: list[Marker] = []
    entry: str | None = None
    for n, line in enumerate(text.split("\n"), 1):
        head = _ENTRY.match(line)
        if head:
            entry = head["id"]
            assert head["reason"].strip(), f"DEVIATIONS.md:{n}: entry {entry} gives no reason"
            continue
        mark = _MARKER.match(line)
        if mark:
            assert entry is not None, f"DEVIATIONS.md:{n}: marker outside an entry"
            regex = re.compile(mark["regex"])
            assert not regex.fullmatch(""), f"DEVIATIONS.md:{n}: marker matches an empty line"
            markers.append(Marker(entry, mark["side"], regex))
    return markers


def compare(seed: list[str], ours: list[str], markers: list[Marker]) -> Comparison:
    """Align the two texts; every line outside the common runs needs a marker."""
    matcher = difflib.SequenceMatcher(None, seed, ours, autojunk=False)
    result = Comparison(len(seed), sum(b.size for b in matcher.get_matching_blocks()))

    def explain(line: str, side: str) -> bool:
        hits = [m for m in markers if m.side == side and m.regex.fullmatch(line)]
        for m in hits:
            m.used += 1
        return bool(hits)

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for line in seed[i1:i2]:
            if explain(line, "seed"):
                result.explained_seed += 1
            else:
                result.unexplained_seed.append(line)
        for line in ours[j1:j2]:
            if explain(line, "ours"):
                result.explained_ours += 1
            else:
                result.unexplained_ours.append(line)
    return result


@pytest.fixture(scope="module")
def comparison() -> tuple[Comparison, list[Marker]]:
    markers = parse_markers(DEVIATIONS.read_text(encoding="utf-8"))
    seed = seed_lines(SEED.read_text(encoding="utf-8"))
    ours = normalize(visible_lines(OURS.read_text(encoding="utf-8")))
    return compare(seed, ours, markers), markers


def test_every_seed_line_is_reproduced_or_explained(
    comparison: tuple[Comparison, list[Marker]],
) -> None:
    result, _ = comparison
    print(
        f"\nseed lines: {result.seed_total}, identical: {result.identical}, "
        f"explained by DEVIATIONS.md: {result.explained_seed} "
        f"(our differing lines explained: {result.explained_ours})"
    )
    assert result.identical + result.explained_seed == result.seed_total
    assert result.unexplained_seed == []


def test_every_line_of_ours_is_in_the_seed_or_explained(
    comparison: tuple[Comparison, list[Marker]],
) -> None:
    result, _ = comparison
    assert result.unexplained_ours == []


def test_no_stale_deviation_markers(comparison: tuple[Comparison, list[Marker]]) -> None:
    _, markers = comparison
    assert [f"{m.entry} {m.side}: {m.regex.pattern}" for m in markers if not m.used] == []


def test_most_of_the_page_is_identical(comparison: tuple[Comparison, list[Marker]]) -> None:
    """Deviations are the exception: at least 90% of the seed's lines are reproduced as is."""
    result, _ = comparison
    assert result.identical >= 0.9 * result.seed_total


def test_compare_reports_unexplained_lines() -> None:
    """The comparison itself: a changed line needs a marker on both sides."""
    markers = parse_markers(
        "- **D3** commas.\n  - seed: `    'a': 1`\n  - ours: `    'a': 1,`\n"
        "- **X** unused.\n  - seed: `never`\n"
    )
    result = compare(["x", "    'a': 1", "y", "z"], ["x", "    'a': 1,", "y", "w"], markers)
    assert (result.seed_total, result.identical, result.explained_seed) == (4, 2, 1)
    assert result.unexplained_seed == ["z"]
    assert result.unexplained_ours == ["w"]
    assert [m.used for m in markers] == [1, 1, 0]


def test_seed_text_extraction_matches_the_page_layout() -> None:
    """The renderer reads tables, `<br>` cells, lists and quotes the way the seed shows them."""
    md = (
        "> f(\n> a: int,\n> ) -> A \\| B\n\n"
        "| N | T |\n| - | - |\n| **q['x']** (dict) <br> **q.x** (Query) | **bool** |\n\n"
        "Text <ul> <li>one</li> </ul> after\n\n - **Accept**: a/b\n\n"
        "```python\n    x = {\n```\n"
    )
    assert normalize(visible_lines(md)) == [
        "f( a: int, ) -> A | B",
        "N T",
        "q['x'] (dict)",
        "q.x (Query)",
        "bool",
        "Text",
        "  • one",
        "after",
        "  • Accept: a/b",
        "    x = {",
    ]


def test_seed_is_present() -> None:
    assert SEED.is_file() and OURS.is_file()
    assert Path(SEED).read_text(encoding="utf-8").count("\n") > 1000
