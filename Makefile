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

.DEFAULT_GOAL := help
.PHONY: help venv build demo test test-rust test-python test-spark bench bench-stages bench-revisions bench-dask bench-hostile soak eval eval-peers lint fmt clean fuzz fuzz-smoke fuzz-tool

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

test: test-rust fuzz-smoke test-python ## build and run every Rust and Python test, and each fuzz target briefly

test-rust: ## run the Rust unit, integration and doc tests
	cargo test --quiet

test-python: build ## run the Python tests against a release build
	$(PY) -m pytest -q

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
	rm -rf $(VENV)
