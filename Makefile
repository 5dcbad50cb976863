# claimscan: every command a developer or CI needs. `make serve` and `make test` are the two
# set-up commands; each installs what is missing first (scripts/setup.sh).
PORT ?= 8080
DATA ?= ../shared/data

.PHONY: setup serve dist pkg wheel test lint fmt test-native test-wasm test-pkg test-python test-browser eval eval-check bench bench-criterion test-hostile fuzz

setup:
	scripts/setup.sh

dist: setup
	scripts/dist.sh

serve: dist
	scripts/serve.sh $(PORT)

pkg: setup
	scripts/pkg.sh

wheel: setup
	scripts/wheel.sh

fmt:
	cargo fmt --all

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p claimscan -p claimscan-wasm -p claimscan-web -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p claimscan-wasm --tests -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p claimscan --quiet

test-native:
	cargo test --workspace

test-wasm: setup
	scripts/test-wasm.sh

test-pkg: pkg
	scripts/test-pkg.sh

test-python: setup
	scripts/test-python.sh

test-browser: dist
	scripts/test-browser.sh

eval:
	scripts/eval.sh $(DATA)

eval-check:
	scripts/eval.sh --check $(DATA)

# claimscan and its peers (native, CLI --jobs, WASM in Node, wink-nlp, compromise, pySBD) on the
# same generated input; writes bench/results.md. Slow: not part of `make test`. BENCH_MB=… sizes it.
bench: setup
	bench/run.sh

# Criterion benches: whole pipeline over size (100 KB, 1 MB, 10 MB) and one long sentence.
# CLAIMSCAN_BENCH_MAX=1000000 skips the 10 MB case for a quick run.
bench-criterion:
	cargo bench -p claimscan-tests --bench sizes --bench pipeline

# Hostile inputs at full size, in release (a debug `cargo test` runs them at a tenth of the size).
test-hostile:
	cargo test --release -p claimscan-tests --test hostile

# Coverage-guided fuzzing (cargo-fuzz; stable with RUSTC_BOOTSTRAP=1): FUZZ_SECONDS per target
# (default 60), FUZZ_TARGETS="extract offsets jsonl", FUZZ_JOBS. See fuzz/run.sh.
fuzz:
	fuzz/run.sh

test: setup lint test-native test-wasm test-pkg test-python test-browser eval-check
