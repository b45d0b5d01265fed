"""Helpers of the docs tests: render Markdown like GitHub and read it like a browser user.

`visible_lines` turns Markdown into the lines of text a reader sees on the web page (the
form of `../shared/seed/ModelsApi.seed.txt`): headings and paragraphs as lines, table cells
joined by spaces (one row per line; a cell with `<br>` breaks the row), list items as
`  • item`, code blocks line by line. `normalize` makes two such texts comparable.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt

_BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "thead",
    "tbody",
    "blockquote",
    "hr",
    "pre",
}


def markdown() -> MarkdownIt:
    """A GitHub-flavoured renderer: CommonMark (raw HTML allowed) plus tables and strikethrough."""
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def to_html(text: str) -> str:
    """Render Markdown to HTML."""
    return markdown().render(text)


class _TextExtractor(HTMLParser):
    """Collects the visible text of rendered Markdown, line by line."""

    def __init__(self, with_code: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.with_code = with_code
        self.lines: list[str] = []
        self.current = ""
        self.prefix = ""  # list bullet of the current line
        self.pre = 0
        self.lists: list[str] = []
        self.row: list[list[str]] | None = None  # cells of the current table row, per line
        self.cell: list[str] | None = None  # lines of the current table cell

    # --- plumbing ----------------------------------------------------------------

    def flush(self) -> None:
        if self.cell is not None:
            return
        line = self.current.strip()
        if line:
            self.lines.append(self.prefix + line)
        self.current = ""
        self.prefix = ""

    def text(self, data: str) -> None:
        if self.cell is not None:
            self.cell[-1] += data
        else:
            self.current += data

    # --- parser callbacks ----------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("td", "th"):
            self.cell = [""]
            return
        if tag == "tr":
            self.flush()
            self.row = []
            return
        if tag == "br":
            if self.cell is not None:
                self.cell.append("")
            else:
                self.flush()
            return
        if tag == "li":
            self.flush()
            self.prefix = "  • " if not self.lists or self.lists[-1] == "ul" else "  1. "
            return
        if tag in ("ul", "ol"):
            self.flush()
            self.lists.append(tag)
            return
        if tag in _BLOCKS:
            self.flush()
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            assert self.row is not None and self.cell is not None
            self.row.append([" ".join(part.split()) for part in self.cell])
            self.cell = None
            return
        if tag == "tr":
            self.end_row()
            return
        if tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
            return
        if tag == "li":
            self.flush()
            return
        if tag == "pre":
            self.pre -= 1
            if self.with_code:
                self.lines.extend(self.current.rstrip("\n").split("\n"))
            self.current = ""
            return
        if tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.pre:
            self.current += data
        else:
            self.text(re.sub(r"\s+", " ", data))

    # --- tables ------------------------------------------------------------------

    def end_row(self) -> None:
        """Cells joined by a space; after a cell with line breaks the row goes on below."""
        assert self.row is not None
        line: list[str] = []
        for parts in self.row:
            line.append(parts[0])
            if len(parts) > 1:
                self.lines.append(" ".join(line))
                self.lines.extend(parts[1:-1])
                line = [parts[-1]]
                self.lines.append(" ".join(line))
                line = []
        if line:
            self.lines.append(" ".join(line))
        self.row = None


def visible_lines(markdown_text: str, with_code: bool = True) -> list[str]:
    """The text a reader sees when the Markdown is shown on GitHub, one entry per line."""
    parser = _TextExtractor(with_code)
    parser.feed(to_html(markdown_text))
    parser.close()
    parser.flush()
    return parser.lines


def normalize(lines: list[str]) -> list[str]:
    """Comparable lines: no blank lines, no trailing blanks, inner blank runs as one space."""
    out = []
    for line in lines:
        stripped = line.rstrip()
        if not stripped.strip():
            continue
        indent = len(stripped) - len(stripped.lstrip())
        out.append(stripped[:indent] + re.sub(r"\s+", " ", stripped[indent:]))
    return out
