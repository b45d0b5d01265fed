"""Sends calls through an installed registry SDK and prints what went over the wire, as JSON.

Run by `test_wire_differential.py` with two interpreters: ours (`.venv`) and the published SDK
(`/tmp/peer`). Only the standard library, httpx and the SDK under test are used, so the same
script works with both runtimes (waylay-sdk-core 1.0.0 and 0.3.3).

Input (argv[1]): a JSON list of calls `{"api", "method", "args", "kwargs", "reply"}`; bytes are
written as `{"$bytes": "<latin-1 text>"}`, the files of a multipart body as `{"$files": {...}}`.
Output: one JSON object per call with the request (method, raw path, query pairs, content type,
body) and the result (type name, or the exception and the type of its data).
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import sys
from typing import Any
from urllib.parse import parse_qsl

import httpx
from waylay.sdk import WaylayClient
from waylay.sdk.auth import NoCredentials
from waylay.sdk.config import WaylayConfig


def decode(value: Any) -> Any:
    """JSON input -> python arguments (bytes, multipart files)."""
    if isinstance(value, dict):
        if "$bytes" in value:
            return value["$bytes"].encode("latin-1")
        if "$files" in value:
            return {
                k: (name, content.encode("latin-1"), ctype)
                for k, (name, content, ctype) in value["$files"].items()
            }
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def body_of(request: httpx.Request) -> Any:
    """The body as comparable JSON: parsed JSON, or text with the multipart boundary masked."""
    content = request.content
    if not content:
        return None
    ctype = request.headers.get("content-type", "")
    if "json" in ctype:
        try:
            return {"json": json.loads(content)}
        except ValueError:
            pass
    match = re.search(r"boundary=([^;]+)", ctype)
    if match:
        content = content.replace(match.group(1).encode(), b"BOUNDARY")
    return {"bytes": base64.b64encode(content).decode()}


def type_name(value: Any) -> str:
    return type(value).__name__


async def run(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    seen: list[httpx.Request] = []
    reply: dict[str, Any] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if reply.get("binary"):
            headers = {"content-type": "application/octet-stream"}
            return httpx.Response(reply["status"], content=b"\x00binary", headers=headers)
        return httpx.Response(reply["status"], json=reply.get("json", {}))

    config = WaylayConfig(credentials=NoCredentials(gateway_url="http://example.io"))
    client = WaylayClient(config, {"transport": httpx.MockTransport(handler), "auth": None})
    for call in calls:
        reply.clear()
        reply.update(call["reply"])
        seen.clear()
        api = getattr(client.registry, call["api"])
        out: dict[str, Any] = {"id": call["id"]}
        try:
            result = await getattr(api, call["method"])(
                *decode(call["args"]), **decode(call["kwargs"])
            )
            out["result"] = type_name(result)
        except Exception as exc:  # noqa: BLE001 - the outcome is what we compare
            out["error"] = type_name(exc)
            if hasattr(exc, "data"):
                out["error_data"] = type_name(exc.data)
        if seen:
            request = seen[-1]
            raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
            ctype = request.headers.get("content-type")
            out["request"] = {
                "method": request.method,
                "path": raw_path,
                "query": parse_qsl(raw_query, keep_blank_values=True),
                "content_type": re.sub(r"boundary=[^;]+", "boundary=BOUNDARY", ctype)
                if ctype
                else None,
                "body": body_of(request),
            }
        results.append(out)
    return results


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        calls = json.load(f)
    print(json.dumps(asyncio.run(run(calls))))


if __name__ == "__main__":
    main()
