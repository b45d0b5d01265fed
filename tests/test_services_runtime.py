"""The generated storage and data SDKs through the real `WaylayClient`: what goes over the wire.

Storage (OpenAPI 3.1, FastAPI-style `anyOf [X, null]` parameters, `const`, 422 errors) and
data (OpenAPI 3.0.3: `nullable`, `$ref`s to components/parameters and responses,
`x-classname`, recursive unions, ndjson event streams) exercise what the registry spec does not.
"""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime

import pytest
from conftest import ROOT, Recorder
from pydantic import ValidationError

pytestmark = pytest.mark.asyncio


# --- the plugins ---------------------------------------------------------------------------


async def test_client_exposes_all_installed_services(waylay_client) -> None:
    from waylay.sdk.plugin import WaylayService
    from waylay.services.data.service import DataService
    from waylay.services.registry.service import RegistryService
    from waylay.services.storage.service import StorageService

    for attr, cls in (
        ("registry", RegistryService),
        ("storage", StorageService),
        ("data", DataService),
    ):
        service = getattr(waylay_client, attr)
        assert isinstance(service, cls) and isinstance(service, WaylayService)
        # the name waylay-sdk-core's type stubs (waylay.sdk.plugin.type_stubs) declare
        assert cls.name == attr
    assert {"about", "bucket", "object", "subscription"} <= set(vars(waylay_client.storage))
    assert {"about", "events", "messages", "series"} <= set(vars(waylay_client.data))


async def test_service_classes_are_the_ones_waylay_sdk_core_expects() -> None:
    """`WaylayClient.storage`/`.data` are typed by imports of these exact names."""
    import inspect

    import waylay.sdk.client
    import waylay.sdk.plugin.type_stubs as stubs

    source = inspect.getsource(stubs) + inspect.getsource(waylay.sdk.client)
    assert "from waylay.services.storage.service import StorageService" in source
    assert "from waylay.services.data.service import DataService" in source
    assert "storage: StorageService" in source and "data: DataService" in source


# --- storage -------------------------------------------------------------------------------

BUCKET = {"name": "b", "store": {"type": "s3", "name": "main", "url": "s3://x"}}


async def test_storage_list_buckets_nullable_query(waylay_client, recorder: Recorder) -> None:
    from waylay.services.storage.models import STORETYPE, BucketListing

    recorder.reply(200, json={"buckets": [BUCKET], "_links": {"self": {"href": "/b"}}})
    result = await waylay_client.storage.bucket.list(query={"store": "main"})
    assert (recorder.last.method, str(recorder.last.url)) == (
        "GET",
        "http://example.io/storage/v1/bucket?store=main",
    )
    assert isinstance(result, BucketListing)
    assert result.buckets[0].store is not None and result.buckets[0].store.type is STORETYPE.S3
    assert result.links is not None and result.links["self"].href == "/b"  # type: ignore[union-attr]


async def test_storage_object_path_keeps_its_slashes(waylay_client, recorder: Recorder) -> None:
    from waylay.services.storage.models import BucketObject
    from waylay.services.storage.queries.object_api import ListQuery

    recorder.reply(
        200,
        json={
            "bucket": {"name": "my bucket"},
            "name": "dir/a b.txt",
            "size": 3,
            "_links": {"get": {"href": "/signed"}, "alt": [{"href": "/1"}, {"href": "/2"}]},
        },
    )
    query = ListQuery(stat=True, sign="GET", expiry_seconds=60, content_length_min=0)
    result = await waylay_client.storage.object.list(
        "my bucket", "dir/sub dir/a b.txt", query=query
    )
    req = recorder.last
    # the bucket name is one segment (escaped), the object path a path suffix
    assert req.url.raw_path.decode() == (
        "/storage/v1/bucket/my%20bucket/dir/sub%20dir/a%20b.txt"
        "?stat=true&sign=GET&expiry_seconds=60&content_length_min=0"
    )
    # `BucketObjectListing | BucketObject | HALEntity`: the matching member is chosen
    assert isinstance(result, BucketObject)
    assert result.size == 3 and not result.is_dir


async def test_storage_create_folder_keeps_the_trailing_slash(waylay_client, recorder) -> None:
    recorder.reply(200, json={"bucket": {"name": "b"}, "name": "new/", "is_dir": True})
    result = await waylay_client.storage.object.create_folder("b", "a/new", query={"all": True})
    assert recorder.last.method == "PUT"
    assert recorder.last.url.raw_path.decode() == "/storage/v1/bucket/b/a/new/?all=true"
    assert result.is_dir is True


async def test_storage_required_query_and_enum_query(waylay_client, recorder: Recorder) -> None:
    from waylay.services.storage.models import EVENTTYPE, SubscriptionsListing

    recorder.reply(200, json={"_links": {}})
    await waylay_client.storage.object.copy_or_move(
        "b", "to/here.txt", query={"source": "from/there.txt", "move": True}
    )
    assert recorder.last.url.raw_path.decode() == (
        "/storage/v1/bucket/b/to/here.txt?source=from%2Fthere.txt&move=true"
    )
    recorder.reply(200, json={"buckets": [BUCKET]})
    result = await waylay_client.storage.subscription.list(
        query={"event_type": EVENTTYPE.DELETE, "channel_type": "webhook", "max_keys": 5}
    )
    assert recorder.last.url.query.decode() == "event_type=delete&channel_type=webhook&max_keys=5"
    assert isinstance(result, SubscriptionsListing)
    with pytest.raises(ValidationError):
        await waylay_client.storage.subscription.list(query={"event_type": "rename"})


async def test_storage_subscription_body_and_union_result(waylay_client, recorder) -> None:
    from waylay.services.storage.models import (
        EventFilter,
        SubscriptionConfigInput,
        SubscriptionConfigOutput,
        SystemChannelConfigInput,
        WebScriptChannelConfigOutput,
    )

    recorder.reply(
        200,
        json={
            "id": "s1",
            "channel": {"type": "webscript", "name": "hook", "method": "PUT"},
            "filters": [{"events": ["put", "delete"]}],
        },
    )
    body = SubscriptionConfigInput(
        channel=SystemChannelConfigInput(),
        filters=[EventFilter(prefix="in/")],
    )
    result = await waylay_client.storage.subscription.replace("b", "s1", json=body)
    req = recorder.last
    assert (req.method, req.url.path) == ("PUT", "/storage/v1/subscription/b/s1")
    assert req.headers["content-type"] == "application/json"
    # a `const` property defaults to its value, enum defaults are members (the runtime sends
    # every non-None field)
    assert json.loads(req.content) == {
        "channel": {"type": "system"},
        "filters": [{"prefix": "in/", "events": ["put"]}],
    }
    assert isinstance(result, SubscriptionConfigOutput)
    assert isinstance(result.channel, WebScriptChannelConfigOutput)
    assert result.channel.method is not None and result.channel.method.value == "PUT"


async def test_storage_plain_string_response(waylay_client, recorder: Recorder) -> None:
    recorder.reply(200, json="0.9.0")
    assert await waylay_client.storage.about.get() == "0.9.0"


async def test_storage_validation_error_raises_api_error(waylay_client, recorder) -> None:
    from waylay.sdk.api import ApiError
    from waylay.services.storage.models import HTTPValidationError

    recorder.reply(
        422, json={"detail": [{"loc": ["query", "max_keys", 0], "msg": "x", "type": "t"}]}
    )
    with pytest.raises(ApiError) as info:
        await waylay_client.storage.subscription.remove("b", "s1")
    assert recorder.last.method == "DELETE"
    assert isinstance(info.value.data, HTTPValidationError)
    assert info.value.data.detail is not None and info.value.data.detail[0].loc == [
        "query",
        "max_keys",
        0,
    ]


# --- data ----------------------------------------------------------------------------------


async def test_data_post_events_keeps_measurement_types(waylay_client, recorder) -> None:
    from waylay.services.data.models import PublishEventResponse

    recorder.reply(200, json={"message": "ok", "content": {}})
    events = [
        {"resource": "r1", "temperature": 21, "humidity": 40.5, "on": True, "label": None},
        {"resource": "r2", "timestamp": 1663269720694, "pos": {"x": [1, 2]}, "tags": ["a", 1]},
    ]
    result = await waylay_client.data.events.post_series(
        json=events, query={"forward": False, "ttl": "52w"}
    )
    req = recorder.last
    assert (req.method, str(req.url)) == (
        "POST",
        "http://example.io/data/v1/events?forward=false&ttl=52w",
    )
    # validated against the (recursive) Measurements union, sent unchanged: ints stay ints
    assert json.loads(req.content) == events
    assert isinstance(result, PublishEventResponse)


async def test_data_ttl_and_body_are_validated(waylay_client, recorder: Recorder) -> None:
    with pytest.raises(ValidationError):
        # TTLDuration: seconds, `\d+[wdhms]` or ISO8601 duration
        await waylay_client.data.events.post_series(json={"resource": "r"}, query={"ttl": "1y"})
    with pytest.raises(ValidationError):
        # ResourceEvent requires `resource`
        await waylay_client.data.events.post_series(json={"temperature": 1})
    assert recorder.requests == []


async def test_data_post_for_resource_from_components_parameters(waylay_client, recorder) -> None:
    from waylay.services.data.models import PublishResourceEventResponse, TimestampedEvent

    recorder.reply(200, json={"message": "ok", "content": {"timestamp": 5, "temperature": 1}})
    result = await waylay_client.data.events.post_series_for_resource(
        "r/1", json={"temperature": 1}, query={"forward": True, "store": False, "ttl": 3600}
    )
    assert recorder.last.url.raw_path.decode() == (
        "/data/v1/events/r%2F1?forward=true&store=false&ttl=3600"
    )
    assert isinstance(result, PublishResourceEventResponse)
    assert isinstance(result.content, TimestampedEvent)
    assert result.content.model_extra == {"temperature": 1}


async def test_data_stream_events_ndjson(waylay_client, recorder: Recorder) -> None:
    from waylay.services.data.models import TimestampedResourceEvent

    lines = [
        {"resource": "r1", "timestamp": 1, "temperature": 12},
        {"resource": "r1", "timestamp": 2, "nested": {"a": [1, None]}},
    ]
    recorder.reply(
        200,
        content=b"".join(json.dumps(x).encode() + b"\n" for x in lines),
        headers={"content-type": "application/x-ndjson"},
    )
    stream = await waylay_client.data.events.stream_events("r1")
    received = [event async for event in stream]
    assert recorder.last.url.path == "/data/v1/events/r1"
    assert all(isinstance(e, TimestampedResourceEvent) for e in received)
    assert [e.model_dump(by_alias=True, exclude_none=False) for e in received] == lines


async def test_data_latest_messages_array_result(waylay_client, recorder: Recorder) -> None:
    from waylay.services.data.models import TimestampedEvent

    recorder.reply(200, json=[{"timestamp": 1, "t": 1.5}, {"timestamp": 2, "t": "x"}])
    result = await waylay_client.data.messages.get_latest_messages("r1")
    assert recorder.last.url.path == "/data/v1/messages/r1"
    assert [type(m) for m in result] == [TimestampedEvent, TimestampedEvent]
    assert [m.model_extra for m in result] == [{"t": 1.5}, {"t": "x"}]


async def test_data_not_found_is_an_api_error(waylay_client, recorder: Recorder) -> None:
    from waylay.sdk.api import ApiError
    from waylay.services.data.models import ErrorResponse

    recorder.reply(404, json={"error": "no message yet"})
    with pytest.raises(ApiError) as info:
        await waylay_client.data.messages.get_latest_document("r1")
    assert isinstance(info.value.data, ErrorResponse)
    assert info.value.data.error == "no message yet"


async def test_data_series_union_query_params(waylay_client, recorder: Recorder) -> None:
    from waylay.services.data.models import TimeseriesJsonResult

    recorder.reply(
        200,
        json={
            "query": {"metric": "temperature", "grouping": "PT1H", "resources": ["r1"]},
            "series": [[1663269720694, 13], [1663269720695, None], [1663269720696, 13.5]],
        },
    )
    result = await waylay_client.data.series.get_metric_series(
        "r1",
        "temperature",
        query={
            "from": 1665619200000,
            "until": datetime(2024, 1, 1, tzinfo=UTC),
            "aggregate": "mean",
            "grouping": "auto",
            "order": "descending",
            "returnIngestionTimestamp": True,
        },
    )
    assert recorder.last.url.query.decode() == (
        "from=1665619200000&until=2024-01-01T00%3A00%3A00Z&aggregate=mean&grouping=auto"
        "&order=descending&returnIngestionTimestamp=true"
    )
    assert isinstance(result, TimeseriesJsonResult)
    # nullable values in the timestamp-value pairs, ints kept
    assert result.series == [[1663269720694, 13], [1663269720695, None], [1663269720696, 13.5]]
    with pytest.raises(ValidationError):
        await waylay_client.data.series.get_metric_series("r1", "t", query={"grouping": "often"})


async def test_data_delete_series_array_query(waylay_client, recorder: Recorder) -> None:
    from waylay.services.data.models import MessageSuccessResult

    recorder.reply(200, json={"message": "deleted"})
    result = await waylay_client.data.series.delete_series(
        "r1", query={"metrics": ["a", "b"], "from": "7d", "until": 1663269720694}
    )
    assert recorder.last.method == "DELETE"
    assert recorder.last.url.query.decode() == "from=7d&until=1663269720694&metrics=a&metrics=b"
    # the inline response schema is named by its `x-classname`
    assert isinstance(result, MessageSuccessResult) and result.message == "deleted"


async def test_data_query_time_series_filter_from_allof_union(waylay_client, recorder) -> None:
    from waylay.services.data.models import TimeseriesJsonResult

    recorder.reply(
        200, json={"query": {"metric": "m", "grouping": "1h", "resources": []}, "series": []}
    )
    body = {
        "metric": "temperature",
        "aggregates": ["min", "max"],
        "resources": ["r1"],
        "filter": {"operator": "between", "lowerBound": 0, "upperBound": 10.5},
    }
    result = await waylay_client.data.series.query_time_series(json=body)
    # the filter is `allOf [operator, oneOf [exact, bounds]]`: no alternative's field is lost;
    # the runtime adds the defaults of unset fields
    assert json.loads(recorder.last.content) == {**body, "returnIngestionTimestamp": False}
    assert isinstance(result, TimeseriesJsonResult)


async def test_data_about_and_hal_media_type(waylay_client, recorder: Recorder) -> None:
    from waylay.services.data.models import VersionResponse

    recorder.reply(200, json={"name": "waylay-broker", "version": "2.18.0"})
    about = await waylay_client.data.about.get()
    assert recorder.last.url.path == "/data/v1/"
    assert isinstance(about, VersionResponse) and about.version == "2.18.0"
    recorder.reply(200, json={"query": {"metric": "m", "grouping": "1h", "resources": []}})
    raw = await waylay_client.data.series.get_datapoints_for_metric_raw(
        "r1",
        "m",
        query={"limit": 10},
        headers={"accept": "application/hal+json"},
        raw_response=True,
    )
    assert raw.status_code == 200
    assert recorder.last.headers["accept"] == "application/hal+json"
    assert recorder.last.url.query.decode() == "limit=10"


# --- without the types packages ------------------------------------------------------------

NOTYPES = ROOT / ".venv-notypes" / "bin" / "python"


@pytest.mark.skipif(not NOTYPES.exists(), reason="make build creates .venv-notypes")
async def test_storage_and_data_without_types() -> None:
    """Api packages only: dict queries and bodies go out unchanged, results are generic models."""
    code = """
import asyncio, httpx, json
from importlib.util import find_spec
from waylay.sdk import WaylayClient
from waylay.sdk.auth import NoCredentials
from waylay.sdk.config import WaylayConfig
assert find_spec("waylay.services.storage.models") is None
assert find_spec("waylay.services.data.models") is None
seen, replies = [], []
def handler(request):
    request.read()
    seen.append(request)
    return replies.pop(0)
client = WaylayClient(WaylayConfig(credentials=NoCredentials(gateway_url="http://example.io")),
                      {"transport": httpx.MockTransport(handler), "auth": None})
replies.append(httpx.Response(200, json={"bucket": {"name": "b"}, "name": "d/x", "size": 1}))
obj = asyncio.run(client.storage.object.list("b", "d/x", query={"stat": True, "other": 1}))
assert seen[-1].url.raw_path.decode() == "/storage/v1/bucket/b/d/x?stat=true&other=1"
assert obj.size == 1 and obj.bucket.name == "b", obj
events = [{"resource": "r", "t": 1, "nested": {"a": [1, None]}}]
replies.append(httpx.Response(200, json={"message": "ok"}))
asyncio.run(client.data.events.post_series(json=events, query={"ttl": "1d"}))
assert json.loads(seen[-1].content) == events and seen[-1].url.query == b"ttl=1d"
print("ok")
"""
    result = subprocess.run(
        [str(NOTYPES), "-W", "error", "-c", code], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
