#!/usr/bin/env bash
# Installs (idempotently) the toolchain Liaison needs: wasm target, wasm-bindgen-cli, wasm-split-cli, npm deps; --browser adds Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

browser=0
for arg in "$@"; do
  case "$arg" in
    --browser) browser=1 ;;
    *) echo "usage: scripts/setup.sh [--browser]" >&2; exit 2 ;;
  esac
done

say() { echo "setup: $*"; }

# 1. Rust wasm target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown ok"
else
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli, exactly the version of the wasm-bindgen crate in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
[ -n "$want" ] || { echo "setup: wasm-bindgen not found in Cargo.lock" >&2; exit 1; }
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" = "$want" ]; then
  say "wasm-bindgen-cli $want ok"
else
  say "installing wasm-bindgen-cli $want (had: ${have:-none}); this compiles for a few minutes"
  # --locked fails on this registry mirror (a locked dependency is missing), so fall back to an unlocked install.
  cargo install wasm-bindgen-cli --version "$want" --locked --force \
    || cargo install wasm-bindgen-cli --version "$want" --force
fi

# 2b. wasm-split-cli (crate wasm_split_cli_support): cuts the module into the chunks
# src/ui/on_demand.rs names. Pinned: the split format is versioned with the
# wasm_split_helpers crate in Cargo.lock (custom section "__wasm_split_unstable").
split_want=0.2.4
# The binary has no --version: cargo's own record of installed crates says which.
if command -v wasm-split-cli > /dev/null \
  && grep -q "^\"wasm_split_cli_support $split_want " "$HOME/.cargo/.crates.toml" 2>/dev/null; then
  say "wasm-split-cli $split_want ok"
else
  say "installing wasm-split-cli $split_want (wasm_split_cli_support); this compiles for a few minutes"
  cargo install wasm_split_cli_support --version "$split_want" --features build-binary --locked --force \
    || cargo install wasm_split_cli_support --version "$split_want" --features build-binary --force
fi

# 3. npm packages (playwright-core, binaryen, axe-core) when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
  touch node_modules
else
  say "node_modules ok"
fi

# 4. Chromium + chromedriver from Debian (only with --browser).
if [ "$browser" = 1 ]; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium + chromedriver ok"
  else
    say "installing chromium + chromium-driver (apt)"
    sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
    $sudo_ apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq chromium chromium-driver
  fi
fi
