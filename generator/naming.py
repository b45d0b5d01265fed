"""Every naming rule of the generator, in one place (CONTRACT §1.1 P2/P6/P7, §1.4, §2).

The rules are pure functions of strings so they can be tested table-driven and so
that the rest of the pipeline never invents a name on its own.
"""

from __future__ import annotations

import hashlib
import keyword
import re
import unicodedata

# Words that may not be used as python names of fields/parameters (CONTRACT §2.4).
RESERVED_WORDS: frozenset[str] = frozenset(
    set(keyword.kwlist)
    | {
        "exec",
        "print",
        # names used inside generated annotations must not be shadowed by a field
        "str",
        "int",
        "bool",
        "bytes",
        "datetime",
        "self",
        "schema",
        "base64",
        "json",
        "date",
        "float",
        "property",
        "field",
        "all_params",
        "resource_path",
        "path_params",
        "query_params",
        "header_params",
        "form_params",
        "local_var_files",
        "body_params",
        "auth_settings",
    }
)

# Attribute names of pydantic's BaseModel, its metaclass (`register`, `mro` from ABCMeta and
# type) and the Waylay base model that a field must not shadow (pydantic warns or fails):
# such a field gets a `var_` prefix, see `field_name`. `model_*` is handled as a prefix.
_PYDANTIC_RESERVED: frozenset[str] = frozenset(
    {
        "mro",
        "register",
        "copy",
        "dict",
        "json",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "update_forward_refs",
        "fields",
        "from_orm",
        "to_dict",
        "to_json",
        "from_dict",
        "from_json",
    }
)

# Explicit wire-name -> python-name mappings for parameters (CONTRACT §2.4, config).
PARAMETER_NAME_MAPPINGS: dict[str, str] = {"copy": "copy_from", "*": "wildcard"}

_SNAKE_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_SNAKE_2 = re.compile(r"([a-z\d])([A-Z])")
_NON_WORD = re.compile(r"[^A-Za-z0-9_]")
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]")


def snake(text: str) -> str:
    """Openapi-generator's `underscore`: `KFServingManifest` -> `kf_serving_manifest`."""
    text = _SNAKE_1.sub(r"\1_\2", text)
    text = _SNAKE_2.sub(r"\1_\2", text)
    return text.replace("-", "_").replace(" ", "_").lower()


def camel(text: str) -> str:
    """Openapi-generator's `camelize`: split on `_`, capitalise each part's first char."""
    return "".join(part[:1].upper() + part[1:] for part in text.split("_") if part)


# Latin letters that do not decompose into an ASCII letter plus accents.
_LATIN_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)


def ascii_fold(text: str) -> str:
    """Fold accents (`é` -> `e`, `ß` -> `ss`) and drop characters that have no ASCII form."""
    text = unicodedata.normalize("NFKD", text.translate(_LATIN_LETTERS))
    return text.encode("ascii", "ignore").decode("ascii")


def sanitize_identifier(text: str) -> str:
    """Map arbitrary text onto `[A-Za-z0-9_]`; `$` is dropped (CONTRACT §2.4 step 2)."""
    text = ascii_fold(text.replace("$", ""))
    return _NON_WORD.sub("_", text)


# --- schema (component) names -------------------------------------------------------

_PREFIX = re.compile(r"^[EI](?=[A-Z]+[a-z])")


def component_class_base(key: str) -> str:
    """Strip the `I`/`E` interface/enum marker of a component key (P2, D1 fixed).

    The marker is only stripped when a capitalised word follows it (`IHALLink`,
    `EJobType`), never from an acronym followed by digits (`ISO8601Period`).
    """
    return _PREFIX.sub("", key)


def inline_base_name(title: str | None, tentative: str) -> str:
    """Base raw name of an extracted inline schema (CONTRACT §1.4 `resolve`)."""
    base = title if title else tentative
    base = _NON_ALNUM.sub("_", ascii_fold(base))
    if base[:1].isdigit():
        base = "_" + base
    return base or "Inline"


# Names a generated *model module* imports besides model classes (templates/types/
# model_module.py.j2 and the type spellings of pytypes). A class of that name could not be
# written in its own module, so such a schema gets a `Model` suffix (`Field` -> `FieldModel`).
RESERVED_CLASS_NAMES: frozenset[str] = frozenset(
    {
        "Annotated",
        "Any",
        "ConfigDict",
        "Dict",
        "Enum",
        "Field",
        "List",
        "Optional",
        "StrictBool",
        "StrictBytes",
        "StrictFloat",
        "StrictInt",
        "StrictStr",
        "TYPE_CHECKING",
        "Union",
        "WaylayBaseModel",
        # docs/Operation.md is the fixed page about the calling convention
        "Operation",
        "date",
        "datetime",
    }
)

# Names the *api modules* bind besides the model, query and api classes (imports from
# typing, pydantic, the runtime and `_helpers`, module constants). A generated class of the
# same name (D25: the schema `Model` vs the runtime's `Model`) keeps its public name and is
# imported under `import_alias(name)` in the modules that need both.
API_MODULE_NAMES: frozenset[str] = RESERVED_CLASS_NAMES | {
    "AsyncIterator",
    "HeaderTypes",
    "Literal",
    "MODELS_AVAILABLE",
    "Model",
    "QueryParamTypes",
    "RESTTimeout",
    "RequestContent",
    "RequestFiles",
    "Response",
    "STREAM_TIMEOUTS",
    "T",
    "TypeAdapter",
    "TypeVar",
    "WithApiClient",
    "expand_path",
    "overload",
    "warnings",
    "with_content_type",
    "with_headers",
}

# Names the *query modules* bind besides model and query classes (see API_MODULE_NAMES).
QUERY_MODULE_NAMES: frozenset[str] = RESERVED_CLASS_NAMES | {"Literal", "TypedDict"}


def import_alias(class_name: str) -> str:
    """Local name of a generated class in a module where its own name is taken: `Model_`.

    Class names never contain `_` (`camel` drops it), so the alias clashes with nothing.
    """
    return class_name + "_"


# Names become file names (`docs/<Class>.md`, `<module>.py`): keep them well below the
# usual 255-byte limit; longer ones are cut and made unique by a hash of the full name.
MAX_NAME_LENGTH = 100


def limit_length(name: str, max_length: int = MAX_NAME_LENGTH) -> str:
    """`name`, or its first characters plus a stable hash when it is too long."""
    if len(name) <= max_length:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:8]
    return f"{name[: max_length - 9]}_{digest}"


def class_name(raw_name: str) -> str:
    """Class name of a model from its raw (component or extracted) name."""
    name = limit_length(camel(sanitize_identifier(raw_name)))
    if not name or name[0].isdigit():
        name = "Model" + name
    if keyword.iskeyword(name) or name in RESERVED_CLASS_NAMES:
        name = name + "Model"
    return name


def module_name(cls_name: str) -> str:
    """Module (file stem) of a model class: `AltVersionHALLinkDraft` -> `alt_version_hal_link_draft`."""
    name = snake(cls_name)
    if keyword.iskeyword(name) or name in {"object", "__init__"}:
        name = name + "_model"
    return name


# --- API / tag names -----------------------------------------------------------------


def tag_words(tag: str) -> list[str]:
    """Split a tag into its words, dropping punctuation."""
    return [w for w in re.split(r"[^A-Za-z0-9]+", ascii_fold(tag)) if w]


# Attributes of the generated service class that a tag must not replace.
RESERVED_SERVICE_ATTRIBUTES: frozenset[str] = frozenset(
    {"name", "title", "description", "api_client"}
)
# Names a method must not take: `overload` decorates the methods that follow it in the
# class body; `api_client` is the instance attribute every API object needs.
RESERVED_METHOD_NAMES: frozenset[str] = frozenset({"overload", "api_client"})


def api_class_name(tag: str) -> str:
    """`Webscript Tags` -> `WebscriptTagsApi`."""
    words = tag_words(tag) or ["Default"]
    name = limit_length("".join(w[:1].upper() + w[1:] for w in words)) + "Api"
    if name[0].isdigit():
        name = "Api" + name
    return name


def api_attr_name(tag: str) -> str:
    """`Webscript Tags` -> `webscript_tags` (module stem and service attribute)."""
    words = tag_words(tag) or ["default"]
    name = snake("_".join(words))
    name = limit_length(re.sub(r"_+", "_", name).strip("_"))
    if name[0].isdigit():
        name = "api_" + name
    if keyword.iskeyword(name) or name in RESERVED_SERVICE_ATTRIBUTES:
        name = "var_" + name
    return name


def method_name(operation_id: str, tag: str) -> str:
    """Method name from an operationId (P7): strip the `_<tag>` suffix, then snake-case.

    `getLatest_models` -> `get_latest`; `list_webscript_tags` (tag `Webscript Tags`) -> `list`.
    """
    suffix = "_" + tag.lower().replace(" ", "_")
    base = operation_id
    if base.endswith(suffix) and len(base) > len(suffix):
        base = base[: -len(suffix)]
    name = snake(sanitize_identifier(base))
    name = re.sub(r"_+", "_", name).strip("_") or "call"
    if name[0].isdigit():
        name = "op_" + name
    if name in RESERVED_WORDS or name in RESERVED_METHOD_NAMES or name.startswith("_"):
        name = "var_" + name
    return name


def operation_id_from_path(http_method: str, path: str) -> str:
    """A stable operationId for operations that lack one: `get /a/{b}/c` -> `get_a_b_c`."""
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", path) if p]
    return "_".join([http_method.lower(), *parts])


def query_class_name(method: str) -> str:
    """`get_latest` -> `GetLatestQuery`."""
    return camel(method) + "Query"


# --- field / parameter names ---------------------------------------------------------


def python_name(wire: str, *, mappings: dict[str, str] | None = None) -> str:
    """Python name of a property or parameter (CONTRACT §2.4).

    `scaleToZero` -> `scale_to_zero`, `async` -> `var_async`, `_links` -> `links`.
    """
    if mappings and wire in mappings:
        return mappings[wire]
    name = sanitize_identifier(wire)
    if re.fullmatch(r"[A-Z0-9_]+", name):
        name = name.lower()
    name = snake(name).lstrip("_")
    name = re.sub(r"_+", "_", name)
    if not name:
        name = "field"
    if name[0].isdigit():
        name = "var_" + name
    if name in RESERVED_WORDS:
        name = "var_" + name
    return name


def field_name(wire: str) -> str:
    """Python name of a model field: also avoid pydantic's own attribute names."""
    name = python_name(wire)
    if name in _PYDANTIC_RESERVED or name.startswith("model_"):
        name = "var_" + name
    return name


def parameter_name(wire: str) -> str:
    """Python name of an operation parameter (with the configured explicit mappings)."""
    return python_name(wire, mappings=PARAMETER_NAME_MAPPINGS)


# --- enum members --------------------------------------------------------------------

_ENUM_SPECIAL = {"-": "_MINUS_", "!": "_EXCLAMATION_", "+": "_PLUS_"}


def _char_name(char: str) -> str:
    """`$` -> `_DOLLAR_SIGN_`: the Unicode name of a character that has no ASCII spelling."""
    return "_" + unicodedata.name(char, f"U{ord(char):04X}").replace(" ", "_") + "_"


def _spell_symbols(text: str, *, ascii_too: bool) -> str:
    """Replace characters that would vanish from a member name by their Unicode names.

    Non-ASCII characters without an ASCII folding (`€`, `µ`, `°`) are always spelled;
    ASCII punctuation only when the value has nothing else (`$`, `*`), so that values
    like `modifiedAt:desc` keep the contract's `MODIFIEDAT_DESC`.
    """
    out = []
    for char in text:
        folded = ascii_fold(char)
        if not char.isascii() and not folded.strip():
            out.append(_char_name(char))
        elif ascii_too and char.isascii() and not (char.isalnum() or char == "_"):
            out.append(_char_name(char))
        else:
            out.append(char)
    return "".join(out)


def enum_member_name(value: object) -> str:
    """Enum member name from its value (CONTRACT §2.5): `keep-alive` -> `KEEP_MINUS_ALIVE`.

    Values made only of symbols are named after them (`$` -> `DOLLAR_SIGN`), characters
    without an ASCII form too (`°C` -> `DEGREE_SIGN_C`); the empty string is `EMPTY`.
    """
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, (int, float)):
        text = ("NUMBER_MINUS_" if value < 0 else "NUMBER_") + str(abs(value))
    elif value is None:
        return "NULL"
    else:
        text = str(value)
    for char, repl in _ENUM_SPECIAL.items():
        text = text.replace(char, repl)
    text = _spell_symbols(text, ascii_too=False)
    if not re.sub(r"\W|_", "", ascii_fold(text)):
        text = _spell_symbols(text, ascii_too=True)
    text = re.sub(r"\W", "_", ascii_fold(text))
    text = re.sub(r"_+", "_", text).strip("_").upper()
    if not text:
        text = "EMPTY"
    if text[0].isdigit():
        text = "NUMBER_" + text
    if keyword.iskeyword(text):
        text = text + "_"
    return text


def dedupe(names: list[str]) -> list[str]:
    """Make names unique by appending `_2`, `_3`... to later duplicates (deterministic)."""
    seen: dict[str, int] = {}
    out = []
    taken = set(names)
    for name in names:
        if name not in seen:
            seen[name] = 1
            out.append(name)
            continue
        n = seen[name]
        candidate = f"{name}_{n + 1}"
        while candidate in taken or candidate in seen:
            n += 1
            candidate = f"{name}_{n + 1}"
        seen[name] = n + 1
        seen[candidate] = 1
        out.append(candidate)
    return out
