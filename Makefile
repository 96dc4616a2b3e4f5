# Silih Tulungan Hub — build, preview, test.
# `make html` and `make test` set up the virtual environment themselves from requirements.txt.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
CONTENT ?= content
OUTPUTDIR ?= output
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: html publish preview serve devserver test lint format clean check venv browser brief event cekfakta bench ledger-init guide

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

HUB := PYTHONPATH=plugins $(BIN)/python -m hub_build
PREVIEW_PORT ?= 8001

# Every build goes through hub_build: problems printed once, one line each, and the new site
# replaces the previous one in one atomic step only when the build succeeds.
html: venv
	$(HUB) html --content $(CONTENT) --output $(OUTPUTDIR)

publish: venv
	$(HUB) publish --content $(CONTENT) --output $(OUTPUTDIR)

# Validate content without building (one line per problem; exit 1 on any error).
check: venv
	$(HUB) check --content $(CONTENT)

# A new site starts with an empty published ledger (once; never overwrites an existing one).
ledger-init: venv
	PYTHONPATH=plugins $(BIN)/python -m ledger.init $(CONTENT)

# The editors' guide, written from the content schema (a test keeps the committed one in step).
guide: venv
	PYTHONPATH=plugins $(BIN)/python -m hub_model.guide $(CONTENT)/README.md

# New content with every field, today's date and a fresh Uid: make brief TITLE="Judul berita"
brief event: venv
	PYTHONPATH=plugins $(BIN)/python -m hub_model.scaffold $@ "$(TITLE)" --content $(CONTENT)

# A new hoax clarification (content/cek-fakta/): make cekfakta TITLE="Hoaks tautan pendaftaran bansos"
cekfakta: venv
	PYTHONPATH=plugins $(BIN)/python -m hub_model.scaffold clarification "$(TITLE)" --content $(CONTENT)

# The private preview site (drafts and embargoed items shown, bannered, noindex), its own address
# and folder, rebuilt on every change. Never publish preview/.
preview: venv
	$(HUB) preview --content $(CONTENT) --output preview --host $(HOST) --port $(PREVIEW_PORT)

serve: venv
	$(HUB) serve --content $(CONTENT) --output $(OUTPUTDIR) --host $(HOST) --port $(PORT)

devserver: venv
	$(HUB) devserver --content $(CONTENT) --output $(OUTPUTDIR) --host $(HOST) --port $(PORT)

# The tests drive Debian's Chromium and a Debian nginx; install them when missing (needs root or sudo).
browser:
	@command -v chromium >/dev/null 2>&1 || sh .ci/install-chromium
	@sh .ci/install-nginx

test: venv browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Build time and memory of cold, warm and one-edit builds, beside bare Pelican and Hugo on the same
# generated corpus (1,000 and 5,000 items, 3 runs: about 25 minutes; BENCH_ARGS="--quick" for a
# smoke run, "--sizes 1000,5000,20000" for the archive-scale run).
bench: venv
	$(BIN)/python benchmarks/build.py $(BENCH_ARGS)

clean:
	rm -rf preview preview.builds $(OUTPUTDIR) $(OUTPUTDIR).builds $(OUTPUTDIR).new $(OUTPUTDIR).old .cache __pycache__ .pytest_cache .ruff_cache
