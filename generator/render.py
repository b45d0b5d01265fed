"""Stage 4 - render: IR -> {relative path: text} through the Jinja2 templates.

Output layout per service (CONTRACT §7.1): the api package, the types package, docs and
a README. Nothing is written here; `write` does that after `format`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from . import text
from .docviews import DocViews
from .ir import ModelDef, Service
from .pytypes import models_in
from .samples import SampleError
from .testviews import BINARY_RESPONSE, TestViews
from .views import ServiceViews

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def environment() -> jinja2.Environment:
    """The Jinja2 environment with the escaping filters of `text`."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - we generate python and markdown, not HTML
    )
    env.filters.update(
        flat=text.flat,
        pyesc=text.pyesc,
        pystr=text.pystr,
        docstring=text.docstring,
        cell=text.cell,
        pipes=text.pipes,
        md_text=text.md_text,
    )
    return env


def reference_cycles(models: list[ModelDef]) -> list[set[str]]:
    """Strongly connected components (size > 1) of the model reference graph."""
    graph: dict[str, set[str]] = {}
    for m in models:
        refs: set[str] = set()
        for f in m.fields:
            refs |= models_in(f.type)
        for t in m.members:
            refs |= models_in(t)
        if m.extra_type is not None:
            refs |= models_in(m.extra_type)
        graph[m.class_name] = refs
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[set[str]] = []
    counter = [0]

    def strongconnect(v: str) -> None:
        # iterative Tarjan (deep schemas must not hit the recursion limit)
        work = [(v, iter(sorted(graph.get(v, ()))))]
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        while work:
            node, it = work[-1]
            advanced = False
            for w in it:
                if w not in graph:
                    continue
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                    advanced = True
                    break
                if w in on_stack:
                    low[node] = min(low[node], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp = set()
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.add(w)
                    if w == node:
                        break
                if len(comp) > 1 or node in graph.get(node, ()):
                    result.append(comp)

    for v in sorted(graph):
        if v not in index:
            strongconnect(v)
    return result


def ruff_tool_tables() -> str:
    """The generator's ruff settings for generated code as `[tool.ruff]` tables.

    Shipped in each SDK's root pyproject.toml, so a plain `ruff check` there applies the
    same rules the build applied.
    """
    from .format import RUFF_CONFIG

    lines = ["[tool.ruff]"]
    for line in RUFF_CONFIG.read_text(encoding="utf-8").splitlines():
        if line.startswith("[") and not line.startswith("[["):
            line = "[tool.ruff." + line[1:]
        lines.append(line)
    return "\n".join(lines) + "\n"


def render_service(service: Service, env: jinja2.Environment | None = None) -> dict[str, str]:
    """Render every file of one service SDK."""
    env = env or environment()
    views = ServiceViews(service)
    docs = DocViews(views)
    names = views.names
    pkg_path = names.package.replace(".", "/")
    api_root = f"{names.api_dist}/src/{pkg_path}"
    types_root = f"{names.types_dist}/src/{pkg_path}"
    common: dict[str, Any] = {
        "info_title": service.info_title,
        "info_version": service.info_version,
        "info_description": service.info_description,
        "version": service.package_version,
        "names": names,
        "package": names.package,
        "config": service.config,
        "apis": service.apis,
        "server_url": service.server_url,
    }
    files: dict[str, str] = {}

    def put(path: str, template: str, **ctx: Any) -> None:
        rendered = env.get_template(template).render(**common, **ctx)
        if path.endswith(".md"):
            # links in spec descriptions relative to the docs site root (`/#/api/rules/`)
            # would resolve against the repository host: point them at the docs site
            rendered = text.absolute_root_links(rendered, service.config.documentation)
        files[path] = rendered

    macros = env.get_template("macros.j2").module
    # api package
    for api in service.apis:
        put(f"{api_root}/api/{api.attr}_api.py", "api/api_module.py.j2", v=views.api(api), m=macros)
    put(f"{api_root}/api/__init__.py", "api/api_init.py.j2")
    put(f"{api_root}/api/_helpers.py", "api/helpers.py.j2")
    put(f"{api_root}/service/__init__.py", "api/service_init.py.j2")
    put(f"{api_root}/service/service.py", "api/service.py.j2")
    for sub in ("api", "service"):
        files[f"{api_root}/{sub}/py.typed"] = ""
    put(f"{names.api_dist}/pyproject.toml", "api/pyproject.toml.j2")

    # types package
    cycles = reference_cycles(service.models)
    in_cycle = {c: comp for comp in cycles for c in comp}
    # unions that reach themselves through unions only: no class can break that import
    # cycle, so they become lazily evaluated `TypeAliasType`s with postponed imports
    union_cycles = reference_cycles([m for m in service.models if m.kind == "union"])
    in_union_cycle = {c: comp for comp in union_cycles for c in comp}
    rebuild: list[str] = []
    for m in service.models:
        mv = views.model(m)
        deferred: set[str] = set()
        if m.kind == "object" and m.class_name in in_cycle:
            deferred = in_cycle[m.class_name] - {m.class_name}
            if deferred:
                rebuild.append(m.class_name)
        mv["recursive"] = m.class_name in in_union_cycle
        if mv["recursive"]:
            deferred = in_union_cycle[m.class_name] - {m.class_name}
        mv["deferred"] = deferred
        put(f"{types_root}/models/{m.module}.py", "types/model_module.py.j2", v=mv)
    for a in service.aliases:
        put(f"{types_root}/models/{a.module}.py", "types/alias_module.py.j2", v=views.alias(a))
    public = [(m.module, m.class_name) for m in service.models]
    public += [(a.module, a.name) for a in service.aliases]
    put(
        f"{types_root}/models/__init__.py",
        "types/models_init.py.j2",
        imports=sorted(public),
        exports=sorted(name for _, name in public),
        rebuild=sorted(rebuild),
    )
    for api in service.apis:
        put(
            f"{types_root}/queries/{api.attr}_api.py",
            "types/query_module.py.j2",
            v=views.query_module(api),
        )
    put(f"{types_root}/queries/__init__.py", "types/queries_init.py.j2")
    for sub in ("models", "queries"):
        files[f"{types_root}/{sub}/py.typed"] = ""
    put(f"{names.types_dist}/pyproject.toml", "types/pyproject.toml.j2")

    # generated tests (CONTRACT §8, our own design): every operation on the wire
    tests = TestViews(service, views)
    for api in service.apis:
        try:
            api_tests = tests.api(api)
        except SampleError as exc:
            # no valid sample payload can be derived (e.g. a pattern we cannot invert):
            # the module says so and skips, instead of failing the whole build
            put(
                f"test/api/{api.attr}_api_test.py",
                "tests/api_test_skipped.py.j2",
                api=api,
                reason=f"no valid sample for {api.class_name}: {exc}",
            )
            continue
        put(f"test/api/{api.attr}_api_test.py", "tests/api_test.py.j2", **api_tests)
    put("test/conftest.py", "tests/conftest.py.j2")
    put("test/_support.py", "tests/support.py.j2", binary_response=repr(BINARY_RESPONSE))
    files["test/samples.json"] = tests.samples_json()
    put("pyproject.toml", "tests/pyproject.toml.j2", ruff_config=ruff_tool_tables())

    # docs
    readme = docs.readme()
    for api in service.apis:
        put(f"docs/{api.class_name}.md", "docs/api.md.j2", v=docs.api(api))
    for m in service.models:
        put(f"docs/{m.class_name}.md", "docs/model.md.j2", v=docs.model(m))
    put("docs/Operation.md", "docs/operation.md.j2")
    put("README.md", "docs/readme.md.j2", v=readme)
    for dist, what, types in (
        (names.api_dist, "api methods and the service plugin", False),
        (names.types_dist, "typed models and query parameters", True),
    ):
        put(
            f"{dist}/README.md",
            "docs/package_readme.md.j2",
            dist=dist,
            what=what,
            types=types,
            v=readme,
        )
    return files
