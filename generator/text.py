"""Text escaping for each output context (CONTRACT §0.2 flat/pyesc/htmlesc, §6.0).

Jinja filters are registered from here, so templates never escape by hand.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

_FLAT = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def flat(text: str | None) -> str:
    """Every tab/newline/CR becomes one space (no trimming, no collapsing)."""
    return (text or "").translate(_FLAT)


# Control characters (NUL is not allowed in python source at all) become escapes.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def pyesc(text: str | None) -> str:
    """Flat text safe inside a double-quoted python string or docstring."""
    escaped = flat(text).replace("\\", "\\\\").replace('"', '\\"')
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", escaped)


def comment(text: str | None) -> str:
    """Flat text for a python `#` comment (control characters such as NUL as escapes)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", flat(text))


def pystr(value: str) -> str:
    """A python string literal for any text (exact, including control characters)."""
    return json.dumps(value, ensure_ascii=False)


def pyliteral(value: Any) -> str:
    """A python literal for a JSON value (defaults, examples)."""
    if isinstance(value, str):
        return pystr(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, float) and not math.isfinite(value):
        return f'float("{value}")'  # inf, -inf and nan have no literal
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(pyliteral(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pystr(str(k))}: {pyliteral(v)}" for k, v in value.items()) + "}"
    return pystr(str(value))


def docstring(text: str | None) -> str:
    """Docstring body: flat, escaped, ending with exactly one period (D17 fixed)."""
    body = pyesc(text).strip()
    if not body:
        return body
    return body if body.endswith((".", "!", "?")) else body + "."


_HTML = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
    "`": "&#x60;",
    "=": "&#x3D;",
}
_HTML_RE = re.compile("[&<>\"'`=]")


def htmlesc(text: str | None) -> str:
    """Mustache-style HTML escaping (table cells of the docs)."""
    return _HTML_RE.sub(lambda m: _HTML[m.group(0)], text or "")


def cell(text: str | None) -> str:
    """A Markdown table cell: flat, HTML-escaped, `|` escaped (no stray backslashes: D19)."""
    return htmlesc(flat(text)).replace("|", "\\|")


def pipes(text: str | None) -> str:
    """Verbatim text (names, paths, code spans) inside a Markdown table cell: `|` escaped."""
    return flat(text).replace("|", "\\|")


# Inline HTML kept in Markdown paragraphs (the published docs use these); any other tag,
# comment or processing instruction is escaped so it shows as text and cannot run or
# swallow the rest of the page (`<script>`, an unclosed `<!--`).
_SAFE_TAGS = frozenset(
    "a abbr b br code del em hr i ins kbd li ol p pre s small span strong sub sup u ul".split()
)
_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*|[!?])")
# A paragraph that starts like a block (heading, quote, list item, fence, code indent)
_BLOCK_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\d{1,9}[.)](?=\s|$)|```|~~~)")


def safe_html(text: str) -> str:
    """Escape every HTML tag that is not plain formatting (`<script>` becomes text)."""
    return _TAG_START.sub(
        lambda m: m.group(0) if m.group(2).lower() in _SAFE_TAGS else "&lt;" + m.group(0)[1:],
        text,
    )


def md_text(text: str | None) -> str:
    """A Markdown paragraph line: flat, safe HTML kept, never starting a block of its own."""
    line = safe_html(flat(text).lstrip(" "))
    found = _BLOCK_START.match(line)
    if found:
        marker = found.group(0)
        line = (
            marker[:-1] + "\\" + marker[-1] + line[len(marker) :]
            if marker[0].isdigit()
            else "\\" + line
        )
    return line


_ROOT_LINK = re.compile(r"\]\(/(?!/)")


def absolute_root_links(markdown: str, base: str) -> str:
    """Make Markdown links relative to a site root (`](/x)`) absolute against `base`."""
    return _ROOT_LINK.sub(lambda _m: "](" + base.rstrip("/") + "/", markdown)
