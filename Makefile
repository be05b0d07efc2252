# ClaimTrack: `make run` serves the app with its workers, `make test` runs the suite.
# Both create .venv on first use; where DATABASE_URL / REDIS_URL are unset they start an
# embedded PostgreSQL and Redis with their data in ./var.

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test chromium lint format eval check-eval-copies bench-extract bench-web bench-ingest venv clean-venv

venv: $(VENV)/.installed

# Reinstall whenever the pinned set changes.
$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

run: venv
	$(PY) -m claimtrack.launch run

test: venv chromium
	$(PY) -m claimtrack.launch test $(PYTEST_ARGS)

# The browser tests drive Debian's chromium (never a downloaded browser). Installed when
# missing and we may; otherwise those tests are skipped with that reason.
chromium:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  echo "installing Debian's chromium for the browser tests" && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  echo "chromium is not installed: the browser tests will be skipped"

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Attribution quality on the annotated sets: seed, polnear-dev and polnear-train (~3 min) in
# turn; `make eval EVAL_SETS=polnear-dev` for one. CLAIMTRACK_EVAL_DIR overrides ../shared/eval.
eval: venv
	$(PY) -m bench.evaluate $(EVAL_SETS)

# Lines of tests, code or README that share seven words with a PolNeAR text (which must
# not be copied into the project); exits 1 when there is one.
check-eval-copies: venv
	$(PY) -m bench.eval_copies

bench-extract: venv
	$(PY) -m bench.extract

# Page latency on a synthetic 1M-claim archive in a database of its own (BENCH_CLAIMS to change).
bench-web: venv
	$(PY) -m claimtrack.launch exec $(PY) -m bench.web

# Feed to claims through 2 worker processes, next to bare spaCy (BENCH_ARTICLES to change).
bench-ingest: venv
	$(PY) -m claimtrack.launch exec $(PY) -m bench.ingest

clean-venv:
	rm -rf $(VENV)
