"""The escaping helpers of the docs: what they write renders to exactly the text given.

Rendered with the GitHub-like renderer of the other docs tests; whitespace runs count as one.
"""

from __future__ import annotations

import re

from docs_render import visible_lines
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.docviews import code_cell, doc_cell, md_inline, md_paragraph, table_row

# printable ASCII plus a few non-ASCII letters; no newlines (all texts are flattened)
_ANY = st.text(st.characters(min_codepoint=32, max_codepoint=126) | st.sampled_from("éß→•"))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _shown(markdown: str) -> list[str]:
    return [_norm(line) for line in visible_lines(markdown) if line.strip()]


@settings(max_examples=300, deadline=None)
@given(_ANY)
def test_md_inline_shows_the_literal_text(text: str) -> None:
    """Paths, media types, signatures: nothing is emphasis, code, link or HTML (X-docs-1)."""
    expected = _norm(f"x {text}")
    assert _shown(f"x {md_inline(text)}") == ([expected] if expected else [])


def test_md_inline_examples() -> None:
    assert _shown(md_inline("application/json, */*+json")) == ["application/json, */*+json"]
    assert md_inline("function_type: Dict[str, Any]") == "function_type: Dict[str, Any]"
    assert _shown(md_inline("a [b](c) <d> `e` _f_ A | B")) == ["a [b](c) <d> `e` _f_ A | B"]


# descriptions are Markdown: emphasis, strike-through and links in them are meant
_CELL = st.text(
    st.characters(min_codepoint=32, max_codepoint=126, exclude_characters="*_~[]")
    | st.sampled_from("é→")
)


@settings(max_examples=300, deadline=None)
@given(_CELL)
def test_doc_cell_shows_the_text_in_one_cell(text: str) -> None:
    """D19 and constant columns: HTML, `|`, backslashes and quotes show as written."""
    table = "\n".join(["| a | b |", "| - | - |", table_row(doc_cell(text), "z")])
    assert _shown(table) == ["a b", _norm(f"{_norm(text)} z")]


def test_doc_cell_examples() -> None:
    assert doc_cell('quoted using `"`') == "quoted using &#x60;&quot;&#x60;"
    assert doc_cell("a \\d | b") == "a &#92;d \\| b"


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["# ", "## ", "- ", "+ ", "* ", "> ", "1. ", "2) ", "    ", "```", "=", ""]),
    _CELL,
)
def test_md_paragraph_stays_one_paragraph(start: str, text: str) -> None:
    """A description that starts like a heading, list, quote or code block stays a paragraph."""
    source = start + text.replace("<", "").replace("&", "").replace("\\", "").replace("`", "")
    rendered = _shown(md_paragraph(source))
    assert rendered == ([_norm(source)] if _norm(source) else [])


def test_code_cell_keeps_backticks_and_pipes() -> None:
    assert code_cell("'a|b'") == "`'a\\|b'`"
    assert code_cell("x`y") == "``x`y``"
    table = "\n".join(["| a |", "| - |", table_row(code_cell("'a|b`'"))])
    assert _shown(table) == ["a", "'a|b`'"]
