# MicroLibya: `make run` serves the demo site, `make test` runs the suite.
# Both use the embedded default (SQLite, in-process tasks) unless DATABASE_URL / REDIS_URL are set.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install worker lint format messages check-deploy

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The stand-alone plugin packages run from their installed copy: reinstall when any file changes.
CONTRIB_SOURCES := $(shell find plugins/contrib -type f -not -path '*/build/*' \
	-not -path '*.egg-info/*' -not -path '*/__pycache__/*')

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt $(CONTRIB_SOURCES)
	$(BIN)/pip install --quiet -r requirements-dev.txt
	for p in plugins/contrib/*/; do $(BIN)/pip install --quiet --force-reinstall --no-deps ./$$p || exit 1; done
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py setup_demo
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

worker: install
	@test -n "$$REDIS_URL" || (echo "Set REDIS_URL to run a worker (without it tasks run in-process)." && exit 1)
	mkdir -p var
	$(BIN)/celery -A config worker --beat --schedule var/celerybeat-schedule --loglevel=info

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Production-like settings must pass Django's deployment checks (warnings fail too).
check-deploy: install
	DEBUG=0 SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=microlibya.ly \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

messages: install
	$(BIN)/python manage.py makemessages -l ar -l en --ignore=.venv --ignore=var --ignore="plugins/contrib/*"
	$(BIN)/python manage.py compilemessages --ignore=.venv
