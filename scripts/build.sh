#!/usr/bin/env bash
# Release build of Liaison into dist/: cargo (wasm32) -> wasm-bindgen -> wasm-opt -> content-hashed files + index.html.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { echo "build: $*"; }
hash8() { sha256sum "$1" | cut -c1-8; }

say "cargo build --release --target wasm32-unknown-unknown --bin liaison"
cargo build --release --target wasm32-unknown-unknown --bin liaison

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

say "wasm-bindgen $(wasm-bindgen --version | awk '{print $2}')"
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$tmp" --out-name liaison \
  target/wasm32-unknown-unknown/release/liaison.wasm

wasm_opt=node_modules/.bin/wasm-opt
if [ "${NO_WASM_OPT:-}" != 1 ] && [ -x "$wasm_opt" ]; then
  say "wasm-opt -Oz ($($wasm_opt --version))"
  # The features rustc 1.95 enables by default for wasm32-unknown-unknown (wasm-opt --print-features).
  if "$wasm_opt" -Oz \
    --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-call-indirect-overlong \
    -o "$tmp/liaison_bg.opt.wasm" "$tmp/liaison_bg.wasm"; then
    mv "$tmp/liaison_bg.opt.wasm" "$tmp/liaison_bg.wasm"
  else
    say "WARNING: wasm-opt failed; keeping the unoptimized wasm"
  fi
else
  say "wasm-opt skipped (NO_WASM_OPT=1 or node_modules/.bin/wasm-opt missing; run scripts/setup.sh)"
fi

rm -rf dist
mkdir -p dist
[ -d public ] && cp -r public/. dist/

wasm="liaison-$(hash8 "$tmp/liaison_bg.wasm")_bg.wasm"
cp "$tmp/liaison_bg.wasm" "dist/$wasm"
# The loader's default wasm URL points at the unhashed name: point it at the hashed one too
# (index.html also passes the URL explicitly).
sed -i "s/liaison_bg\.wasm/$wasm/g" "$tmp/liaison.js"
js="liaison-$(hash8 "$tmp/liaison.js").js"
cp "$tmp/liaison.js" "dist/$js"
if [ -d "$tmp/snippets" ]; then cp -r "$tmp/snippets" dist/; fi

css_link=""
if [ -d style ] && compgen -G "style/*.css" > /dev/null; then
  # base.css first, so each area's sheet can refine it; then by name. awk adds missing final newlines.
  (export LC_ALL=C; awk 1 style/base.css $(ls style/*.css | grep -v '^style/base.css$')) > "$tmp/app.css"
  css="app-$(hash8 "$tmp/app.css").css"
  cp "$tmp/app.css" "dist/$css"
  css_link="<link rel=\"stylesheet\" href=\"./$css\">"
fi

sed -e "s|{{JS}}|$js|g" -e "s|{{WASM}}|$wasm|g" -e "s|{{CSS_LINK}}|$css_link|g" index.html > dist/index.html

echo
echo "dist/ sizes (raw / gzip -9):"
total=0; total_gz=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + raw)); total_gz=$((total_gz + gz))
  printf "  %-40s %9d B %9d B\n" "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f | LC_ALL=C sort)
printf "  %-40s %9d B %9d B\n" "TOTAL" "$total" "$total_gz"
