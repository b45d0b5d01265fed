"""Sample values for the generated tests, derived from the IR (never from the generated code).

A sample is a JSON value that VALIDATES against its type (required fields, enums, patterns,
formats, bounds, nested models, unions), together with the python source that builds the same
value as a typed object when the types package is installed. Response payloads that do not
validate would make the runtime fall back silently to a generic `Model`, so the generated tests
could not tell a correct result type from a wrong one.

Everything is deterministic: the same IR gives the same samples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from .ir import MISSING, ModelDef, Service, TypeInfo
from .text import pyliteral, pystr

# Optional properties are filled down to this nesting depth (required ones always).
MAX_OPTIONAL_DEPTH = 2
DATETIME_JSON = "2024-10-25T10:00:00Z"
DATETIME_PY = "datetime(2024, 10, 25, 10, 0, tzinfo=timezone.utc)"
DATE_JSON = "2024-10-25"
DATE_PY = "date(2024, 10, 25)"
FORMAT_SAMPLES = {
    "uri": "https://example.io/sample",
    "url": "https://example.io/sample",
    "uri-reference": "/sample",
    "email": "sample@example.io",
    "uuid": "5f0c6a8e-1b2c-4d3e-8f90-a1b2c3d4e5f6",
    "hostname": "example.io",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "duration": "P1D",
    "time": "10:00:00",
}


@dataclass(frozen=True)
class Sample:
    """A JSON value and the python source of the equal typed value."""

    json: Any
    py: str  # python expression (needs the types package for model/enum values)
    imports: frozenset[str] = frozenset()  # names the `py` source uses (classes, datetime...)


class SampleError(ValueError):
    """No valid sample can be derived (e.g. an unsatisfiable pattern)."""


# --- regular expressions ---------------------------------------------------------------

_CANDIDATES = "a1b2-_.xyzAZ09 @:/~"


def _category_char(cat: Any) -> str:
    table = {
        sre.CATEGORY_DIGIT: "1",
        sre.CATEGORY_NOT_DIGIT: "a",
        sre.CATEGORY_WORD: "a",
        sre.CATEGORY_NOT_WORD: "-",
        sre.CATEGORY_SPACE: " ",
        sre.CATEGORY_NOT_SPACE: "a",
    }
    return table.get(cat, "a")


def _in_class(ch: str, items: list[tuple[Any, Any]]) -> bool:
    """Whether `ch` is matched by the (non-negated) items of a character class."""
    for op, av in items:
        if op is sre.LITERAL and ch == chr(av):
            return True
        if op is sre.RANGE and av[0] <= ord(ch) <= av[1]:
            return True
        if op is sre.CATEGORY:
            probe = {
                sre.CATEGORY_DIGIT: r"\d",
                sre.CATEGORY_NOT_DIGIT: r"\D",
                sre.CATEGORY_WORD: r"\w",
                sre.CATEGORY_NOT_WORD: r"\W",
                sre.CATEGORY_SPACE: r"\s",
                sre.CATEGORY_NOT_SPACE: r"\S",
            }.get(av)
            if probe and re.fullmatch(probe, ch):
                return True
    return False


def _class_char(items: list[tuple[Any, Any]]) -> str:
    if items and items[0][0] is sre.NEGATE:
        rest = items[1:]
        for ch in _CANDIDATES:
            if not _in_class(ch, rest):
                return ch
        raise SampleError("no character outside the negated class")
    for ch in _CANDIDATES:  # prefer readable characters the class accepts
        if _in_class(ch, items):
            return ch
    op, av = items[0]
    if op is sre.LITERAL:
        return chr(av)
    if op is sre.RANGE:
        return chr(av[0])
    if op is sre.CATEGORY:
        return _category_char(av)
    raise SampleError(f"unsupported character class item {op}")


def _emit(parsed: Any, prefer_one: bool, groups: dict[int, str]) -> str:
    out: list[str] = []
    for op, av in parsed:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is sre.NOT_LITERAL:
            out.append(next(c for c in _CANDIDATES if ord(c) != av))
        elif op is sre.ANY:
            out.append("a")
        elif op is sre.IN:
            out.append(_class_char(list(av)))
        elif op is sre.CATEGORY:
            out.append(_category_char(av))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av
            count = low
            if prefer_one and low == 0 and high != 0:
                count = 1
            out.append("".join(_emit(sub, prefer_one, groups) for _ in range(count)))
        elif op is sre.SUBPATTERN:
            group, _add, _del, sub = av
            text = _emit(sub, prefer_one, groups)
            if group is not None:
                groups[group] = text
            out.append(text)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            out.append(_emit(av, prefer_one, groups))
        elif op is sre.BRANCH:
            out.append(_emit(av[1][0], prefer_one, groups))
        elif op is sre.GROUPREF:
            out.append(groups.get(av, ""))
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        else:
            raise SampleError(f"unsupported regular expression construct {op}")
    return "".join(out)


def regex_sample(pattern: str) -> str:
    """A string `re.search(pattern, s)` accepts (JSON Schema semantics), readable if possible."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error as exc:
        raise SampleError(f"invalid pattern {pattern!r}: {exc}") from exc
    for prefer_one in (True, False):
        try:
            text = _emit(parsed, prefer_one, {})
        except SampleError:
            continue
        if re.search(pattern, text):
            return text
    raise SampleError(f"cannot derive a string matching {pattern!r}")


# --- values ------------------------------------------------------------------------------


class Sampler:
    """Derives valid sample values for the types of one service."""

    def __init__(self, service: Service) -> None:
        self.models: dict[str, ModelDef] = service.model_index

    def value(self, t: TypeInfo, hint: str = "sample", variant: int = 0) -> Sample:
        """A valid sample of `t`; `variant` varies enums/booleans/numbers between siblings."""
        return self._value(t, hint, variant, depth=0, stack=())

    def model_value(self, name: str, variant: int = 0) -> Sample:
        """A valid sample of the generated class `name`."""
        return self._model(name, "sample", variant, 0, ())

    # internals

    def _value(
        self, t: TypeInfo, hint: str, variant: int, depth: int, stack: tuple[str, ...]
    ) -> Sample:
        if depth > 32:
            raise SampleError("the schema nests too deeply for a sample")
        k = t.kind
        if k == "model":
            return self._model(str(t.model), hint, variant, depth, stack)
        if k == "string":
            return self._string(t, hint, variant)
        if k == "datetime":
            return Sample(DATETIME_JSON, DATETIME_PY, frozenset({"datetime", "timezone"}))
        if k == "date":
            return Sample(DATE_JSON, DATE_PY, frozenset({"date"}))
        if k == "binary":
            return Sample("binary-data", pystr("binary-data"))
        if k == "boolean":
            value = variant % 2 == 0
            return Sample(value, repr(value))
        if k in ("integer", "number"):
            number = self._number(t, variant)
            return Sample(number, repr(number))
        if k == "array":
            assert t.items is not None
            count = 2
            if t.max_items is not None:
                count = min(count, t.max_items)
            if t.min_items is not None:
                count = max(count, t.min_items)
            items = [
                self._value(t.items, hint, variant + i, depth + 1, stack) for i in range(count)
            ]
            return Sample(
                [s.json for s in items],
                "[" + ", ".join(s.py for s in items) + "]",
                frozenset().union(*(s.imports for s in items)),
            )
        if k == "map":
            assert t.items is not None
            inner = self._value(t.items, hint, variant, depth + 1, stack)
            return Sample({"key": inner.json}, "{" + f'"key": {inner.py}' + "}", inner.imports)
        if k == "free":
            return Sample({"key": "value"}, '{"key": "value"}')
        if k == "union":
            members = [m for m in t.members if m.kind != "null"]
            if not members:
                return Sample(None, "None")
            return self._value(members[0], hint, variant, depth, stack)
        if k == "null":
            return Sample(None, "None")
        return Sample(f"{hint}-value", pystr(f"{hint}-value"))

    def _string(self, t: TypeInfo, hint: str, variant: int = 0) -> Sample:
        if t.pattern is not None:
            text = regex_sample(t.pattern)
        elif t.format in FORMAT_SAMPLES:
            text = FORMAT_SAMPLES[str(t.format)]
        else:
            text = f"{hint}-example" + (f"-{variant}" if variant else "")
        if t.min_length is not None and len(text) < t.min_length:
            text = text + "a" * (t.min_length - len(text))
        if t.max_length is not None and len(text) > t.max_length:
            text = text[: t.max_length]
        if t.pattern is not None and not re.search(t.pattern, text):
            raise SampleError(f"no sample for {t.pattern!r} within the length bounds")
        return Sample(text, pystr(text))

    @staticmethod
    def _number(t: TypeInfo, variant: int) -> int | float:
        value: float = 1 + variant
        if t.minimum is not None:
            value = max(value, t.minimum)
        if t.exclusive_minimum is not None and value <= t.exclusive_minimum:
            value = t.exclusive_minimum + 1
        if t.maximum is not None:
            value = min(value, t.maximum)
        if t.exclusive_maximum is not None and value >= t.exclusive_maximum:
            value = t.exclusive_maximum - 1
        if t.kind == "integer" or float(value).is_integer():
            return int(value)
        return value

    def _model(
        self, name: str, hint: str, variant: int, depth: int, stack: tuple[str, ...]
    ) -> Sample:
        model = self.models.get(name)
        if model is None:
            return Sample({}, "{}")
        if model.kind == "enum":
            if not model.enum_values:
                raise SampleError(f"enum {name} has no values")
            ev = model.enum_values[variant % len(model.enum_values)]
            return Sample(ev.value, f"{name}.{ev.name}", frozenset({name}))
        if model.kind == "union":
            members = [m for m in model.members if m.kind != "null"]
            errors = []
            # members in order; one that does not recurse into a model on the stack first
            for member in sorted(members, key=lambda m: bool(_models_of(m) & set(stack))):
                try:
                    return self._value(member, hint, variant, depth, (*stack, name))
                except SampleError as exc:
                    errors.append(str(exc))
            raise SampleError(f"no member of {name} has a sample: {errors}")
        # object
        data: dict[str, Any] = {}
        inner = (*stack, name)
        for f in model.fields:
            recursive = bool(_models_of(f.type) & set(inner))
            # a field with a default is always filled: a typed value serialises it anyway
            has_default = f.default is not MISSING and f.default is not None
            if not f.required and (recursive or (depth >= MAX_OPTIONAL_DEPTH and not has_default)):
                continue
            if f.required and recursive and f.type.kind == "array":
                data[f.wire] = []  # keeps a recursive required list finite
                continue
            data[f.wire] = self._value(f.type, f.name, variant, depth + 1, inner).json
        return Sample(data, f"{name}.model_validate({pyliteral(data)})", frozenset({name}))


def _models_of(t: TypeInfo) -> set[str]:
    found: set[str] = set()
    if t.kind == "model" and t.model:
        found.add(t.model)
    if t.items is not None:
        found |= _models_of(t.items)
    for m in t.members:
        found |= _models_of(m)
    return found


def wire_text(value: Any) -> str:
    """How a JSON scalar appears in a query string or header (booleans lower case)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)
