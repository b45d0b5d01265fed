"""Stage 1 - load: read YAML 1.2 / JSON specs and bundle external `$ref`s into one document.

PyYAML's C loader is used for speed, with its implicit resolvers replaced by the YAML 1.2
core schema (so `NO`, `on`, `2024-01-01` stay strings: CONTRACT case 26).
"""

from __future__ import annotations

import copy
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from .errors import GeneratorError, display_path

try:  # the C loader is ~10x faster; fall back if libyaml is missing
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _BaseLoader = yaml.SafeLoader


class Yaml12Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader with YAML 1.2 core-schema scalars (no yes/no/on/off, no timestamps)."""


Yaml12Loader.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    # merge keys (`<<: *anchor`) are YAML 1.1, but specs use them
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", ["<"]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
]:
    Yaml12Loader.add_implicit_resolver(_tag, re.compile(_regexp), _first)


def _construct_int(loader: yaml.Loader, node: yaml.Node) -> int:
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


def _construct_bool(loader: yaml.Loader, node: yaml.Node) -> bool:
    return loader.construct_scalar(node).lower() == "true"


def _construct_mapping(loader: yaml.Loader, node: yaml.MappingNode) -> dict[Any, Any]:
    """A mapping; a key written twice is an error (YAML forbids it, PyYAML keeps the last)."""
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge" or not isinstance(key_node, yaml.ScalarNode):
            continue
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"found duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    loader.flatten_mapping(node)
    return dict(loader.construct_pairs(node))


Yaml12Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a key written twice is an error (json keeps the last silently)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        duplicate = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise GeneratorError(
            f"invalid JSON: duplicate key {duplicate!r}",
            hint="remove or rename one of the two keys",
        )
    return result


def parse_text(text: str, file: str) -> Any:
    """Parse YAML 1.2 or JSON text; a syntax error becomes a GeneratorError with line/col."""
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text, object_pairs_hook=_json_object)
        except GeneratorError as exc:
            exc.file = file
            raise
        except json.JSONDecodeError as exc:
            raise GeneratorError(
                f"invalid JSON: {exc.msg}",
                file=file,
                line=exc.lineno,
                column=exc.colno,
                hint="fix the JSON syntax at this position",
            ) from None
    try:
        return yaml.load(text, Loader=Yaml12Loader)  # noqa: S506 - safe loader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        raise GeneratorError(
            f"invalid YAML: {problem}",
            file=file,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            hint="remove or rename one of the two keys"
            if "duplicate key" in problem
            else "fix the YAML syntax at this position (indentation, quotes, brackets)",
        ) from None
    except yaml.YAMLError as exc:
        raise GeneratorError(
            f"invalid YAML: {exc}", file=file, hint="fix the YAML syntax"
        ) from None


# `\ud800`-style escapes (JSON, YAML double quotes) can encode half of a surrogate pair,
# which no UTF-8 file can hold: such text is refused where it is, not when writing.
_SURROGATE_ESCAPE = re.compile(r"\\(?:u|U0000)[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_surrogates(node: Any, pointer: str, file: str, text: str) -> None:
    if isinstance(node, str):
        if _SURROGATE.search(node):
            raise GeneratorError(
                f"text {node[:40]!r} holds an unpaired surrogate escape",
                file=file,
                pointer=pointer or "/",
                line=locate_line(text, pointer),
                hint="write the character itself, or a complete surrogate pair",
            )
    elif isinstance(node, dict):
        for key, value in node.items():
            part = f"{pointer}/{escape_pointer_part(str(key))}"
            _check_surrogates(key, part, file, text)
            _check_surrogates(value, part, file, text)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _check_surrogates(value, f"{pointer}/{i}", file, text)


def read_document(path: Path) -> tuple[Any, str]:
    """Read and parse one file (returns the data and its text)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GeneratorError(
            "file not found", file=str(path), hint="check the --spec path"
        ) from None
    except IsADirectoryError:
        raise GeneratorError(
            "is a directory, expected a spec file",
            file=str(path),
            hint="pass the path of the .yaml or .json file",
        ) from None
    except UnicodeDecodeError as exc:
        raise GeneratorError(
            f"cannot read file: not UTF-8 text ({exc.reason} at byte {exc.start})",
            file=str(path),
            hint="save the spec as UTF-8",
        ) from None
    except OSError as exc:
        raise GeneratorError(
            f"cannot read file: {exc.strerror}",
            file=str(path),
            hint="check the file's permissions",
        ) from None
    document = parse_text(text, str(path))
    if _SURROGATE_ESCAPE.search(text):
        _check_surrogates(document, "", str(path), text)
    return document, text


def pointer_get(doc: Any, pointer: str) -> Any:
    """Resolve a JSON pointer (`/a/b~1c/0`) in a document; KeyError when absent."""
    node = doc
    if pointer in ("", "/"):
        return node
    for raw in pointer.lstrip("/").split("/"):
        part = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            try:
                node = node[int(part)]
            except (ValueError, IndexError):
                raise KeyError(pointer) from None
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise KeyError(pointer)
    return node


def escape_pointer_part(part: str) -> str:
    """Escape one JSON pointer token."""
    return str(part).replace("~", "~0").replace("/", "~1")


@dataclass
class LoadedSpec:
    """The bundled spec document plus what is needed to point back into the files."""

    path: Path
    document: dict[str, Any]
    text: str
    external_files: list[Path] = field(default_factory=list)
    # pointer in the bundled document -> (file, pointer in that file) for imported parts
    origins: dict[str, tuple[Path, str]] = field(default_factory=dict)

    def line_of(self, pointer: str) -> int | None:
        """1-based line of a JSON pointer in the main file (None if unknown)."""
        return locate_line(self.text, pointer)


def locate_line(text: str, pointer: str) -> int | None:
    """Find the line of a JSON pointer by walking the YAML node graph (only on error paths)."""
    node = _compose(text)
    if node is None:
        return None
    line = node.start_mark.line + 1
    for raw in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        part = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    line = key.start_mark.line + 1
                    node = value
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode):
            try:
                node = node.value[int(part)]
                line = node.start_mark.line + 1
            except (ValueError, IndexError):
                return line
        else:
            return line
    return line


@functools.lru_cache(maxsize=1)
def _compose(text: str) -> yaml.Node | None:
    """The node graph of a spec text, composed once: every warning asks for a line (perf)."""
    try:
        return yaml.compose(text, Loader=Yaml12Loader)  # noqa: S506
    except yaml.YAMLError:
        return None


class _Bundler:
    """Pull schemas referenced from other files into `components` of the main document."""

    def __init__(self, main_path: Path, document: dict[str, Any], text: str) -> None:
        self.main_path = main_path.resolve()
        self.document = document
        self.files: dict[Path, Any] = {self.main_path: document}
        self.texts: dict[Path, str] = {self.main_path: text}
        self.imported: dict[tuple[Path, str], str] = {}
        self.origins: dict[str, tuple[Path, str]] = {}
        self.extra: dict[str, dict[str, Any]] = {}

    def load_file(self, path: Path, ref: str, base: Path, pointer: str) -> Any:
        """Read a referenced file once (errors point at the `$ref` that needs it)."""
        path = path.resolve()
        if path not in self.files:
            if not path.is_file():
                raise self.ref_error(
                    f"unresolved $ref {ref!r}: file {display_path(str(path))} does not exist",
                    base,
                    pointer,
                    "check the relative path of the referenced file",
                )
            self.files[path], self.texts[path] = read_document(path)
        return self.files[path]

    def ref_error(self, message: str, base: Path, pointer: str, hint: str) -> GeneratorError:
        """An error located at the `$ref` in file `base`."""
        text = self.texts.get(base)
        return GeneratorError(
            message,
            file=str(base),
            pointer=pointer + "/$ref",
            line=locate_line(text, pointer + "/$ref") if text is not None else None,
            hint=hint,
        )

    def rewrite(self, node: Any, base: Path, pointer: str) -> Any:
        """Rewrite external refs below `node` (found in file `base`) to local ones."""
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                node = dict(node)
                node["$ref"] = self.import_ref(ref, base, pointer)
            elif isinstance(ref, str) and base != self.main_path:
                node = dict(node)
                node["$ref"] = self.import_ref(ref, base, pointer)
            return {
                k: (
                    v
                    if k == "$ref"
                    else self.rewrite(v, base, f"{pointer}/{escape_pointer_part(k)}")
                )
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [self.rewrite(v, base, f"{pointer}/{i}") for i, v in enumerate(node)]
        return node

    def import_ref(self, ref: str, base: Path, pointer: str) -> str:
        file_part, _, frag = ref.partition("#")
        target = (base.parent / unquote(file_part)).resolve() if file_part else base
        if target == self.main_path:
            return "#" + frag
        key = (target, frag)
        if key in self.imported:
            return self.imported[key]
        doc = self.load_file(target, ref, base, pointer)
        try:
            value = pointer_get(doc, frag)
        except KeyError:
            raise self.ref_error(
                f"unresolved $ref {ref!r}: no {frag or '/'} in {display_path(str(target))}",
                base,
                pointer,
                "check the JSON pointer after '#' in the referenced file",
            ) from None
        parts = [p for p in frag.split("/") if p]
        if len(parts) >= 3 and parts[0] == "components":
            section = parts[1]
        else:
            section = _component_section(pointer)
        name = parts[-1] if parts else target.stem
        name = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
        existing = self.document.get("components", {}).get(section, {})
        components = self.extra.setdefault(section, {})
        candidate, n = name, 1
        while candidate in components or candidate in existing:
            n += 1
            candidate = f"{name}_{n}"
        local = f"#/components/{section}/{escape_pointer_part(candidate)}"
        self.imported[key] = local
        components[candidate] = {}  # reserve the name before recursing (cycles)
        components[candidate] = self.rewrite(copy.deepcopy(value), target, frag)
        self.origins[local[1:]] = (target, frag)
        return local


def _component_section(pointer: str) -> str:
    """Which `components` section an object imported from another file belongs in.

    Decided by where it is used: a parameter, request body, response or response header
    is no schema (it would not validate there, nor be normalised as one).
    """
    parts = [unquote(p).replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    if len(parts) >= 3 and parts[0] == "components" and parts[1] != "schemas":
        if len(parts) == 3:
            return parts[1]
    if len(parts) >= 2 and parts[-2] == "parameters" and parts[-1].isdigit():
        return "parameters"
    if parts and parts[-1] == "requestBody":
        return "requestBodies"
    code = re.compile(r"^([1-5](\d\d|XX)|default)$")
    if len(parts) >= 2 and parts[-2] == "responses" and code.match(parts[-1]):
        return "responses"
    if len(parts) >= 4 and parts[-2] == "headers" and code.match(parts[-3]):
        return "headers"
    return "schemas"


def load_spec(path: Path) -> LoadedSpec:
    """Load the spec at `path` and bundle any external references into it."""
    document, text = read_document(path)
    if not isinstance(document, dict):
        raise GeneratorError(
            "not an OpenAPI document (top level is not a mapping)",
            file=str(path),
            line=1,
            hint="an OpenAPI document is a mapping with openapi, info and paths",
        )
    if "swagger" in document:
        raise GeneratorError(
            f"Swagger {document.get('swagger')} is not supported",
            file=str(path),
            pointer="/swagger",
            line=locate_line(text, "/swagger"),
            hint="convert it to OpenAPI 3.0 or 3.1 first",
        )
    version = document.get("openapi")
    if not isinstance(version, str) or not re.match(r"^3\.[01]\.\d+", version):
        raise GeneratorError(
            f"not an OpenAPI 3.0/3.1 document (openapi: {version!r})",
            file=str(path),
            pointer="/openapi",
            line=locate_line(text, "/openapi") if version is not None else 1,
            hint="the top-level 'openapi' field must be 3.0.x or 3.1.x",
        )
    bundler = _Bundler(path, document, text)
    if _has_external_refs(document):
        bundled = bundler.rewrite(document, bundler.main_path, "")
        for section, items in bundler.extra.items():
            bundled.setdefault("components", {}).setdefault(section, {}).update(items)
        document = bundled
    return LoadedSpec(
        path=path,
        document=document,
        text=text,
        external_files=sorted(p for p in bundler.files if p != bundler.main_path),
        origins=bundler.origins,
    )


def _has_external_refs(node: Any) -> bool:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            return True
        return any(_has_external_refs(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_external_refs(v) for v in node)
    return False
