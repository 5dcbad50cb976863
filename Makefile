# claimscan: every command a developer or CI needs. `make serve` and `make test` are the two
# set-up commands; each installs what is missing first (scripts/setup.sh).
PORT ?= 8080
DATA ?= ../shared/data

.PHONY: setup serve dist pkg test lint fmt test-native test-wasm test-pkg test-browser eval eval-check bench

setup:
	scripts/setup.sh

dist: setup
	scripts/dist.sh

serve: dist
	scripts/serve.sh $(PORT)

pkg: setup
	scripts/pkg.sh

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

test-browser: dist
	scripts/test-browser.sh

eval:
	scripts/eval.sh $(DATA)

eval-check:
	scripts/eval.sh --check $(DATA)

bench:
	cargo bench -p claimscan

test: setup lint test-native test-wasm test-pkg test-browser eval-check
