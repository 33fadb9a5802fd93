#!/usr/bin/env bash
# Keeps the core's shape: src/model and src/format stay pure (no browser, clock or
# random source), hold times as Timestamp/Day (never as text), and only the command
# module names the command module (each area has its own edits and errors).
set -euo pipefail
cd "$(dirname "$0")/.."
failed=0
fail() { echo "guard: FAILED — $*" >&2; failed=1; }

dirs=()
for d in src/model src/format; do [ -e "$d" ] && dirs+=("$d"); done
if [ ${#dirs[@]} -eq 0 ]; then echo "guard: no src/model or src/format yet, nothing to check"; exit 0; fi

pattern='\b(leptos|web_sys|gloo[a-z_]*|js_sys|wasm_bindgen[a-z_]*|rand|getrandom|SystemTime)\b|Date::now|Instant::now'
if grep -rnwE "$pattern" "${dirs[@]}" --include='*.rs'; then
  fail "the lines above use browser/UI crates or nondeterminism in ${dirs[*]}"
fi
# The storage policy is plain Rust too: only store/browser.rs talks to the browser.
if grep -rnwE "$pattern" src/store --include='*.rs' | grep -v '^src/store/browser.rs:' | grep -v '^src/store/mod.rs:.*cfg'; then
  fail "the lines above use browser APIs or a clock in src/store outside browser.rs"
fi

# A time or a day kept as text compares wrongly ("…T11:00+01:00" > "…T10:30Z"): use Timestamp or Day.
# A field declaration: `name: String` or `name: Option<String>`, followed by `,`, `}` or the line's end.
times='\b([a-z_]*_at|at|date|day|due|start|end|since|deadline)\s*:\s*(Option<)?String>?\s*(,|\}|$)'
if grep -rnE "$times" "${dirs[@]}" --include='*.rs'; then
  fail "the fields above hold a time or a day as text in ${dirs[*]}; use model::time::Timestamp or Day"
fi

# One module per area: each area has its own edits and errors, and only the command module
# (the one write path) knows them all. model/mod.rs may re-export it for the UI.
hub='\bcommand::|\bCommandError\b|\bCommand\b|\bOutcome\b'
if grep -rnE "$hub" src/model --include='*.rs' | grep -v '^src/model/command/' | grep -v '^src/model/mod.rs:.*pub use command::'; then
  fail "the model files above name the command module; an area uses its own edit and error types"
fi

if [ "$failed" = 1 ]; then exit 1; fi
echo "guard: ${dirs[*]} are pure, hold times as Timestamp/Day, and only the command module names the command module"
