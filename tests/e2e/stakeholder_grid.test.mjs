// The stakeholder map's power/interest grid: drag two stakeholders with a real pointer and move one with the arrow
// keys (quadrant and strategy change on screen and in storage), Escape puts a drag back, labels never overlap (also
// with 40 stakeholders from a file), "changes since" draws arrows, Export SVG, a reload keeps the positions; projector
// mode: AAA contrast, labels of 24 px or more, clicker keys, A for the assessment, Esc. Screenshots at 1280x720 and
// 1024x768, normal and projector.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, shutdown, screenshot } from "./harness.mjs";
import { ROOT, tid, openApp, openFiles, textFile, waitUntil, waitForText, waitSaved, waitStored, download, routeOf } from "./fixtures/helpers.mjs";
import { openExampleMap } from "./fixtures/journey.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");
const KEY = "liaison/doc/map/m-service";
const marker = (page, id) => page.locator(`[data-testid="grid-stakeholder"][data-stakeholder="${id}"]`);
const twinRow = (page, name) => tid(page, "grid-twin-row").filter({ hasText: name });
const storedStakeholder = (entry, id) => entry?.file.stakeholder_maps[0].stakeholders.find((s) => s.id === id);

async function openGrid(page) {
  await tid(page, "map-tab-grid").click();
  await tid(page, "map-grid-svg").waitFor();
  await waitUntil(async () => (await tid(page, "grid-stakeholder").count()) > 0, { message: "markers drawn" });
}

/** The middle of cell (power, interest) in page coordinates, from the plot the SVG declares. */
async function cellMiddle(page, power, interest) {
  return page.evaluate(([power, interest]) => {
    const svg = document.querySelector('[data-testid="map-grid-svg"]');
    const [left, top, width, height] = svg.dataset.plot.split(" ").map(Number);
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    return { x: box.left + (left + (interest - 0.5) * width / 5) * scale, y: box.top + (top + (5.5 - power) * height / 5) * scale };
  }, [power, interest]);
}

/** Drags stakeholder `id` to cell (power, interest) with the mouse, in small steps as a hand does. */
async function drag(page, id, power, interest, { escape = false } = {}) {
  await tid(page, "map-grid-svg").evaluate((svg) => svg.scrollIntoView({ block: "center" }));
  const ring = await marker(page, id).locator(".grid-focus-ring").boundingBox();
  const from = { x: ring.x + ring.width / 2, y: ring.y + ring.height / 2 };
  const to = await cellMiddle(page, power, interest);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
  if (escape) await page.keyboard.press("Escape");
  await page.mouse.up();
}

/** Label boxes on the page: none overlaps another, all inside the SVG. */
async function labelsApart(page) {
  const { boxes, svg } = await page.evaluate(() => ({
    boxes: [...document.querySelectorAll('[data-testid="grid-label"] text')].map((t) => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, t.textContent]; }),
    svg: (({ left, top, right, bottom }) => [left, top, right, bottom])(document.querySelector('[data-testid="map-grid-svg"]').getBoundingClientRect()),
  }));
  for (const [i, a] of boxes.entries()) {
    assert.ok(a[0] >= svg[0] - 0.5 && a[1] >= svg[1] - 0.5 && a[2] <= svg[2] + 0.5 && a[3] <= svg[3] + 0.5, `label ${a[4]} outside the grid`);
    for (const b of boxes.slice(i + 1)) {
      const overlap = a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;
      assert.ok(!overlap, `labels ${a[4]} and ${b[4]} overlap: ${a.slice(0, 4)} / ${b.slice(0, 4)}`);
    }
  }
  return boxes.length;
}

async function contrastViolations(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["color-contrast-enhanced"] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`));
}

test("grid: drag two with the mouse, one by keyboard; Escape puts back; changes since; export SVG; reload", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    const id = await openExampleMap(page);
    await openGrid(page);
    assert.equal(await tid(page, "grid-stakeholder").count(), 3);
    assert.equal(await tid(page, "grid-legend-item").count(), 5);
    // The override shows as one: a mark in the label, words in the twin.
    await waitForText(twinRow(page, "Works council").locator('[data-testid="grid-twin-strategy"]'), /Keep satisfied \*.*set by hand; the quadrant says manage closely/);
    assert.match(await marker(page, "s-council").locator('[data-testid="grid-label"]').textContent(), /Works council \*/);
    await screenshot(page, "grid-1280x720");

    // Local Gazette (power 1, interest 3: monitor) dragged to power 5, interest 2: keep satisfied.
    await drag(page, "s-press", 5, 2);
    await waitUntil(async () => (await marker(page, "s-press").getAttribute("data-power")) === "5", { message: "Gazette at power 5" });
    assert.equal(await marker(page, "s-press").getAttribute("data-interest"), "2");
    await waitForText(twinRow(page, "Local Gazette").locator('[data-testid="grid-twin-quadrant"]'), "High power, low interest");
    await waitForText(twinRow(page, "Local Gazette").locator('[data-testid="grid-twin-strategy"]'), "Keep satisfied");
    await waitForText(tid(page, "grid-live"), "Local Gazette: power 5, interest 2, keep satisfied.");
    // Ines Duarte (5, 4: manage closely) dragged to power 2, interest 5: keep informed.
    await drag(page, "s-ines", 2, 5);
    await waitForText(twinRow(page, "Ines Duarte").locator('[data-testid="grid-twin-quadrant"]'), "Low power, high interest");
    await waitForText(twinRow(page, "Ines Duarte").locator('[data-testid="grid-twin-strategy"]'), "Keep informed");
    // Escape during a drag puts it back.
    await drag(page, "s-ines", 5, 1, { escape: true });
    assert.equal(await marker(page, "s-ines").getAttribute("data-power"), "2");
    assert.equal(await marker(page, "s-ines").getAttribute("data-interest"), "5");

    // Works council by keyboard: down one step (power 3: keep informed by quadrant, keep satisfied by hand).
    await marker(page, "s-council").focus();
    await page.keyboard.press("ArrowDown");
    await waitForText(tid(page, "grid-live"), "Works council: power 3, interest 5, keep satisfied (set by hand; the quadrant says keep informed).");
    await waitForText(twinRow(page, "Works council").locator('[data-testid="grid-twin-quadrant"]'), "Low power, high interest");
    // The marker is drawn again at its place, then focused in the next frame.
    await waitUntil(() => page.evaluate(() => document.activeElement?.dataset.stakeholder === "s-council"), { message: "the moved marker keeps the focus" });
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.stakeholder), "s-council", "the moved marker keeps the focus");
    await page.keyboard.press("ArrowLeft");
    await waitForText(tid(page, "grid-live"), /Works council: power 3, interest 4,/);

    const entry = await waitStored(page, KEY, (e) => storedStakeholder(e, "s-council")?.interest === 4 && storedStakeholder(e, "s-ines")?.power === 2, { message: "moves stored" });
    assert.deepEqual([storedStakeholder(entry, "s-press").power, storedStakeholder(entry, "s-press").interest], [5, 2]);
    assert.deepEqual(storedStakeholder(entry, "s-press").placements.map((p) => p.how), ["dragged"]);
    assert.deepEqual(storedStakeholder(entry, "s-council").placements.map((p) => p.how), ["keyboard", "keyboard"]);
    assert.equal(storedStakeholder(entry, "s-ines").placements.at(-1).how, "dragged");
    assert.equal(await labelsApart(page), 3);

    // The history beside the grid, reached from the marker.
    await marker(page, "s-ines").locator(".grid-focus-ring").click();
    await waitForText(tid(page, "grid-details-name"), "Ines Duarte");
    assert.equal(await tid(page, "grid-history-entry").count(), 3);
    assert.match(await tid(page, "grid-history-entry").last().textContent(), /2026-11-02: power 4, interest 2 \(added\)/);

    // Changes since a day before the workshop: Ines's arrow from (4, 2) to where she stands.
    await tid(page, "grid-since").fill("2026-11-21");
    await waitUntil(async () => (await tid(page, "grid-change-arrow").count()) === 1, { message: "one arrow" });
    await waitForText(tid(page, "grid-changes"), /1 stakeholder moved since 2026-11-21.*2 placed for the first time/);
    assert.equal(await tid(page, "grid-change-arrow").getAttribute("data-stakeholder"), "s-ines");
    await screenshot(page, "grid-changes-1280x720");

    const svg = await download(page, () => tid(page, "grid-export-svg").click());
    assert.match(svg.name, /^who-cares-about-response-times-grid\.svg$/);
    assert.match(svg.text, /^<\?xml[^]*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const text of ["Works council *", "Local Gazette", "Manage closely", "Keep informed", "Interest →"]) assert.ok(svg.text.includes(text), `the SVG holds ${text}`);
    assert.ok(svg.text.includes('data-testid="grid-change-arrow"'), "the arrows as drawn");

    await page.reload();
    await tid(page, "map-grid-svg").waitFor();
    await waitUntil(async () => (await marker(page, "s-council").getAttribute("data-interest")) === "4", { message: "positions after reload" });
    assert.equal(await marker(page, "s-press").getAttribute("data-power"), "5");
    assert.equal(await marker(page, "s-ines").getAttribute("data-power"), "2");
    await page.setViewportSize({ width: 1024, height: 768 });
    await waitUntil(async () => (await labelsApart(page)) === 3, { message: "labels at 1024" });
    await screenshot(page, "grid-1024x768");
    assert.equal(routeOf(page).id, id);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("grid: 40 stakeholders from a file, no two labels overlap", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    let seed = 12345;
    const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const names = ["Works council", "Head of Finance", "IT security", "Procurement", "Mayor's office", "Customer panel", "Local Gazette", "Union rep"];
    const now = "2026-11-22T10:00:00.000Z";
    const stakeholders = Array.from({ length: 40 }, (_, n) => ({
      id: `s${n}`, name: `${names[n % names.length]} ${n + 1}`, kind: "group", power: 1 + rnd(5), interest: 1 + rnd(5),
      attitude: ["champion", "supporter", "neutral", "critic", "blocker"][n % 5], created_at: now, updated_at: now,
    }));
    const file = { format: "liaison", version: 1, exported_at: now, exported_by: "test", plans: [], boards: [], responses: [],
      stakeholder_maps: [{ id: "m-forty", title: "Forty", stakeholders, created_at: now, updated_at: now }] };
    await tid(page, "welcome").waitFor();
    await openFiles(page, textFile("forty.liaison.json", JSON.stringify(file)));
    // A file of one map may open on it, or stay in the library.
    await page.locator('[data-testid="library"], [data-testid="map-page"]').first().waitFor();
    await page.evaluate(() => { location.hash = "#/map/m-forty/grid"; });
    await tid(page, "map-grid-svg").waitFor();
    await waitUntil(async () => (await tid(page, "grid-stakeholder").count()) === 40, { message: "40 markers" });
    assert.equal(await labelsApart(page), 40, "every one labelled");
    assert.equal(await tid(page, "grid-crowd").count(), 0);
    assert.equal(await tid(page, "grid-twin-row").count(), 40);
    await screenshot(page, "grid-forty-1280x720");
    await page.setViewportSize({ width: 1024, height: 768 });
    await waitUntil(async () => { await labelsApart(page); return true; }, { message: "labels at 1024" });
    await screenshot(page, "grid-forty-1024x768");
    // Projector at 1280x720 with 24 px labels: apart too; who has no room is counted in its cell.
    await page.setViewportSize({ width: 1280, height: 720 });
    await tid(page, "grid-projector").click();
    await tid(page, "map-projector").waitFor();
    await page.waitForTimeout(200);
    const labelled = await labelsApart(page);
    const counted = await page.evaluate(() => [...document.querySelectorAll('[data-testid="grid-crowd"] text')].reduce((n, t) => n + Number(t.textContent.slice(1)), 0));
    assert.equal(labelled + counted, 40, "each is labelled or counted");
    await screenshot(page, "grid-forty-projector-1280x720");
    if (counted > 0) {
      // A count opens the list of who is in its cell.
      await tid(page, "grid-crowd").first().click();
      await tid(page, "grid-crowd-list").waitFor();
      assert.ok((await tid(page, "grid-crowd-list").locator("li").count()) > Number((await tid(page, "grid-crowd").first().textContent()).slice(1)) - 1);
      assert.deepEqual(await contrastViolations(page), []);
      await screenshot(page, "grid-forty-projector-list-1280x720");
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("grid projector: AAA contrast, labels of 24 px, clicker keys, A, Esc", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    const id = await openExampleMap(page);
    await openGrid(page);
    await tid(page, "grid-projector").click();
    await tid(page, "map-projector").waitFor();
    assert.equal(routeOf(page).section, "projector");
    await waitUntil(async () => (await tid(page, "grid-label").count()) === 3, { message: "labels in projector mode" });
    await screenshot(page, "grid-projector-1280x720");
    assert.deepEqual(await contrastViolations(page), []);
    const sizes = await page.evaluate(() => [...document.querySelectorAll('[data-testid="map-projector"] [data-testid="grid-label"] text, [data-testid="map-projector"] svg text')]
      .map((t) => { const svg = t.ownerSVGElement; return parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width; }));
    assert.ok(sizes.length > 10 && Math.min(...sizes) >= 24, `text on the projector's grid at least 24 px: ${Math.min(...sizes)}`);
    await labelsApart(page);

    // The clicker: the first quadrant, then the stakeholders in it.
    await page.keyboard.press("PageDown");
    await waitForText(tid(page, "map-projector-current"), "Manage closely (high power, high interest): 2 stakeholders");
    assert.equal(await tid(page, "grid-current-quadrant").count(), 1);
    await page.keyboard.press("PageDown");
    await waitForText(tid(page, "map-projector-current"), /^Ines Duarte: power 5, interest 4, manage closely, critic/);
    assert.equal(await page.locator(".grid-stakeholder.lit").getAttribute("data-stakeholder"), "s-ines");
    await page.keyboard.press("ArrowRight");
    await waitForText(tid(page, "map-projector-current"), /^Works council: power 4, interest 5, keep satisfied \(set by hand; the quadrant says manage closely\), blocker/);
    await page.keyboard.press("PageDown");
    await waitForText(tid(page, "map-projector-current"), /^Keep satisfied \(high power, low interest\): 0 stakeholders/);
    await page.keyboard.press("PageUp");
    await waitForText(tid(page, "map-projector-current"), /^Works council/);
    assert.deepEqual(await contrastViolations(page), []);

    await page.keyboard.press("a");
    await tid(page, "map-projector-assess").waitFor();
    await page.keyboard.press("a");
    await tid(page, "map-projector").locator('[data-testid="map-grid-svg"]').waitFor();

    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForTimeout(200);
    await labelsApart(page);
    await screenshot(page, "grid-projector-1024x768");
    assert.deepEqual(await contrastViolations(page), []);

    await page.keyboard.press("Escape");
    await tid(page, "map-grid-view").waitFor();
    assert.equal(routeOf(page).section, "grid");
    assert.equal(routeOf(page).id, id);
    assert.equal(await page.evaluate(() => document.body.classList.contains("projecting")), false);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
