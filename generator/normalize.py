"""Stage 3 - normalise: the spec document becomes the IR (`ir.Service`).

Order of work (CONTRACT §1):
1. rename component schemas (P2, with D1/D2 fixed) and rewrite their `$ref`s;
2. prepare every schema: titles (P3), 3.1 nulls and type arrays (P5), single-member
   compositions (N1), boolean enums (N2);
3. extract inline schemas that need a class, in the generator's traversal order (§1.4);
4. classify schemas into object / enum / union models or inlined aliases (§1.5);
5. build operations, parameters, bodies and responses grouped by tag (§2, §4).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from typing import Any

from pydantic_core import SchemaError, SchemaValidator, core_schema

from . import naming
from .errors import GeneratorError, Warning_
from .ir import (
    MISSING,
    Api,
    Body,
    EnumValue,
    ModelAlias,
    ModelDef,
    ModelField,
    Operation,
    Param,
    ResponseDef,
    Service,
    ServiceConfig,
    TypeInfo,
)
from .load import LoadedSpec, escape_pointer_part, pointer_get
from .media import is_form, is_json, is_other
from .names_lock import Named, NamesLock, assign, content_hash

HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]
SCHEMA_PREFIX = "#/components/schemas/"
# Header parameters that OpenAPI says are ignored (set by the HTTP layer).
IGNORED_HEADERS = {"accept", "content-type", "authorization"}
# An HTTP header or cookie name is a token (RFC 9110 5.1, RFC 6265 4.1.1).
HTTP_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
RELEASE = re.compile(r"\d+(\.\d+)*")
# Schema keywords the generated models do not express, and what happens instead.
UNSUPPORTED_KEYWORDS = {
    "not": "values are not checked against it",
    "patternProperties": "matching properties are kept, untyped",
    "discriminator": "the union is validated member by member",
    "if": "if/then/else is not checked",
    "dependentSchemas": "not checked",
    "dependentRequired": "not checked",
    "dependencies": "not checked",
    "prefixItems": "array items are typed from `items` only",
    "contains": "not checked",
    "propertyNames": "not checked",
    "unevaluatedProperties": "not checked",
    "unevaluatedItems": "not checked",
    "multipleOf": "not checked",
    "uniqueItems": "not checked (items are a list)",
    "minProperties": "not checked",
    "maxProperties": "not checked",
}
# Keys of a path item besides the operations (OpenAPI 3.0/3.1).
PATH_ITEM_KEYS = {"$ref", "summary", "description", "servers", "parameters"}
# Serialisation the generated code and the runtime apply, per parameter location.
DEFAULT_STYLE = {"query": "form", "path": "simple", "header": "simple", "cookie": "form"}


def _ptr(*parts: object) -> str:
    return "".join("/" + escape_pointer_part(str(p)) for p in parts)


class Normalizer:
    """Holds the working state of one normalisation run."""

    def __init__(
        self, spec: LoadedSpec, config: ServiceConfig, lock: NamesLock | None = None
    ) -> None:
        self.spec = spec
        self.lock = lock
        self.doc = spec.document
        self.config = config
        self.warnings: list[Warning_] = []
        self.schemas: dict[str, dict[str, Any]] = {}  # E: raw name -> schema
        self.origin: dict[str, str] = {}  # raw name -> pointer in the spec
        self.extracted: set[str] = set()
        self.signatures: dict[str, str] = {}
        self.models: dict[str, ModelDef] = {}  # raw name -> model
        self.class_of: dict[str, str] = {}  # raw name -> class name
        self._resolving: set[str] = set()
        self.form_only: set[str] = set()
        # raw name -> every (pointer, content hash) where the schema occurs (names lock)
        self.locations: dict[str, list[tuple[str, str]]] = {}
        self.aliases: list[ModelAlias] = []
        self.new_lock: NamesLock | None = None
        # unsupported schema keyword -> pointers where it occurs (one warning per keyword)
        self.unsupported: dict[str, list[str]] = {}
        self.pattern_ok: dict[str, bool] = {}

    # --- reporting ---------------------------------------------------------------

    def warn(self, message: str, pointer: str = "") -> None:
        """Record a located warning (once: shared path parameters reach it per operation)."""
        if any(w.message == message and w.pointer == pointer for w in self.warnings):
            return
        self.warnings.append(
            Warning_(
                message,
                pointer=pointer,
                file=str(self.spec.path),
                line=self.spec.line_of(pointer) if pointer else None,
            )
        )

    def error(self, message: str, pointer: str, hint: str | None = None) -> GeneratorError:
        """Build a located error."""
        return GeneratorError(
            message,
            file=str(self.spec.path),
            pointer=pointer,
            line=self.spec.line_of(pointer),
            hint=hint,
        )

    # --- step 1: component renames -----------------------------------------------

    def rename_components(self) -> None:
        """P2 (D1, D2 fixed): strip the I/E marker unless that would collide."""
        components = self.doc.get("components") or {}
        schemas = components.get("schemas") or {}
        if not isinstance(schemas, dict):
            raise self.error(
                "components.schemas must be a mapping",
                "/components/schemas",
                hint="write one `<Name>: <schema>` entry per schema",
            )
        renames: dict[str, str] = {}
        used: set[str] = set()
        for key in schemas:
            new = naming.component_class_base(str(key))
            if new != key and (new in schemas or new in used):
                self.warn(
                    f"schema {key!r} keeps its name: {new!r} is taken by another schema",
                    _ptr("components", "schemas", key),
                )
                new = str(key)
            renames[str(key)] = new
            used.add(new)
        for key, schema in schemas.items():
            self.schemas[renames[str(key)]] = schema
            self.origin[renames[str(key)]] = _ptr("components", "schemas", key)
        self.renames = renames
        self._rewrite_refs(self.doc)

    def _rewrite_refs(self, node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
                name, sep, rest = ref[len(SCHEMA_PREFIX) :].partition("/")
                name = name.replace("~1", "/").replace("~0", "~")
                if name in self.renames:
                    node["$ref"] = (
                        SCHEMA_PREFIX + escape_pointer_part(self.renames[name]) + sep + rest
                    )
            for value in node.values():
                self._rewrite_refs(value)
        elif isinstance(node, list):
            for value in node:
                self._rewrite_refs(value)

    # --- step 2: schema preparation ---------------------------------------------

    def prepare(self, schema: Any, pointer: str, *, top: bool = False) -> Any:
        """Apply P3, P4, P5, N1, N2 and 3.1 type arrays to a schema (returns a new one)."""
        if isinstance(schema, bool):
            return {} if schema else {"not": {}}
        if not isinstance(schema, dict):
            raise self.error(
                "a schema must be a mapping", pointer, hint="write the schema as a YAML mapping"
            )
        s = dict(schema)
        if "$ref" in s:
            ref = s["$ref"]
            if not isinstance(ref, str):
                raise self.error(
                    "$ref must be a string", pointer + "/$ref", hint="quote the reference"
                )
            if ref.startswith("#") and not (
                ref.startswith(SCHEMA_PREFIX) and "/" not in ref[len(SCHEMA_PREFIX) :]
            ):
                # a deep local reference: inline a copy of its target
                try:
                    target = pointer_get(self.doc, ref[1:])
                except KeyError:
                    raise self.error(
                        f"unresolved $ref {ref!r}",
                        pointer + "/$ref",
                        hint="the JSON pointer after '#' must name an existing node",
                    ) from None
                siblings = {k: v for k, v in s.items() if k != "$ref"}
                merged = {**copy.deepcopy(target), **siblings}
                if ref[1:] in pointer:
                    raise self.error(
                        f"circular $ref {ref!r} cannot be inlined",
                        pointer + "/$ref",
                        hint="move the schema to components.schemas and refer to it by name",
                    )
                return self.prepare(merged, pointer)
            return s
        if "const" in s and "enum" not in s:
            # 3.1 `const` is a single-value enum (P3 then drops its title like any enum's)
            s["enum"] = [s["const"]]
        for keyword in UNSUPPORTED_KEYWORDS.keys() & s.keys():
            self.unsupported.setdefault(keyword, []).append(pointer + "/" + keyword)
        if isinstance(s.get("items"), list):
            self.unsupported.setdefault("items", []).append(pointer + "/items")
        if top or s.get("enum") is not None:
            s.pop("title", None)
        if "examples" in s and isinstance(s["examples"], list) and s["examples"]:
            s.setdefault("example", s["examples"][0])
        # 3.1 type arrays
        typ = s.get("type")
        if isinstance(typ, list):
            types = [t for t in typ if t != "null"]
            if len(types) < len(typ):
                s["nullable"] = True
            if len(types) == 1:
                s["type"] = types[0]
            elif not types:
                s["type"] = "null"
            else:
                del s["type"]
                s["anyOf"] = [{"type": t} for t in types]
        # enums: null values -> nullable; boolean enums lose the enum (N2)
        if isinstance(s.get("enum"), list):
            values = s["enum"]
            if None in values:
                s["nullable"] = True
                values = [v for v in values if v is not None]
                s["enum"] = values
            if s.get("type") == "boolean" or (values and all(isinstance(v, bool) for v in values)):
                s.pop("enum")
                s["type"] = "boolean"
            elif any(isinstance(v, (dict, list)) for v in values):
                # object/array values cannot be enum members: the schema's type remains
                s.pop("enum")
            elif not values:
                s.pop("enum")
        for key in ("properties", "patternProperties"):
            props = s.get(key)
            if isinstance(props, dict):
                s[key] = {k: self.prepare(v, pointer + _ptr(key, k)) for k, v in props.items()}
            elif props is not None:
                raise self.error(
                    f"{key} must be a mapping",
                    pointer + "/" + key,
                    hint="write one `<name>: <schema>` entry per property",
                )
        if isinstance(s.get("items"), (dict, bool)):
            s["items"] = self.prepare(s["items"], pointer + "/items")
        if isinstance(s.get("additionalProperties"), dict):
            s["additionalProperties"] = self.prepare(
                s["additionalProperties"], pointer + "/additionalProperties"
            )
        for comb in ("anyOf", "oneOf", "allOf"):
            if comb not in s:
                continue
            members = s[comb]
            if not isinstance(members, list):
                raise self.error(
                    f"{comb} must be a list", pointer + "/" + comb, hint="write a list of schemas"
                )
            prepared = []
            for i, m in enumerate(members):
                if isinstance(m, dict) and m.get("type") == "null" and len(m) == 1:
                    s["nullable"] = True
                    continue
                prepared.append(self.prepare(m, pointer + _ptr(comb, i)))
            if s.get("nullable") and comb != "allOf":
                prepared = [{**m, "nullable": True} if isinstance(m, dict) else m for m in prepared]
            s[comb] = prepared
            structural = {"properties", "items", "additionalProperties", "enum", "type"}
            if (
                len(prepared) == 1
                and not (structural & set(s))
                and not any(c in s for c in ("anyOf", "oneOf", "allOf") if c != comb)
                # a component `allOf: [$ref]` is a named subtype with a class of its own
                and not (top and comb == "allOf")
            ):
                # N1: a single-member composition is its member (keeps nullable etc.)
                member = dict(prepared[0])
                outer = {k: v for k, v in s.items() if k not in (comb, "title")}
                if "$ref" in member:
                    member.update(
                        {
                            k: v
                            for k, v in outer.items()
                            if k
                            in (
                                "nullable",
                                "description",
                                "default",
                                "example",
                                "readOnly",
                                "deprecated",
                            )
                        }
                    )
                else:
                    for k, v in outer.items():
                        member.setdefault(k, v)
                return member
            if not prepared:
                del s[comb]
        return s

    def prepare_all(self) -> None:
        """Prepare every schema in components and paths (in place in the document)."""
        for name in list(self.schemas):
            self.schemas[name] = self.prepare(self.schemas[name], self.origin[name], top=True)
        for pointer, holder, key in self._path_schema_slots():
            holder[key] = self.prepare(holder[key], pointer)

    def _path_schema_slots(self) -> Iterator[tuple[str, dict[str, Any], str]]:
        """Every place under `paths` and non-schema components that holds a schema."""
        paths = self.doc.get("paths") or {}
        for path, item in paths.items():
            if not isinstance(item, dict):
                continue
            yield from self._param_slots(item.get("parameters"), _ptr("paths", path, "parameters"))
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                base = _ptr("paths", path, method)
                yield from self._param_slots(op.get("parameters"), base + "/parameters")
                body = op.get("requestBody")
                if isinstance(body, dict):
                    yield from self._content_slots(
                        body.get("content"), base + "/requestBody/content"
                    )
                for code, resp in (op.get("responses") or {}).items():
                    if isinstance(resp, dict):
                        yield from self._content_slots(
                            resp.get("content"), base + _ptr("responses", code, "content")
                        )
        components = self.doc.get("components") or {}
        for section in ("parameters", "headers"):
            for name, par in (components.get(section) or {}).items():
                if isinstance(par, dict) and isinstance(par.get("schema"), (dict, bool)):
                    yield _ptr("components", section, name, "schema"), par, "schema"
        for section in ("requestBodies", "responses"):
            for name, item in (components.get(section) or {}).items():
                if isinstance(item, dict):
                    yield from self._content_slots(
                        item.get("content"), _ptr("components", section, name, "content")
                    )

    def _param_slots(self, params: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any], str]]:
        if not isinstance(params, list):
            return
        for i, par in enumerate(params):
            if isinstance(par, dict) and isinstance(par.get("schema"), (dict, bool)):
                yield f"{pointer}/{i}/schema", par, "schema"
            elif isinstance(par, dict) and isinstance(par.get("content"), dict):
                yield from self._content_slots(par["content"], f"{pointer}/{i}/content")

    def _content_slots(
        self, content: Any, pointer: str
    ) -> Iterator[tuple[str, dict[str, Any], str]]:
        if not isinstance(content, dict):
            return
        for media, mt in content.items():
            if isinstance(mt, dict) and isinstance(mt.get("schema"), (dict, bool)):
                yield pointer + _ptr(media, "schema"), mt, "schema"

    # --- step 3: inline extraction -------------------------------------------------

    @staticmethod
    def needs_model(s: dict[str, Any]) -> bool:
        """CONTRACT §1.4: enums, objects with properties, anyOf/oneOf, model-like allOf."""
        if "$ref" in s:
            return False
        if s.get("enum"):
            return True
        if s.get("type") in (None, "object") and s.get("properties"):
            return True
        if s.get("anyOf") or s.get("oneOf"):
            return True
        if s.get("allOf"):
            return any(
                isinstance(m, dict) and ("$ref" in m or m.get("properties") or m.get("allOf"))
                for m in s["allOf"]
            )
        return False

    def process_children(self, s: dict[str, Any], tentative: str, pointer: str) -> dict[str, Any]:
        """Extract what needs a model below `s` (children before parents)."""
        s = dict(s)
        if isinstance(s.get("properties"), dict):
            s["properties"] = {
                k: self.visit(v, f"{tentative}_{k}", pointer + _ptr("properties", k))
                for k, v in s["properties"].items()
            }
        if isinstance(s.get("additionalProperties"), dict):
            s["additionalProperties"] = self.visit(
                s["additionalProperties"], f"{tentative}_value", pointer + "/additionalProperties"
            )
        if isinstance(s.get("items"), dict):
            s["items"] = self.visit(s["items"], f"{tentative}_inner", pointer + "/items")
        for comb in ("anyOf", "oneOf"):
            if isinstance(s.get(comb), list):
                s[comb] = [
                    self.visit(m, f"{tentative}_{comb}", pointer + _ptr(comb, i))
                    for i, m in enumerate(s[comb])
                ]
        if isinstance(s.get("allOf"), list):
            s["allOf"] = [
                self.process_children(m, tentative, pointer + _ptr("allOf", i))
                if isinstance(m, dict) and "$ref" not in m
                else m
                for i, m in enumerate(s["allOf"])
            ]
        return s

    def visit(self, s: Any, tentative: str, pointer: str) -> Any:
        """Process an inline schema; extract it when it needs a class."""
        if not isinstance(s, dict) or "$ref" in s:
            return s
        original = s
        # `x-classname` (a Waylay spec extension) names the class outright, before the title
        base = naming.inline_base_name(s.get("x-classname") or s.get("title"), tentative)
        s = self.process_children(s, self.unique_name(base), pointer)
        if not self.needs_model(s):
            return s
        signature = json.dumps(s, sort_keys=True, default=str)
        name = self.signatures.get(signature)
        if name is None:
            name = self.unique_name(base)
            self.schemas[name] = s
            self.origin[name] = pointer
            self.extracted.add(name)
            self.signatures[signature] = name
        self.locations.setdefault(name, []).append((pointer, content_hash(original)))
        ref: dict[str, Any] = {"$ref": SCHEMA_PREFIX + escape_pointer_part(name)}
        if "default" in s:
            # the default belongs to the place of use (a field's default), keep it there
            ref["default"] = s["default"]
        return ref

    def unique_name(self, base: str) -> str:
        """`base`, or `base_1`, `base_2`... when taken by a schema (§1.4 name choice)."""
        name, n = base, 0
        while name in self.schemas:
            n += 1
            name = f"{base}_{n}"
        return name

    def extract_all(self) -> None:
        """Walk paths (then components) in the contract's traversal order."""
        components = list(self.schemas.items())
        paths = self.doc.get("paths") or {}
        for path, item in paths.items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                op_id = str(op.get("operationId") or naming.operation_id_from_path(method, path))
                base = _ptr("paths", path, method)
                body = self.deref(op.get("requestBody"), base + "/requestBody")
                if isinstance(body, dict):
                    for media, mt in (body.get("content") or {}).items():
                        if isinstance(mt, dict) and isinstance(mt.get("schema"), dict):
                            mt["schema"] = self.visit(
                                mt["schema"],
                                f"{op_id}_request",
                                base + _ptr("requestBody", "content", media, "schema"),
                            )
                for par in self.operation_parameters(item, op, path, method):
                    if isinstance(par.get("schema"), dict):
                        par["schema"] = self.visit(
                            par["schema"],
                            f"{op_id}_{par.get('name')}_parameter",
                            par["x-pointer"] + "/schema",
                        )
                for code, resp in (op.get("responses") or {}).items():
                    resp = self.deref(resp, base + _ptr("responses", code))
                    if not isinstance(resp, dict):
                        continue
                    for media, mt in (resp.get("content") or {}).items():
                        if isinstance(mt, dict) and isinstance(mt.get("schema"), dict):
                            mt["schema"] = self.visit(
                                mt["schema"],
                                f"{op_id}_{code}_response",
                                base + _ptr("responses", code, "content", media, "schema"),
                            )
        for name, schema in components:
            self.locations[name] = [(self.origin[name], content_hash(schema))]
            self.schemas[name] = self.process_children(schema, name, self.origin[name])

    def deref(self, node: Any, pointer: str, depth: int = 0) -> Any:
        """Follow a non-schema `$ref` (responses, parameters, requestBodies...)."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#"):
                raise self.error(
                    f"unresolved external $ref {ref!r}",
                    pointer + "/$ref",
                    hint="only schemas can live in other files",
                )
            if depth > 20:
                raise self.error(
                    f"circular $ref {ref!r}",
                    pointer + "/$ref",
                    hint="a reference must end at a definition, not at another reference loop",
                )
            try:
                target = pointer_get(self.doc, ref[1:])
            except KeyError:
                raise self.error(
                    f"unresolved $ref {ref!r}",
                    pointer + "/$ref",
                    hint="the JSON pointer after '#' must name an existing node",
                ) from None
            return self.deref(target, ref[1:], depth + 1)
        return node

    def operation_parameters(
        self, item: dict[str, Any], op: dict[str, Any], path: str, method: str
    ) -> list[dict[str, Any]]:
        """Path-item parameters overridden by operation parameters, `$ref`s resolved (cached)."""
        cache_key = "x-normalized-parameters"
        if cache_key in op:
            return op[cache_key]  # type: ignore[no-any-return]
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for source, pointer in (
            (item.get("parameters"), _ptr("paths", path, "parameters")),
            (op.get("parameters"), _ptr("paths", path, method, "parameters")),
        ):
            if source is None:
                continue
            if not isinstance(source, list):
                raise self.error(
                    "parameters must be a list", pointer, hint="write a list of parameter objects"
                )
            for i, raw in enumerate(source):
                par = self.deref(raw, f"{pointer}/{i}")
                if not isinstance(par, dict) or "name" not in par or "in" not in par:
                    raise self.error(
                        "parameter needs 'name' and 'in'",
                        f"{pointer}/{i}",
                        hint="add `name:` and `in: path|query|header|cookie`",
                    )
                par = dict(par)
                par["x-pointer"] = f"{pointer}/{i}"
                if "schema" not in par and isinstance(par.get("content"), dict):
                    media, first = next(iter(par["content"].items()), ("", None))
                    par["schema"] = first.get("schema", {}) if isinstance(first, dict) else {}
                    self.warn(
                        f"parameter {par['name']!r} is described by content {media!r}: its value "
                        "is sent as given, not encoded as that media type",
                        f"{pointer}/{i}/content",
                    )
                key = (str(par["name"]), str(par["in"]))
                if key in merged and merged[key]["x-pointer"].startswith(pointer + "/"):
                    self.warn(
                        f"parameter {key[0]!r} in {key[1]} is declared twice; the last one is used",
                        f"{pointer}/{i}",
                    )
                merged[key] = par
        params = list(merged.values())
        op[cache_key] = params
        return params

    # --- step 4: classification and models ----------------------------------------

    def kind_of(self, s: dict[str, Any]) -> str:
        """Object / enum / union model, or alias (inlined)."""
        if "$ref" in s:
            return "alias"
        if s.get("enum"):
            return "enum"
        if s.get("properties") and s.get("type") in (None, "object"):
            return "object"
        if s.get("anyOf") or s.get("oneOf"):
            return "union"
        if s.get("allOf") and self.needs_model(s):
            return "object"
        return "alias"

    def multipart_only(self) -> set[str]:
        """Schemas referenced only from multipart/urlencoded request bodies get no class."""
        form_refs: set[str] = set()
        other_refs: set[str] = set()

        def collect(node: Any, into: set[str]) -> None:
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
                    into.add(ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~"))
                for v in node.values():
                    collect(v, into)
            elif isinstance(node, list):
                for v in node:
                    collect(v, into)

        for schema in self.schemas.values():
            collect(schema, other_refs)
        for item in (self.doc.get("paths") or {}).values():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                for key, value in op.items():
                    if key == "requestBody":
                        body = self.deref(value, "")
                        for media, mt in ((body or {}).get("content") or {}).items():
                            target = form_refs if is_form(media) else other_refs
                            collect(mt, target)
                    else:
                        collect(value, other_refs)
        return {n for n in form_refs - other_refs if n in self.extracted}

    def ref_alias_target(self, raw: str) -> str | None:
        """The generated schema a `$ref`-only component schema stands for, if any."""
        schema = self.schemas[raw]
        seen = {raw}
        while "$ref" in schema and set(schema) <= {"$ref", "nullable", "description"}:
            name = self.ref_name(schema["$ref"], self.origin[raw])
            if name in seen:
                return None
            seen.add(name)
            if self.kind_of(self.schemas[name]) != "alias":
                return name if name not in self.form_only else None
            schema = self.schemas[name]
        return None

    def build_models(self) -> None:
        """Create a ModelDef for every E schema that needs a class (§1.5), names per the lock."""
        skip = self.form_only = self.multipart_only()
        kinds: dict[str, str] = {}
        ref_aliases: dict[str, str] = {}  # component raw name -> target raw name
        entries: list[Named] = []
        for raw, schema in self.schemas.items():
            kind = self.kind_of(schema)
            if raw in skip:
                continue
            if kind == "alias":
                target = None if raw in self.extracted else self.ref_alias_target(raw)
                if target is None:
                    continue
                ref_aliases[raw] = target
            kinds[raw] = kind
            natural = naming.class_name(raw)
            plain = naming.camel(naming.sanitize_identifier(raw))
            if natural != plain and plain[:1].isalpha():
                self.warn(
                    f"class name {plain!r} of schema {raw!r} is reserved or too long; "
                    f"using {natural!r}",
                    self.origin[raw],
                )
            entries.append(
                Named(
                    key=raw,
                    component=raw not in self.extracted,
                    natural=natural,
                    locations=self.locations.get(raw) or [(self.origin[raw], "")],
                )
            )
        chosen = assign(entries, self.lock)
        self.new_lock = chosen.lock
        for message, pointer in chosen.warnings:
            self.warn(message, pointer)
        for raw, kind in kinds.items():
            if raw in ref_aliases:
                continue
            cls = chosen.names[raw]
            schema = self.schemas[raw]
            self.class_of[raw] = cls
            self.models[raw] = ModelDef(
                raw_name=raw,
                class_name=cls,
                module=naming.module_name(cls),
                kind=kind,  # type: ignore[arg-type]
                description=schema.get("description"),
                pointer=self.origin[raw],
                schema=schema,
                deprecated=bool(schema.get("deprecated") is True),
                nullable=bool(schema.get("nullable")),
            )
        for raw in kinds:
            aliased = self.models[ref_aliases.get(raw, raw)]
            schema = self.schemas[raw]
            names = [chosen.names[raw]] if raw in ref_aliases else []
            for i, name in enumerate(names + chosen.aliases[raw]):
                self.aliases.append(
                    ModelAlias(
                        name=name,
                        module=naming.module_name(name),
                        target=aliased.class_name,
                        target_module=aliased.module,
                        pointer=self.origin[raw],
                        description=schema.get("description") if i < len(names) else None,
                        nullable=bool(schema.get("nullable")) and i < len(names),
                        compat=i >= len(names),
                    )
                )
        for raw, model in self.models.items():
            schema = self.schemas[raw]
            model.examples = _examples(schema)
            if model.kind == "enum":
                self.fill_enum(model, schema)
            elif model.kind == "union":
                members = schema.get("anyOf") or schema.get("oneOf") or []
                model.members = [
                    self.type_of(
                        m, model.pointer + _ptr("anyOf" if "anyOf" in schema else "oneOf", i)
                    )
                    for i, m in enumerate(members)
                ]
            else:
                self.fill_object(model, schema)

    def fill_enum(self, model: ModelDef, schema: dict[str, Any]) -> None:
        """Enum members (names per §2.5, made unique)."""
        values = list(schema["enum"])
        if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            model.enum_base = "int"
        elif all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            model.enum_base = "float"
        elif all(isinstance(v, str) for v in values):
            model.enum_base = "str"
        else:
            bad = [v for v in values if not isinstance(v, str)]
            if schema.get("type") == "string":
                raise self.error(
                    f"enum of type string has non-string values {bad!r}",
                    model.pointer,
                    hint="quote the values (a YAML 1.1 loader turns NO/on/yes into booleans)",
                )
            self.warn("enum mixes value types; values are rendered as strings", model.pointer)
            values = [v if isinstance(v, str) else json.dumps(v) for v in values]
        seen: list[Any] = []
        for v in values:
            if v not in seen:
                seen.append(v)
        names = naming.dedupe([naming.enum_member_name(v) for v in seen])
        model.enum_values = [EnumValue(n, v) for n, v in zip(names, seen, strict=True)]

    def object_properties(
        self, schema: dict[str, Any], pointer: str, depth: int = 0
    ) -> tuple[dict[str, tuple[Any, str]], list[str], Any]:
        """Properties (with their pointers), required names and additionalProperties; allOf merged."""
        props: dict[str, tuple[Any, str]] = {}
        required: list[str] = []
        additional: Any = schema.get("additionalProperties", MISSING)
        if depth > 30:
            raise self.error(
                "allOf nesting too deep (circular allOf?)",
                pointer,
                hint="an allOf member must not include the schema itself",
            )
        comb = "anyOf" if schema.get("anyOf") else "oneOf"
        if depth > 0 and isinstance(schema.get(comb), list) and not schema.get("properties"):
            # a union inside an allOf: any alternative's properties may occur, so they become
            # fields, required only when every alternative requires them
            common: set[str] | None = None
            for j, alt in enumerate(schema[comb]):
                aptr = pointer + _ptr(comb, j)
                if isinstance(alt, dict) and "$ref" in alt:
                    name = self.ref_name(alt["$ref"], aptr)
                    alt, aptr = self.schemas[name], self.origin[name]
                if not isinstance(alt, dict):
                    continue
                p, r, _ = self.object_properties(alt, aptr, depth + 1)
                for k, item in p.items():
                    props.setdefault(k, item)
                common = set(r) if common is None else common & set(r)
            required += [k for k in props if common and k in common]
        for i, member in enumerate(schema.get("allOf") or []):
            mptr = pointer + _ptr("allOf", i)
            if isinstance(member, dict) and "$ref" in member:
                name = self.ref_name(member["$ref"], mptr)
                target, tptr = self.schemas[name], self.origin[name]
                seen = {name}
                while "$ref" in target:  # a chain of pure aliases
                    name = self.ref_name(target["$ref"], tptr)
                    if name in seen:
                        raise self.error(f"circular $ref through schema {name!r}", tptr)
                    seen.add(name)
                    target, tptr = self.schemas[name], self.origin[name]
            else:
                target, tptr = member, mptr
            p, r, a = self.object_properties(target, tptr, depth + 1)
            for k, (v, vp) in p.items():
                _merge_property(props, k, v, vp)
            required += [x for x in r if x not in required]
            if a is not MISSING and additional is MISSING:
                additional = a
        for k, v in (schema.get("properties") or {}).items():
            _merge_property(props, k, v, pointer + _ptr("properties", k))
        required += [str(x) for x in (schema.get("required") or []) if x not in required]
        return props, required, additional

    def fill_object(self, model: ModelDef, schema: dict[str, Any]) -> None:
        """Fields of an object model (allOf members merged)."""
        props, required, additional = self.object_properties(schema, model.pointer)
        if additional is False:
            model.extra = "forbid"
        elif (
            additional is True
            or additional == {}
            or (additional is MISSING and schema.get("patternProperties"))
        ):
            model.extra = "allow"
        elif isinstance(additional, dict):
            model.extra = "allow"
            model.extra_type = self.type_of(additional, model.pointer + "/additionalProperties")
        wires = list(props)
        names = naming.dedupe([naming.field_name(str(w)) for w in wires])
        for wire, name in zip(wires, names, strict=True):
            if name != naming.field_name(str(wire)):
                self.warn(
                    f"property {wire!r} collides with another property after renaming; "
                    f"python name is {name!r}",
                    props[wire][1],
                )
            prop, pptr = props[wire]
            typ = self.type_of(prop, pptr)
            desc = prop.get("description") if isinstance(prop, dict) else None
            if desc is None:
                desc = typ.alias_description
            default = prop.get("default", MISSING) if isinstance(prop, dict) else MISSING
            if default is MISSING:
                default = typ.alias_default
            model.fields.append(
                ModelField(
                    wire=str(wire),
                    name=name,
                    type=typ,
                    required=wire in required,
                    description=desc,
                    default=default,
                    read_only=bool(isinstance(prop, dict) and prop.get("readOnly")),
                    deprecated=bool(isinstance(prop, dict) and prop.get("deprecated") is True),
                )
            )

    # --- types ----------------------------------------------------------------------

    def ref_name(self, ref: Any, pointer: str) -> str:
        """The E schema name a `$ref` points at (error when unresolved)."""
        if not isinstance(ref, str) or not ref.startswith(SCHEMA_PREFIX):
            raise self.error(
                f"unsupported $ref {ref!r}",
                pointer,
                hint="refer to schemas as #/components/schemas/<Name>",
            )
        name = ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")
        if name not in self.schemas:
            raise self.error(
                f"unresolved $ref {ref!r}: no schema {name!r} in components.schemas",
                pointer,
                hint="add the schema to components.schemas or fix the name (case matters)",
            )
        return name

    def type_of(self, s: Any, pointer: str) -> TypeInfo:
        """Resolve a schema into a TypeInfo (aliases followed, models referenced)."""
        if not isinstance(s, dict):
            return TypeInfo("any")
        nullable = bool(s.get("nullable"))
        if "$ref" in s:
            name = self.ref_name(s["$ref"], pointer)
            target = self.schemas[name]
            nullable = nullable or bool(target.get("nullable"))
            if name in self.class_of:
                model = self.models[name]
                return TypeInfo(
                    "model", model=self.class_of[name], model_kind=model.kind, nullable=nullable
                )
            if name in self.form_only:
                return TypeInfo(
                    "free", nullable=nullable, alias_description=target.get("description")
                )
            if name in self._resolving:
                raise self.error(
                    f"circular reference through schema {name!r} cannot be rendered",
                    self.origin[name],
                    hint="a schema that is only a $ref must not refer back to itself",
                )
            self._resolving.add(name)
            try:
                inner = self.type_of(target, self.origin[name])
            finally:
                self._resolving.discard(name)
            desc = s.get("description") or target.get("description") or inner.alias_description
            default = s.get("default", target.get("default", inner.alias_default))
            return _replace(
                inner,
                nullable=inner.nullable or nullable,
                alias_name=inner.alias_name or name,
                alias_description=desc,
                alias_default=default,
            )
        if s.get("allOf") and not self.needs_model(s):
            merged: dict[str, Any] = {}
            for m in s["allOf"]:
                if isinstance(m, dict):
                    merged.update(m)
            merged.update({k: v for k, v in s.items() if k != "allOf"})
            return self.type_of(merged, pointer)
        if self.needs_model(s):
            # only reachable for schemas the extractor did not see (should not happen)
            self.warn("inline schema was not extracted; typed as Any", pointer)
            return TypeInfo("any", nullable=nullable)
        typ = s.get("type")
        common: dict[str, Any] = {"nullable": nullable, "format": s.get("format")}
        if typ == "string":
            fmt = s.get("format")
            if fmt == "binary":
                return TypeInfo("binary", **common)
            if fmt == "date-time":
                return TypeInfo("datetime", **common)
            if fmt == "date":
                return TypeInfo("date", **common)
            return TypeInfo(
                "string",
                pattern=self.checked_pattern(s.get("pattern"), pointer),
                min_length=_int_or_none(s.get("minLength")),
                max_length=_int_or_none(s.get("maxLength")),
                **common,
            )
        if typ in ("integer", "number"):
            lo, hi = s.get("minimum"), s.get("maximum")
            xlo, xhi = s.get("exclusiveMinimum"), s.get("exclusiveMaximum")
            if xlo is True:
                xlo, lo = lo, None
            if xhi is True:
                xhi, hi = hi, None
            return TypeInfo(
                typ,
                minimum=_num(lo),
                maximum=_num(hi),
                exclusive_minimum=_num(xlo),
                exclusive_maximum=_num(xhi),
                **common,
            )
        if typ == "boolean":
            return TypeInfo("boolean", **common)
        if typ == "null":
            return TypeInfo("null", nullable=True)
        if typ == "array" or "items" in s:
            items = s.get("items", {})
            return TypeInfo(
                "array",
                items=self.type_of(items, pointer + "/items"),
                min_items=_int_or_none(s.get("minItems")),
                max_items=_int_or_none(s.get("maxItems")),
                **common,
            )
        if typ == "object" or "properties" in s or "additionalProperties" in s:
            additional = s.get("additionalProperties")
            if isinstance(additional, dict) and additional:
                return TypeInfo(
                    "map",
                    items=self.type_of(additional, pointer + "/additionalProperties"),
                    **common,
                )
            return TypeInfo("free", **common)
        if typ is not None and typ not in ("object",):
            self.warn(f"unknown type {typ!r}; typed as Any", pointer)
        return TypeInfo("any", nullable=nullable)

    def checked_pattern(self, pattern: Any, pointer: str) -> str | None:
        """`pattern` if pydantic can compile it (else the generated SDK would not import)."""
        if not isinstance(pattern, str):
            return None
        if pattern not in self.pattern_ok:
            try:
                SchemaValidator(core_schema.str_schema(pattern=pattern))
                self.pattern_ok[pattern] = True
            except (SchemaError, ValueError, TypeError):
                self.pattern_ok[pattern] = False
        if not self.pattern_ok[pattern]:
            self.warn(
                f"pattern {pattern!r} cannot be compiled by pydantic's regex engine "
                "(lookaround, backreference or syntax error); values are not checked against it",
                pointer + "/pattern",
            )
            return None
        return pattern

    # --- step 5: operations ----------------------------------------------------------

    def build_operations(self) -> list[Api]:
        """Group operations by their first tag (§2.1, §2.2)."""
        by_tag: dict[str, list[Operation]] = {}
        seen_ids: dict[str, str] = {}
        paths = self.doc.get("paths")
        if paths is None:
            paths = {}
        if not isinstance(paths, dict):
            raise self.error(
                "paths must be a mapping", "/paths", hint="write one `/path: {...}` entry per path"
            )
        for path, item in paths.items():
            if not isinstance(item, dict):
                raise self.error(
                    "path item must be a mapping",
                    _ptr("paths", path),
                    hint="write `get:`, `post:`... operations under the path",
                )
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                pointer = _ptr("paths", path, method)
                if not isinstance(op, dict):
                    raise self.error(
                        "operation must be a mapping",
                        pointer,
                        hint="write the operation as a mapping with responses",
                    )
                op_id = op.get("operationId")
                if op_id is None:
                    op_id = naming.operation_id_from_path(method, str(path))
                    self.warn(f"operation has no operationId; using {op_id!r}", pointer)
                op_id = str(op_id)
                if op_id in seen_ids:
                    raise self.error(
                        f"duplicate operationId {op_id!r} (also at #{seen_ids[op_id]})",
                        pointer + "/operationId",
                        hint="give each operation its own operationId",
                    )
                seen_ids[op_id] = pointer
                tags = op.get("tags") or ["default"]
                tag = str(tags[0])
                operation = self.build_operation(str(path), method, op, item, op_id, tag, pointer)
                by_tag.setdefault(tag, []).append(operation)
        apis: list[Api] = []
        tag_desc = {
            str(t.get("name")): t.get("description")
            for t in (self.doc.get("tags") or [])
            if isinstance(t, dict)
        }
        used_attrs: dict[str, str] = {}
        # class names must differ from each other and from the models, also in case only
        # (docs/<Class>.md on case-insensitive file systems)
        used_classes = {c.casefold(): f"schema {r!r}" for r, c in self.class_of.items()}
        for tag, ops in by_tag.items():
            base_attr, base_cls = naming.api_attr_name(tag), naming.api_class_name(tag)
            # the module and service attribute only give way to another tag's; the class
            # name also to a model's (their docs pages would collide), the attribute stays
            attr, n = base_attr, 1
            while attr in used_attrs:
                n += 1
                attr = f"{base_attr}_{n}"
            cls = base_cls if n == 1 else f"{base_cls[:-3]}{n}Api"
            while cls.casefold() in used_classes:
                n += 1
                cls = f"{base_cls[:-3]}{n}Api"
            if (attr, cls) != (base_attr, base_cls):
                taken_by = (
                    f"tag {used_attrs[base_attr]!r}"
                    if base_attr in used_attrs
                    else used_classes[base_cls.casefold()]
                )
                self.warn(
                    f"tag {tag!r}: API {base_cls} ({base_attr}) is taken by {taken_by}; "
                    f"using {cls} ({attr})",
                    ops[0].pointer + "/tags",
                )
            used_attrs[attr] = tag
            used_classes[cls.casefold()] = f"tag {tag!r}"
            ops.sort(key=lambda o: o.sort_key)
            names = naming.dedupe([o.name for o in ops])
            for o, name in zip(ops, names, strict=True):
                if name != o.name:
                    self.warn(
                        f"method name {o.name!r} is used twice in {cls}; renamed {name!r}",
                        o.pointer,
                    )
                    o.name = name
                # a model of the same name is imported under an alias (D25), no rename
                o.query_class = naming.query_class_name(o.name)
            apis.append(
                Api(
                    tag=tag,
                    class_name=cls,
                    attr=attr,
                    description=tag_desc.get(tag),
                    operations=ops,
                )
            )
        apis.sort(key=lambda a: a.class_name)
        return apis

    def build_operation(
        self,
        path: str,
        method: str,
        op: dict[str, Any],
        item: dict[str, Any],
        op_id: str,
        tag: str,
        pointer: str,
    ) -> Operation:
        """One operation: parameters, body, responses."""
        params = [
            self.build_param(p, pointer) for p in self.operation_parameters(item, op, path, method)
        ]
        path_params = [p for p in params if p.location == "path"]
        # P6: `{*}` becomes `{wildcard}`; such operations list path params in URL order, last
        template = path
        wildcard = any(p.wire == "*" for p in path_params)
        for p in path_params:
            if p.wire == "*":
                template = template.replace("{*}", "{wildcard}")
                p.wire = "wildcard"
        if wildcard:
            order = re.findall(r"\{([^}]+)\}", template)
            path_params.sort(key=lambda p: order.index(p.wire) if p.wire in order else len(order))
        placeholders = re.findall(r"\{([^}]+)\}", template)
        for name in dict.fromkeys(placeholders):
            if not any(p.wire == name for p in path_params):
                self.warn(
                    f"path placeholder {{{name}}} has no path parameter; "
                    "added a required string argument for it",
                    pointer,
                )
                path_params.append(
                    Param(
                        wire=name,
                        name=naming.parameter_name(name),
                        location="path",
                        required=True,
                        type=TypeInfo("string"),
                        description=None,
                        pointer=pointer,
                    )
                )
        for p in path_params:
            if p.wire not in placeholders:
                self.warn(
                    f"path parameter {p.wire!r} is not in the path template; ignored", p.pointer
                )
        path_params = [p for p in path_params if p.wire in placeholders]
        query = [p for p in params if p.location == "query"]
        headers = [p for p in params if p.location == "header"]
        cookies = [p for p in params if p.location == "cookie"]
        for p in headers + cookies:
            if not HTTP_TOKEN.fullmatch(p.wire):
                self.warn(
                    f"{p.location} parameter {p.wire!r} is not a valid HTTP {p.location} name; "
                    "parameter left out (send it through `headers=` if the server expects it)",
                    p.pointer,
                )
        headers = [p for p in headers if HTTP_TOKEN.fullmatch(p.wire)]
        cookies = [p for p in cookies if HTTP_TOKEN.fullmatch(p.wire)]
        for p in list(headers):
            if p.wire.lower() in IGNORED_HEADERS:
                self.warn(
                    f"header parameter {p.wire!r} is ignored (OpenAPI reserves it)", p.pointer
                )
                headers.remove(p)
        # python names must be unique within the signature and not shadow fixed keywords
        reserved = {
            "self",
            "json",
            "content",
            "files",
            "query",
            "raw_response",
            "select_path",
            "response_type",
            "validate_request",
            "headers",
            "stream",
            "timeout",
            "kwargs",
            # locals of the method body and the module-level helpers it calls
            "path_params",
            "resource_path",
            "body_args",
            "response_types_map",
            "non_200_response_types_map",
            "expand_path",
            "json_or_form",
            "simple_text",
            "with_content_type",
            "with_headers",
            "warnings",
        }
        taken: set[str] = set(reserved)
        for p in path_params + headers + cookies:
            name = p.name
            if name in taken:
                name = "var_" + name if not name.startswith("var_") else name
                n = 2
                while name in taken:
                    name = f"{p.name}_{n}"
                    n += 1
                self.warn(
                    f"parameter {p.wire!r} would shadow an argument or a name the method uses; "
                    f"python name {name!r}",
                    p.pointer,
                )
                p.name = name
            taken.add(p.name)
        qnames = naming.dedupe(
            [
                naming.field_name(p.name) if p.name not in ("copy_from", "wildcard") else p.name
                for p in query
            ]
        )
        for p, qname in zip(query, qnames, strict=True):
            if qname != p.name:
                if naming.field_name(p.name) != qname:
                    self.warn(
                        f"query parameter {p.wire!r} collides after renaming; "
                        f"python name {qname!r}",
                        p.pointer,
                    )
                p.name = qname
        body = self.build_body(op.get("requestBody"), pointer + "/requestBody")
        responses = self.build_responses(op.get("responses"), pointer + "/responses")
        return Operation(
            operation_id=op_id,
            sort_key=naming.snake(op_id),
            name=naming.method_name(op_id, tag),
            http_method=method.upper(),
            path=template,
            summary=_str_or_none(op.get("summary")),
            description=_str_or_none(op.get("description")),
            deprecated=op.get("deprecated") is True,
            tag=tag,
            path_params=path_params,
            query_params=query,
            header_params=headers,
            cookie_params=cookies,
            body=body,
            responses=responses,
            event_stream=any(r.event_stream for r in responses),
            pointer=pointer,
        )

    def build_param(self, par: dict[str, Any], op_pointer: str) -> Param:
        """One parameter (schema resolved, python name per §2.4)."""
        pointer = par.get("x-pointer", op_pointer)
        location = str(par.get("in"))
        if location not in ("path", "query", "header", "cookie"):
            raise self.error(
                f"parameter location {location!r} is not valid",
                pointer + "/in",
                hint="use in: path, query, header or cookie",
            )
        schema = par.get("schema", {})
        typ = self.type_of(schema, pointer + "/schema")
        wire = str(par["name"])
        default = schema.get("default", MISSING) if isinstance(schema, dict) else MISSING
        if default is MISSING:
            default = typ.alias_default
        example = par.get("example", MISSING)
        if example is MISSING and isinstance(par.get("examples"), dict):
            first = next(iter(par["examples"].values()), None)
            if isinstance(first, dict) and "value" in first:
                example = first["value"]
        resolved = schema
        if isinstance(schema, dict) and "$ref" in schema:
            resolved = self.schemas[self.ref_name(schema["$ref"], pointer + "/schema")]
        show = (
            example is not MISSING
            or (isinstance(schema, dict) and "default" in schema)
            or (
                isinstance(resolved, dict)
                and (
                    "default" in resolved
                    or resolved.get("type") == "boolean"
                    or bool(resolved.get("enum"))
                )
            )
            or typ.kind == "boolean"
        )
        description = _str_or_none(par.get("description"))
        if description is None:
            description = typ.alias_description
        self.check_serialisation(par, location, typ, pointer)
        return Param(
            wire=wire,
            name=naming.parameter_name(wire),
            location=location,  # type: ignore[arg-type]
            required=bool(par.get("required")) or location == "path",
            type=typ,
            description=description,
            default=default,
            example=example,
            show_example=show,
            deprecated=par.get("deprecated") is True,
            style=par.get("style"),
            explode=par.get("explode"),
            pointer=pointer,
        )

    def media_content(self, content: Any, pointer: str) -> dict[str, Any]:
        """A `content` map keyed by media types: a key that is none (`default`) means `*/*`."""
        if not isinstance(content, dict):
            return {}
        out: dict[str, Any] = {}
        for key, value in content.items():
            media = str(key)
            if "/" not in media:
                self.warn(f"{media!r} is not a media type (type/subtype); read as '*/*'", pointer)
                media = "*/*"
            out.setdefault(media, value)
        return out

    def check_serialisation(
        self, par: dict[str, Any], location: str, typ: TypeInfo, pointer: str
    ) -> None:
        """Warn when a parameter asks for a serialisation the SDK does not do."""
        name = par.get("name")
        style = par.get("style", DEFAULT_STYLE[location])
        explode = par.get("explode", style == "form")
        kind: str = typ.kind
        if kind == "model":
            kind = "object" if typ.model_kind == "object" else "scalar"
        structured = kind in ("array", "object", "map", "free")
        if style != DEFAULT_STYLE[location]:
            self.warn(
                f"{location} parameter {name!r}: style {style!r} is not supported; "
                f"sent with style {DEFAULT_STYLE[location]!r}",
                pointer + "/style",
            )
        elif structured and bool(explode) != (style == "form"):
            self.warn(
                f"{location} parameter {name!r}: explode {explode} is not supported; "
                f"sent with explode {style == 'form'}",
                pointer + "/explode",
            )
        if kind in ("object", "map", "free") and location != "path":
            self.warn(
                f"{location} parameter {name!r} is an object: it is sent as one text value, not "
                "as separate fields (pass the fields yourself if the server expects that)",
                pointer,
            )

    def build_body(self, raw: Any, pointer: str) -> Body | None:
        """The request body (§4.2, D12: json typed from the JSON media type)."""
        if raw is None:
            return None
        body = self.deref(raw, pointer)
        if not isinstance(body, dict):
            raise self.error(
                "requestBody must be a mapping", pointer, hint="write content: {<media type>: ...}"
            )
        content = self.media_content(body.get("content"), pointer + "/content")
        media_types = [str(m) for m in content]
        if not media_types:
            self.warn("request body has no content media types; no body argument", pointer)
            return None
        json_mt = next((m for m in media_types if is_json(m)), None)
        form_mt = next(
            (m for m in media_types if is_form(m) and not m.startswith("multipart/")), None
        )
        other_mt = next((m for m in media_types if is_other(m)), None)
        multi_mt = next((m for m in media_types if m.startswith("multipart/")), None)
        form_mt = next(
            (m for m in media_types if is_form(m) and not m.startswith("multipart/")), None
        )

        def schema_type(mt: str | None) -> TypeInfo | None:
            if mt is None:
                return None
            schema = (content.get(mt) or {}).get("schema")
            if schema is None:
                return TypeInfo("any")
            return self.type_of(schema, pointer + _ptr("content", mt, "schema"))

        return Body(
            description=_str_or_none(body.get("description")),
            required=bool(body.get("required")),
            media_types=media_types,
            json_type=schema_type(json_mt or form_mt),
            consumes_json=json_mt is not None,
            consumes_other=other_mt is not None,
            consumes_multipart=multi_mt is not None,
            consumes_urlencoded=form_mt is not None,
            json_media_type=json_mt,
            other_type=schema_type(other_mt),
            multipart_type=schema_type(multi_mt),
            form_media_type=form_mt,
            form_type=schema_type(form_mt),
        )

    def build_responses(self, raw: Any, pointer: str) -> list[ResponseDef]:
        """Responses in spec order (§4.4)."""
        out: list[ResponseDef] = []
        if not isinstance(raw, dict):
            if raw is not None:
                raise self.error(
                    "responses must be a mapping",
                    pointer,
                    hint="write one `<status code>: {description: ...}` entry per response",
                )
            return out
        for code, resp in raw.items():
            rptr = pointer + _ptr(code)
            code = str(code)
            if re.fullmatch(r"[1-5]xx", code, re.IGNORECASE) and code != code.upper():
                self.warn(f"response code {code!r} should be written {code.upper()!r}", rptr)
                code = code.upper()
            if not re.fullmatch(r"[1-5](\d\d|XX)|default", code):
                self.warn(f"response code {code!r} is not valid; ignored", rptr)
                continue
            resp = self.deref(resp, rptr)
            if not isinstance(resp, dict):
                raise self.error(
                    "response must be a mapping",
                    rptr,
                    hint="write {description: ..., content: ...}",
                )
            content = self.media_content(resp.get("content"), rptr + "/content")
            media = [str(m) for m in content]
            typ = None
            stream = any(m.startswith("text/event-stream") for m in media)
            if media:
                first = media[0]
                schema = (content.get(first) or {}).get("schema")
                typ = (
                    self.type_of(schema, rptr + _ptr("content", first, "schema"))
                    if schema is not None
                    else TypeInfo("any")
                )
                if stream:
                    sm = next(m for m in media if m.startswith("text/event-stream"))
                    schema = (content.get(sm) or {}).get("schema")
                    typ = (
                        self.type_of(schema, rptr + _ptr("content", sm, "schema"))
                        if schema is not None
                        else TypeInfo("any")
                    )
            out.append(
                ResponseDef(
                    code=code,
                    description=str(resp.get("description") or ""),
                    media_types=media,
                    type=typ,
                    event_stream=stream,
                )
            )
        return out

    # --- driver ------------------------------------------------------------------------

    def check_paths(self) -> None:
        """Resolve path-item `$ref`s; warn about what no method of the SDK will carry."""
        paths = self.doc.get("paths")
        if isinstance(paths, dict):
            for path, item in paths.items():
                pointer = _ptr("paths", path)
                if isinstance(item, dict) and isinstance(item.get("$ref"), str):
                    target = self.deref({"$ref": item["$ref"]}, pointer)
                    if isinstance(target, dict):
                        merged = {**copy.deepcopy(target), **item}
                        merged.pop("$ref")
                        paths[path] = item = merged
                if not isinstance(item, dict):
                    continue
                for key in item:
                    if key in HTTP_METHODS or key in PATH_ITEM_KEYS or str(key).startswith("x-"):
                        continue
                    self.warn(
                        f"path item key {key!r} is not an HTTP method OpenAPI knows; ignored",
                        pointer + _ptr(key),
                    )
                if "servers" in item:
                    self.warn(
                        "path-level servers are not used: requests go to the client's gateway",
                        pointer + "/servers",
                    )
                for method in HTTP_METHODS:
                    op = item.get(method)
                    if not isinstance(op, dict):
                        continue
                    for key, what in (
                        ("servers", "operation servers are not used: requests go to the gateway"),
                        ("callbacks", "callbacks are not generated (no client code for them)"),
                    ):
                        if key in op:
                            self.warn(what, pointer + _ptr(method, key))
                    if isinstance(op.get("tags"), str):
                        self.warn(
                            f"tags must be a list; using [{op['tags']!r}]",
                            pointer + _ptr(method, "tags"),
                        )
                        op["tags"] = [op["tags"]]
        if self.doc.get("webhooks"):
            self.warn("webhooks are not generated (no client code for them)", "/webhooks")

    def warn_unsupported(self) -> None:
        """One warning per unsupported schema keyword, located at its first use."""
        for keyword, pointers in sorted(self.unsupported.items()):
            note = UNSUPPORTED_KEYWORDS.get(keyword, "tuple items are typed Any")
            where = f" ({len(pointers)} places, the first is here)" if len(pointers) > 1 else ""
            name = "items as a list" if keyword == "items" else repr(keyword)
            self.warn(f"schema keyword {name} is not supported: {note}{where}", pointers[0])

    def release_version(self, raw: Any) -> str:
        """`info.version` as a PEP 440 release (`<release>.<date>` is the package version)."""
        text = "" if raw is None else str(raw)
        if RELEASE.fullmatch(text):
            return text
        found = re.match(r"v?(\d+(?:\.\d+)*)", text.strip())
        version = found.group(1) if found else "0.0.0"
        self.warn(
            f"info.version {text!r} is not a release number (like 1.2.3); "
            f"the packages use {version!r}",
            "/info/version",
        )
        return version

    def run(self) -> Service:
        """Run all steps and return the IR."""
        info = self.doc.get("info")
        if not isinstance(info, dict):
            raise self.error(
                "info must be a mapping with title and version",
                "/info",
                hint="add info: {title: ..., version: ...}",
            )
        self.check_paths()
        self.rename_components()
        self.prepare_all()
        self.extract_all()
        self.build_models()
        apis = self.build_operations()
        self.warn_unsupported()
        servers = self.doc.get("servers") or [{}]
        server_url = (
            str((servers[0] or {}).get("url", "/"))
            if isinstance(servers, list) and servers
            else "/"
        )
        models = sorted(self.models.values(), key=lambda m: m.class_name)
        return Service(
            config=self.config,
            info_title=str(info.get("title") or self.config.title),
            info_version=self.release_version(info.get("version")),
            info_description=str(info.get("description") or ""),
            server_url=server_url,
            apis=apis,
            models=models,
            openapi_version=str(self.doc.get("openapi")),
            aliases=sorted(self.aliases, key=lambda a: a.name),
            names_lock=self.new_lock,
        )


def _replace(t: TypeInfo, **changes: Any) -> TypeInfo:
    from dataclasses import replace

    return replace(t, **changes)


def _merge_property(props: dict[str, tuple[Any, str]], key: str, value: Any, pointer: str) -> None:
    """Add a property; a later inline definition refines an earlier one (allOf overrides)."""
    earlier = props.get(key)
    if (
        earlier is not None
        and isinstance(value, dict)
        and isinstance(earlier[0], dict)
        and "$ref" not in value
    ):
        props[key] = ({**earlier[0], **value}, pointer)
    else:
        props[key] = (value, pointer)


def _examples(schema: dict[str, Any]) -> list[Any]:
    found: list[Any] = []
    if "example" in schema:
        found.append(schema["example"])
    if isinstance(schema.get("examples"), list):
        found += [e for e in schema["examples"] if e not in found]
    return found


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _num(value: Any) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def normalize(
    spec: LoadedSpec, config: ServiceConfig, lock: NamesLock | None = None
) -> tuple[Service, list[Warning_]]:
    """Build the IR of a loaded spec (names kept per `lock`); returns it with the warnings."""
    norm = Normalizer(spec, config, lock)
    try:
        service = norm.run()
    except GeneratorError as exc:
        exc.warnings = norm.warnings + exc.warnings
        raise
    return service, norm.warnings


__all__ = ["Normalizer", "normalize"]
