"""Wire behaviour the generated per-operation tests do not vary: validation (D14, D15),
`validate_request=False`, result selection options, streamed and file-like bodies, errors."""

from __future__ import annotations

import io
import subprocess

import pytest
from conftest import ROOT, Recorder
from pydantic import ValidationError

NOTYPES = ROOT / ".venv-notypes" / "bin" / "python"


async def test_path_pattern_is_enforced_before_sending(waylay_client, recorder: Recorder) -> None:
    with pytest.raises(ValidationError):
        await waylay_client.registry.models.get("m", "1.2")  # version is a semantic version
    assert recorder.requests == []
    recorder.reply(200, json={})
    await waylay_client.registry.models.get("m", "1.2", validate_request=False, raw_response=True)
    assert recorder.last.url.raw_path == b"/registry/v2/models/m/versions/1.2"


async def test_query_patterns_are_enforced_also_on_array_items(waylay_client, recorder) -> None:
    with pytest.raises(ValidationError):
        await waylay_client.registry.models.list(query={"nameVersion": ["a@1.0.0", "b"]})
    with pytest.raises(ValidationError):
        await waylay_client.registry.models.rebuild("m", "1.0.0", query={"forceVersion": "v2"})
    assert recorder.requests == []
    recorder.reply(200, json={"entities": []})
    await waylay_client.registry.models.list(
        query={"nameVersion": ["b"]}, validate_request=False, raw_response=True
    )
    assert recorder.last.url.query == b"nameVersion=b"


async def test_union_typed_parameters_are_validated(waylay_client, recorder: Recorder) -> None:
    """D14: a union is checked against its members, not accepted as `Any`."""
    with pytest.raises(ValidationError):
        await waylay_client.registry.models.create(query={"deprecatePrevious": "sometimes"})
    with pytest.raises(ValidationError):
        await waylay_client.registry.jobs.list(query={"createdBefore": "last tuesday"})
    assert recorder.requests == []
    recorder.reply(200, json={"jobs": []})
    await waylay_client.registry.jobs.list(
        query={"createdBefore": "P1D", "createdAfter": "2024-10-25"}, raw_response=True
    )
    assert recorder.last.url.query == b"createdBefore=P1D&createdAfter=2024-10-25"


async def test_select_path_and_response_type_on_lists(waylay_client, recorder) -> None:
    recorder.reply(200, json={"entities": [{"name": "a"}, {"name": "b"}]})
    names = await waylay_client.registry.models.list(select_path="entities[*].name")
    assert names == ["a", "b"]
    first = await waylay_client.registry.models.list(select_path="entities[0]")
    assert first.name == "a"  # a generic Model: select_path gives up the documented type
    raw = await waylay_client.registry.models.list(response_type=dict)
    assert raw == {"entities": [{"name": "a"}, {"name": "b"}]}


async def test_event_stream_with_select_path(waylay_client, recorder: Recorder) -> None:
    body = b'event: ack\r\ndata: "ok"\r\n\r\nevent: close\r\ndata: "bye"\r\n\r\n'
    recorder.reply(200, content=body, headers={"content-type": "text/event-stream"})
    events = await waylay_client.registry.jobs.events(select_path="event")
    assert [e async for e in events] == ["ack", "close"]
    assert recorder.last.url.path == "/registry/v2/jobs/events"


async def test_file_like_content_is_streamed(waylay_client, recorder: Recorder) -> None:
    recorder.reply(202, json={})
    archive = io.BytesIO(b"\x1f\x8b" + b"x" * 100_000)
    await waylay_client.registry.models.create(
        content=archive, headers={"content-type": "application/gzip"}, raw_response=True
    )
    assert recorder.last.content == b"\x1f\x8b" + b"x" * 100_000
    assert recorder.last.headers["content-type"] == "application/gzip"


async def test_multipart_header_without_boundary_is_completed(waylay_client, recorder) -> None:
    """A `content-type: multipart/form-data` header (without boundary) would make the body
    unparseable: httpx sets the header with its boundary instead."""
    recorder.reply(201, json={})
    await waylay_client.registry.models.update_assets(
        "m",
        "1.0.0",
        files={"model.json": ("model.json", b"{}", "application/json")},
        headers={"content-type": "multipart/form-data"},
        raw_response=True,
    )
    content_type = recorder.last.headers["content-type"]
    boundary = content_type.split("boundary=")[1]
    assert recorder.last.content.startswith(b"--" + boundary.encode())


async def test_user_headers_and_client_options_pass_through(waylay_client, recorder) -> None:
    recorder.reply(200, json={})
    await waylay_client.registry.about.get(
        headers={"x-trace": "abc"}, timeout=5.0, raw_response=True
    )
    assert recorder.last.headers["x-trace"] == "abc"
    assert recorder.last.extensions["timeout"]["read"] == 5.0


async def test_undocumented_error_status_raises_with_the_body(waylay_client, recorder) -> None:
    from waylay.sdk.api import ApiError

    recorder.reply(502, text="bad gateway")
    with pytest.raises(ApiError) as info:
        await waylay_client.registry.models.get_latest("m")
    assert info.value.response.status_code == 502
    assert info.value.data == "bad gateway"


async def test_validation_is_skipped_when_asked(waylay_client, recorder: Recorder) -> None:
    """`validate_request=False` sends what was given: body, query, path."""
    recorder.reply(200, json={})
    await waylay_client.registry.models.patch_metadata(
        "m",
        "x",
        json={"unknown": 1},
        query={"showTags": "never"},
        validate_request=False,
        raw_response=True,
    )
    assert recorder.last.url.raw_path == b"/registry/v2/models/m/versions/x/metadata?showTags=never"
    assert recorder.last.content == b'{"unknown":1}'


@pytest.mark.skipif(not NOTYPES.exists(), reason="make build creates .venv-notypes")
def test_path_patterns_are_enforced_without_types() -> None:
    code = """
import asyncio, httpx
from pydantic import ValidationError
from waylay.sdk import WaylayClient
from waylay.sdk.auth import NoCredentials
from waylay.sdk.config import WaylayConfig
client = WaylayClient(WaylayConfig(credentials=NoCredentials(gateway_url="http://example.io")),
                      {"transport": httpx.MockTransport(lambda r: httpx.Response(200, json={})),
                       "auth": None})
try:
    asyncio.run(client.registry.models.get("m", "1.2"))
except ValidationError:
    print("rejected")
"""
    result = subprocess.run([str(NOTYPES), "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "rejected", result.stderr
