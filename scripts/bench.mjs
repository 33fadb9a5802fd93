// Benchmarks for Liaison: prints figures (not pass/fail) for download size, start-up,
// a ~5 MB import and export, the main-thread cost of one edit on that workspace, a large plan, and
// workshop boards of 1,000 and 10,000 notes (open, add a note, frame times of a pointer drag), and a stakeholder map
// of 500 on its power/interest grid (open, drag one, lay out the labels).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { launch, newPage, shutdown } from "../tests/e2e/harness.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const budgets = { gzipKiB: 180, firstRenderMs: 250, firstClickMs: 250, importMs: 80, editMs: 2 };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const line = (label, value, budget) =>
  console.log(`  ${label.padEnd(44)} ${value.padStart(12)}${budget ? `   (budget ${budget})` : ""}`);

// 1. Download size.
console.log("\nDownload (dist/):");
let raw = 0, gz = 0, firstGz = 0, sharedGz = 0, shared = 0;
for (const f of fs.readdirSync("dist", { recursive: true }).map((f) => path.join("dist", f)).filter((f) => fs.statSync(f).isFile()).sort()) {
  const data = fs.readFileSync(f);
  const z = zlib.gzipSync(data, { level: 9 }).length;
  const name = path.relative("dist", f);
  raw += data.length; gz += z;
  // Chunks are fetched when a plan section or a board is first shown; the rest before the library shows.
  if (!name.startsWith("chunks/")) firstGz += z;
  if (name.startsWith("chunks/chunk_")) { shared++; sharedGz += z; continue; }
  line(name, `${(z / 1024).toFixed(1)} KiB gz`);
}
if (shared) line(`chunks/chunk_* (${shared} shared chunks)`, `${(sharedGz / 1024).toFixed(1)} KiB gz`);
line("total raw", `${(raw / 1024).toFixed(1)} KiB`);
line("total gzip -9", `${(gz / 1024).toFixed(1)} KiB`);
line("first load (all but chunks/), gzip -9", `${(firstGz / 1024).toFixed(1)} KiB`, `${budgets.gzipKiB} KiB`);

const inst = await launch();

// Records, from inside the page, when the app first shows its welcome, when a
// click arrives, and when the page that click opens is on screen.
const markRender = () => {
  addEventListener("click", () => { window.__clickAt ??= performance.now(); }, true);
  new MutationObserver(() => {
    if (!window.__firstRender && document.querySelector("[data-testid=welcome-create-plan]")) window.__firstRender = performance.now();
    if (!window.__opened && document.querySelector("[data-testid=plan-editor]")) window.__opened = performance.now();
  }).observe(document, { childList: true, subtree: true });
};

// 2. Cold start: a fresh context (empty cache and storage) each run.
const renders = [], clicks = [], handled = [];
for (let i = 0; i < RUNS; i++) {
  const context = await inst.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(markRender);
  await page.goto(inst.url);
  await page.waitForSelector("[data-testid=welcome-create-plan]");
  renders.push(await page.evaluate(() => window.__firstRender));
  await page.click("[data-testid=welcome-create-plan]");
  await page.waitForSelector("[data-testid=plan-editor]");
  const t = await page.evaluate(() => ({ click: window.__clickAt, opened: window.__opened }));
  clicks.push(t.click);
  handled.push(t.opened - t.click);
  await context.close();
}
console.log(`\nStart-up, cold, headless Chromium (median of ${RUNS}, from navigation start):`);
line("app on screen and clickable", fmt(median(renders)), `${budgets.firstClickMs} ms`);
line("first click (Playwright) arrived at", fmt(median(clicks)));
line("that click handled: new plan on screen after", fmt(median(handled)));

// 3. A ~5 MB workspace: 60 plans of 12 departments with long texts, plus boards and maps.
const now = "2026-11-22T10:00:00.000Z";
const words = "align budget customer delivery finance governance hiring initiative milestone operations ".repeat(60);
const file = { format: "liaison", version: 1, exported_at: now, exported_by: "bench", plans: [], boards: [], stakeholder_maps: [], responses: [] };
for (let p = 0; file.plans.length < 400 && JSON.stringify(file).length < 4.6e6; p++) {
  const departments = Array.from({ length: 12 }, (_, d) => ({
    id: `p${p}-d${d}`, name: `Department ${d}`, head: `Head ${d}`, representative: `Rep ${d}`,
    colour: ["blue", "orange", "bluish-green", "vermillion", "sky-blue", "reddish-purple", "yellow", "grey"][d % 8],
    updated_at: now, notes: words.slice(0, 600),
  }));
  file.plans.push({ id: `plan-${p}`, title: `Plan ${p}`, vision: words, horizon: { start: "2027-01-01", end: "2027-12-31" },
    status: "draft", departments, created_at: now, updated_at: now });
  file.boards.push({ id: `board-${p}`, title: `Board ${p}`, plan_id: `plan-${p}`, created_at: now, updated_at: now });
  // A stakeholder map per plan: a dozen stakeholders with dated placements and a contact log each.
  const stakeholders = Array.from({ length: 12 }, (_, s) => ({
    id: `p${p}-s${s}`, name: `Stakeholder ${s}`, kind: "person", role: "Head", department_id: `p${p}-d${s}`,
    power: 1 + (s % 5), interest: 1 + ((s * 3) % 5), attitude: ["champion", "supporter", "neutral", "critic", "blocker"][s % 5],
    notes: words.slice(0, 200), tags: ["budget"], owner_department_id: `p${p}-d0`,
    placements: [{ day: "2026-11-02", at: now, power: 3, interest: 3, how: "added" }],
    communication: { needs_to_hear: words.slice(0, 120), frequency: "monthly", last_contact: "2026-11-10",
      contacts: [{ id: `p${p}-s${s}-c`, day: "2026-11-10", note: words.slice(0, 80), updated_at: now }] },
    created_at: now, updated_at: now,
  }));
  file.stakeholder_maps.push({ id: `map-${p}`, title: `Map ${p}`, plan_id: `plan-${p}`, stakeholders, created_at: now, updated_at: now });
}
const text = JSON.stringify(file);
const filePath = path.join(os.tmpdir(), "liaison-bench.liaison.json");
fs.writeFileSync(filePath, text);

const { page, context } = await newPage(inst.browser, inst.url, { viewport: { width: 1280, height: 720 } });
await page.waitForSelector("[data-testid=welcome]");
const cdp = await context.newCDPSession(page);
await cdp.send("Performance.enable");
const mainThread = async () => {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration").value * 1000;
};

let before = await mainThread();
let t0 = Date.now();
await page.setInputFiles("[data-testid=file-input]", filePath);
await page.waitForSelector("[data-testid=library]", { timeout: 60_000 });
await page.waitForFunction(() => performance.getEntriesByName("liaison:save").length > 0, null, { timeout: 60_000 });
const importWall = Date.now() - t0;
const importMain = (await mainThread()) - before;
const saveStatus = await page.textContent("[data-testid=save-status]");
const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("liaison/doc/")).length);
console.log(`\nA ${(text.length / 1e6).toFixed(2)} MB file (${file.plans.length} plans of 12 departments, ${file.boards.length} boards, ${file.stakeholder_maps.length} maps of 12 stakeholders):`);
const measures = (name) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
line("import: read, check, merge (in-app measure)", fmt((await measures("liaison:import"))[0]), `${budgets.importMs} ms`);
line("import: first save of all documents", fmt((await measures("liaison:save")).at(-1)));
line("import: main thread in all, with rendering", fmt(importMain));
line("import: wall clock", fmt(importWall));
line("after import", `${saveStatus}, ${stored} docs stored`);

before = await mainThread();
t0 = Date.now();
const download = page.waitForEvent("download");
await page.click("[data-testid=export-all]");
await (await download).path();
line("export everything: main thread", fmt((await mainThread()) - before));

// Start-up with that workspace in storage: every entry is read and checked.
const reloads = [];
await page.addInitScript(() => {
  new MutationObserver((_, obs) => {
    if (document.querySelector("[data-testid=library]")) { window.__libraryAt = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
});
for (let i = 0; i < 3; i++) {
  await page.reload();
  await page.waitForSelector("[data-testid=library]");
  reloads.push(await page.evaluate(() => window.__libraryAt));
}
line("reload with it stored: library on screen", fmt(median(reloads)));

// 4. One edit on that workspace: render and persist, measured on the main thread.
await page.fill("[data-testid=library-search]", "Plan 0");
await page.click("[data-testid=doc-open] >> text=Plan 0");
await page.waitForSelector("[data-testid=plan-editor]");
const edits = [], saves = [];
for (let i = 0; i < RUNS; i++) {
  await page.waitForFunction(() => document.querySelector("[data-testid=save-status]")?.textContent === "Saved");
  await page.waitForTimeout(300);
  before = await mainThread();
  await page.type("[data-testid=plan-vision]", "x");
  await page.waitForTimeout(400);
  edits.push((await mainThread()) - before);
  saves.push((await measures("liaison:save")).at(-1));
}
line("one edit: persist (in-app measure)", fmt(median(saves)), `${budgets.editMs} ms`);
line("one keystroke: main thread in all (events, render, save)", fmt(median(edits)));

// 5. A large plan: 12 departments, 20 objectives, 200 initiatives with RACI roles and dependencies.
{
  const departments = Array.from({ length: 12 }, (_, d) => ({ id: `d${d}`, name: `Department ${d + 1}`, colour: ["blue", "orange", "bluish-green", "vermillion", "sky-blue", "reddish-purple", "yellow", "grey"][d % 8], updated_at: now }));
  const objectives = Array.from({ length: 20 }, (_, o) => ({ id: `o${o}`, title: `Objective ${o + 1}: ${words.slice(o * 7, o * 7 + 40)}`, description: words.slice(0, 300), measure: { name: "share of replies", target: 90, current: 40 + o, unit: "%" }, owner_department: `d${o % 12}`, updated_at: now }));
  const roles = ["responsible", "consulted", "informed"];
  const initiatives = Array.from({ length: 200 }, (_, i) => ({
    id: `i${i}`, objective_id: `o${i % 20}`, title: `Initiative ${i + 1}`, description: words.slice(0, 200),
    lead_department: `d${i % 12}`, contributing_departments: [`d${(i + 1) % 12}`, `d${(i + 5) % 12}`],
    start: "2027-01-15", due: `2027-${String(1 + (i % 12)).padStart(2, "0")}-28`, status: ["not_started", "on_track", "at_risk", "blocked", "done"][i % 5],
    progress: (i * 7) % 101, depends_on: i > 0 && i % 3 === 0 ? [`i${i - 1}`] : [],
    raci: Object.fromEntries([[`d${i % 12}`, "accountable"], ...[1, 2, 3, 4].map((k) => [`d${(i + k) % 12}`, roles[k % 3]])]),
    updated_at: now,
  }));
  const rounds = [{ id: "r1", plan_hash: "old", opened_at: now, due: "2027-01-10", required_departments: departments.map((d) => d.id), sign_offs: [] }];
  const big = { format: "liaison", version: 1, exported_at: now, exported_by: "bench", boards: [], stakeholder_maps: [], responses: [],
    plans: [{ id: "big-plan", title: "Big plan", vision: words, horizon: { start: "2027-01-01", end: "2027-12-31" }, status: "in_review", departments, objectives, initiatives, approval_rounds: rounds, created_at: now, updated_at: now }] };
  const ctx = await inst.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const bp = await ctx.newPage();
  await bp.goto(inst.url);
  await bp.waitForSelector("[data-testid=welcome]");
  await bp.setInputFiles("[data-testid=file-input]", { name: "big.liaison.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(big)) });
  await bp.waitForSelector("[data-testid=plan-editor]");
  console.log(`\nA plan of 200 initiatives, 20 objectives and 12 departments (median of ${RUNS}):`);
  for (const section of ["objectives", "roles", "dependencies", "approval", "dashboard"]) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await bp.evaluate(() => { location.hash = "#/"; });
      await bp.waitForSelector("[data-testid=library]");
      times.push(await bp.evaluate((s) => new Promise((resolve) => {
        const t0 = performance.now();
        location.hash = `#/plan/big-plan/${s}`;
        // On screen: the section rendered and the browser painted the next frame.
        const wait = () => document.querySelector("[data-testid=plan-section]")?.childElementCount
          ? requestAnimationFrame(() => resolve(performance.now() - t0)) : requestAnimationFrame(wait);
        wait();
      }), section));
    }
    line(`open the plan at its ${section} section`, fmt(median(times)));
  }
  const hashes = (await bp.evaluate(() => performance.getEntriesByName("liaison:plan-hash").map((e) => e.duration)));
  line("compute its plan hash (in-app measure)", fmt(median(hashes)));
  await ctx.close();
}

// 6. Workshop boards of 1,000 and 10,000 notes: open, add one note, drag one across the board.
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
/** A SWOT board with `count` notes spread over its four areas. */
function boardFile(count) {
  const areas = ["Strengths", "Weaknesses", "Opportunities", "Threats"].map((title, n) => ({ id: `a${n}`, title, updated_at: now }));
  const notes = Array.from({ length: count }, (_, n) => ({
    id: `n${n}`, area_id: `a${n % 4}`, text: `Idea ${n + 1}: ${words.slice((n * 13) % 300, ((n * 13) % 300) + 40 + (n % 5) * 20)}`,
    label: `Team ${n % 6}`, colour: ["blue", "orange", "bluish-green", "vermillion", "sky-blue", "yellow"][n % 6],
    created_at: now, updated_at: now,
  }));
  const board = { id: `board-${count}`, title: `Board of ${count} notes`, columns: 2, areas, notes, created_at: now, updated_at: now };
  return { format: "liaison", version: 1, exported_at: now, exported_by: "bench", plans: [], boards: [board], stakeholder_maps: [], responses: [] };
}
/** Opens the board from the library; returns ms until its first notes and all its notes are on screen (next
 * frame painted), and the longest main-thread task meanwhile (how long a key or click could wait). */
const openBoard = (p, id, count) => p.evaluate(([id, count]) => new Promise((resolve) => {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: "longtask" });
  const t0 = performance.now();
  let first;
  location.hash = `#/board/${id}`;
  const wait = () => {
    const n = document.querySelectorAll("[data-testid=note]").length;
    if (n > 0 && first === undefined) first = null, requestAnimationFrame(() => { first = performance.now() - t0; });
    if (n >= count) requestAnimationFrame(() => { observer.disconnect(); resolve({ first: first ?? performance.now() - t0, all: performance.now() - t0, longest: Math.max(0, ...tasks) }); });
    else requestAnimationFrame(wait);
  };
  wait();
}), [id, count]);
/** This run's figures for the board of 1,000 notes: what the map's are compared with. */
const floors = {};
for (const count of [1000, 10000]) {
  const ctx = await inst.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const bp = await ctx.newPage();
  await bp.goto(inst.url);
  await bp.waitForSelector("[data-testid=welcome]");
  await bp.setInputFiles("[data-testid=file-input]", { name: "board.liaison.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(boardFile(count))) });
  await bp.waitForFunction(() => performance.getEntriesByName("liaison:save").length > 0, null, { timeout: 60_000 });
  const runs = count > 1000 ? 1 : RUNS;
  const opens = [];
  for (let i = 0; i < runs; i++) {
    await bp.evaluate(() => { location.hash = "#/"; });
    await bp.waitForSelector("[data-testid=library]");
    opens.push(await openBoard(bp, `board-${count}`, count));
  }
  console.log(`\nA workshop board of ${count} notes${runs > 1 ? ` (median of ${runs})` : ""}:`);
  line("open it: first notes on screen", fmt(median(opens.map((o) => o.first))));
  line("open it: every note on screen", fmt(median(opens.map((o) => o.all))));
  line("open it: longest main-thread task", fmt(median(opens.map((o) => o.longest))));
  if (count === 1000) floors.boardOpen = median(opens.map((o) => o.all));
  if (count > 1000) { await ctx.close(); continue; }

  // Add one note: Enter in an area's input -> the note on screen (next frame painted). The key event is
  // dispatched in the page so the clock starts exactly at it.
  const adds = [];
  for (let i = 0; i < RUNS; i++) {
    adds.push(await bp.evaluate(([want, text]) => new Promise((resolve) => {
      const input = document.querySelectorAll("[data-testid=note-input]")[3];
      input.focus();
      input.value = text;
      // When the note's card is in the page (render work done, before layout and paint).
      let inPage;
      const seen = new MutationObserver(() => {
        if (document.querySelectorAll("[data-testid=note]").length >= want) { inPage = performance.now() - t0; seen.disconnect(); }
      });
      seen.observe(document.querySelector("[data-testid=board-grid]"), { childList: true, subtree: true });
      const t0 = performance.now();
      input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      const handled = performance.now() - t0;
      const wait = () => document.querySelectorAll("[data-testid=note]").length >= want
        ? requestAnimationFrame(() => resolve([handled, performance.now() - t0, inPage])) : requestAnimationFrame(wait);
      wait();
    }), [count + i + 1, `Bench note ${i}`]));
  }
  line("add one note: Enter handled (edit, render, no paint)", fmt(median(adds.map((a) => a[0]))), "16 ms");
  line("add one note: Enter -> card in the page (before paint)", fmt(median(adds.map((a) => a[2]))));
  line("add one note: Enter -> note on screen (next frame)", fmt(median(adds.map((a) => a[1]))));

  // Drag the first note to the last area in 60 pointer moves; frame times from requestAnimationFrame
  // and the cost of each pointermove (capture listener before the app, bubble listener after it).
  await bp.evaluate(() => {
    window.__frames = []; window.__moves = []; window.__recording = true;
    let at = 0;
    addEventListener("pointermove", () => { at = performance.now(); }, true);
    addEventListener("pointermove", () => { window.__moves.push(performance.now() - at); });
    const loop = (t) => { window.__frames.push(t); if (window.__recording) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  });
  // The first row of areas at the top of the window, so the drag runs on screen.
  await bp.evaluate(() => { document.activeElement?.blur(); document.querySelector("[data-testid=area]").scrollIntoView(); });
  const from = await bp.locator("[data-testid=note]").first().boundingBox();
  const to = await bp.locator("[data-testid=area] >> nth=1 >> [data-testid=note] >> nth=1").boundingBox();
  await bp.mouse.move(from.x + 20, from.y + 10);
  await bp.mouse.down();
  const steps = 60;
  for (let i = 1; i <= steps; i++) {
    await bp.mouse.move(from.x + 20 + ((to.x + 40 - from.x - 20) * i) / steps, from.y + 10 + ((to.y + 5 - from.y - 10) * i) / steps);
  }
  const dropAt = await bp.evaluate(() => performance.now());
  await bp.mouse.up();
  const dropped = await bp.evaluate((t0) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
    window.__recording = false;
    resolve(performance.now() - t0);
  }))), dropAt);
  const { frames, moves } = await bp.evaluate(() => ({ frames: window.__frames, moves: window.__moves }));
  const gaps = frames.slice(1).map((t, n) => t - frames[n]);
  if (count === 1000) floors.dragFrame = median(gaps);
  line("drag: frame interval median", fmt(median(gaps)), "16.7 ms");
  line("drag: frame interval 95th percentile", fmt(pct(gaps, 0.95)));
  line("drag: one pointermove handled, median", fmt(median(moves)));
  line("drag: one pointermove handled, 95th percentile", fmt(pct(moves, 0.95)));
  line("drop: move saved and repainted (two frames)", fmt(dropped));
  const area1 = await bp.locator("[data-testid=area] >> nth=1 >> [data-testid=note]").count();
  line("dropped note landed", area1 === count / 4 + 1 ? "yes" : `no (${area1})`);
  await ctx.close();
}

// 7. A stakeholder map of 500 on the power/interest grid: open it, drag one stakeholder, lay out the labels.
{
  const count = 500;
  const attitudes = ["champion", "supporter", "neutral", "critic", "blocker"];
  const stakeholders = Array.from({ length: count }, (_, n) => ({
    id: `s${n}`, name: `Stakeholder ${n + 1} ${words.slice((n * 7) % 200, ((n * 7) % 200) + (n % 3) * 6)}`.trim(), kind: "person",
    power: 1 + ((n * 7) % 5), interest: 1 + ((n * 3 + (n >> 3)) % 5), attitude: attitudes[n % 5], created_at: now, updated_at: now,
  }));
  const mapFile = { format: "liaison", version: 1, exported_at: now, exported_by: "bench", plans: [], boards: [], responses: [],
    stakeholder_maps: [{ id: "map-500", title: "Map of 500", stakeholders, created_at: now, updated_at: now }] };
  const ctx = await inst.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const mp = await ctx.newPage();
  await mp.goto(inst.url);
  await mp.waitForSelector("[data-testid=welcome]");
  await mp.setInputFiles("[data-testid=file-input]", { name: "map.liaison.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(mapFile)) });
  await mp.waitForFunction(() => performance.getEntriesByName("liaison:save").length > 0, null, { timeout: 60_000 });
  const opens = [];
  for (let i = 0; i < RUNS; i++) {
    await mp.evaluate(() => { location.hash = "#/"; });
    await mp.waitForSelector("[data-testid=library]");
    // From the hash change to the grid's markers on screen at its measured size (next frame painted).
    opens.push(await mp.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      const before = performance.getEntriesByName("liaison:map-labels").length;
      location.hash = "#/map/map-500/grid";
      const wait = () => document.querySelectorAll("[data-testid=grid-stakeholder]").length > 0 && performance.getEntriesByName("liaison:map-labels").length >= before + 2
        ? requestAnimationFrame(() => resolve(performance.now() - t0)) : requestAnimationFrame(wait);
      wait();
    })));
  }
  const layouts = (await mp.evaluate(() => performance.getEntriesByName("liaison:map-labels").map((e) => e.duration)));
  const shown = await mp.locator("[data-testid=grid-stakeholder]").count();
  const labelled = await mp.locator("[data-testid=grid-label]").count();
  console.log(`\nA stakeholder map of ${count} on the grid (median of ${RUNS}; compared with this run's board of 1,000 notes):`);
  line("open the grid: markers on screen", fmt(median(opens)), floors.boardOpen ? `board ${fmt(floors.boardOpen)}` : undefined);
  line("lay out markers and labels (in-app measure)", fmt(median(layouts)), "16 ms");
  line("shown / labelled / in a cell's count", `${shown} / ${labelled} / ${count - labelled}`);

  await mp.evaluate(() => {
    window.__frames = []; window.__recording = true;
    const loop = (t) => { window.__frames.push(t); if (window.__recording) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  });
  // The whole grid in the window, so the drag runs on screen.
  await mp.locator("[data-testid=map-grid-svg]").evaluate((svg) => svg.scrollIntoView({ block: "center" }));
  const dragged = mp.locator("[data-testid=grid-stakeholder]").first();
  const id = await dragged.getAttribute("data-stakeholder");
  const ring = await dragged.locator(".grid-focus-ring").boundingBox();
  const svg = await mp.locator("[data-testid=map-grid-svg]").boundingBox();
  const from = { x: ring.x + ring.width / 2, y: ring.y + ring.height / 2 };
  const to = { x: svg.x + svg.width * 0.85, y: svg.y + svg.height * 0.15 };
  await mp.mouse.move(from.x, from.y);
  await mp.mouse.down();
  for (let i = 1; i <= 60; i++) await mp.mouse.move(from.x + ((to.x - from.x) * i) / 60, from.y + ((to.y - from.y) * i) / 60);
  const dropAt = await mp.evaluate(() => performance.now());
  await mp.mouse.up();
  const dropped = await mp.evaluate((t0) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
    window.__recording = false;
    resolve(performance.now() - t0);
  }))), dropAt);
  const frames = await mp.evaluate(() => window.__frames);
  const gaps = frames.slice(1).map((t, n) => t - frames[n]);
  line("drag: frame interval median", fmt(median(gaps)), floors.dragFrame ? `board ${fmt(floors.dragFrame)}` : "16.7 ms");
  line("drag: frame interval 95th percentile", fmt(pct(gaps, 0.95)));
  line("drop: placed, laid out again and repainted", fmt(dropped));
  const landed = await mp.locator(`[data-testid=grid-stakeholder][data-stakeholder="${id}"]`).getAttribute("data-power").catch(() => null);
  line("dragged stakeholder landed (power)", landed ?? "in a count");
  await ctx.close();
}

console.log(`\nMachine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown cpu"}; Chromium headless.`);
fs.rmSync(filePath);
await shutdown();
