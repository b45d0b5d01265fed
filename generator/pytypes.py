"""How an IR type is spelled in each place it appears (CONTRACT §3, §4.4, §5, §6.2).

One function per flavour; templates never build type expressions themselves.
- `strict`: model fields, query model fields, path arguments (pydantic strict types,
  constraints kept: D15);
- `member`: union alias members (strict, as fields);
- `response`: response maps and return annotations;
- `typeddict`: values of the wire-keyed query TypedDicts;
- `doc`: Markdown docs.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .ir import TypeInfo


def _num_literal(value: float | int) -> str:
    return repr(value)


def _constraints(t: TypeInfo) -> list[str]:
    out: list[str] = []
    if t.kind == "string":
        if t.pattern is not None:
            out.append(f"pattern={t.pattern!r}")
        if t.min_length is not None:
            out.append(f"min_length={t.min_length}")
        if t.max_length is not None:
            out.append(f"max_length={t.max_length}")
    if t.kind in ("integer", "number"):
        for attr, kw in (
            ("minimum", "ge"),
            ("maximum", "le"),
            ("exclusive_minimum", "gt"),
            ("exclusive_maximum", "lt"),
        ):
            value = getattr(t, attr)
            if value is not None:
                out.append(f"{kw}={_num_literal(value)}")
    return out


def strict(t: TypeInfo, *, with_null: bool = True) -> str:
    """Strict pydantic annotation (without the optional `| None` of a field)."""
    base = _strict_base(t)
    if with_null and t.nullable and t.kind not in ("null", "any"):
        return f"{base} | None"
    return base


def _strict_base(t: TypeInfo) -> str:
    k = t.kind
    if k == "model":
        return str(t.model)
    if k == "string":
        cons = _constraints(t)
        return f"Annotated[str, Field(strict=True, {', '.join(cons)})]" if cons else "StrictStr"
    if k == "binary":
        return "StrictBytes | StrictStr"
    if k == "date":
        return "date"
    if k == "datetime":
        return "datetime"
    if k == "boolean":
        return "StrictBool"
    if k == "integer":
        cons = _constraints(t)
        return f"Annotated[int, Field(strict=True, {', '.join(cons)})]" if cons else "StrictInt"
    if k == "number":
        cons = _constraints(t)
        if cons:
            c = ", ".join(cons)
            return f"Annotated[float, Field(strict=True, {c})] | Annotated[int, Field(strict=True, {c})]"
        return "StrictFloat | StrictInt"
    if k == "array":
        assert t.items is not None
        inner = f"List[{strict(t.items)}]"
        cons = []
        if t.min_items is not None:
            cons.append(f"min_length={t.min_items}")
        if t.max_items is not None:
            cons.append(f"max_length={t.max_items}")
        return f"Annotated[{inner}, Field({', '.join(cons)})]" if cons else inner
    if k == "map":
        assert t.items is not None
        return f"Dict[str, {strict(t.items)}]"
    if k == "free":
        return "Dict[str, Any]"
    if k == "union":
        return " | ".join(strict(m) for m in t.members)
    if k == "null":
        return "None"
    return "Any"


def member(t: TypeInfo) -> str:
    """Type of a union alias member: strict like a field (X-models-3).

    Free objects are `Dict[str, Any]` (D23). The published SDK used lax python types here (`float`, `int`, `str`), so a union
    accepted `True` as a number and `"1"` as an integer where a field would not.
    """
    return strict(t)


def response(t: TypeInfo | None) -> str:
    """Return annotation / response-map value of a response (binary -> bytes).

    The plain python spelling, the same the docs show.
    """
    return doc(t)


def query(t: TypeInfo) -> str:
    """Query model field type: an array parameter also takes a single item.

    `?functionType=plugs` is the one-item array `["plugs"]` on the wire, and the spec's
    own parameter examples are written that way.
    """
    base = strict(t, with_null=False)
    if t.kind == "array" and t.items is not None:
        return f"{base} | {strict(t.items, with_null=False)}"
    return base


def query_typeddict(
    t: TypeInfo,
    enum_values: dict[str, list[Any]],
    unions: dict[str, list[TypeInfo]] | None = None,
) -> str:
    """TypedDict value type of a query parameter (an array also takes a single item)."""
    base = typeddict(t, enum_values, unions)
    if t.kind == "array" and t.items is not None:
        return f"{base} | {typeddict(t.items, enum_values, unions)}"
    return base


def typeddict(
    t: TypeInfo,
    enum_values: dict[str, list[Any]],
    unions: dict[str, list[TypeInfo]] | None = None,
) -> str:
    """Value type of a wire-keyed query TypedDict entry (enums also accept their literals).

    A union class is spelled as the union of its members' entries, so that a union of enums
    also accepts the members' literal values.
    """
    k = t.kind
    if k == "model" and t.model in enum_values:
        lits = ", ".join(repr(v) for v in enum_values[t.model])
        return f"{t.model} | Literal[{lits}]"
    if k == "model" and unions and t.model in unions:
        parts: list[str] = []
        for m in unions[t.model]:
            rendered = typeddict(m, enum_values, {n: u for n, u in unions.items() if n != t.model})
            if rendered not in parts:
                parts.append(rendered)
        return " | ".join(parts) if parts else str(t.model)
    if k == "array":
        assert t.items is not None
        return f"List[{typeddict(t.items, enum_values, unions)}]"
    if k == "string":
        return "str"
    if k == "boolean":
        return "bool"
    if k == "integer":
        return "int"
    if k == "number":
        return "float | int"
    return strict(t, with_null=False)


def doc(t: TypeInfo | None) -> str:
    """Type name shown in the Markdown docs."""
    if t is None:
        return "None"
    k = t.kind
    if k == "model":
        return str(t.model)
    if k == "binary":
        return "bytes"
    if k == "string":
        return "str"
    if k in ("date", "datetime"):
        return k
    if k == "boolean":
        return "bool"
    if k == "integer":
        return "int"
    if k == "number":
        return "float"
    if k == "array":
        assert t.items is not None
        return f"List[{doc(t.items)}]"
    if k == "map":
        assert t.items is not None
        return f"Dict[str, {doc(t.items)}]"
    if k == "free":
        return "Dict[str, Any]"
    if k == "union":
        return " | ".join(doc(m) for m in t.members)
    if k == "null":
        return "None"
    return "Any"


def models_in(t: TypeInfo | None) -> set[str]:
    """Class names a type refers to (for imports)."""
    if t is None:
        return set()
    found: set[str] = set()
    if t.kind == "model" and t.model:
        found.add(t.model)
    if t.items is not None:
        found |= models_in(t.items)
    for m in t.members:
        found |= models_in(m)
    return found


def item_model(t: TypeInfo) -> str | None:
    """The class of an array's (innermost) items, if any (doc links)."""
    while t.kind == "array" and t.items is not None:
        t = t.items
    return t.model if t.kind == "model" else None


def has_constraints(t: TypeInfo) -> bool:
    """True when validating a value of this type can fail beyond its python type."""
    if _constraints(t) or t.min_items is not None or t.max_items is not None:
        return True
    if t.items is not None and has_constraints(t.items):
        return True
    return any(has_constraints(m) for m in t.members)


def localize(t: TypeInfo, names: dict[str, str]) -> TypeInfo:
    """The same type with class names replaced by their local (import alias) names."""
    if not names:
        return t
    items = localize(t.items, names) if t.items is not None else None
    members = tuple(localize(m, names) for m in t.members)
    model = names.get(t.model, t.model) if t.model is not None else None
    if (model, items, members) == (t.model, t.items, t.members):
        return t
    return replace(t, model=model, items=items, members=members)
