# Every target works on a fresh clone: the ones that need the dev tools install them first
# (the $(INSTALLED) stamp), again whenever pyproject.toml or package-lock.json changes.
# `make install` does the same set-up explicitly, and always.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
INSTALLED := $(VENV)/.installed
export PATH := $(abspath $(VENV))/bin:$(PATH)

.PHONY: install test lint format regenerate check-generated validate-spec sync-spec check-sync dist demo bench bench-smoke soak clean

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# talon-async (editable) with the dev, ci and conformance extras, and Prism for the contract tests (npm).
$(INSTALLED): pyproject.toml package-lock.json | $(PY)
	$(PIP) install --quiet -e ".[dev,ci,conformance]"
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(PY)
	rm -f $(INSTALLED)
	$(MAKE) --no-print-directory $(INSTALLED)

test: $(INSTALLED)
	$(PY) -m pytest

lint: $(INSTALLED)
	$(VENV)/bin/ruff check src tests scripts
	$(VENV)/bin/ruff format --check src tests scripts
	$(VENV)/bin/mypy --strict
	$(VENV)/bin/shellcheck --severity=warning scripts/*.sh .ci/run
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

format: $(INSTALLED)
	$(VENV)/bin/ruff check --fix src tests scripts
	$(VENV)/bin/ruff format src tests scripts

regenerate: $(INSTALLED)
	scripts/regenerate.sh

check-generated: $(INSTALLED)
	scripts/regenerate.sh --check

validate-spec: $(INSTALLED)
	$(PY) -m openapi_spec_validator openapi/integration.yaml

# sdist and wheel into dist/ (version from the git tag, hatch-vcs), then the same checks as the
# release workflow: twine check, a clean venv with the wheel, the emulator, the README quickstart.
dist: $(INSTALLED)
	rm -rf dist
	$(PY) -m build --outdir dist .
	scripts/check_wheel.sh dist

# Follow Talon.One: SOURCE is an SDK bundle file or a docs-layout directory (README, "Keeping up
# with Talon.One"). Writes openapi/upstream/, openapi/integration.yaml, generated/; prints the
# change report (also into REPORT=path); FAIL_ON_BREAKING=1 exits 3 on breaking changes.
sync-spec: $(INSTALLED)
	@test -n "$(SOURCE)" || { echo "usage: make sync-spec SOURCE=<bundle file or docs directory> [REPORT=path] [FAIL_ON_BREAKING=1]" >&2; exit 2; }
	@$(PY) scripts/sync_spec.py "$(SOURCE)" $(if $(REPORT),--report "$(REPORT)") $(if $(filter 1,$(FAIL_ON_BREAKING)),--fail-on-breaking)

# A sync of the committed snapshot changes nothing (the contract and generated/ follow from
# openapi/upstream/ and openapi/overlay.yaml alone).
check-sync: $(INSTALLED)
	$(PY) scripts/sync_spec.py --check openapi/upstream/integration-api.yaml

# The checkout flow (examples/checkout_flow.py) against the offline emulator on a free port;
# installs talon-async[emulator] into the venv if needed and always stops the emulator.
demo: $(PY)
	VENV=$(VENV) scripts/demo.sh

# Benchmarks (benchmarks/README.md): nginx on core 0, clients on core 1; apt-installs nginx-light
# and wrk when missing. Extra options: make bench BENCH_ARGS="--duration 20 --concurrency 64,256"
bench: $(PY)
	$(PIP) install --quiet -e ".[bench]"
	$(PY) -m benchmarks.cold_start      # import talon_async vs its dependencies alone
	$(PY) -m benchmarks.otel_overhead   # CPU per call with and without the OpenTelemetry hooks
	$(PY) -m benchmarks.run $(BENCH_ARGS)
	$(PY) -m benchmarks.emulator_throughput   # the emulator under wrk: compiled vs openapi-core checks
	$(PY) -m benchmarks.throttled_batch   # fixed concurrency vs rate="auto" under a rate limit
	$(PY) -m benchmarks.batch_memory   # peak RSS of 1,000,000-record JSONL and Parquet jobs

# The same pipeline in ~30 s (concurrency 1 and 8, 1 s per client, no chart); fails if a client errors.
bench-smoke: $(PY)
	$(PIP) install --quiet -e ".[bench]"
	$(PY) -m benchmarks.run --smoke $(BENCH_ARGS)

# Reliability soak (tests/reliability, marker `slow`; `make test` skips these): a 30 s 503
# outage against the retry budget, 50,000 batch items and a 20,000-line CLI kill/resume under
# faults, 5,000 decoder fuzz cases. Override with RELIABILITY_OUTAGE_S, RELIABILITY_ITEMS,
# RELIABILITY_CLI_ITEMS, RELIABILITY_FUZZ_EXAMPLES.
soak: $(INSTALLED)
	$(PY) -m pytest -m slow tests/reliability -p no:cacheprovider -rs

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

.PHONY: docs docs-check

# The documentation site (mkdocs.yml, docs/): a strict build into site/ (any warning fails);
# installs the pinned `docs` extra first when the venv does not have exactly those versions.
docs: $(PY)
	@$(PY) -c "import tomllib, importlib.metadata as m; pins = tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['docs']; raise SystemExit(any(m.version(n) != v for n, v in (p.split('==') for p in pins if '==' in p)))" 2>/dev/null \
	  || $(PIP) install --quiet -e ".[docs]"
	NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true $(VENV)/bin/mkdocs build --strict

# The built site in headless Chromium (scripts/check_site.py): every internal link, console
# errors on every page, a screenshot in build/docs-check/. apt-installs Chromium when missing.
docs-check: docs
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null \
	  || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver)
	$(PY) scripts/check_site.py
