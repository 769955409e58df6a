# tradeshock: make demo, make test, make lint, make bench, make eval
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: demo test lint bench eval clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(TESTSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TESTSTAMP)

demo: $(STAMP)
	$(BIN)/tradeshock demo

test: $(TESTSTAMP)
	$(BIN)/python -m pytest -n 2 -q

lint: $(TESTSTAMP)
	$(BIN)/ruff check src tests bench

bench: $(TESTSTAMP)
	$(BIN)/python bench/run.py

eval: $(STAMP)
	@echo "== development set (the rules are tuned on it) =="
	$(BIN)/tradeshock eval eval/devset
	@echo "== held-out set (never used to tune; measures generalisation) =="
	$(BIN)/tradeshock eval eval/heldout
	@echo "== validation set (written later, never used to tune; measures generalisation) =="
	$(BIN)/tradeshock eval eval/fresh

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
