# kgraph: two commands on a fresh machine with Python 3.11:
#   make demo   build the graph from data/articles (and the seed article), reason, answer every
#               stored question, write exports under out/
#   make test   install everything the tests need and run them
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
KGRAPH := $(VENV)/bin/kgraph
SEED   ?= $(wildcard ../shared/eval/dev/articles/00.txt)
DB     ?= out/graph.kg

.PHONY: demo test install install-test system-deps clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test system-deps

# Debian packages the tests and image exports use: headless Chromium and Graphviz.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v dot >/dev/null 2>&1; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium graphviz fonts-noto-cjk) >/dev/null; \
	  elif command -v apt-get >/dev/null 2>&1; then \
	    (sudo apt-get update -q && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium graphviz fonts-noto-cjk) >/dev/null; \
	  else echo "note: install chromium and graphviz for the browser and image tests"; fi; \
	fi

demo: install
	rm -rf $(DB)
	mkdir -p out
	$(KGRAPH) --db $(DB) ingest data/articles $(SEED)
	$(KGRAPH) --db $(DB) reason
	$(KGRAPH) --db $(DB) answer-all
	$(KGRAPH) --db $(DB) export --format trig --out out/graph.trig
	-$(KGRAPH) --db $(DB) viz --out out/graph.html
	-$(KGRAPH) --db $(DB) export --format png --around V --depth 2 --out out/v-neighbourhood.png
	@echo "exports written under out/"

test: install-test
	$(VENV)/bin/pytest -q

clean:
	rm -rf out .kgraph
