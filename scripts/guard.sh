#!/usr/bin/env bash
# Fails if the pure core (src/model, src/format) mentions browser/UI crates or nondeterminism sources.
set -euo pipefail
cd "$(dirname "$0")/.."
dirs=()
for d in src/model src/format src/model.rs src/format.rs; do [ -e "$d" ] && dirs+=("$d"); done
if [ ${#dirs[@]} -eq 0 ]; then echo "guard: no src/model or src/format yet, nothing to check"; exit 0; fi
pattern='\b(leptos|web_sys|gloo[a-z_]*|js_sys|wasm_bindgen[a-z_]*|rand|getrandom|SystemTime)\b|Date::now|Instant::now'
if grep -rnwE "$pattern" "${dirs[@]}" --include='*.rs'; then
  echo "guard: FAILED — the lines above use browser/UI crates or nondeterminism in ${dirs[*]}" >&2
  exit 1
fi
echo "guard: ${dirs[*]} are free of leptos/web_sys/gloo/js_sys/wasm_bindgen/Date::now/rand"
