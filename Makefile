# Every target works on a fresh machine: `make install` creates .venv, the others use it.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
export PATH := $(abspath $(VENV))/bin:$(PATH)

.PHONY: install test lint format regenerate check-generated validate-spec demo bench bench-smoke soak clean

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

install: $(PY)
	$(PIP) install --quiet -e ".[dev]"
	npm ci --no-audit --no-fund --loglevel=error   # Prism, for the contract tests (package-lock.json)

test: $(PY)
	$(PY) -m pytest

lint: $(PY)
	$(VENV)/bin/ruff check src tests scripts
	$(VENV)/bin/ruff format --check src tests scripts
	$(VENV)/bin/mypy --strict

format: $(PY)
	$(VENV)/bin/ruff check --fix src tests scripts
	$(VENV)/bin/ruff format src tests scripts

regenerate: $(PY)
	scripts/regenerate.sh

check-generated: $(PY)
	scripts/regenerate.sh --check

validate-spec: $(PY)
	$(PY) -m openapi_spec_validator openapi/integration.yaml

# The checkout flow (examples/checkout_flow.py) against the offline emulator on a free port;
# installs talon-async[emulator] into the venv if needed and always stops the emulator.
demo: $(PY)
	VENV=$(VENV) scripts/demo.sh

# Benchmarks (benchmarks/README.md): nginx on core 0, clients on core 1; apt-installs nginx-light
# and wrk when missing. Extra options: make bench BENCH_ARGS="--duration 20 --concurrency 64,256"
bench: $(PY)
	$(PIP) install --quiet -e ".[bench]"
	$(PY) -m benchmarks.run $(BENCH_ARGS)
	$(PY) -m benchmarks.throttled_batch   # fixed concurrency vs rate="auto" under a rate limit

# The same pipeline in ~30 s (concurrency 1 and 8, 1 s per client, no chart); fails if a client errors.
bench-smoke: $(PY)
	$(PIP) install --quiet -e ".[bench]"
	$(PY) -m benchmarks.run --smoke $(BENCH_ARGS)

# Reliability soak (tests/reliability, marker `slow`; `make test` skips these): a 30 s 503
# outage against the retry budget, 50,000 batch items and a 20,000-line CLI kill/resume under
# faults, 5,000 decoder fuzz cases. Override with RELIABILITY_OUTAGE_S, RELIABILITY_ITEMS,
# RELIABILITY_CLI_ITEMS, RELIABILITY_FUZZ_EXAMPLES.
soak: $(PY)
	$(PY) -m pytest -m slow tests/reliability -p no:cacheprovider -rs

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
