# Two commands do all set-up on a fresh machine: `make build` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NOTYPES := .venv-notypes
SERVICES := $(patsubst specs/%.openapi.yaml,%,$(wildcard specs/*.openapi.yaml))
# editable installs of every generated SDK (api package, then types package)
API_PKGS := $(foreach s,$(SERVICES),-e generated/$(s)/waylay-sdk-$(subst _,-,$(s)))
TYPES_PKGS := $(foreach s,$(SERVICES),-e generated/$(s)/waylay-sdk-$(subst _,-,$(s))-types)

.PHONY: build test check lint clean install bench

build: $(VENV)/.installed
	$(PY) -m generator build
	$(PY) -m pip install -q --no-deps $(API_PKGS) $(TYPES_PKGS)
	$(MAKE) --no-print-directory $(NOTYPES)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

# a second environment with the api packages only: the SDKs must work without types
$(NOTYPES)/.installed: $(VENV)/.installed
	$(PYTHON) -m venv $(NOTYPES)
	$(NOTYPES)/bin/python -m pip install -q --upgrade pip
	$(NOTYPES)/bin/python -m pip install -q 'waylay-sdk-core==1.0.0' 'pydantic>=2.6,<2.14' pytest pytest-asyncio httpx typeguard
	$(NOTYPES)/bin/python -m pip install -q --no-deps $(API_PKGS)
	touch $@

# the generator's tests, then each SDK's generated tests with and without its types package
test: $(VENV)/.installed $(NOTYPES)/.installed
	$(PY) -m pytest -q
	@for s in $(SERVICES); do \
	  echo "generated/$$s/test: with types ($(VENV))"; \
	  (cd generated/$$s && PYTHONDONTWRITEBYTECODE=1 $(CURDIR)/$(PY) -m pytest -q) || exit 1; \
	  echo "generated/$$s/test: without types ($(NOTYPES))"; \
	  (cd generated/$$s && PYTHONDONTWRITEBYTECODE=1 $(CURDIR)/$(NOTYPES)/bin/python -m pytest -q) || exit 1; \
	done

check: $(VENV)/.installed
	$(PY) -m generator build --check

lint: $(VENV)/.installed
	$(PY) -m ruff check generator tests
	$(PY) -m ruff format --check generator tests

# side-by-side timings against openapi-python-client and openapi-generator (see README);
# options via BENCH_ARGS, e.g. make bench BENCH_ARGS="--runs 7 --no-github"
bench: $(VENV)/.installed
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(NOTYPES) .cache .pytest_cache .mypy_cache
