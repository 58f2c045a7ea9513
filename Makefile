# Recert: `make run` starts the app with a demo account; `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_DEBUG ?= true

.PHONY: run install install-dev lock system-deps migrate seed serve test lint pytest pytest-postgres pytest-rq bench screenshots soak drill clean

run: install migrate seed serve

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Every dependency at the version requirements/*.lock pins (make lock writes them).
install: $(PY)
	$(PY) -m pip install --quiet -c requirements/app.lock -e .

install-dev: $(PY)
	$(PY) -m pip install --quiet -c requirements/dev.lock -e ".[dev]"

# The lock files again from pyproject.toml, at the newest versions allowed (uv, pip-compile's
# resolver): for an upgrade, then make test.
lock: $(PY)
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --universal --python-version 3.11 --no-header --no-annotate -o requirements/app.lock
	$(VENV)/bin/uv pip compile pyproject.toml --universal --python-version 3.11 --no-header --no-annotate --extra dev -o requirements/dev.lock

migrate:
	$(PY) manage.py migrate --noinput

seed:
	$(PY) manage.py seed_demo

# The web server and one background worker (audit packs), stopped together; the address to open
# is printed last, once the server answers. Another port: make run PORT=8811.
serve:
	bash scripts/serve.sh $(PY) $(HOST) $(PORT)

# The whole suite on SQLite, then again on a throwaway PostgreSQL server, then the task tests
# on the RQ backend against a throwaway Redis server.
test: install-dev system-deps lint pytest pytest-postgres pytest-rq

system-deps:
	bash scripts/system-deps.sh

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	DJANGO_DEBUG=false $(VENV)/bin/mypy

# The suite runs on every core (pytest-xdist), a test file per worker at a time: files share
# their module fixtures, and the browser and corpus files spread across the workers. The fault
# drill restarts the database the others share, and the load test times /healthz to 100 ms, so
# they run after them, one at a time.
TEST_WORKERS ?= auto
PARALLEL := -n $(TEST_WORKERS) --dist loadfile -m "not rq and not alone"
ALONE := -m alone

pytest:
	DJANGO_DEBUG=false $(PY) -m pytest $(PARALLEL)
	DJANGO_DEBUG=false $(PY) -m pytest $(ALONE)

pytest-postgres:
	DJANGO_DEBUG=false bash scripts/with-postgres.sh sh -c '$(PY) -m pytest $(PARALLEL) && $(PY) -m pytest $(ALONE)'

pytest-rq:
	DJANGO_DEBUG=false bash scripts/with-redis.sh $(PY) -m pytest -m rq

# pytest-benchmark's micro-benchmarks, then every page for 10 to 5,000 activities, a new day and
# wrk load runs (the login page, a dashboard, a mix of pages and saves, a morning wave) against
# gunicorn on SQLite, then the same pages and load runs for 100 and 1,000 activities on PostgreSQL
# with the cache on Redis, the production shape (benchmarks/pages.py; about 8 minutes).
# BENCH_ARGS: e.g. --no-load, or --wave-people 100 --wave-size 5000.
BENCH_ARGS ?=
bench: install-dev
	bash scripts/bench-deps.sh
	DJANGO_DEBUG=false $(PY) -m pytest benchmarks --benchmark-enable -o addopts="" -o python_files="bench_*.py" -q
	DJANGO_DEBUG=false $(PY) benchmarks/pages.py $(BENCH_ARGS)
	DJANGO_DEBUG=false bash scripts/with-postgres.sh bash scripts/with-redis.sh $(PY) benchmarks/pages.py \
		--shape postgres-redis --sizes 100,1000 --rounds 5 --json /tmp/recert-pages-postgres.json $(BENCH_ARGS)

# Every page at 360 and 1280 px through the browser tests (axe, no sideways scrolling), copied
# shrunk into docs/screenshots/ to look at and commit (scripts/screenshots.sh; about a minute).
screenshots: install-dev
	bash scripts/screenshots.sh $(PY)

# 20 sessions for 60 s against gunicorn on loopback, a worker killed halfway, on SQLite and then on
# a throwaway PostgreSQL: fails on any 5xx, lost or doubled write (scripts/soak.py).
SOAK_ARGS ?= --sessions 20 --seconds 60 --workers 4
soak: install-dev
	$(PY) scripts/soak.py $(SOAK_ARGS)
	bash scripts/with-postgres.sh $(PY) scripts/soak.py $(SOAK_ARGS)

# The soak with faults, on SQLite and then on a throwaway PostgreSQL with the tasks on RQ (a Redis
# the drill starts itself): a gunicorn worker and the background worker (run_worker) killed mid-job,
# the database locked for 25 s (SQLite) or restarted, Redis restarted. Fails on a 5xx outside the
# outages or any but 503 inside, a lost or doubled write, or background work not finished once
# (scripts/fault_drill.py; about 5 minutes each).
DRILL_ARGS ?= --sessions 20 --seconds 90 --workers 4
drill: install-dev
	$(PY) scripts/fault_drill.py $(DRILL_ARGS)
	bash scripts/with-postgres.sh $(PY) scripts/fault_drill.py $(DRILL_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .test-media
