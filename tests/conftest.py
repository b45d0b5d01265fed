"""Shared fixtures: the real Waylay client over a recording httpx transport."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"


def _find_shared() -> Path:
    """The workplace's `shared/` folder: beside this checkout, else beside the repository it
    was cloned from (a clone in a temp dir), else `$WAYLAY_SHARED`."""
    candidates = [ROOT.parent / "shared"]
    origin = subprocess.run(
        ["git", "config", "--get", "remote.origin.url"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    if origin and "://" not in origin and not origin.startswith("git@"):
        candidates.append(Path(origin).resolve().parent / "shared")
    if os.environ.get("WAYLAY_SHARED"):
        candidates.insert(0, Path(os.environ["WAYLAY_SHARED"]))
    for path in candidates:
        if (path / "cases").is_dir():
            return path
    return candidates[0]  # tests that need it fail with the path they looked for


SHARED = _find_shared()
GENERATED = ROOT / "generated"


class Recorder:
    """An httpx transport that records requests and answers with canned responses."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.responder: Callable[[httpx.Request], httpx.Response] = lambda r: httpx.Response(
            200, json={}
        )

    def reply(self, status: int = 200, **kwargs: Any) -> None:
        """Answer every following request with this response."""
        self.responder = lambda r: httpx.Response(status, **kwargs)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.responder(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def waylay_client(recorder: Recorder):
    """`WaylayClient` with no credentials whose http traffic goes to the recorder."""
    from waylay.sdk import WaylayClient
    from waylay.sdk.auth import NoCredentials
    from waylay.sdk.config import WaylayConfig

    config = WaylayConfig(credentials=NoCredentials(gateway_url="http://example.io"))
    return WaylayClient(config, {"transport": httpx.MockTransport(recorder), "auth": None})
