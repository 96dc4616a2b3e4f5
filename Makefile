# Silih Tulungan Hub — build, preview, test.
# `make html` and `make test` set up the virtual environment themselves from requirements.txt.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
CONTENT ?= content
OUTPUTDIR ?= output
CONF := pelicanconf.py
PUBLISHCONF := publishconf.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: html publish preview serve devserver test lint format clean check venv browser brief event bench

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# Build into a temporary folder and swap it in only on success: a failed build leaves the
# previous site exactly as it was.
define build
	rm -rf $(OUTPUTDIR).new
	$(PELICAN) $(CONTENT) -o $(OUTPUTDIR).new -s $(1) --log-handler plain || { rm -rf $(OUTPUTDIR).new; exit 1; }
	rm -rf $(OUTPUTDIR).old
	if [ -d $(OUTPUTDIR) ]; then mv $(OUTPUTDIR) $(OUTPUTDIR).old; fi
	mv $(OUTPUTDIR).new $(OUTPUTDIR)
	rm -rf $(OUTPUTDIR).old
endef

html: venv
	$(call build,$(CONF))

publish: venv
	$(call build,$(PUBLISHCONF))

# Validate content without building (one line per problem; exit 1 on any error).
check: venv
	PYTHONPATH=plugins $(BIN)/python -m validation --settings $(CONF) --path $(CONTENT)

# New content with every field, today's date and a fresh Uid: make brief TITLE="Judul berita"
brief event: venv
	PYTHONPATH=plugins $(BIN)/python -m hub_model.scaffold $@ "$(TITLE)" --content $(CONTENT)

# Drafts and embargoed items, bannered and noindex, in preview/ (never publish this folder).
preview: venv
	rm -rf preview
	$(PELICAN) $(CONTENT) -o preview -s $(CONF) -e HUB_PREVIEW=true --log-handler plain

serve: html
	$(PELICAN) --listen --bind $(HOST) --port $(PORT) -o $(OUTPUTDIR) -s $(CONF)

devserver: venv
	$(PELICAN) $(CONTENT) -o $(OUTPUTDIR) -s $(CONF) --autoreload --listen --bind $(HOST) --port $(PORT)

# Browser tests drive Debian's Chromium; install it when it is missing (needs root or sudo).
browser:
	@command -v chromium >/dev/null 2>&1 || sh .ci/install-chromium

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

# Build time and output weight, hub vs bare Pelican on the same (cloned) content.
bench: venv
	$(BIN)/python benchmarks/build.py

clean:
	rm -rf preview $(OUTPUTDIR) $(OUTPUTDIR).new $(OUTPUTDIR).old __pycache__ .pytest_cache .ruff_cache
