"""Every relative link of every generated doc and README resolves (D5).

A link must name an existing file; a `#fragment` must name a heading of the target (GitHub's
anchor of the heading text) or an `<a id>`/`<a name>` anchor in it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import GENERATED
from docs_render import markdown

_ANCHOR_HTML = re.compile(r"""<a\s+(?:[^>]*?\s)?(?:id|name)\s*=\s*["']([^"']+)["']""", re.I)
_HREF_HTML = re.compile(r"""<a\s+(?:[^>]*?\s)?href\s*=\s*["']([^"']+)["']""", re.I)


def doc_files() -> list[Path]:
    return sorted(GENERATED.glob("*/**/*.md"))


def github_slug(text: str) -> str:
    """GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens."""
    text = text.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _inline_text(token: object) -> str:
    children = getattr(token, "children", None) or []
    return "".join(c.content for c in children if c.type in ("text", "code_inline"))


@cache
def headings(path: Path) -> dict[str, str]:
    """Heading anchors of a Markdown file (GitHub's -1, -2 for repeats) -> heading text."""
    tokens = markdown().parse(path.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    counts: dict[str, int] = {}
    for i, t in enumerate(tokens):
        if t.type == "heading_open":
            text = _inline_text(tokens[i + 1])
            slug = github_slug(text)
            n = counts.get(slug, 0)
            counts[slug] = n + 1
            found[slug if n == 0 else f"{slug}-{n}"] = text
    return found


def anchors(path: Path) -> frozenset[str]:
    """Anchors a Markdown file defines: headings and `<a id>`/`<a name>` elements."""
    html = _ANCHOR_HTML.findall(path.read_text(encoding="utf-8"))
    return frozenset(headings(path)) | frozenset(html)


def links(path: Path) -> list[str]:
    """Targets of all Markdown links and images and of HTML `<a href>` in a file."""
    text = path.read_text(encoding="utf-8")
    out: list[str] = []

    def walk(tokens: list) -> None:  # type: ignore[type-arg]
        for t in tokens:
            if t.type == "link_open":
                out.append(str(t.attrs.get("href", "")))
            elif t.type == "image":
                out.append(str(t.attrs.get("src", "")))
            elif t.type in ("html_inline", "html_block"):
                out.extend(_HREF_HTML.findall(t.content))
            if t.children:
                walk(t.children)

    walk(markdown().parse(text))
    return out


def broken_links(path: Path) -> list[str]:
    """The relative links of a file that do not resolve, with the reason."""
    broken = []
    for href in links(path):
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            continue  # external (https:, mailto:): not checked offline
        target = path if not parts.path else (path.parent / unquote(parts.path)).resolve()
        if not target.is_file():
            broken.append(f"{href}: no file {target}")
            continue
        if parts.fragment and target.suffix == ".md":
            if unquote(parts.fragment) not in anchors(target):
                broken.append(f"{href}: no anchor #{parts.fragment} in {target.name}")
    return broken


DOCS = doc_files()


def test_docs_exist() -> None:
    names = {p.name for p in DOCS}
    assert {"README.md", "ModelsApi.md", "Operation.md", "FunctionRef.md"} <= names


@pytest.mark.parametrize("path", DOCS, ids=[str(p.relative_to(GENERATED)) for p in DOCS])
def test_relative_links_resolve(path: Path) -> None:
    assert broken_links(path) == []


def test_checker_finds_broken_links(tmp_path: Path) -> None:
    """The published docs' broken links (`(.md)`, `(str.md)`, missing anchors) are found."""
    (tmp_path / "A.md").write_text('# Title\n\n## get_x\n<a id="here"></a>\n', encoding="utf-8")
    doc = tmp_path / "B.md"
    doc.write_text(
        "[ok](A.md#get_x) [ok](A.md#here) [ok](#own) [ok](https://x.io/y.md)\n"
        "[bad](.md) [bad](str.md) [bad](A.md#nope)\n\n# own\n",
        encoding="utf-8",
    )
    found = broken_links(doc)
    assert [b.split(":")[0] for b in found] == [".md", "str.md", "A.md#nope"]


def test_method_links_reach_the_method_heading() -> None:
    """README and method tables link each method to its own heading (not a same-named one)."""
    for readme in sorted(GENERATED.glob("*/README.md")):
        targets = set(links(readme))
        docs = readme.parent / "docs"
        for api_doc in sorted(docs.glob("*Api.md")):
            text = api_doc.read_text(encoding="utf-8")
            methods = re.findall(r"^# \*\*(\w+)\*\*$", text, re.M)
            assert methods, api_doc
            own = set(links(api_doc))
            for m in methods:
                slug = next(s for s, h in headings(api_doc).items() if h == m)
                assert f"docs/{api_doc.name}#{slug}" in targets
                assert f"{api_doc.name}#{slug}" in own
        models = [
            p
            for p in docs.glob("*.md")
            if not p.name.endswith("Api.md") and p.name != "Operation.md"
        ]
        for model_doc in models:
            assert f"docs/{model_doc.name}" in targets


def test_anchor_of_a_method_named_like_a_section() -> None:
    """GitHub numbers repeated anchors: a method `example` after an Example heading."""
    from generator.docviews import Anchors

    page = Anchors()
    assert page.add("waylay.services.x.FooApi") == "waylayservicesxfooapi"
    assert page.add("get") == "get"
    assert page.add("Example") == "example"
    assert page.add("Return type") == "return-type"
    assert page.add("example") == "example-1"
    assert github_slug("waylay.services.x.FooApi") == "waylayservicesxfooapi"
