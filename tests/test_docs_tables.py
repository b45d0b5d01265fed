"""Doc tables keep their column count, and no escaping shows through in the rendered text.

A `|` inside a cell (a union type `A | B`, a description) must be escaped, or the row gets
an extra column; GFM silently drops it. Text escaped twice (D19: `\\&quot;` on the published
page) shows up as entities or backslashes in the rendered text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import GENERATED
from docs_render import markdown, visible_lines

_PIPE = re.compile(r"(?<!\\)\|")


def row_cells(line: str) -> list[str]:
    """Cells of a GFM table row (outer pipes optional, `\\|` is not a separator)."""
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return _PIPE.split(line)


def table_faults(path: Path) -> list[str]:
    """Rows whose cell count differs from their table's header row."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    faults = []
    for t in markdown().parse(text):
        if t.type != "table_open" or not t.map:
            continue
        start, end = t.map
        width = len(row_cells(lines[start]))
        for n in range(start + 2, end):
            if lines[n].strip() and len(row_cells(lines[n])) != width:
                faults.append(f"{path.name}:{n + 1}: {len(row_cells(lines[n]))} != {width} cells")
    return faults


DOCS = sorted(GENERATED.glob("*/**/*.md"))
IDS = [str(p.relative_to(GENERATED)) for p in DOCS]


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_table_rows_have_the_header_column_count(path: Path) -> None:
    assert table_faults(path) == []


def test_table_check_finds_an_unescaped_pipe(tmp_path: Path) -> None:
    doc = tmp_path / "x.md"
    doc.write_text("| a | b |\n| - | - |\n| x \\| y | z |\n| A | B | C |\nu | v |\n", "utf-8")
    assert table_faults(doc) == ["x.md:4: 3 != 2 cells"]


_ESCAPE_ARTIFACTS = re.compile(r"&(quot|amp|lt|gt|#\d+|#x[0-9a-f]+);|\\[\"'&|`*_]", re.I)


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_no_escaping_shows_in_the_text(path: Path) -> None:
    """D19: no entity or python/markdown escape is visible outside code blocks."""
    text = visible_lines(path.read_text(encoding="utf-8"), with_code=False)
    shown = [line for line in text if _ESCAPE_ARTIFACTS.search(line)]
    assert shown == []
