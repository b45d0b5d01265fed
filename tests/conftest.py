"""Shared fixtures: the real Waylay client over a recording httpx transport."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
SHARED = ROOT.parent / "shared"
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
