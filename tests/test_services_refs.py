"""Specs split over several files: external `$ref`s resolve relative to the referring file.

`tests/specs/multifile/`: the main spec refers to `schemas/pets.yaml` (and to a parameter in
it); `pets.yaml` refers to `common/types.yaml` (relative to `schemas/`) and to its own
components with local `#/...` refs; `types.yaml` refers back to `../pets.yaml`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from generator.load import load_spec

MAIN = ROOT / "tests" / "specs" / "multifile" / "pets.openapi.yaml"
SCHEMAS = MAIN.parent / "schemas"


def test_external_refs_are_bundled_into_components() -> None:
    spec = load_spec(MAIN)
    components = spec.document["components"]
    schemas = components["schemas"]
    ref = "#/components/schemas/"
    pet = schemas["Pet"]["properties"]
    # nested relative ref, and a local ref of the external file, resolved in that file
    assert pet["id"] == {"$ref": ref + "Id_2"}
    assert pet["tag"] == {"$ref": ref + "Tag"} and schemas["Tag"]["enum"] == ["cat", "dog"]
    # the main spec's own `Id` is not replaced: the imported one gets a free name
    assert schemas["Id"]["type"] == "integer"
    assert schemas["Id_2"]["pattern"] == "^p-[0-9]+$"
    # from common/types.yaml back to ../pets.yaml: the same component, imported once
    assert schemas["Audit"]["properties"]["changedBy"] == {"$ref": ref + "Owner"}
    assert pet["owner"] == {"$ref": ref + "Owner"}
    assert schemas["Owner"]["properties"]["since"] == {"$ref": ref + "Timestamp"}
    # a parameter from another file is a parameter, not a schema
    put = spec.document["paths"]["/pets/{petId}"]["put"]
    assert put["parameters"][1] == {"$ref": "#/components/parameters/Dry"}
    assert components["parameters"]["Dry"]["schema"] == {"$ref": ref + "Flag"}
    assert "Dry" not in schemas
    assert spec.external_files == [SCHEMAS / "common" / "types.yaml", SCHEMAS / "pets.yaml"]
    assert spec.origins["/components/schemas/Audit"] == (
        SCHEMAS / "common" / "types.yaml",
        "/Audit",
    )


def test_multifile_spec_builds_a_working_sdk(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--spec", str(MAIN), "--out", str(tmp_path)]
        + ["--strict", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr  # --strict: the bundle validates cleanly
    sdk = tmp_path / "pets"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        str(sdk / dist / "src") for dist in ("waylay-sdk-pets", "waylay-sdk-pets-types")
    )
    code = """
import asyncio, httpx, json
from pydantic import ValidationError
from waylay.sdk import WaylayClient
from waylay.sdk.auth import NoCredentials
from waylay.sdk.config import WaylayConfig
from waylay.services.pets.models import Audit, Owner, Pet, Tag
from waylay.services.pets.service import PetsService

seen = []
def handler(request):
    request.read()
    seen.append(request)
    return httpx.Response(200, json={
        "id": "p-1", "name": "rex", "tag": "dog",
        "audit": {"changedBy": {"name": "me", "since": "2024-01-01T00:00:00Z"}},
    })

client = WaylayClient(
    WaylayConfig(credentials=NoCredentials(gateway_url="http://example.io")),
    {"transport": httpx.MockTransport(handler), "auth": None},
)
pets = PetsService(client.api_client).pets
pet = asyncio.run(pets.get("p-1"))
assert isinstance(pet, Pet) and pet.tag is Tag.DOG
assert isinstance(pet.audit, Audit) and isinstance(pet.audit.changed_by, Owner)
assert pet.audit.changed_by.since.year == 2024
try:  # the external Id's pattern, not the main file's integer Id
    asyncio.run(pets.get("nope"))
except ValidationError:
    pass
else:
    raise AssertionError("pattern of the external Id not enforced")
asyncio.run(pets.replace("p-1", json={"name": "rex", "tag": "cat"}, query={"dryRun": True}))
assert seen[-1].url.query.decode() == "dryRun=true"
assert json.loads(seen[-1].content) == {"name": "rex", "tag": "cat"}
print("ok")
"""
    run = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, env=env
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"
