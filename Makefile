# Build, serve and test Liaison (Rust + Leptos CSR -> wasm) with plain cargo + wasm-bindgen.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)

stage = @printf '\n==== %s ====\n' "$(1)"

.PHONY: setup build serve dist test test-setup test-native test-wasm guard test-build test-e2e bench clean
.NOTPARALLEL:

setup:
	@scripts/setup.sh

build:
	@scripts/build.sh

serve: setup build
	node scripts/serve.mjs --port 8080 --host 127.0.0.1

dist: setup build

# `make test` runs every stage in order; each stage is also a target of its own.
test: test-setup test-native test-wasm guard test-build test-e2e
	$(call stage,all test stages passed)

test-setup:
	$(call stage,setup (toolchain + browser))
	@scripts/setup.sh --browser

test-native:
	$(call stage,native Rust tests: cargo test)
	cargo test

test-wasm:
	$(call stage,browser Rust tests: cargo test --target wasm32-unknown-unknown (tests/*.rs))
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
	WASM_BINDGEN_USE_BROWSER=1 WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/webdriver.json \
	  cargo test --target wasm32-unknown-unknown --test browser --test signing

guard:
	$(call stage,guard: src/model and src/format stay pure)
	@scripts/guard.sh

test-build:
	$(call stage,release build to dist/)
	@scripts/build.sh

test-e2e:
	$(call stage,schema check and end-to-end browser tests: node --test tests/schema/ tests/e2e/)
	node --test --test-concurrency=1 tests/schema/ tests/e2e/

bench: build
	node scripts/bench.mjs

clean:
	cargo clean
	rm -rf dist
