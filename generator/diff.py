"""`python -m generator diff OLD NEW`: what a spec update changes for SDK users.

Both specs go through the same load -> validate -> normalise stages as `build`, and the
two IRs are compared on what the generated SDK exposes: API classes (service
attributes), methods, their positional path arguments, query/header fields, body
keywords and return types, and the model classes with their fields, enum members and
union members. Types are compared as the SDK spells them (`generator/pytypes.py`),
never as YAML, so a spec refactoring that the SDK does not show is no change.

Every change carries a rule from `RULES`; a rule fixes the semver level (`major` =
breaking). Whether a model change breaks callers depends on where the model is used:
models sent in requests must still accept what callers built, models returned in
responses must not surprise readers. Models that no operation uses count as both.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from . import pytypes
from .errors import EXIT_BREAKING, EXIT_OK, GeneratorError
from .ir import Api, ModelDef, ModelField, Operation, Param, Service, TypeInfo

Bump = Literal["major", "minor", "patch"]
BUMP_ORDER: dict[str, int] = {"patch": 0, "minor": 1, "major": 2}

# rule id -> (semver level, why). `major` rules are the breaking ones.
RULES: dict[str, tuple[Bump, str]] = {
    "api-added": ("minor", "a new API class and service attribute"),
    "api-removed": ("major", "the service attribute and class are gone: every call fails"),
    "api-renamed": (
        "major",
        "all operations moved to a class with another name: the old attribute is gone",
    ),
    "operation-added": ("minor", "a new method"),
    "operation-removed": ("major", "calls to the method fail"),
    "operation-renamed": (
        "major",
        "same HTTP method and path, another method name: calls by the old name fail",
    ),
    "operation-moved": (
        "major",
        "the method moved to another API class: calls through the old attribute fail",
    ),
    "operation-path-changed": ("patch", "same method, another URL: calls are unchanged"),
    "operation-deprecated": ("minor", "calls now emit a DeprecationWarning"),
    "operation-undeprecated": ("patch", "calls no longer emit a DeprecationWarning"),
    "operation-stream-changed": (
        "major",
        "the method switched between returning a value and an async iterator",
    ),
    "parameter-added": ("minor", "a new optional parameter"),
    "parameter-added-required": (
        "major",
        "a new required parameter (path argument or required query/header value): "
        "existing calls lack it",
    ),
    "parameter-removed": ("major", "calls passing the parameter fail or lose it"),
    "parameter-renamed": (
        "major",
        "the python name changed: keyword arguments and query-model fields by the old name fail",
    ),
    "parameter-reordered": (
        "major",
        "positional path arguments changed order: positional calls pass wrong values",
    ),
    "parameter-became-required": ("major", "calls without the parameter are now rejected"),
    "parameter-became-optional": ("patch", "the parameter may now be left out"),
    "parameter-retyped": ("major", "values accepted before may now be rejected"),
    "parameter-widened": ("patch", "every value accepted before is still accepted"),
    "parameter-deprecated": ("minor", "the parameter is marked deprecated"),
    "body-added": ("minor", "a new optional request body keyword"),
    "body-added-required": ("major", "a new required request body: existing calls lack it"),
    "body-removed": ("major", "calls passing the body keyword fail"),
    "body-retyped": ("major", "request bodies accepted before may now be rejected"),
    "body-widened": ("patch", "every request body accepted before is still accepted"),
    "body-became-required": ("major", "calls without a request body are now rejected"),
    "body-became-optional": ("patch", "the request body may now be left out"),
    "response-retyped": (
        "major",
        "the return type changed: code handling the old type may break",
    ),
    "response-narrowed": ("patch", "fewer possible return types, all of them possible before"),
    "model-added": ("minor", "a new model class"),
    "model-removed": ("major", "imports and uses of the class fail"),
    "model-renamed": (
        "major",
        "the same model under another class name: imports of the old name fail",
    ),
    "model-kind-changed": (
        "major",
        "the class changed between object model, enum and union: its members, attributes "
        "and constructor change",
    ),
    "model-deprecated": ("minor", "the model is marked deprecated"),
    "model-undeprecated": ("patch", "the model is no longer marked deprecated"),
    "model-extra-changed": (
        "major",
        "the type or policy of additional properties changed",
    ),
    "field-added": ("minor", "a new optional field, or a new field of a response-only model"),
    "field-added-required": (
        "major",
        "a new required field of a model used in requests: constructing it without the field fails",
    ),
    "field-removed": ("major", "reading or setting the attribute fails"),
    "field-renamed": (
        "major",
        "same wire name, another python attribute: code using the old attribute fails",
    ),
    "field-retyped": ("major", "values of the old type are rejected or read differently"),
    "field-widened": (
        "patch",
        "the field of a request-only model accepts everything it accepted before",
    ),
    "field-narrowed": (
        "patch",
        "the field of a response-only model returns a subset of what it returned before",
    ),
    "field-became-required": (
        "major",
        "a field of a model used in requests became required: constructing it without the "
        "field fails",
    ),
    "field-became-optional": (
        "major",
        "a field of a model used in responses became optional: readers must handle None",
    ),
    "field-deprecated": ("minor", "the field is marked deprecated"),
    "enum-value-added": ("minor", "a new enum member"),
    "enum-value-removed": ("major", "the enum member is gone: uses and old values fail"),
    "union-member-added": ("minor", "a union used only in requests accepts one more type"),
    "union-member-added-to-response": (
        "major",
        "a union used in responses may return a new type: readers must handle it",
    ),
    "union-member-removed": (
        "major",
        "a union used in requests no longer accepts a type callers may pass",
    ),
    "union-member-removed-from-response": (
        "patch",
        "a union used only in responses returns fewer types",
    ),
}

SECTIONS = ("api", "operation", "model")
SECTION_TITLES = {"api": "API classes", "operation": "Operations", "model": "Models"}


@dataclass(frozen=True)
class Change:
    """One change visible to SDK users."""

    section: str  # api | operation | model
    group: str  # API class or model class the change belongs to
    subject: str  # e.g. `ModelsApi.create`, `FunctionRef.name`
    rule: str
    message: str  # Markdown
    old: str | None = None
    new: str | None = None

    @property
    def bump(self) -> Bump:
        """Semver level of the rule."""
        return RULES[self.rule][0]

    @property
    def breaking(self) -> bool:
        """Breaking changes need a major version."""
        return self.bump == "major"

    def as_json(self) -> dict[str, Any]:
        """Machine form (`--format json`)."""
        return {
            "section": self.section,
            "group": self.group,
            "subject": self.subject,
            "rule": self.rule,
            "breaking": self.breaking,
            "bump": self.bump,
            "message": self.message,
            "old": self.old,
            "new": self.new,
        }


@dataclass
class DiffReport:
    """All changes between two IRs, in reading order."""

    service: str
    old_version: str
    new_version: str
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        """The changes that need a major version."""
        return [c for c in self.changes if c.breaking]

    @property
    def bump(self) -> Bump:
        """The semver bump the changes need (`patch` when nothing changed)."""
        level: Bump = "patch"
        for c in self.changes:
            if BUMP_ORDER[c.bump] > BUMP_ORDER[level]:
                level = c.bump
        return level

    @property
    def spec_bump(self) -> Bump | None:
        """How the spec's own version moved (None when not `X.Y.Z`-like or not increased)."""
        old, new = _semver(self.old_version), _semver(self.new_version)
        if old is None or new is None or new <= old:
            return None
        if new[0] != old[0]:
            return "major"
        if new[1] != old[1]:
            return "minor"
        return "patch"


# --- type relations ------------------------------------------------------------------

Relation = Literal["same", "wider", "narrower", "different"]

_CONSTRAINTS = (
    "pattern",
    "min_length",
    "max_length",
    "minimum",
    "maximum",
    "exclusive_minimum",
    "exclusive_maximum",
    "min_items",
    "max_items",
)


_NO_CONSTRAINTS: dict[str, Any] = dict.fromkeys(_CONSTRAINTS)


def _strip_constraints(t: TypeInfo) -> TypeInfo:
    """The same type without value constraints (to tell relaxed from retyped)."""
    return dataclasses.replace(
        t,
        items=_strip_constraints(t.items) if t.items is not None else None,
        members=tuple(_strip_constraints(m) for m in t.members),
        **_NO_CONSTRAINTS,
    )


def _own_constraints(t: TypeInfo) -> set[tuple[str, Any]]:
    return {(a, getattr(t, a)) for a in _CONSTRAINTS if getattr(t, a) is not None}


def _constraint_set(t: TypeInfo, where: str = "") -> set[tuple[str, str, Any]]:
    found = {(where, a, getattr(t, a)) for a in _CONSTRAINTS if getattr(t, a) is not None}
    if t.items is not None:
        found |= _constraint_set(t.items, where + "[]")
    for i, m in enumerate(t.members):
        found |= _constraint_set(m, f"{where}|{i}")
    return found


def model_kind(m: ModelDef) -> str:
    """How users see the class: object model, (typed) enum or union alias."""
    if m.kind == "enum" and m.enum_base != "str":
        return f"{m.enum_base} enum"
    return m.kind


class Side:
    """One version's IR with the lookups the comparison needs."""

    def __init__(self, ir: Service) -> None:
        self.ir = ir
        self.models = ir.model_index
        self.usage = _usage(ir)

    def kinds(self, names: Iterable[str]) -> dict[str, str]:
        """Kind of each named generated class."""
        return {n: model_kind(self.models[n]) for n in names if n in self.models}


def _kind_note(old: Side, new: Side, names: set[str]) -> str | None:
    """Describe classes that kept their name but changed kind (enum -> union ...)."""
    ok, nk = old.kinds(names), new.kinds(names)
    notes = [
        f"`{n}` is now {_a(nk[n])} (was {_a(ok[n])})"
        for n in sorted(ok.keys() & nk.keys())
        if ok[n] != nk[n]
    ]
    return "; ".join(notes) or None


def _a(kind: str) -> str:
    """`an object`, `a union`, `an int enum`."""
    return ("an " if kind.split()[0] in ("object", "enum", "int", "integer") else "a ") + kind


NULL = TypeInfo(kind="null")


def _alternatives(t: TypeInfo, side: Side, depth: int = 0) -> list[TypeInfo]:
    """A type as its list of alternatives: union aliases and inline unions flattened."""
    out: list[TypeInfo] = []
    model = side.models.get(str(t.model)) if t.kind == "model" else None
    if model is not None and model.kind == "union" and depth < 20:
        for m in model.members:
            out += _alternatives(m, side, depth + 1)
        if model.nullable:
            out.append(NULL)
    elif t.kind == "union" and depth < 20:
        for m in t.members:
            out += _alternatives(m, side, depth + 1)
    else:
        out.append(dataclasses.replace(t, nullable=False))
    if t.nullable:
        out.append(NULL)
    return out


def _same_class(a: TypeInfo, aside: Side, b: TypeInfo, bside: Side) -> bool:
    return (
        a.kind == b.kind == "model"
        and a.model == b.model
        and a.nullable == b.nullable
        and aside.kinds([str(a.model)]) == bside.kinds([str(b.model)])
    )


def accepts(wide: TypeInfo, wside: Side, narrow: TypeInfo, nside: Side) -> bool:
    """True when every value of `narrow` (in its IR) is also a value of `wide` (in its IR).

    A class of the same name and kind on both sides accepts itself: changes inside it
    are reported once, on the model, not at every place that uses it.
    """
    if _same_class(wide, wside, narrow, nside):
        return True
    walts = _alternatives(wide, wside)
    return all(
        any(_accepts_one(w, wside, n, nside) for w in walts) for n in _alternatives(narrow, nside)
    )


def _accepts_one(w: TypeInfo, wside: Side, n: TypeInfo, nside: Side) -> bool:
    if w.kind == "any":
        return True
    if w.kind == "number" and n.kind == "integer":
        return not _constraint_set(w)
    if w.kind != n.kind:
        return False
    if w.kind == "model":
        return _same_class(w, wside, n, nside)
    if w.kind in ("array", "map"):
        assert w.items is not None and n.items is not None
        return accepts(w.items, wside, n.items, nside) and _own_constraints(w) <= _own_constraints(
            n
        )
    return pytypes.strict(_strip_constraints(w)) == pytypes.strict(
        _strip_constraints(n)
    ) and _constraint_set(w) <= _constraint_set(n)


def relate(old_t: TypeInfo, new_t: TypeInfo, old: Side, new: Side) -> tuple[Relation, str | None]:
    """How the set of values of a type changed (union aliases and constraints understood).

    Two spellings of the same set of values (`StrictStr` and a union alias of strings) are
    the same; a class that kept its name but changed kind (enum -> union) is different.
    """
    wider = accepts(new_t, new, old_t, old)
    narrower = accepts(old_t, old, new_t, new)
    if wider and narrower:
        return "same", None
    note = None
    if pytypes.strict(_strip_constraints(old_t)) == pytypes.strict(_strip_constraints(new_t)):
        note = _kind_note(old, new, pytypes.models_in(old_t))
        if note is None:
            note = "constraints relaxed" if wider else "constraints changed"
    if wider:
        return "wider", note
    if narrower:
        return "narrower", note
    return "different", note


def _usage(ir: Service) -> dict[str, set[str]]:
    """Class name -> {"request", "response"}: where operations use it, transitively."""
    models = ir.model_index
    usage: dict[str, set[str]] = {}

    def mark(t: TypeInfo | None, where: str) -> None:
        todo = sorted(pytypes.models_in(t))
        while todo:
            name = todo.pop()
            if name not in models or where in usage.setdefault(name, set()):
                continue
            usage[name].add(where)
            m = models[name]
            for f in m.fields:
                todo.extend(pytypes.models_in(f.type))
            for t2 in m.members:
                todo.extend(pytypes.models_in(t2))
            todo.extend(pytypes.models_in(m.extra_type))

    for api in ir.apis:
        for op in api.operations:
            for p in op.path_params + op.query_params + op.header_params + op.cookie_params:
                mark(p.type, "request")
            if op.body is not None:
                for t in (op.body.json_type, op.body.other_type, op.body.multipart_type):
                    mark(t, "request")
            for r in op.responses:
                mark(r.type, "response")
    return usage


# --- comparison ----------------------------------------------------------------------


def _path_key(op: Operation) -> tuple[str, str]:
    """HTTP method + URL template with placeholder names erased (a renamed `{id}` is no move)."""
    return op.http_method, re.sub(r"\{[^}]*\}", "{}", op.path)


def _endpoint(op: Operation) -> str:
    return f"`{op.http_method} {op.path}`"


def _result(op: Operation) -> list[str]:
    """Members of the method's primary return type (2xx and default responses)."""
    members: list[str] = []
    for r in op.responses:
        if r.code.startswith("2") or r.code == "default":
            rendered = pytypes.response(r.type)
            if rendered not in members:
                members.append(rendered)
    return members


def _result_type(op: Operation) -> TypeInfo:
    """The primary return type as one (union) type; `None` for responses without content."""
    members = tuple(
        r.type if r.type is not None else NULL
        for r in op.responses
        if r.code.startswith("2") or r.code == "default"
    )
    return TypeInfo(kind="union", members=members)


def _param_label(p: Param) -> str:
    where = {"path": "path argument", "query": "query parameter"}.get(
        p.location, f"{p.location} parameter"
    )
    if p.location == "path":
        return f"{where} `{p.name}`"
    if p.name == p.wire:
        return f"{where} `{p.wire}`"
    return f"{where} `{p.wire}` (`{p.name}`)"


class Differ:
    """Compares two IRs and collects `Change`s."""

    def __init__(self, old: Service, new: Service) -> None:
        self.old = Side(old)
        self.new = Side(new)
        self.changes: list[Change] = []

    def add(
        self,
        section: str,
        group: str,
        subject: str,
        rule: str,
        message: str,
        old: str | None = None,
        new: str | None = None,
    ) -> None:
        """Record one change."""
        assert rule in RULES, rule
        self.changes.append(Change(section, group, subject, rule, message, old, new))

    def run(self) -> list[Change]:
        """All changes: API classes, then operations per class, then models."""
        self.compare_apis()
        self.compare_models()
        order = {s: i for i, s in enumerate(SECTIONS)}
        # stable: within a section and group the comparison order is kept
        groups: dict[tuple[str, str], int] = {}
        for c in self.changes:
            groups.setdefault((c.section, c.group), len(groups))
        return sorted(
            self.changes,
            key=lambda c: (
                order[c.section],
                c.group.lower(),
                c.group,
                groups[(c.section, c.group)],
            ),
        )

    # --- APIs and operations ---------------------------------------------------------

    def compare_apis(self) -> None:
        """Match operations by endpoint, then by name; derive API-level changes."""
        old_ops = {_path_key(op): (api, op) for api in self.old.ir.apis for op in api.operations}
        new_ops = {_path_key(op): (api, op) for api in self.new.ir.apis for op in api.operations}
        pairs: list[tuple[Api, Operation, Api, Operation]] = []
        for key, (napi, nop) in new_ops.items():
            if key in old_ops:
                oapi, oop = old_ops[key]
                pairs.append((oapi, oop, napi, nop))
        matched_old = {id(p[1]) for p in pairs}
        matched_new = {id(p[3]) for p in pairs}
        # an endpoint whose URL changed but whose method stayed
        left_old = {
            (api.class_name, op.name): (api, op)
            for api in self.old.ir.apis
            for op in api.operations
            if id(op) not in matched_old
        }
        for api in self.new.ir.apis:
            for op in api.operations:
                if id(op) in matched_new:
                    continue
                hit = left_old.pop((api.class_name, op.name), None)
                if hit is not None:
                    pairs.append((hit[0], hit[1], api, op))
                    matched_old.add(id(hit[1]))
                    matched_new.add(id(op))

        old_apis = {a.class_name: a for a in self.old.ir.apis}
        new_apis = {a.class_name: a for a in self.new.ir.apis}
        renamed_api: dict[str, str] = {}  # old class -> new class
        for name, api in old_apis.items():
            if name in new_apis or not api.operations:
                continue
            targets = {p[2].class_name for p in pairs if p[0] is api}
            if len(targets) == 1 and all(id(op) in matched_old for op in api.operations):
                target = targets.pop()
                if target not in old_apis:
                    renamed_api[name] = target
        for name in sorted(old_apis.keys() - new_apis.keys()):
            api = old_apis[name]
            if name in renamed_api:
                new_api = new_apis[renamed_api[name]]
                self.add(
                    "api",
                    name,
                    name,
                    "api-renamed",
                    f"`{name}` (`{self._attr(self.old, api)}`) renamed to `{new_api.class_name}`"
                    f" (`{self._attr(self.new, new_api)}`)",
                    name,
                    new_api.class_name,
                )
            else:
                self.add(
                    "api",
                    name,
                    name,
                    "api-removed",
                    f"`{name}` (`{self._attr(self.old, api)}`) removed"
                    f" with its {_count(len(api.operations), 'method')}",
                    name,
                    None,
                )
        for name in new_apis.keys() - old_apis.keys():
            api = new_apis[name]
            if name in renamed_api.values():
                continue
            self.add(
                "api",
                name,
                name,
                "api-added",
                f"`{name}` (`{self._attr(self.new, api)}`) added"
                f" with {_count(len(api.operations), 'method')}",
                None,
                name,
            )

        pair_of_new = {id(p[3]): p for p in pairs}
        for napi in self.new.ir.apis:
            for nop in napi.operations:
                pair = pair_of_new.get(id(nop))
                if pair is None:
                    self.add(
                        "operation",
                        napi.class_name,
                        f"{napi.class_name}.{nop.name}",
                        "operation-added",
                        f"`{nop.name}` added ({_endpoint(nop)})",
                        None,
                        nop.name,
                    )
                    continue
                oapi, oop, _, _ = pair
                moved = oapi.class_name != napi.class_name
                self.compare_operation(
                    oapi, oop, napi, nop, moved and renamed_api.get(oapi.class_name) is None
                )
        for oapi in self.old.ir.apis:
            for oop in oapi.operations:
                if id(oop) not in matched_old:
                    self.add(
                        "operation",
                        oapi.class_name,
                        f"{oapi.class_name}.{oop.name}",
                        "operation-removed",
                        f"`{oop.name}` removed ({_endpoint(oop)})",
                        oop.name,
                        None,
                    )

    def _attr(self, side: Side, api: Api) -> str:
        return f"{side.ir.key}.{api.attr}"

    def compare_operation(
        self, oapi: Api, oop: Operation, napi: Api, nop: Operation, moved: bool
    ) -> None:
        """Method name, class, URL, deprecation, parameters, body and return type."""
        group = napi.class_name
        subject = f"{group}.{nop.name}"

        def add(rule: str, message: str, old: str | None = None, new: str | None = None) -> None:
            self.add("operation", group, subject, rule, message, old, new)

        old_call = f"{oapi.class_name}.{oop.name}"
        if moved:
            add(
                "operation-moved",
                f"`{old_call}` moved to `{subject}` ({_endpoint(nop)})",
                old_call,
                subject,
            )
        elif oop.name != nop.name:
            add(
                "operation-renamed",
                f"`{oop.name}` renamed to `{nop.name}` ({_endpoint(nop)})",
                oop.name,
                nop.name,
            )
        if _path_key(oop) != _path_key(nop):
            add(
                "operation-path-changed",
                f"`{nop.name}`: endpoint {_endpoint(oop)} is now {_endpoint(nop)}",
                f"{oop.http_method} {oop.path}",
                f"{nop.http_method} {nop.path}",
            )
        if nop.deprecated and not oop.deprecated:
            add("operation-deprecated", f"`{nop.name}` deprecated")
        elif oop.deprecated and not nop.deprecated:
            add("operation-undeprecated", f"`{nop.name}` no longer deprecated")
        self.compare_path_args(add, nop.name, oop.path_params, nop.path_params)
        for loc in ("query", "header", "cookie"):
            self.compare_named_params(
                add, nop.name, getattr(oop, f"{loc}_params"), getattr(nop, f"{loc}_params")
            )
        self.compare_body(add, oop, nop)
        self.compare_result(add, oop, nop)

    def compare_path_args(self, add: Any, method: str, old: list[Param], new: list[Param]) -> None:
        """Positional arguments: matched by python name, leftovers at one position are renames."""
        old_names = [p.name for p in old]
        new_names = [p.name for p in new]
        common = [n for n in new_names if n in old_names]
        if common != [n for n in old_names if n in new_names]:
            add(
                "parameter-reordered",
                f"`{method}`: path arguments reordered: `({', '.join(old_names)})` → "
                f"`({', '.join(new_names)})`",
                ", ".join(old_names),
                ", ".join(new_names),
            )
        renamed: set[str] = set()
        for i, np in enumerate(new):
            if np.name in old_names or i >= len(old):
                continue
            op = old[i]
            if op.name in new_names:
                continue
            renamed |= {op.name, np.name}
            add(
                "parameter-renamed",
                f"`{method}`: path argument {i + 1} `{op.name}` renamed to `{np.name}`",
                op.name,
                np.name,
            )
            self.compare_param(add, method, op, np)
        for np in new:
            if np.name in renamed:
                continue
            if np.name not in old_names:
                add(
                    "parameter-added-required",
                    f"`{method}`: {_param_label(np)} added ({self._ptype(np)})",
                    None,
                    pytypes.strict(np.type),
                )
            else:
                self.compare_param(add, method, old[old_names.index(np.name)], np)
        for op in old:
            if op.name not in new_names and op.name not in renamed:
                add(
                    "parameter-removed",
                    f"`{method}`: {_param_label(op)} removed",
                    pytypes.strict(op.type),
                    None,
                )

    def compare_named_params(
        self, add: Any, method: str, old: list[Param], new: list[Param]
    ) -> None:
        """Query/header/cookie fields: matched by wire name (the key callers send)."""
        old_by_wire = {p.wire: p for p in old}
        new_wires = {p.wire for p in new}
        for np in new:
            op = old_by_wire.get(np.wire)
            if op is None:
                rule = "parameter-added-required" if np.required else "parameter-added"
                req = "required " if np.required else ""
                add(
                    rule,
                    f"`{method}`: {req}{_param_label(np)} added ({self._ptype(np)})",
                    None,
                    pytypes.strict(np.type),
                )
                continue
            if op.name != np.name:
                add(
                    "parameter-renamed",
                    f"`{method}`: {_param_label(np)}: python name `{op.name}` → `{np.name}`",
                    op.name,
                    np.name,
                )
            self.compare_param(add, method, op, np)
            if np.required and not op.required:
                add("parameter-became-required", f"`{method}`: {_param_label(np)} is now required")
            elif op.required and not np.required:
                add("parameter-became-optional", f"`{method}`: {_param_label(np)} is now optional")
        for op in old:
            if op.wire not in new_wires:
                add(
                    "parameter-removed",
                    f"`{method}`: {_param_label(op)} removed",
                    pytypes.strict(op.type),
                    None,
                )

    def _ptype(self, p: Param) -> str:
        return f"`{pytypes.strict(p.type)}`"

    def compare_param(self, add: Any, method: str, op: Param, np: Param) -> None:
        """Type and deprecation of one matched parameter (an input: wider is safe)."""
        relation, note = relate(op.type, np.type, self.old, self.new)
        if relation != "same":
            rule = "parameter-widened" if relation == "wider" else "parameter-retyped"
            so, sn = pytypes.strict(op.type), pytypes.strict(np.type)
            add(rule, f"`{method}`: {_param_label(np)} type {_retype(so, sn, note)}", so, sn)
        if np.deprecated and not op.deprecated:
            add("parameter-deprecated", f"`{method}`: {_param_label(np)} deprecated")

    def compare_body(self, add: Any, oop: Operation, nop: Operation) -> None:
        """The `json` / `content` / `files` keywords and the JSON body type."""
        ob, nb = oop.body, nop.body
        method = nop.name
        keywords = (
            ("json", "consumes_json"),
            ("content", "consumes_other"),
            ("files", "consumes_multipart"),
        )
        for kw, attr in keywords:
            had = bool(ob and getattr(ob, attr))
            has = bool(nb and getattr(nb, attr))
            if has and not had:
                required = bool(nb and nb.required) and not (ob and ob.required)
                rule = "body-added-required" if required else "body-added"
                typed = ""
                if kw == "json" and nb is not None and nb.json_type is not None:
                    typed = f" (`{pytypes.strict(nb.json_type, with_null=False)} | None`)"
                add(rule, f"`{method}`: request body keyword `{kw}` added{typed}", None, kw)
            elif had and not has:
                add("body-removed", f"`{method}`: request body keyword `{kw}` removed", kw, None)
        if ob is None or nb is None:
            return
        if ob.json_type is not None and nb.json_type is not None:
            if ob.consumes_json and nb.consumes_json:
                relation, note = relate(ob.json_type, nb.json_type, self.old, self.new)
                if relation != "same":
                    so = pytypes.strict(ob.json_type, with_null=False)
                    sn = pytypes.strict(nb.json_type, with_null=False)
                    rule = "body-widened" if relation == "wider" else "body-retyped"
                    add(rule, f"`{method}`: `json` body type {_retype(so, sn, note)}", so, sn)
        if nb.required and not ob.required:
            add("body-became-required", f"`{method}`: the request body is now required")
        elif ob.required and not nb.required:
            add("body-became-optional", f"`{method}`: the request body is now optional")

    def compare_result(self, add: Any, oop: Operation, nop: Operation) -> None:
        """The return type (an output: narrower is safe)."""
        method = nop.name
        if oop.event_stream != nop.event_stream:
            what = "an async iterator" if nop.event_stream else "a single value"
            add("operation-stream-changed", f"`{method}` now returns {what}")
        so, sn = " | ".join(_result(oop)), " | ".join(_result(nop))
        relation, note = relate(_result_type(oop), _result_type(nop), self.old, self.new)
        if relation == "same":
            return
        rule = "response-narrowed" if relation == "narrower" else "response-retyped"
        add(rule, f"`{method}`: return type {_retype(so, sn, note)}", so, sn)

    # --- models ----------------------------------------------------------------------

    def compare_models(self) -> None:
        """Classes added/removed/renamed, then each kept class member by member."""
        old, new = self.old.models, self.new.models
        removed = [n for n in old if n not in new]
        added = [n for n in new if n not in old]
        renamed = self._renamed_models(removed, added)
        for name in sorted(set(old) | set(new)):
            if name in old and name in new:
                self.compare_model(old[name], new[name])
            elif name in renamed:
                target = renamed[name]
                self.add(
                    "model",
                    name,
                    name,
                    "model-renamed",
                    f"`{name}` renamed to `{target}` (same {new[target].kind})",
                    name,
                    target,
                )
            elif name in old:
                self.add(
                    "model",
                    name,
                    name,
                    "model-removed",
                    f"`{name}` ({model_kind(old[name])}) removed",
                    name,
                    None,
                )
            elif name not in renamed.values():
                self.add(
                    "model",
                    name,
                    name,
                    "model-added",
                    f"`{name}` ({model_kind(new[name])}) added",
                    None,
                    name,
                )

    def _renamed_models(self, removed: list[str], added: list[str]) -> dict[str, str]:
        """Pair a removed and an added class when exactly one of each has the same shape.

        Shape first includes the description (tells `…Draft` from `…Published` links
        of the same structure), then leaves it out.
        """
        pairs: dict[str, str] = {}
        for with_description in (True, False):
            left_old = [n for n in removed if n not in pairs]
            left_new = [n for n in added if n not in pairs.values()]
            by_shape: dict[str, tuple[list[str], list[str]]] = {}
            for n in left_old:
                key = _shape(self.old.models[n], with_description)
                by_shape.setdefault(key, ([], []))[0].append(n)
            for n in left_new:
                key = _shape(self.new.models[n], with_description)
                by_shape.setdefault(key, ([], []))[1].append(n)
            for olds, news in by_shape.values():
                if len(olds) == 1 and len(news) == 1:
                    pairs[olds[0]] = news[0]
        return pairs

    def compare_model(self, om: ModelDef, nm: ModelDef) -> None:
        """One class kept by name: kind, deprecation, fields, enum and union members."""
        name = nm.class_name

        def add(
            rule: str,
            message: str,
            old: str | None = None,
            new: str | None = None,
            subject: str = name,
        ) -> None:
            self.add("model", name, subject, rule, message, old, new)

        ok, nk = model_kind(om), model_kind(nm)
        if ok != nk:
            add("model-kind-changed", f"`{name}` is now {_a(nk)} (was {_a(ok)})", ok, nk)
            return
        if nm.deprecated and not om.deprecated:
            add("model-deprecated", f"`{name}` deprecated")
        elif om.deprecated and not nm.deprecated:
            add("model-undeprecated", f"`{name}` no longer deprecated")
        usage = self.old.usage.get(name, set()) | self.new.usage.get(name, set())
        if not usage:
            usage = {"request", "response"}
        if nm.kind == "object":
            self.compare_fields(add, name, om.fields, nm.fields, usage)
            oe = pytypes.strict(om.extra_type) if om.extra_type is not None else None
            ne = pytypes.strict(nm.extra_type) if nm.extra_type is not None else None
            if (oe, om.extra) != (ne, nm.extra):
                add(
                    "model-extra-changed",
                    f"`{name}`: additional properties `{om.extra}` `{oe}` → `{nm.extra}` `{ne}`",
                    f"{om.extra} {oe}",
                    f"{nm.extra} {ne}",
                )
        elif nm.kind == "enum":
            ov = [v.value for v in om.enum_values]
            nv = [v.value for v in nm.enum_values]
            for v in nv:
                if v not in ov:
                    member = nm.enum_values[nv.index(v)].name
                    add(
                        "enum-value-added",
                        f"`{name}`: value {v!r} (`{member}`) added",
                        None,
                        repr(v),
                        f"{name}.{member}",
                    )
            for v in ov:
                if v not in nv:
                    member = om.enum_values[ov.index(v)].name
                    add(
                        "enum-value-removed",
                        f"`{name}`: value {v!r} (`{member}`) removed",
                        repr(v),
                        None,
                        f"{name}.{member}",
                    )
        else:
            om_members, nm_members = _union_members(om), _union_members(nm)
            for m in nm_members:
                if m not in om_members:
                    rule = (
                        "union-member-added-to-response"
                        if "response" in usage
                        else "union-member-added"
                    )
                    add(rule, f"`{name}`: member `{m}` added", None, m)
            for m in om_members:
                if m not in nm_members:
                    rule = (
                        "union-member-removed"
                        if "request" in usage
                        else "union-member-removed-from-response"
                    )
                    add(rule, f"`{name}`: member `{m}` removed", m, None)

    def compare_fields(
        self, add: Any, model: str, old: list[ModelField], new: list[ModelField], usage: set[str]
    ) -> None:
        """Fields matched by wire name; severity follows where the model is used."""
        request, response = "request" in usage, "response" in usage
        old_by_wire = {f.wire: f for f in old}
        new_wires = {f.wire for f in new}
        for nf in new:
            subject = f"{model}.{nf.name}"
            of = old_by_wire.get(nf.wire)
            if of is None:
                typ = _field_type(nf)
                if nf.required and request:
                    add(
                        "field-added-required",
                        f"`{model}`: required field `{nf.name}` added (`{typ}`)",
                        None,
                        typ,
                        subject,
                    )
                else:
                    req = "required " if nf.required else ""
                    add(
                        "field-added",
                        f"`{model}`: {req}field `{nf.name}` added (`{typ}`)",
                        None,
                        typ,
                        subject,
                    )
                continue
            if of.name != nf.name:
                add(
                    "field-renamed",
                    f"`{model}`: field `{of.name}` renamed to `{nf.name}` (wire `{nf.wire}`)",
                    of.name,
                    nf.name,
                    subject,
                )
            relation, note = relate(of.type, nf.type, self.old, self.new)
            if relation != "same":
                if relation == "wider" and not response:
                    rule = "field-widened"
                elif relation == "narrower" and not request:
                    rule = "field-narrowed"
                else:
                    rule = "field-retyped"
                so, sn = pytypes.strict(of.type), pytypes.strict(nf.type)
                add(
                    rule,
                    f"`{model}`: field `{nf.name}` type {_retype(so, sn, note)}",
                    so,
                    sn,
                    subject,
                )
            if nf.required and not of.required:
                rule = "field-became-required" if request else "field-narrowed"
                add(rule, f"`{model}`: field `{nf.name}` is now required", None, None, subject)
            elif of.required and not nf.required:
                rule = "field-became-optional" if response else "field-widened"
                add(rule, f"`{model}`: field `{nf.name}` is now optional", None, None, subject)
            if nf.deprecated and not of.deprecated:
                add(
                    "field-deprecated",
                    f"`{model}`: field `{nf.name}` deprecated",
                    None,
                    None,
                    subject,
                )
        for of in old:
            if of.wire not in new_wires:
                add(
                    "field-removed",
                    f"`{model}`: field `{of.name}` removed",
                    _field_type(of),
                    None,
                    f"{model}.{of.name}",
                )


def _retype(old: str, new: str, note: str | None) -> str:
    """`A` → `B` (note), or `A`: note when only the class behind the name changed."""
    if old == new:
        return f"`{new}`: {note}"
    return f"`{old}` → `{new}`" + (f" ({note})" if note else "")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _field_type(f: ModelField) -> str:
    t = pytypes.strict(f.type)
    return t if f.required or t.endswith("| None") else f"{t} | None"


def _union_members(m: ModelDef) -> list[str]:
    members = [pytypes.member(t) for t in m.members]
    if m.nullable and "None" not in members:
        members.append("None")
    return members


def _shape(m: ModelDef, with_description: bool) -> str:
    """What a class looks like to users, without its own name (for rename detection)."""
    return json.dumps(
        {
            "kind": model_kind(m),
            "description": m.description if with_description else None,
            "fields": [[f.name, f.wire, _field_type(f)] for f in m.fields],
            "values": [repr(v.value) for v in m.enum_values],
            "members": _union_members(m),
            "extra": [m.extra, pytypes.strict(m.extra_type) if m.extra_type else None],
        },
        sort_keys=True,
    )


def _semver(version: str) -> tuple[int, int, int] | None:
    match = re.match(r"^v?(\d+)\.(\d+)(?:\.(\d+))?", version)
    if not match:
        return None
    return int(match[1]), int(match[2]), int(match[3] or 0)


def diff_services(old: Service, new: Service) -> DiffReport:
    """Compare two IRs."""
    return DiffReport(
        service=new.key,
        old_version=old.info_version,
        new_version=new.info_version,
        changes=Differ(old, new).run(),
    )


# --- output --------------------------------------------------------------------------


def advice_line(report: DiffReport) -> str:
    """The last line: the semver bump the changes need."""
    n = len(report.breaking)
    if not report.changes:
        why = "no changes for SDK users"
    elif n:
        why = _count(n, "breaking change")
    else:
        why = "no breaking changes"
    spec = report.spec_bump
    if spec is not None and BUMP_ORDER[spec] < BUMP_ORDER[report.bump]:
        why += (
            f"; the spec version {report.old_version} → {report.new_version} is only a {spec} bump"
        )
    return f"Semver advice: **{report.bump}** ({why})"


def render_markdown(report: DiffReport) -> str:
    """The changelog for humans (and release notes)."""
    lines = [
        f"# {report.service}: SDK changes {report.old_version} → {report.new_version}",
        "",
    ]
    if not report.changes:
        lines += ["No changes for SDK users.", "", advice_line(report)]
        return "\n".join(lines) + "\n"
    n_break = len(report.breaking)
    lines += [
        f"{_count(n_break, 'breaking change')}, "
        f"{_count(len(report.changes) - n_break, 'other change')}.",
    ]
    for section in SECTIONS:
        entries = [c for c in report.changes if c.section == section]
        if not entries:
            continue
        lines += ["", f"## {SECTION_TITLES[section]}", ""]
        group = None
        for c in entries:
            if section == "operation" and c.group != group:
                if group is not None:
                    lines.append("")
                lines += [f"### `{c.group}`", ""]
                group = c.group
            mark = "**breaking**" if c.breaking else c.bump
            lines.append(f"- {mark} `{c.rule}`: {c.message}")
    used = sorted({c.rule for c in report.changes}, key=lambda r: (-BUMP_ORDER[RULES[r][0]], r))
    lines += ["", "## Rules", "", "| rule | level | meaning |", "|---|---|---|"]
    for rule in used:
        level, why = RULES[rule]
        lines.append(f"| `{rule}` | {'**breaking**' if level == 'major' else level} | {why} |")
    lines += ["", advice_line(report)]
    return "\n".join(lines) + "\n"


def render_json(report: DiffReport) -> str:
    """The changelog for machines."""
    data = {
        "service": report.service,
        "old_version": report.old_version,
        "new_version": report.new_version,
        "breaking": len(report.breaking),
        "changes": [c.as_json() for c in report.changes],
        "bump": report.bump,
        "spec_bump": report.spec_bump,
        "rules": {
            rule: {"bump": RULES[rule][0], "breaking": RULES[rule][0] == "major"}
            for rule in sorted({c.rule for c in report.changes})
        },
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --- command -------------------------------------------------------------------------


def service_of(path: Path) -> str:
    """`registry-2.13.0.yaml` / `registry.openapi.yaml` -> `registry` (before the first - or .)."""
    return re.split(r"[-.]", path.name, maxsplit=1)[0]


def diff_command(args: argparse.Namespace) -> int:
    """`python -m generator diff OLD NEW [--format md|json] [--service NAME]`."""
    from .cli import build_ir

    old_path, new_path = Path(args.old), Path(args.new)
    service = args.service
    if service is None:
        names = {service_of(old_path), service_of(new_path)}
        if len(names) != 1:
            raise GeneratorError(
                f"the spec file names name different services {sorted(names)}",
                file=str(new_path),
                hint="pass --service NAME",
            )
        service = names.pop()
    # with a names lock, both specs get the class names the build would give them
    lock = Path(args.lock) if getattr(args, "lock", None) else None
    old_ir, _ = build_ir(old_path, service, lock=lock)
    new_ir, _ = build_ir(new_path, service, lock=lock)
    report = diff_services(old_ir, new_ir)
    out = render_json(report) if args.format == "json" else render_markdown(report)
    sys.stdout.write(out)
    return EXIT_BREAKING if report.breaking else EXIT_OK
