# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint format clean system-deps bench translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the project's metadata changes; editable, so code edits need nothing.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dev]'
	touch $(STAMP)

# The interface's translations, compiled from their Qt Linguist sources.
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the sources from the code (new tr() strings), fill in the French, compile.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -extensions py -no-obsolete src/viewer/ui -ts $(TS)
	$(BIN)/python scripts/translations_fr.py
	$(BIN)/pyside6-lrelease -silent $(TS)

run: $(STAMP) $(QM)
	@sh scripts/check-system-deps.sh
	$(BIN)/resolutions-viewer $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/lint-imports

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

format: $(STAMP)
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

# Benchmarks at the scale of all UN resolutions (not part of `make test`).
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dev,bench]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py
	$(BIN)/python bench/import_pdfs.py --copies 15

# The Debian libraries Qt's xcb platform needs for a real window (tests need none).
system-deps:
	apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libfontconfig1

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

# The standalone app (PyInstaller, build_spec/): dist/resolutions-viewer/ (one folder,
# the one to ship) and dist/resolutions-viewer-portable (one file), then the size report
# (it fails over budget, or when a library is neither bundled nor on the host).
DIST_STAMP := $(VENV)/.dist-stamp

$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dev,dist]'
	touch $(DIST_STAMP)

.PHONY: dist
dist: $(DIST_STAMP) $(QM)
	@sh scripts/check-system-deps.sh
	$(BIN)/pyinstaller --noconfirm --log-level WARN build_spec/resolutions-viewer.spec
	$(BIN)/python scripts/dist_report.py
