# Silih Tulungan Hub — build, preview, test.
# `make html` and `make test` set up the virtual environment themselves from requirements.txt.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
CONTENT ?= content
OUTPUTDIR ?= output
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: html publish preview serve devserver test lint format clean check venv browser brief event cekfakta bench ledger-init guide \
	nginx deploy rollback bench-serve tools cms cms-vendor

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# The pinned Decap CMS bundle for /admin/, from the npm registry, checked against its committed sha512.
cms-vendor: venv
	PYTHONPATH=plugins $(BIN)/python -c "import sys, cms.vendor; sys.exit(cms.vendor.main())"

HUB := PYTHONPATH=plugins $(BIN)/python -m hub_build
PREVIEW_PORT ?= 8001

# Every build goes through hub_build: problems printed once, one line each, and the new site
# replaces the previous one in one atomic step only when the build succeeds.
html: venv cms-vendor
	$(HUB) html --content $(CONTENT) --output $(OUTPUTDIR)

# Production build: precompressed files, the ledger updated, the WebSub hub told which feeds changed
# (with DEPLOY_TARGET set, make deploy tells it once the release is live), the next embargo printed.
publish: venv cms-vendor
	$(HUB) publish --content $(CONTENT) --output $(OUTPUTDIR) $(if $(DEPLOY_TARGET),--websub-later)

# Serve output/ with the production nginx configuration (headers, media types, .br/.gz) on
# 127.0.0.1:PORT (default 8000, the address `make html` links to), in the foreground until Ctrl-C.
nginx: venv tools
	PYTHONPATH=plugins $(BIN)/python -m hub_build.nginx --output $(OUTPUTDIR) --host $(HOST) --port $(PORT)

# Upload output/ as a new release to DEPLOY_TARGET (user@host:/srv/hub, or a folder) and flip the
# `current` symlink to it; DEPLOY_RELOAD runs on the server afterwards (e.g. sudo systemctl reload nginx).
DEPLOY_TARGET ?=
DEPLOY_RELOAD ?=
DEPLOY_SSH ?= ssh
DEPLOY := PYTHONPATH=plugins $(BIN)/python -m hub_build.deploy
deploy: venv tools
	$(DEPLOY) deploy --output $(OUTPUTDIR) --target "$(DEPLOY_TARGET)" --reload "$(DEPLOY_RELOAD)" --ssh "$(DEPLOY_SSH)"
	PYTHONPATH=plugins $(BIN)/python -m hub_build.websub --output $(OUTPUTDIR)

# Make the previous release live again (twice: back to the newer one).
rollback: venv tools
	$(DEPLOY) rollback --target "$(DEPLOY_TARGET)" --reload "$(DEPLOY_RELOAD)" --ssh "$(DEPLOY_SSH)"

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
preview: venv cms-vendor
	$(HUB) preview --content $(CONTENT) --output preview --host $(HOST) --port $(PREVIEW_PORT)

serve: venv cms-vendor
	$(HUB) serve --content $(CONTENT) --output $(OUTPUTDIR) --host $(HOST) --port $(PORT)

devserver: venv cms-vendor
	$(HUB) devserver --content $(CONTENT) --output $(OUTPUTDIR) --host $(HOST) --port $(PORT)

# The CMS's local backend for /admin/ (beside `make devserver`): reads and writes content/ only, on
# 127.0.0.1:CMS_PORT; open http://127.0.0.1:8000/admin/ once the devserver runs.
CMS_PORT ?= 8081
cms: venv
	PYTHONPATH=plugins $(BIN)/python -m cms.server --content $(CONTENT) --port $(CMS_PORT) --origin http://$(HOST):$(PORT)

# The tests drive Debian's Chromium, a Debian nginx and rsync; install them when missing (needs root or sudo).
browser: tools
	@command -v chromium >/dev/null 2>&1 || sh .ci/install-chromium

tools:
	@sh .ci/install-nginx
	@sh .ci/install-rsync

test: venv cms-vendor browser
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

# Requests per second and p99 latency of nginx (production configuration) beside python -m http.server,
# on 127.0.0.1, for a feed, the home page and a calendar (a bounded run of about a minute).
bench-serve: venv tools
	$(BIN)/python benchmarks/serve.py $(BENCH_ARGS)

clean:
	rm -rf preview preview.builds $(OUTPUTDIR) $(OUTPUTDIR).builds $(OUTPUTDIR).websub.json $(OUTPUTDIR).new $(OUTPUTDIR).old .cache __pycache__ .pytest_cache .ruff_cache
