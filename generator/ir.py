"""The intermediate model (IR): what the SDK exposes, independent of spec syntax and templates.

`normalize` builds it from a spec; `render` and `diff` only read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .names_lock import NamesLock


class _Missing:
    """Sentinel for 'no default/example given' (None is a valid JSON value)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()

TypeKind = Literal[
    "model",  # reference to a generated class (object, enum or union)
    "string",
    "binary",
    "date",
    "datetime",
    "boolean",
    "integer",
    "number",
    "array",
    "map",  # object with typed additionalProperties
    "free",  # property-less object
    "any",  # {}
    "union",  # inline union of non-model types (3.1 type arrays)
    "null",
]

ModelKind = Literal["object", "enum", "union"]


@dataclass(frozen=True)
class TypeInfo:
    """A resolved schema type; pytypes renders it in each flavour (field, param, doc...)."""

    kind: TypeKind
    model: str | None = None  # class name, for kind == "model"
    model_kind: ModelKind | None = None
    items: TypeInfo | None = None  # array items / map values
    members: tuple[TypeInfo, ...] = ()  # inline union members
    nullable: bool = False
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    format: str | None = None
    # description/default of the primitive alias this type was reached through
    alias_name: str | None = None
    alias_description: str | None = None
    alias_default: Any = field(default=MISSING, compare=False, hash=False)


@dataclass
class EnumValue:
    """One enum member."""

    name: str
    value: Any


@dataclass
class ModelField:
    """One property of an object model."""

    wire: str
    name: str
    type: TypeInfo
    required: bool
    description: str | None
    default: Any = MISSING
    read_only: bool = False
    deprecated: bool = False


@dataclass
class ModelDef:
    """A generated class: object model, enum, or union alias."""

    raw_name: str
    class_name: str
    module: str
    kind: ModelKind
    description: str | None
    pointer: str  # where the schema was found in the spec
    fields: list[ModelField] = field(default_factory=list)
    enum_values: list[EnumValue] = field(default_factory=list)
    enum_base: str = "str"  # str | int | float | bool
    members: list[TypeInfo] = field(default_factory=list)
    extra: Literal["allow", "ignore", "forbid"] = "ignore"
    extra_type: TypeInfo | None = None
    schema: dict[str, Any] = field(default_factory=dict)  # the schema as in E (refs kept)
    examples: list[Any] = field(default_factory=list)
    deprecated: bool = False
    nullable: bool = False


@dataclass
class ModelAlias:
    """A second public name of a generated class.

    Either a `$ref`-only component schema, or a name the names lock keeps importable
    after its class got another name (D16).
    """

    name: str
    module: str
    target: str  # class name
    target_module: str
    pointer: str
    description: str | None = None
    nullable: bool = False
    compat: bool = False  # kept for compatibility (deprecated), not a schema of its own


ParamLocation = Literal["path", "query", "header", "cookie"]


@dataclass
class Param:
    """An operation parameter."""

    wire: str
    name: str
    location: ParamLocation
    required: bool
    type: TypeInfo
    description: str | None
    default: Any = MISSING
    example: Any = MISSING
    show_example: bool = False
    deprecated: bool = False
    style: str | None = None
    explode: bool | None = None
    pointer: str = ""


@dataclass
class Body:
    """An operation request body."""

    description: str | None
    required: bool
    media_types: list[str]
    json_type: TypeInfo | None  # type of the JSON media type's schema
    consumes_json: bool
    consumes_other: bool
    consumes_multipart: bool
    consumes_urlencoded: bool
    json_media_type: str | None = None
    other_type: TypeInfo | None = None
    multipart_type: TypeInfo | None = None
    form_media_type: str | None = None  # application/x-www-form-urlencoded (with parameters)
    form_type: TypeInfo | None = None


@dataclass
class ResponseDef:
    """One response code of an operation."""

    code: str  # "200", "2XX", "default"
    description: str
    media_types: list[str]
    type: TypeInfo | None  # None: no content
    event_stream: bool = False


@dataclass
class Operation:
    """One API method."""

    operation_id: str
    sort_key: str
    name: str  # python method name
    http_method: str  # upper case
    path: str  # URL template as sent (placeholders by wire name)
    summary: str | None
    description: str | None
    deprecated: bool
    tag: str
    path_params: list[Param]
    query_params: list[Param]
    header_params: list[Param]
    cookie_params: list[Param]
    body: Body | None
    responses: list[ResponseDef]
    event_stream: bool
    pointer: str
    query_class: str = ""


@dataclass
class Api:
    """One API class (one tag)."""

    tag: str
    class_name: str
    attr: str  # module stem and service attribute
    description: str | None
    operations: list[Operation]


@dataclass
class ServiceConfig:
    """Per-spec configuration the spec itself lacks (specs/<service>.toml)."""

    service: str
    title: str
    version_date: str  # YYYYMMDD
    core_pin: str = "waylay-sdk-core==1.0.0"
    pydantic_pin: str = "pydantic>=2.6,<2.14"
    python_floor: str = "3.10"
    copyright_year: str = "2024"
    homepage: str = "https://www.waylay.io/"
    documentation: str = "https://docs.waylay.io/"
    repository: str = ""


@dataclass
class Service:
    """Everything one SDK is generated from."""

    config: ServiceConfig
    info_title: str
    info_version: str
    info_description: str
    server_url: str
    apis: list[Api]
    models: list[ModelDef]
    openapi_version: str
    aliases: list[ModelAlias] = field(default_factory=list)
    # the names lock after this build (written next to the spec), see names_lock.py
    names_lock: NamesLock | None = None

    @property
    def key(self) -> str:
        """Service key: module path `waylay.services.<key>`, client attribute."""
        return self.config.service

    @property
    def package_version(self) -> str:
        """`<info.version>.<YYYYMMDD>` (CONTRACT §7.4)."""
        return f"{self.info_version}.{self.config.version_date}"

    def model(self, class_name: str) -> ModelDef:
        """Look up a model by class name."""
        return self.model_index[class_name]

    @cached_property
    def model_index(self) -> dict[str, ModelDef]:
        """Models by class name."""
        return {m.class_name: m for m in self.models}
