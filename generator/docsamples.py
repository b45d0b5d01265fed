"""Sample values for the docs' examples that the generated SDK accepts (D6).

Values come from the spec first (examples, defaults); where it has none, a value is made
up that satisfies the schema's constraints: a string matching its `pattern` (from the
parsed regex), lengths and ranges respected, required properties filled in. The docs tests
run every example, so a sample the SDK rejects fails the build's tests.
"""

from __future__ import annotations

from typing import Any

from . import samples
from .ir import MISSING, ModelDef, TypeInfo
from .samples import SampleError

_FORMAT_SAMPLE = {
    "uri": "https://example.com",
    "url": "https://example.com",
    "uri-reference": "https://example.com",
    "email": "user@example.com",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "duration": "P1D",
    "time": "12:00:00Z",
}
# nesting depth after which optional structure is left out of object samples
_MAX_DEPTH = 12


def regex_sample(pattern: str) -> str | None:
    """A short string that `re.search(pattern, ...)` accepts, or None if none is found."""
    try:
        return samples.regex_sample(pattern)
    except (SampleError, RecursionError):
        return None


def string_sample(t: TypeInfo, name: str) -> str:
    """A string of type `t`: pattern, format and length constraints respected."""
    text: str | None = None
    if t.pattern:
        text = regex_sample(t.pattern)
    if text is None and t.format in _FORMAT_SAMPLE:
        text = _FORMAT_SAMPLE[t.format]
    if text is None:
        text = f"{name}_example"
    if t.min_length is not None and len(text) < t.min_length:
        text += "a" * (t.min_length - len(text))
    if t.max_length is not None and len(text) > t.max_length:
        text = text[: t.max_length]
    return text


def number_sample(t: TypeInfo, default: float | int) -> float | int:
    """A number within the type's range (the default when it fits)."""
    value: float | int = default
    low = t.minimum if t.minimum is not None else t.exclusive_minimum
    high = t.maximum if t.maximum is not None else t.exclusive_maximum
    if low is not None and value < low or high is not None and value > high:
        value = low if low is not None else high  # type: ignore[assignment]
        if t.minimum is None and t.exclusive_minimum is not None:
            value += 1
        elif t.maximum is None and t.exclusive_maximum is not None and low is None:
            value -= 1
    if t.kind == "integer":
        return int(value)
    return value


class Sampler:
    """Sample JSON values of the IR types of one service."""

    def __init__(self, models: dict[str, ModelDef]) -> None:
        self.models = models

    def value(self, t: TypeInfo | None, name: str, path: tuple[str, ...] = ()) -> Any:
        """A JSON-like value of type `t` (examples and defaults of the spec first)."""
        if t is None:
            return None
        if t.alias_default is not MISSING:
            return t.alias_default
        k = t.kind
        if k == "model":
            return self.model_value(str(t.model), name, path)
        if k == "string":
            return string_sample(t, name)
        if k == "boolean":
            return True
        if k == "integer":
            return number_sample(t, 56)
        if k == "number":
            return number_sample(t, 3.4)
        if k == "array":
            count = max(t.min_items or 1, 1)
            if t.max_items == 0 or t.items is None:
                return []
            return [self.value(t.items, name, path) for _ in range(count)]
        if k == "map":
            return {}
        if k in ("free", "any"):
            return {}
        if k == "datetime":
            return "2024-01-01T00:00:00Z"
        if k == "date":
            return "2024-01-01"
        if k == "binary":
            return "my-binary-data"
        if k == "union":
            return self.value(t.members[0], name, path) if t.members else None
        return None

    def model_value(self, cls: str, name: str, path: tuple[str, ...] = ()) -> Any:
        """A value of a generated class: its example, first enum value, first member, fields."""
        model = self.models.get(cls)
        if model is None:
            return {}
        if model.examples:
            return model.examples[0]
        if model.kind == "enum":
            return model.enum_values[0].value if model.enum_values else ""
        if model.kind == "union":
            # first member that does not lead back into a class already being sampled
            for member in model.members:
                if member.kind == "model" and member.model in path:
                    continue
                return self.value(member, name, (*path, cls))
            return None
        return self.object_value(model, (*path, cls))

    def object_value(self, model: ModelDef, path: tuple[str, ...]) -> dict[str, Any]:
        """A dict (wire names) with the required properties of an object model."""
        props = model.schema.get("properties", {}) if isinstance(model.schema, dict) else {}
        out: dict[str, Any] = {}
        for f in model.fields:
            if not f.required:
                continue
            raw = props.get(f.wire, {}) if isinstance(props, dict) else {}
            example = _schema_example(raw)
            if example is not MISSING:
                out[f.wire] = example
            elif f.default is not MISSING:
                out[f.wire] = f.default
            elif len(path) > _MAX_DEPTH:
                out[f.wire] = None
            else:
                out[f.wire] = self.value(f.type, f.name, path)
        return out


def _schema_example(schema: Any) -> Any:
    """The first `example`/`examples` entry written on a (property) schema."""
    if not isinstance(schema, dict):
        return MISSING
    if "example" in schema:
        return schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    return MISSING
