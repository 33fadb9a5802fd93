#!/usr/bin/env bash
# Release build of Liaison into dist/: cargo (wasm32) -> wasm-split-cli -> wasm-bindgen -> wasm-opt -> content-hashed files + index.html.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { echo "build: $*"; }
hash8() { sha256sum "$1" | cut -c1-8; }

# --emit-relocs keeps the linker's relocations, which wasm-split-cli needs to cut
# the module apart; passed to the final link only, so dependencies are not rebuilt.
say "cargo rustc --release --target wasm32-unknown-unknown --bin liaison -- -Clink-args=--emit-relocs"
cargo rustc --release --target wasm32-unknown-unknown --bin liaison -- -Clink-args=--emit-relocs

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Code splitting (see src/ui/on_demand.rs): each #[wasm_split(..)] group of
# functions, and the code only it reaches, becomes a chunk fetched on first use;
# code several groups share goes to small shared chunks. Out: the main module
# (still to go through wasm-bindgen), the chunks, and __wasm_split.js, the
# loader that the main module imports and that imports initSync from liaison.js.
say "wasm-split-cli"
mkdir "$tmp/split"
wasm-split-cli --target web --out-name liaison \
  target/wasm32-unknown-unknown/release/liaison.wasm "$tmp/split"

say "wasm-bindgen $(wasm-bindgen --version | awk '{print $2}')"
# --keep-lld-exports: the chunks import the main module's memory, table and
# shared globals through the exports the linker made.
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --keep-lld-exports --out-dir "$tmp" --out-name liaison "$tmp/split/liaison.wasm"
mv "$tmp/split/__wasm_split.js" "$tmp/"
mkdir "$tmp/chunks"
mv "$tmp/split/"*.wasm "$tmp/chunks/"
rm "$tmp/chunks/liaison.wasm"

wasm_opt=node_modules/.bin/wasm-opt
if [ "${NO_WASM_OPT:-}" != 1 ] && [ -x "$wasm_opt" ]; then
  say "wasm-opt -Oz ($($wasm_opt --version)): main module and $(ls "$tmp/chunks" | wc -l) chunks"
  # The features rustc 1.95 enables by default for wasm32-unknown-unknown (wasm-opt --print-features).
  features="--enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-call-indirect-overlong"
  # Each file in place, $(nproc) at a time; a failure keeps that file unoptimized.
  export wasm_opt features
  printf '%s\0' "$tmp/liaison_bg.wasm" "$tmp/chunks/"*.wasm | xargs -0 -P "$(nproc)" -I{} sh -c '
    if "$wasm_opt" -Oz $features -o "{}.opt" "{}" 2>/dev/null; then mv "{}.opt" "{}";
    else echo "build: WARNING: wasm-opt failed on {}; kept unoptimized"; fi'
else
  say "wasm-opt skipped (NO_WASM_OPT=1 or node_modules/.bin/wasm-opt missing; run scripts/setup.sh)"
fi

rm -rf dist
mkdir -p dist
[ -d public ] && cp -r public/. dist/

# Content-hashed names. The chunks first, named in the loader; then the loader,
# named in liaison.js. The loader imports liaison.js back, so its own name is the
# hash of everything it and liaison.js say except that one reference.
mkdir -p dist/chunks
for f in "$tmp/chunks/"*.wasm; do
  name=$(basename "$f" .wasm)
  hashed="$name-$(hash8 "$f")"
  cp "$f" "dist/chunks/$hashed.wasm"
  sed -i "s|\"\./$name\.wasm\"|\"./chunks/$hashed.wasm\"|" "$tmp/__wasm_split.js"
done
wasm="liaison-$(hash8 "$tmp/liaison_bg.wasm")_bg.wasm"
cp "$tmp/liaison_bg.wasm" "dist/$wasm"
# The loader's default wasm URL points at the unhashed name: point it at the hashed one too
# (index.html also passes the URL explicitly).
sed -i "s/liaison_bg\.wasm/$wasm/g" "$tmp/liaison.js"
split_js="split-$(cat "$tmp/__wasm_split.js" "$tmp/liaison.js" | sha256sum | cut -c1-8).js"
# Only the import statements: the wasm's own import module keeps its name.
sed -i "/^import /s|\"\./__wasm_split\.js\"|\"./$split_js\"|" "$tmp/liaison.js"
js="liaison-$(hash8 "$tmp/liaison.js").js"
cp "$tmp/liaison.js" "dist/$js"
sed "s|\./liaison\.js|./$js|" "$tmp/__wasm_split.js" > "dist/$split_js"
if [ -d "$tmp/snippets" ]; then cp -r "$tmp/snippets" dist/; fi

css_link=""
if [ -d style ] && compgen -G "style/*.css" > /dev/null; then
  # base.css first, so each area's sheet can refine it; then by name. awk adds missing final newlines.
  (export LC_ALL=C; awk 1 style/base.css $(ls style/*.css | grep -v '^style/base.css$')) > "$tmp/app.css"
  css="app-$(hash8 "$tmp/app.css").css"
  cp "$tmp/app.css" "dist/$css"
  css_link="<link rel=\"stylesheet\" href=\"./$css\">"
fi

sed -e "s|{{JS}}|$js|g" -e "s|{{SPLIT_JS}}|$split_js|g" -e "s|{{WASM}}|$wasm|g" -e "s|{{CSS_LINK}}|$css_link|g" index.html > dist/index.html

echo
echo "dist/ sizes (raw / gzip -9):"
total=0; total_gz=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + raw)); total_gz=$((total_gz + gz))
  printf "  %-40s %9d B %9d B\n" "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f | LC_ALL=C sort)
printf "  %-40s %9d B %9d B\n" "TOTAL" "$total" "$total_gz"
# What the library needs before it is on screen: everything but the chunks.
first=0; first_gz=0
while IFS= read -r f; do
  first=$((first + $(stat -c %s "$f"))); first_gz=$((first_gz + $(gzip -9 -c "$f" | wc -c)))
done < <(find dist -type f -not -path 'dist/chunks/*')
printf "  %-40s %9d B %9d B\n" "FIRST LOAD (all but chunks/)" "$first" "$first_gz"
