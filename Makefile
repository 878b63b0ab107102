# Two commands do all the set-up: `make serve` and `make test`.
# Each target first makes .venv from the pinned dependencies: requirements.txt holds every
# package with its hashes (pip-compile; `make lock`), the project itself comes on top.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Node tools the tests and benchmarks run (vnu-jar, pagefind, lighthouse): package-lock.json.
NODE_INSTALLED := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1

LOCK := requirements.txt

.PHONY: setup catalogs messages node-tools build-deps system-deps serve site check test lint lock clean contacts-check

# --require-hashes: pip installs only the files whose hashes the lock holds, and refuses a
# dependency the lock lacks; the project itself then needs nothing more (--no-deps), and
# is built with the lock's setuptools (--no-build-isolation).
$(INSTALLED): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/pip check
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

## Debian packages every build needs: Pango, HarfBuzz and the Noto fonts the leaflets
## are rendered with (WeasyPrint). Installs them, or says the one command to run.
build-deps:
	./scripts/install-system-deps.sh build

## Debian packages the tests need too (chromium, nginx, poppler, zbar, a Java runtime).
system-deps:
	./scripts/install-system-deps.sh

## Serve the site at http://127.0.0.1:8000 with live reload.
serve: setup build-deps
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

## Strict build into site/: any warning (broken link or anchor) fails it.
site: setup build-deps contacts-check
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

## Re-pin every dependency, with hashes, after changing pyproject.toml (pip-compile keeps
## the versions already pinned; Dependabot proposes newer ones every week).
PIP_TOOLS := pip-tools==7.6.2
lock:
	dir=$$(mktemp -d) && $(PYTHON) -m venv $$dir/venv \
	&& $$dir/venv/bin/pip install --quiet '$(PIP_TOOLS)' \
	&& $$dir/venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
		--extra=test --all-build-deps --no-emit-index-url --no-emit-find-links \
		--output-file=$(LOCK) pyproject.toml; \
	status=$$?; rm -rf $$dir; exit $$status

clean:
	rm -rf $(VENV) site .pytest_cache node_modules
