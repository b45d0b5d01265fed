"""Samples of the generated tests: strings match their patterns, every model's sample validates."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from conftest import SPECS
from pydantic import TypeAdapter

from generator.cli import build_ir
from generator.samples import SampleError, Sampler, regex_sample


@pytest.mark.parametrize(
    "pattern",
    [
        r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$",
        r"^[^@]*(@.*)?$",
        r"^[^@]*@(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$",
        r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|([+-]\d\d:\d\d))?",
        r"P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)S))?",
        r"^(registered|pending|deployed)-$",
        r"^[A-Z]{2}-\d{3}$",
        r"^[^\s/]+$",
        r"^(?:a|b)+(?P<x>c)(?P=x)$",
        r"^#[0-9a-fA-F]{6}$",
        r"^\w+@\w+\.io$",
    ],
)
def test_regex_sample_matches(pattern: str) -> None:
    assert re.search(pattern, regex_sample(pattern))


def test_unsatisfiable_pattern_is_an_error() -> None:
    with pytest.raises(SampleError):
        regex_sample(r"^a(?=b)c$")


@pytest.fixture(scope="module")
def registry():
    service, _ = build_ir(SPECS / "registry.openapi.yaml", None)
    return service


def test_every_registry_model_sample_validates_and_round_trips(registry) -> None:
    """Valid for the generated class (strict), python source builds the same value."""
    import waylay.services.registry.models as models

    sampler = Sampler(registry)
    names = {**vars(models), "datetime": datetime, "date": date, "timezone": timezone}
    for model in registry.models:
        sample = sampler.model_value(model.class_name)
        adapter = TypeAdapter(getattr(models, model.class_name))
        value = adapter.validate_python(sample.json)
        assert adapter.dump_python(value, mode="json", by_alias=True) == sample.json, model
        typed = adapter.validate_python(eval(sample.py, names))  # noqa: S307 - our own source
        assert adapter.dump_python(typed, mode="json", by_alias=True) == sample.json, model


def test_samples_are_deterministic(registry) -> None:
    a = [Sampler(registry).model_value(m.class_name).json for m in registry.models]
    b = [Sampler(registry).model_value(m.class_name).json for m in registry.models]
    assert a == b


def test_recursive_schemas_get_finite_samples(tmp_path: Path) -> None:
    spec = tmp_path / "rec.openapi.yaml"
    spec.write_text(
        """
openapi: 3.0.3
info: {title: Rec, version: 1.0.0}
paths: {}
components:
  schemas:
    Node:
      type: object
      required: [name, children]
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
        parent: {$ref: '#/components/schemas/Node'}
"""
    )
    service, _ = build_ir(spec, "rec")
    assert Sampler(service).model_value("Node").json == {"name": "name-example", "children": []}
