"""Media type rules (CONTRACT P8): which request keyword a content type belongs to."""

from __future__ import annotations

import re


def base(media: str) -> str:
    """The media type without parameters, lower case."""
    return media.split(";")[0].strip().lower()


def is_json(media: str) -> bool:
    """`<type>/json` or `<type>/<anything>+json`."""
    return bool(re.fullmatch(r"[^/]+/([^/]+\+)?json", base(media)))


def is_form(media: str) -> bool:
    """`multipart/*` or `application/x-www-form-urlencoded`."""
    b = base(media)
    return b.startswith("multipart/") or b == "application/x-www-form-urlencoded"


def is_other(media: str) -> bool:
    """Anything else (binary, text, `*/*`): the `content` keyword."""
    return not is_json(media) and not is_form(media)
