# Two commands do all the set-up: `make serve` and `make test`.
# Each target first makes .venv from the pinned dependencies (requirements.lock).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Node tools the tests and benchmarks run (vnu-jar, pagefind, lighthouse): package-lock.json.
NODE_INSTALLED := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup catalogs messages node-tools system-deps serve site check test lint lock clean contacts-check

$(INSTALLED): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[test]'
	touch $@

# Message catalogs: sitegen.pot and LANG/LC_MESSAGES/sitegen.po are kept in git; the
# compiled .mo files are built here (never committed).
LOCALE := scripts/sitegen/locale
CATALOGS := $(patsubst %.po,%.mo,$(wildcard $(LOCALE)/*/LC_MESSAGES/sitegen.po))

setup: $(INSTALLED) $(CATALOGS)

$(LOCALE)/%/LC_MESSAGES/sitegen.mo: $(LOCALE)/%/LC_MESSAGES/sitegen.po $(INSTALLED)
	$(BIN)/pybabel -q compile --use-fuzzy -D sitegen -i $< -o $@

## Compile the message catalogs (every target that builds does it first).
catalogs: $(CATALOGS)

## After adding or changing a message in code or templates: refresh sitegen.pot and every
## language's .po (then translate the new entries; `make check` finds untranslated ones).
messages: $(INSTALLED)
	$(BIN)/python scripts/messages.py

# --ignore-scripts: vnu-jar's install script would download a Java runtime; Debian's is used.
$(NODE_INSTALLED): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

node-tools: $(NODE_INSTALLED)

## Debian packages the browser and server tests need (chromium, nginx, poppler, zbar).
system-deps:
	./scripts/install-system-deps.sh

## Serve the site at http://127.0.0.1:8000 with live reload.
serve: setup
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

## Strict build into site/: any warning (broken link or anchor) fails it.
site: setup contacts-check
	$(BIN)/mkdocs build --strict --site-dir site
	$(BIN)/python scripts/nginx_conf.py site deploy/nginx/generated

## The fast checks editors run before a pull request.
check: setup lint contacts-check
	$(BIN)/python scripts/contacts.py fmt --check
	$(BIN)/python scripts/contacts.py scan-docs
	$(BIN)/sitegen schema-doc --check
	$(BIN)/python scripts/translations.py check

## The hotline data: every rule in data/SCHEMA.md (also run inside the site build).
contacts-check: setup
	$(BIN)/python scripts/contacts.py check

lint: setup
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests

## Every test: unit, build, browser.
test: setup node-tools system-deps
	$(BIN)/pytest

## Re-pin every dependency after changing pyproject.toml.
lock:
	dir=$$(mktemp -d) && $(PYTHON) -m venv $$dir/venv \
	&& $$dir/venv/bin/pip install --quiet '.[test]' \
	&& $$dir/venv/bin/pip freeze --exclude sitegen > requirements.lock; \
	status=$$?; rm -rf $$dir; exit $$status

clean:
	rm -rf $(VENV) site .pytest_cache node_modules
