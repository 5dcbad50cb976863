#!/usr/bin/env bash
# Install what the build and the tests need on a fresh Debian machine (CI=true, no stdin, root or
# sudo). Idempotent and quiet when everything is already there:
#   - the wasm32-unknown-unknown Rust target
#   - the wasm-bindgen CLI, at exactly the version of the `wasm-bindgen` crate in Cargo.lock
#   - Debian's chromium + chromium-driver (browser tests)
#   - Node.js and npm, if missing (Debian's)
#   - the npm packages of web/ (wasm-opt from npm `binaryen`), tests/browser/ and tests/pkg/
#   - Java 17 (Debian's openjdk-17-jre-headless) and the Python venv target/venv with the pinned
#     packages for the wheel, pytest, PySpark and Ray (Python package index)
# Only package registries are used: crates.io, Debian, npm, the Python package index.
# Never Debian's `binaryen` (too old to read wasm-bindgen output) and never
# `npx playwright install` (downloads a browser).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*" >&2; }

# Run as root, or through sudo when not root.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=
apt_install() {
    if [ -z "$apt_updated" ]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        apt_updated=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen CLI == the wasm-bindgen crate in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/^version = "|"$/, ""); print; exit }' Cargo.lock)
if [ -z "$want" ]; then
    say "no wasm-bindgen in Cargo.lock"; exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (have: ${have:-none}); about 2 minutes"
    # No --locked: the registry lacks one dependency pinned in the CLI's own lockfile.
    cargo install wasm-bindgen-cli --version "$want" --quiet
fi

# 3. Chromium and ChromeDriver for browser tests.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing chromium and chromium-driver"
    apt_install chromium chromium-driver
fi

# 4. Node.js and npm.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    say "installing nodejs and npm"
    apt_install nodejs npm
fi

# 5. npm packages, reinstalled when the lockfile is newer than the install.
npm_dir() {
    local dir=$1
    [ -f "$dir/package.json" ] || return 0
    local stamp="$dir/node_modules/.package-lock.json"
    if [ -f "$dir/package-lock.json" ]; then
        if [ ! -f "$stamp" ] || [ "$dir/package-lock.json" -nt "$stamp" ]; then
            say "npm ci in $dir"
            (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
        fi
    elif [ ! -d "$dir/node_modules" ]; then
        say "npm install in $dir (no package-lock.json)"
        (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
    fi
}
npm_dir web
npm_dir tests/browser
npm_dir tests/pkg

# 6. Java 17 for Spark, and the Python venv target/venv for the wheel, pytest, Spark and Ray
#    (pinned; reinstalled when the pins change; about 1 minute and 1.5 GB the first time).
java_major=$(java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1]; exit }' || true)
if [ "${java_major:-0}" -lt 17 ] 2>/dev/null || [ -z "$java_major" ]; then
    say "installing openjdk-17-jre-headless (have: ${java_major:-none})"
    apt_install openjdk-17-jre-headless
fi
if ! command -v python3 >/dev/null || ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    say "installing python3 and python3-venv"
    apt_install python3 python3-venv
fi
PY_PINS="maturin==1.16.0 ziglang==0.15.1 pytest==8.4.2 pyspark==4.3.0 pyarrow==21.0.0 pandas==2.3.3 ray[data]==2.60.0"
VENV=target/venv
if [ ! -x "$VENV/bin/python" ]; then
    say "creating the Python venv $VENV"
    python3 -m venv "$VENV"
fi
if [ "$(cat "$VENV/.pins" 2>/dev/null)" != "$PY_PINS" ]; then
    say "installing Python packages into $VENV: $PY_PINS"
    # shellcheck disable=SC2086 # the pins are words
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check $PY_PINS
    echo "$PY_PINS" > "$VENV/.pins"
fi
