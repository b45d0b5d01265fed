"""The generated registry SDK through the real `WaylayClient`: what goes over the wire."""

from __future__ import annotations

import json

import pytest
from conftest import Recorder
from pydantic import ValidationError

pytestmark = pytest.mark.asyncio

ENTITY = {
    "createdBy": "@me",
    "createdAt": "2024-10-25T10:00:00Z",
    "updatedBy": "@me",
    "updatedAt": "2024-10-25T10:00:00Z",
    "status": "running",
    "runtime": {
        "name": "byoml-sklearn-1.3",
        "version": "1.0.0",
        "deprecated": False,
        "upgradable": False,
    },
    "deprecated": False,
    "draft": False,
    "model": {"name": "m", "version": "1.0.0", "runtime": "byoml-sklearn-1.3", "metadata": {}},
}
JOB = {"message": "accepted", "entity": ENTITY, "_links": {"job": {"href": "/jobs/1"}}}


async def test_plugin_registers_every_api(waylay_client) -> None:
    from waylay.services.registry.api import ModelsApi
    from waylay.services.registry.service import RegistryService

    assert isinstance(waylay_client.registry, RegistryService)
    assert isinstance(waylay_client.registry.models, ModelsApi)
    attrs = {
        "about",
        "jobs",
        "model_tags",
        "models",
        "plug_tags",
        "plugs",
        "runtimes",
        "schemas",
        "tags",
        "webscript_tags",
        "webscripts",
    }
    assert attrs <= set(vars(waylay_client.registry))


async def test_create_with_binary_content(waylay_client, recorder: Recorder) -> None:
    from waylay.services.registry.models import PostModelJobAsyncResponseV2

    recorder.reply(202, json=JOB)
    result = await waylay_client.registry.models.create(
        content=b"\x1f\x8b tarball",
        query={
            "async": True,
            "copy": "other@1.0.0",
            "scaleToZero": False,
            "deprecatePrevious": "patch",
        },
        headers={"content-type": "application/tar+gzip"},
    )
    req = recorder.last
    assert req.method == "POST"
    assert req.url.path == "/registry/v2/models/"
    # serialised by the query model: spec order, wire names
    assert (
        req.url.query.decode()
        == "scaleToZero=false&deprecatePrevious=patch&async=true&copy=other%401.0.0"
    )
    assert req.headers["content-type"] == "application/tar+gzip"
    assert req.content == b"\x1f\x8b tarball"
    assert isinstance(result, PostModelJobAsyncResponseV2)


async def test_create_defaults_the_content_type(waylay_client, recorder: Recorder) -> None:
    recorder.reply(202, json=JOB)
    await waylay_client.registry.models.create(content=b"x", raw_response=True)
    assert recorder.last.headers["content-type"] == "application/octet-stream"


async def test_create_with_query_model_python_names(waylay_client, recorder: Recorder) -> None:
    from waylay.services.registry.queries.models_api import CreateQuery

    recorder.reply(201, json=JOB)
    query = CreateQuery(var_async=False, copy_from="base", scale_to_zero=True, dry_run=True)
    await waylay_client.registry.models.create(json={}, query=query, raw_response=True)
    req = recorder.last
    assert req.url.query.decode() == "scaleToZero=true&dryRun=true&async=false&copy=base"
    assert req.headers["content-type"] == "application/json"
    assert json.loads(req.content) == {}


async def test_create_json_body_is_typed_from_the_json_media_type(waylay_client, recorder) -> None:
    recorder.reply(201, json=JOB)
    with pytest.raises(ValidationError):
        # D12: the JSON body of create is an object, not bytes
        await waylay_client.registry.models.create(json=["not", "an", "object"])


async def test_get_latest(waylay_client, recorder: Recorder) -> None:
    from waylay.services.registry.models import GetModelResponseV2

    recorder.reply(200, json={"entity": {}, "_links": {}})
    result = await waylay_client.registry.models.get_latest(
        "my model", query={"includeDraft": True, "showTags": "embed"}
    )
    req = recorder.last
    assert (req.method, req.url.raw_path.decode()) == (
        "GET",
        "/registry/v2/models/my%20model?showTags=embed&includeDraft=true",
    )
    assert isinstance(result, GetModelResponseV2)


async def test_list_repeats_array_query_keys(waylay_client, recorder: Recorder) -> None:
    from waylay.services.registry.models import LatestModelsResponseV2, StatusExclude

    recorder.reply(200, json={"entities": []})
    result = await waylay_client.registry.models.list(
        query={
            "status": [StatusExclude.RUNNING_MINUS, "deployed"],
            "limit": 10,
            "nameVersion": ["a@1.0.0"],
        }
    )
    assert recorder.last.url.query.decode() == (
        "limit=10&nameVersion=a%401.0.0&status=running-&status=deployed"
    )
    assert isinstance(result, LatestModelsResponseV2)


async def test_query_is_validated(waylay_client, recorder: Recorder) -> None:
    with pytest.raises(ValidationError):
        await waylay_client.registry.models.list(query={"status": ["no-such-status"]})
    assert recorder.requests == []
    # ...unless validation is switched off
    recorder.reply(200, json={"entities": []})
    await waylay_client.registry.models.list(
        query={"status": ["no-such-status"]}, validate_request=False, raw_response=True
    )
    assert recorder.last.url.query.decode() == "status=no-such-status"


async def test_get_asset_keeps_slashes_of_the_wildcard(waylay_client, recorder: Recorder) -> None:
    recorder.reply(200, content=b"\x00binary", headers={"content-type": "application/octet-stream"})
    result = await waylay_client.registry.models.get_asset("m/x", "1.0.0", "lib/sub dir/ä.py")
    assert recorder.last.url.raw_path.decode() == (
        "/registry/v2/models/m%2Fx/versions/1.0.0/content/lib/sub%20dir/%C3%A4.py"
    )
    assert result == b"\x00binary"


async def test_update_assets_multipart(waylay_client, recorder: Recorder) -> None:
    from waylay.services.registry.models import PostModelJobSyncResponseV2

    recorder.reply(201, json=JOB)
    result = await waylay_client.registry.models.update_assets(
        "m",
        "1.0.0",
        files={"model.json": ("model.json", b'{"name": "m"}', "application/json")},
        query={"async": False},
    )
    req = recorder.last
    assert (req.method, req.url.path) == ("PUT", "/registry/v2/models/m/versions/1.0.0/content")
    assert req.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'filename="model.json"' in req.content
    assert isinstance(result, PostModelJobSyncResponseV2)


async def test_error_status_raises_api_error_with_parsed_model(waylay_client, recorder) -> None:
    from waylay.sdk.api import ApiError
    from waylay.services.registry.models import RegistryErrorResponse

    recorder.reply(403, json={"error": "forbidden", "code": "E403", "statusCode": 403})
    with pytest.raises(ApiError) as info:
        await waylay_client.registry.models.delete_asset("m", "1.0.0", "a.txt")
    assert isinstance(info.value.data, RegistryErrorResponse)
    assert info.value.response.status_code == 403


async def test_select_path_and_response_type(waylay_client, recorder: Recorder) -> None:
    recorder.reply(200, json={"entity": {"name": "m"}, "_links": {}})
    name = await waylay_client.registry.models.get_latest("m", select_path="entity.name")
    assert name == "m"
    raw = await waylay_client.registry.models.get_latest("m", raw_response=True)
    assert raw.status_code == 200
    as_dict = await waylay_client.registry.models.get_latest("m", response_type=dict)
    assert as_dict == {"entity": {"name": "m"}, "_links": {}}


async def test_none_query_values_are_left_out(waylay_client, recorder: Recorder) -> None:
    """A `None` query value means "not given": no `key=` on the wire (case 10)."""
    from waylay.services.registry.queries.models_api import GetLatestQuery

    recorder.reply(200, json={"entity": ENTITY, "_links": {}})
    await waylay_client.registry.models.get_latest(
        "m", query={"includeDraft": None, "showTags": "embed"}, raw_response=True
    )
    assert recorder.last.url.query.decode() == "showTags=embed"
    await waylay_client.registry.models.get_latest(
        "m", query=GetLatestQuery(include_draft=None, show_tags=None), raw_response=True
    )
    assert recorder.last.url.query.decode() == ""
    await waylay_client.registry.models.get_latest(
        "m", query={"includeDraft": None}, validate_request=False, raw_response=True
    )
    assert recorder.last.url.query.decode() == ""
