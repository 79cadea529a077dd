# quotehound: `make help` lists the targets.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
SHARED ?= ../shared/data
# bench-revisions: the revisions compared (B defaults to the checkout's HEAD) and the turns each runs.
B ?= HEAD
TURNS ?= 15
# Fuzzing: cargo-fuzz on stable Rust (RUSTC_BOOTSTRAP lets it pass its -Z flags). The stages are
# safe Rust, so their targets run without a sanitizer (more than twice the executions per
# second): panics and broken invariants are what they look for. The conversion from a Python
# string's code units (src/code_units.rs) is the core's one unsafe code: its target runs under
# AddressSanitizer, which reports any read or write out of bounds.
FUZZ_TARGETS := paragraphs sentences quotes attribution pipeline
FUZZ_ASAN_TARGETS := code_units
# AddressSanitizer builds in a target directory of their own, so that neither kind of build
# undoes the other.
FUZZ_ASAN := -s address --target-dir target/address
# The sanitizer flags of target $(1), a shell word: AddressSanitizer for the unsafe code's targets.
fuzz_sanitizer = $$(case " $(FUZZ_ASAN_TARGETS) " in *" $(1) "*) echo "$(FUZZ_ASAN)";; *) echo "-s none";; esac)
FUZZ_SECONDS ?= 180
FUZZ_SMOKE_SECONDS ?= 10
SOAK_SECONDS ?= 60
FUZZ := RUSTC_BOOTSTRAP=1 cargo fuzz
FUZZ_FLAGS := -dict=quotehound.dict -max_len=8192 -timeout=10 -rss_limit_mb=2048
# Releases. A wheel is built for each supported CPython that is found (the newest of pyenv's
# X.Y.* versions, else pythonX.Y on PATH); PYTHONS="3.10 3.13" narrows `wheel` and `test-wheel`
# to those, and then a missing one is an error. Each version builds in a target directory of its
# own, so that building again after a change recompiles only the crate, and neither these builds
# nor `make build` undo each other. zig links against glibc 2.17: the wheels are manylinux2014.
PYTHONS ?= 3.10 3.11 3.12 3.13
PYENV_ROOT ?= $(HOME)/.pyenv
DIST ?= dist
RELEASE_TOOLS := "ziglang>=0.13,<0.16" "auditwheel>=6"
MANYLINUX := manylinux2014
# The version, from its one source, Cargo.toml (maturin writes it into the package's metadata).
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
# Prints the interpreter of CPython $$v (a shell variable), or nothing.
find_python = { ls -d $(PYENV_ROOT)/versions/$$v.*/bin/python$$v 2>/dev/null | sort -V | tail -n 1; command -v python$$v; } | head -n 1
# Set when PYTHONS was given: then every version named must be there.
PYTHONS_GIVEN := $(filter command line environment,$(origin PYTHONS))

.DEFAULT_GOAL := help
.PHONY: help venv build demo wheel sdist test-wheel docs test test-rust test-python test-spark bench bench-novel bench-stages bench-revisions bench-dask bench-hostile soak eval eval-peers lint fmt clean fuzz fuzz-smoke fuzz-tool

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install --upgrade "maturin>=1.5,<2" $$(python3 tests/extra_requirements.py)

venv: $(PY) ## create the virtual environment (.venv) with the build and test tools

build: $(PY) ## build the package in release mode into .venv
	VIRTUAL_ENV=$(abspath $(VENV)) $(VENV)/bin/maturin develop --release -q

demo: build ## build, then show what quotehound finds in the bundled sample article
	$(VENV)/bin/quotehound extract examples/seed_article.txt

test: test-rust fuzz-smoke test-python docs ## build and run every Rust and Python test, each fuzz target briefly, and the docs

test-rust: ## run the Rust unit, integration and doc tests
	cargo test --quiet

test-python: build ## run the Python tests against a release build
	$(PY) -m pytest -q

$(VENV)/.release-tools: | $(PY)
	$(PIP) install $(RELEASE_TOOLS)
	touch $@

wheel: $(VENV)/.release-tools ## release wheels into dist/, manylinux2014, one per supported CPython found (PYTHONS="3.10 3.13": those)
	@mkdir -p $(DIST); set -e; built=0; for v in $(PYTHONS); do \
		py=$$($(find_python)); \
		if [ -z "$$py" ]; then \
			echo "wheel: no Python $$v found"; if [ -n "$(PYTHONS_GIVEN)" ]; then exit 1; fi; continue; fi; \
		tag=cp$${v/./}; rm -f $(DIST)/quotehound-*-$$tag-$$tag-*.whl; \
		echo "wheel: CPython $$v ($$py)"; \
		PATH="$(abspath $(VENV))/bin:$$PATH" CARGO_TARGET_DIR=target/wheel-$$tag \
			$(VENV)/bin/maturin build --release --zig --compatibility $(MANYLINUX) -i "$$py" --out $(DIST) -q; \
		wheel=$$(ls $(DIST)/quotehound-$(VERSION)-$$tag-$$tag-*.whl); \
		$(VENV)/bin/auditwheel show "$$wheel" | tee target/wheel-$$tag/auditwheel.txt; \
		grep -q 'manylinux_2_17_x86_64' target/wheel-$$tag/auditwheel.txt || { echo "wheel: $$wheel is not $(MANYLINUX)"; exit 1; }; \
		built=$$((built + 1)); done; \
	if [ $$built = 0 ]; then echo "wheel: none of the Pythons $(PYTHONS) found"; exit 1; fi
	@ls -l $(DIST)/*.whl

sdist: $(PY) ## the source distribution into dist/, then a wheel built from it alone, as pip builds one
	@mkdir -p $(DIST) target/sdist; rm -f $(DIST)/quotehound-*.tar.gz
	$(VENV)/bin/maturin sdist --out $(DIST)
	rm -rf target/sdist/wheel && CARGO_TARGET_DIR=$(abspath target/sdist) \
		$(PIP) wheel --no-deps --no-build-isolation -w target/sdist/wheel $(DIST)/quotehound-$(VERSION).tar.gz
	@ls -l $(DIST)/quotehound-$(VERSION).tar.gz target/sdist/wheel/*.whl

test-wheel: wheel ## install each wheel into a fresh virtual environment of its Python, no Rust on PATH, and smoke-test it
	@set -e; status=0; tested=0; for v in $(PYTHONS); do \
		py=$$($(find_python)); tag=cp$${v/./}; \
		wheel=$$(ls $(DIST)/quotehound-$(VERSION)-$$tag-$$tag-*.whl 2>/dev/null | head -n 1); \
		if [ -z "$$py" ] || [ -z "$$wheel" ]; then \
			echo "test-wheel: no Python $$v or no wheel for it"; if [ -n "$(PYTHONS_GIVEN)" ]; then status=1; fi; continue; fi; \
		home=$$(mktemp -d); "$$py" -m venv "$$home/venv"; \
		"$$home/venv/bin/python" -m pip install -q --disable-pip-version-check --no-index --no-deps "$$wheel"; \
		( cd "$$home" && env -i HOME="$$home" PATH="$$home/venv/bin:/usr/bin:/bin" LANG=C.UTF-8 \
			"$$home/venv/bin/python" $(abspath tests/wheel_smoke.py) $(VERSION) ) || status=1; \
		rm -rf "$$home"; tested=$$((tested + 1)); done; \
	if [ $$tested = 0 ]; then echo "test-wheel: no wheel tested"; status=1; fi; exit $$status

$(VENV)/.docs-tools: docs/requirements.txt | $(PY)
	$(PIP) install -r docs/requirements.txt
	touch $@

docs: $(VENV)/.docs-tools ## the documentation site into site/ (mkdocs, strict: a warning or a broken reference fails)
	$(VENV)/bin/mkdocs build --strict --site-dir site

test-spark: build ## install pyspark into .venv, then run the Spark tests on a local session (needs Java 17)
	$(PIP) install "pyspark>=3.5"
	QUOTEHOUND_SPARK=1 $(PY) -m pytest -q tests/test_spark.py

bench-dask: build ## throughput on a local Dask cluster against one process, and the cost of a partition
	$(PY) benches/bench_dask.py $(BENCH_ARGS)

bench: build ## speed and memory against the peers, side by side in one run (BENCH_ARGS=--quick: a smoke test)
	bash benches/install_peers.sh $(PY)
	bash benches/install_textacy.sh python3
	$(PY) benches/bench_sentences.py --shared $(SHARED) $(BENCH_ARGS)
	$(PY) benches/bench_pipeline.py --shared $(SHARED) $(BENCH_ARGS)

bench-novel: build ## a whole novel in one call, once, twice and four times its length, beside news, in one run
	$(PY) benches/bench_novel.py --shared $(SHARED) $(BENCH_ARGS)

bench-stages: build ## the time of each stage of analyze, the core's and the binding's, on the news corpus
	$(PY) benches/bench_stages.py --shared $(SHARED)

bench-revisions: ## the Rust core's analyze MB/s (and instructions, with valgrind) at two revisions: A=<rev> [B=HEAD] [TURNS=15]
	@test -n "$(A)" || { echo "usage: make bench-revisions A=<rev> [B=<rev>] [TURNS=15]"; exit 2; }
	python3 benches/compare_revisions.py "$(A)" "$(B)" --turns $(TURNS) --shared $(SHARED)

bench-hostile: build ## seconds and memory per MB of every hostile input of the tests, next to news, up to 100 MB
	$(PY) benches/bench_hostile.py --shared $(SHARED) $(BENCH_ARGS)

soak: build ## 8 threads analysing shared texts for SOAK_SECONDS seconds (default 60) give what one thread gives
	$(PY) benches/bench_soak.py --seconds $(SOAK_SECONDS) --shared $(SHARED)

eval: build ## accuracy on the golden rules and the shared annotated data
	$(PY) benches/eval.py --shared $(SHARED)

eval-peers: build ## pySBD, sentencex, textacy and a plain regex baseline scored beside quotehound on the same data (installs textacy apart)
	bash benches/install_peers.sh $(PY)
	bash benches/install_textacy.sh python3
	$(PY) benches/eval_peers.py --shared $(SHARED)

fuzz-tool:
	@cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked

fuzz: fuzz-tool ## run each fuzz target FUZZ_SECONDS seconds (default 180), keeping its corpus in fuzz/corpus
	cd fuzz && $(FUZZ) build -s none && $(FUZZ) build $(FUZZ_ASAN) $(FUZZ_ASAN_TARGETS)
	cd fuzz && status=0; for t in $(FUZZ_TARGETS) $(FUZZ_ASAN_TARGETS); do mkdir -p corpus/$$t && \
		$(FUZZ) run $(call fuzz_sanitizer,$$t) $$t corpus/$$t seeds -- $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) || status=1; done; exit $$status

fuzz-smoke: fuzz-tool ## run each fuzz target FUZZ_SMOKE_SECONDS seconds (default 10), as `make test` does
	cd fuzz && $(FUZZ) build -s none && $(FUZZ) build $(FUZZ_ASAN) $(FUZZ_ASAN_TARGETS)
	cd fuzz && status=0; for t in $(FUZZ_TARGETS) $(FUZZ_ASAN_TARGETS); do mkdir -p corpus/$$t && \
		if $(FUZZ) run $(call fuzz_sanitizer,$$t) $$t corpus/$$t seeds -- $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SMOKE_SECONDS) > smoke-$$t.log 2>&1; \
		then echo "fuzz $$t: $$(grep -o 'Done [0-9]* runs in [0-9]* second(s)' smoke-$$t.log)"; \
		else tail -n 40 smoke-$$t.log; echo "fuzz $$t: FAILED"; status=1; fi; done; exit $$status

lint: ## formatting and clippy, warnings as errors
	cargo fmt --check
	cargo clippy --all-targets --features python -- -D warnings

fmt: ## format the Rust code
	cargo fmt

clean: ## remove build products and the virtual environment
	cargo clean
	rm -rf $(VENV) $(DIST) site
