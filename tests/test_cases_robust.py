"""Shared cases 18, 19, 20, 22 and 23: each is built with the real command line, imported
and exercised through the real runtime (`ApiClient` of `WaylayClient` over an httpx
transport); the assertions follow each case's "Expected behaviour" header.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from conftest import SHARED, Recorder
from pydantic import ValidationError
from robust_support import api_client, import_all, run_cli, sdk_on_path, src_dirs, table_faults

CASES = SHARED / "cases"


class Built:
    """A case built into a temp dir, its SDK importable while the module's tests run."""

    def __init__(self, out: Path, service: str, stderr: str, modules: dict[str, ModuleType]):
        self.out = out
        self.service = service
        self.stderr = stderr
        self.modules = modules
        self.root = out / service

    @property
    def api(self) -> ModuleType:
        return self.modules["api"]

    @property
    def models(self) -> ModuleType:
        return self.modules["models"]

    def doc(self, name: str) -> str:
        return (self.root / "docs" / name).read_text(encoding="utf-8")

    def source(self, module: str) -> str:
        package = self.modules["api"].__name__.rsplit(".", 1)[0]
        return Path(importlib.import_module(f"{package}.{module}").__file__ or "").read_text()


def build_case(tmp_path_factory: pytest.TempPathFactory, number: str) -> Iterator[Built]:
    spec = next(CASES.glob(f"{number}-*.yaml"))
    out = tmp_path_factory.mktemp(f"case{number}")
    service = f"case{number}"
    result = run_cli("build", "--spec", str(spec), "--out", str(out), "--service", service)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with sdk_on_path(out, service) as package:
        yield Built(out, service, result.stderr, import_all(package))


def imports_under_warnings_as_errors(built: Built) -> subprocess.CompletedProcess[str]:
    """`python -W error -c "import ..."` of every part of the SDK, from fresh sources."""
    pkg = f"waylay.services.{built.service}"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(str(d) for d in src_dirs(built.out, built.service)),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    code = f"import {pkg}.api, {pkg}.service, {pkg}.models, {pkg}.queries"
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, env=env
    )


# --- case 18: binary and content types ---------------------------------------------------------


@pytest.fixture(scope="module")
def case18(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    yield from build_case(tmp_path_factory, "18")


async def test_case18_octet_stream_body_is_sent_raw(case18: Built, recorder: Recorder) -> None:
    blobs = case18.api.BlobsApi(api_client(recorder))
    recorder.reply(204)
    payload = bytes(range(256))
    assert await blobs.put_blob("b/1", content=payload) is None
    request = recorder.last
    assert (request.method, request.url.raw_path) == ("PUT", b"/blobs/b%2F1")
    assert request.headers["content-type"] == "application/octet-stream"
    assert request.content == payload  # no JSON, no base64

    async def chunks():
        yield b"part1-"
        yield b"part2"

    await blobs.put_blob("b", content=chunks())
    assert recorder.last.content == b"part1-part2"


async def test_case18_binary_response_is_bytes(case18: Built, recorder: Recorder) -> None:
    blobs = case18.api.BlobsApi(api_client(recorder))
    body = b"\xff\xfe\x00not utf-8"
    recorder.reply(200, content=body, headers={"content-type": "application/octet-stream"})
    result = await blobs.get_blob("b")
    assert isinstance(result, bytes) and result == body


async def test_case18_one_model_three_content_types(case18: Built, recorder: Recorder) -> None:
    notes = case18.api.NotesApi(api_client(recorder))
    note = case18.models.Note(text="hi", pinned=True)
    recorder.reply(201, json={"text": "hi", "pinned": True})

    created = await notes.create_note(json=note)
    assert isinstance(created, case18.models.Note)
    assert recorder.last.headers["content-type"] == "application/json"
    assert json.loads(recorder.last.content) == {"text": "hi", "pinned": True}

    profile = 'application/ld+json; profile="https://example.com/ns/notes"'
    await notes.create_note(json=note, headers={"content-type": profile})
    assert recorder.last.headers["content-type"] == profile  # the quoted media type, exactly
    assert json.loads(recorder.last.content) == {"text": "hi", "pinned": True}

    form = "application/x-www-form-urlencoded"
    await notes.create_note(data={"text": "a b&c"})  # the form body has its own argument
    assert recorder.last.headers["content-type"] == form
    assert recorder.last.content == b"text=a+b%26c"


async def test_case18_ref_request_body_is_a_required_note(
    case18: Built, recorder: Recorder
) -> None:
    """The $ref'd body is a Note, as json= or data=; one of them must be given."""
    signature = inspect.signature(case18.api.NotesApi.create_note)
    for name in ("json", "data"):
        arg = signature.parameters[name]
        assert arg.kind is inspect.Parameter.KEYWORD_ONLY
        assert "Note" in arg.annotation
    notes = case18.api.NotesApi(api_client(recorder))
    with pytest.raises(ValueError, match="request body is required"):
        await notes.create_note()
    assert not recorder.requests


async def test_case18_note_body_is_validated(case18: Built, recorder: Recorder) -> None:
    notes = case18.api.NotesApi(api_client(recorder))
    with pytest.raises(ValidationError):
        await notes.create_note(json={"pinned": True})  # `text` is required
    assert not recorder.requests


# --- case 19: response codes -------------------------------------------------------------------


@pytest.fixture(scope="module")
def case19(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    yield from build_case(tmp_path_factory, "19")


@pytest.mark.parametrize("status", [200, 203, 299])
async def test_case19_2xx_range_is_parsed_as_job(
    case19: Built, recorder: Recorder, status: int
) -> None:
    jobs = case19.api.JobsApi(api_client(recorder))
    recorder.reply(status, json={"id": "j1", "state": "done"})
    job = await jobs.get_job("j1")
    assert isinstance(job, case19.models.Job) and job.id == "j1"


@pytest.mark.parametrize(
    ("status", "model"), [(404, "NotFound"), (400, "Problem"), (418, "Problem"), (500, "Problem")]
)
async def test_case19_errors_are_typed(
    case19: Built, recorder: Recorder, status: int, model: str
) -> None:
    from waylay.sdk.api import ApiError

    jobs = case19.api.JobsApi(api_client(recorder))
    recorder.reply(status, json={"resource": "job", "title": "t", "status": status})
    with pytest.raises(ApiError) as raised:
        await jobs.get_job("j1")
    # explicit 404 beats 4XX; other 4xx use 4XX; anything else `default`
    assert type(raised.value.data) is getattr(case19.models, model)
    assert raised.value.response.status_code == status


async def test_case19_204_returns_none_without_decoding(case19: Built, recorder: Recorder) -> None:
    jobs = case19.api.JobsApi(api_client(recorder))
    recorder.reply(204, content=b"", headers={"content-type": "application/json"})
    assert await jobs.delete_job("j1") is None
    assert recorder.last.method == "DELETE"


async def test_case19_success_type_is_chosen_by_status(case19: Built, recorder: Recorder) -> None:
    jobs = case19.api.JobsApi(api_client(recorder))
    both = {"id": "j1", "ticket": "t1"}  # valid as a Job and as a Ticket
    recorder.reply(201, json=both)
    assert type(await jobs.submit_job(json={"id": "j1"})) is case19.models.Job
    recorder.reply(202, json=both)
    assert type(await jobs.submit_job(json={"id": "j1"})) is case19.models.Ticket


def test_case19_return_annotation_names_both_success_types(case19: Built) -> None:
    annotation = inspect.signature(case19.api.JobsApi.submit_job).return_annotation
    assert "Job" in annotation and "Ticket" in annotation


def test_case19_docs_list_every_response_code(case19: Built) -> None:
    doc = case19.doc("JobsApi.md")
    get_job = doc.split("# **get_job**")[1].split("# **submit_job**")[0]
    for code in ("2XX", "404", "4XX", "default"):
        assert f"**{code}** |" in get_job, code
    assert not table_faults(doc)


# --- case 20: parameter locations and refs ------------------------------------------------------


@pytest.fixture(scope="module")
def case20(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    yield from build_case(tmp_path_factory, "20")


async def test_case20_every_location_on_the_wire(case20: Built, recorder: Recorder) -> None:
    files = case20.api.FilesApi(api_client(recorder))
    recorder.reply(200, json={"size": 3})
    result = await files.get_file(
        "u 1/x", "a.b", x_request_id="r", session_id="s", query={"page": 2}
    )
    request = recorder.last
    assert request.url.raw_path == b"/users/u%201%2Fx/files/a.b?page=2"
    assert request.headers["X-Request-ID"] == "r"
    assert request.headers["cookie"] == "session-id=s"
    assert result.size == 3


def test_case20_signature(case20: Built) -> None:
    params = inspect.signature(case20.api.FilesApi.get_file).parameters
    assert list(params)[:5] == ["self", "user_id", "file_name", "x_request_id", "session_id"]
    # required header and cookie (from components/parameters too) have no default
    for name in ("x_request_id", "session_id"):
        assert params[name].default is inspect.Parameter.empty, name
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY
    assert "accept" not in params and "page" not in params  # Accept ignored; page is a query


def test_case20_operation_level_page_overrides_path_level(case20: Built) -> None:
    from waylay.services.case20.queries.files_api import GetFileQuery

    assert list(GetFileQuery.model_fields) == ["page"]  # one page, not two
    assert GetFileQuery(page=50).page == 50
    for bad in (0, 51):  # minimum 1 (both levels), maximum 50 (operation level only)
        with pytest.raises(ValidationError):
            GetFileQuery(page=bad)


def test_case20_url_template_keeps_wire_names(case20: Built) -> None:
    source = case20.source("api.files_api")
    assert '"/users/{user-id}/files/{file.name}"' in source
    # placeholders are filled by wire name from the python-safe arguments
    assert re.search(r'"user-id": (\w+\()?user_id\b', source)
    assert re.search(r'"file\.name": (\w+\()?file_name\b', source)
    assert not re.search(r"\bf\"[^\"]*\{user-id", source)
    assert "header parameter 'Accept' is ignored" in case20.stderr


# --- case 22: docstring and Markdown breakers ------------------------------------------------


@pytest.fixture(scope="module")
def case22(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    yield from build_case(tmp_path_factory, "22")


def test_case22_imports_under_warnings_as_errors(case22: Built) -> None:
    result = imports_under_warnings_as_errors(case22)
    assert result.returncode == 0, result.stderr


def test_case22_docstrings_keep_the_text(case22: Built) -> None:
    doc = case22.api.ItemsApi.get_item.__doc__
    assert doc.startswith('Fetch an item """quoted""" with {item_id} and a trailing backslash \\.')
    assert r"`^\d{3}-\w+$`, `\N{BULLET}`, `\x00`, `\u00e9`, C:\new\table\path." in doc
    assert """Triple quotes: \"\"\" and ''' and even \\\"\"\" escaped-looking ones.""" in doc
    assert ':param item_id: Ends with a quote and backslash: "\\ (required)' in doc
    assert case22.models.Item.__doc__.endswith('End: """\\.')
    field = case22.models.Item.model_fields["name"]
    assert field.description == 'Name with """ inside and a tab and a backslash-n \\n literal'


def test_case22_pattern_is_the_regex_of_the_spec(case22: Built) -> None:
    item = case22.models.Item
    assert item(pattern="AB1234\\").pattern == "AB1234\\"
    with pytest.raises(ValidationError):
        item(pattern="AB1234")


async def test_case22_braces_are_not_interpolated(case22: Built, recorder: Recorder) -> None:
    items = case22.api.ItemsApi(api_client(recorder))
    recorder.reply(200, json={"name": "n"})
    await items.get_item("{0}")
    assert recorder.last.url.raw_path == b"/items/%7B0%7D"


def test_case22_enum_description_is_not_code(case22: Built) -> None:
    tree = ast.parse(case22.source("models.item_mode"))
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    assert [f.name for f in functions] == ["__str__"]


def test_case22_markdown_stays_markdown(case22: Built) -> None:
    for page in ("ItemsApi.md", "Item.md", "ItemMode.md", "../README.md"):
        text = case22.doc(page)
        assert not table_faults(text), (page, table_faults(text))
        assert "<script>" not in text, page
        assert not any(line.startswith("# A heading") for line in text.splitlines()), page
    doc = case22.doc("ItemsApi.md")
    assert "&lt;script>alert(" in doc  # shown as text, not run
    row = next(line for line in doc.splitlines() if line.lstrip("| ").startswith("**200** |"))
    assert "Contains &quot;&quot;&quot; again" in row  # (the column count: table_faults above)


# --- case 23: operation naming and tags -------------------------------------------------------


@pytest.fixture(scope="module")
def case23(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    yield from build_case(tmp_path_factory, "23")


CASE23_METHODS = {
    # class: {method: (http method, path sent)}
    "DefaultApi": {"get_1_0_status": ("GET", "/1.0/status")},
    "Api2faApi": {"post_2fa_verify": ("POST", "/2fa/verify")},
    "UserAccountsApi": {"delete_accounts_account_id": ("DELETE", "/accounts/7")},
    "BillingInvoicesApi": {
        "get_invoice_v2": ("GET", "/invoices/i1"),
        "list_invoices": ("GET", "/invoices"),
    },
    "UnicodeApi": {"recuperer": ("GET", "/unicode")},
}


def test_case23_one_importable_module_per_tag(case23: Built) -> None:
    api_dir = Path(case23.api.__file__ or "").parent
    modules = sorted(p.stem for p in api_dir.glob("*_api.py"))
    assert modules == [
        "api_2fa_api",
        "billing_invoices_api",
        "default_api",
        "unicode_api",
        "user_accounts_api",
    ]
    assert all(m.isidentifier() and m.isascii() for m in modules)
    service = case23.modules["service"].Case23Service(None)
    attrs = {"api_2fa", "billing_invoices", "default", "unicode", "user_accounts"}
    assert attrs <= set(vars(service))
    assert service.name == "case23"


async def test_case23_every_operation_is_callable(case23: Built, recorder: Recorder) -> None:
    client = api_client(recorder)
    args = {"delete_accounts_account_id": [7], "get_invoice_v2": ["i1"]}
    for cls, methods in CASE23_METHODS.items():
        api = getattr(case23.api, cls)(client)
        public = {n for n in vars(type(api)) if not n.startswith("_")}
        assert public == set(methods), cls  # every operation once, nothing else
        for name, (verb, path) in methods.items():
            recorder.reply(200, json={})
            await getattr(api, name)(*args.get(name, []), raw_response=True)
            assert (recorder.last.method, recorder.last.url.path) == (verb, path), name


def test_case23_missing_operation_ids_are_warned(case23: Built) -> None:
    for pointer, name in [
        ("#/paths/~11.0~1status/get", "get_1_0_status"),
        ("#/paths/~12fa~1verify/post", "post_2fa_verify"),
        ("#/paths/~1accounts~1{accountId}/delete", "delete_accounts_accountId"),
    ]:
        assert f"{pointer}: operation has no operationId; using '{name}'" in case23.stderr


def test_case23_docs_links_resolve(case23: Built) -> None:
    readme = (case23.root / "README.md").read_text()
    links = re.findall(r"\]\((docs/[^)#]+\.md)(?:#([^)]+))?\)", readme)
    assert {Path(p).name for p, _ in links} >= {f"{c}.md" for c in CASE23_METHODS}
    for path, anchor in links:
        page = case23.root / path
        assert page.exists(), path
        if anchor:
            assert f"# **{anchor}**" in page.read_text(), (path, anchor)
    for cls in CASE23_METHODS:
        assert not table_faults(case23.doc(f"{cls}.md"))


async def test_case23_plugin_service_through_waylay_client(case23: Built) -> None:
    from waylay.sdk import WaylayClient
    from waylay.sdk.auth import NoCredentials
    from waylay.sdk.config import WaylayConfig

    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"amount": 1.5})

    client = WaylayClient(
        WaylayConfig(credentials=NoCredentials(gateway_url="http://example.io")),
        {"transport": httpx.MockTransport(reply), "auth": None},
    )
    service = case23.modules["service"].Case23Service(client.api_client)
    invoice = await service.billing_invoices.get_invoice_v2("i 2")
    assert invoice.amount == 1.5
    assert seen[-1].url.raw_path == b"/invoices/i%202"
