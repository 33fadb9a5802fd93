// A facilitator rearranges a board by hand: a group dragged by its grip to another area (and back by keyboard
// alone), and a note dragged to an area off screen while the page scrolls, by the wheel or by itself near the edge.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, newPage, shutdown, watchErrors, SCREENSHOT_DIR } from "./harness.mjs";
import { tid, waitUntil, waitForText, waitSaved, entryDoc, openFiles, textFile } from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const NOW = "2026-11-22T10:00:00.000Z";
const WORDS = "we could share the budget figures earlier so every department plans with the same numbers and fewer surprises".split(" ");

/** A SWOT board (two columns) with `perArea` notes in each area and the given clusters `{id, area, title, notes}`. */
function boardFile(id, perArea, clusters = []) {
  const areas = ["Strengths", "Weaknesses", "Opportunities", "Threats"].map((title, n) => ({ id: `a${n}`, title, updated_at: NOW }));
  const grouped = new Map(clusters.flatMap((c) => c.notes.map((n) => [n, c.id])));
  const notes = [];
  for (let a = 0; a < 4; a++) {
    for (let n = 0; n < perArea; n++) {
      const text = `${areas[a].title} ${n + 1}: ${WORDS.slice(0, 6 + ((n * 5) % 12)).join(" ")}`;
      const cluster_id = grouped.get(`${a}.${n}`);
      notes.push({ id: `n${a}-${n}`, area_id: `a${a}`, text, ...(cluster_id && { cluster_id }), created_at: NOW, updated_at: NOW });
    }
  }
  const board = {
    id, title: "Budget retro", columns: 2, areas, notes, created_at: NOW, updated_at: NOW,
    clusters: clusters.map((c) => ({ id: c.id, area_id: `a${c.area}`, title: c.title, updated_at: NOW })),
  };
  return JSON.stringify({ format: "liaison", version: 1, exported_at: NOW, exported_by: "test", plans: [], boards: [board], stakeholder_maps: [], responses: [] });
}

/** Opens a fresh app at `viewport` (a touch screen with `hasTouch`), imports the board and opens it. */
async function openBoard(viewport, id, file, { hasTouch = false } = {}) {
  const opened = hasTouch ? await touchPage(viewport) : await newPage(browser, url, { viewport });
  const { page } = opened;
  await tid(page, "app-shell").waitFor({ timeout: 15_000 });
  await openFiles(page, textFile("board.liaison.json", file));
  await waitSaved(page, (e) => !!e[`liaison/doc/board/${id}`], { message: "the imported board stored" });
  await page.evaluate((id) => { location.hash = `#/board/${id}`; }, id);
  await tid(page, "board-page").waitFor();
  await tid(page, "toast").locator(".toast-close").click();
  // The areas at the top of the window: the mouse does not scroll to what it presses.
  await area(page, 0).evaluate((e) => e.scrollIntoView());
  return opened;
}

async function touchPage(viewport) {
  const context = await browser.newContext({ viewport, hasTouch: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url, { waitUntil: "load" });
  return { page, context, errors };
}

const area = (page, n) => tid(page, "area").nth(n);
/** A cluster by its id (the fixture's, so the test does not depend on how titles are shown). */
const cluster = (page, id) => page.locator(`[data-testid="cluster"][data-cluster="${id}"]`);
const clusterTitles = (scope) => tid(scope, "cluster-title").evaluateAll((els) => els.map((e) => e.value));
const looseTexts = (page, n) => area(page, n).locator(":scope > .note-list [data-testid=note-text]").allTextContents();
const stored = async (page, id) => entryDoc((await waitSaved(page, (e) => !!e[`liaison/doc/board/${id}`]))[`liaison/doc/board/${id}`]);
const centre = (box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** What the window shows (not the full page: a drag is under way), to target/screenshots/<name>.png. */
async function shot(page, name) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Presses at `from`, then moves the pointer to `to` in small steps, still pressed. */
async function pressAndMove(page, from, to, steps = 10) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
}

test("a group dragged by its grip to another area keeps its notes there, stored and after a reload; and by keyboard", async () => {
  const file = boardFile("board-groups", 3, [
    { id: "c-rep", area: 0, title: "Reputation", notes: ["0.0", "0.1"] },
    { id: "c-other", area: 1, title: "Costs", notes: ["1.0"] },
  ]);
  const { page, context, errors } = await openBoard({ width: 1280, height: 720 }, "board-groups", file);
  try {
    const rep = cluster(page, "c-rep");
    await tid(rep, "cluster-grip").waitFor();
    await shot(page, "board_dragging_grips");
    // A press on the title field does not drag: it is for typing.
    const titleBox = await tid(rep, "cluster-title").boundingBox();
    await pressAndMove(page, centre(titleBox), { x: titleBox.x + 200, y: titleBox.y + 200 }, 4);
    assert.equal(await tid(page, "drop-indicator").count(), 0, "no drag from the title");
    await page.mouse.up();

    // Escape in the middle of a drag puts the group back and moves nothing.
    const gripAt = centre(await tid(rep, "cluster-grip").boundingBox());
    const costsAt = await cluster(page, "c-other").boundingBox();
    await pressAndMove(page, gripAt, { x: costsAt.x + 40, y: costsAt.y + 6 }, 6);
    assert.equal(await tid(page, "drop-indicator").count(), 1);
    await page.keyboard.press("Escape");
    assert.equal(await tid(page, "drop-indicator").count(), 0, "Escape removes the indicator");
    assert.equal(await rep.evaluate((e) => e.style.transform), "", "and puts the group back");
    await page.mouse.up();
    assert.deepEqual(await clusterTitles(area(page, 0)), ["Reputation"], "nothing moved");

    // Drag by the grip to Weaknesses, above its group "Costs".
    const grip = centre(await tid(rep, "cluster-grip").boundingBox());
    const costs = await cluster(page, "c-other").boundingBox();
    await pressAndMove(page, grip, { x: costs.x + 40, y: costs.y + 6 }, 12);
    const indicator = await tid(page, "drop-indicator").boundingBox();
    assert.ok(indicator && Math.abs(indicator.y - (costs.y - 4)) <= 2, `the indicator shows above "Costs" (${JSON.stringify(indicator)} vs ${costs.y})`);
    assert.ok(await rep.evaluate((e) => e.classList.contains("dragging")), "the group follows the pointer");
    await shot(page, "board_dragging_group_mid_drag");
    await page.mouse.up();

    await waitUntil(async () => JSON.stringify(await clusterTitles(area(page, 1))) === JSON.stringify(["Reputation", "Costs"]), { message: "group dropped in Weaknesses" });
    assert.deepEqual(await clusterTitles(area(page, 0)), []);
    assert.deepEqual(await tid(cluster(page, "c-rep"), "note-text").allTextContents(), (await tid(area(page, 1), "note-text").allTextContents()).slice(0, 2));
    assert.match((await tid(cluster(page, "c-rep"), "note-text").allTextContents())[0], /^Strengths 1:/, "its notes came along");
    await waitForText(tid(page, "board-live"), "Moved group Reputation to Weaknesses, 1 of 2 groups.");
    assert.equal(await tid(page, "drop-indicator").count(), 0, "the indicator is gone");

    let board = await stored(page, "board-groups");
    assert.equal(board.clusters.find((c) => c.id === "c-rep").area_id, "a1");
    assert.deepEqual(board.clusters.filter((c) => c.area_id === "a1").map((c) => c.id), ["c-rep", "c-other"]);
    assert.deepEqual(board.notes.filter((n) => n.cluster_id === "c-rep").map((n) => [n.id, n.area_id]), [["n0-0", "a1"], ["n0-1", "a1"]]);
    assert.deepEqual(board.notes.filter((n) => n.id === "n0-2").map((n) => n.area_id), ["a0"], "the loose note stays");

    await page.reload({ waitUntil: "load" });
    await tid(page, "board-page").waitFor();
    await cluster(page, "c-rep").waitFor();
    await area(page, 0).evaluate((e) => e.scrollIntoView());
    assert.deepEqual(await clusterTitles(area(page, 1)), ["Reputation", "Costs"]);
    assert.equal(await tid(cluster(page, "c-rep"), "note").count(), 2);

    // By keyboard alone, from the grip: one place down, then to the next area; the grip keeps the focus.
    await tid(cluster(page, "c-rep"), "cluster-grip").focus();
    await page.keyboard.press("Alt+ArrowDown");
    await waitForText(tid(page, "board-live"), "Moved group Reputation to Weaknesses, 2 of 2 groups.");
    assert.deepEqual(await clusterTitles(area(page, 1)), ["Costs", "Reputation"]);
    await page.keyboard.press("Alt+ArrowRight");
    await waitForText(tid(page, "board-live"), "Moved group Reputation to Opportunities, 1 of 1 group.");
    await waitUntil(async () => (await clusterTitles(area(page, 2))).includes("Reputation"), { message: "moved to Opportunities" });
    const focused = () => page.evaluate(() => document.activeElement?.closest(".cluster")?.getAttribute("data-cluster") + "/" + document.activeElement?.getAttribute("data-testid"));
    await waitUntil(async () => (await focused()) === "c-rep/cluster-grip", { message: "the grip keeps the focus" });
    // Alt+arrows typed in the title field stay with the field.
    await tid(cluster(page, "c-rep"), "cluster-title").focus();
    await page.keyboard.press("Alt+ArrowLeft");
    assert.deepEqual(await clusterTitles(area(page, 2)), ["Reputation"]);
    board = await stored(page, "board-groups");
    assert.deepEqual(board.notes.filter((n) => n.cluster_id === "c-rep").map((n) => n.area_id), ["a2", "a2"]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** Drags note `text` from the top area to above a note of Threats (off screen), scrolling with `scroll(page)`. */
async function dragWhileScrolling(scroll, name) {
  const id = `board-${name}`;
  // Enough notes that Threats starts two windows down, notes side by side as they are.
  const { page, context, errors } = await openBoard({ width: 1000, height: 560 }, id, boardFile(id, 30));
  try {
    const dragged = tid(area(page, 0), "note").nth(1);
    const draggedText = await tid(dragged, "note-text").textContent();
    const target = tid(area(page, 3), "note").nth(4);
    const targetText = await tid(target, "note-text").textContent();
    assert.ok((await target.boundingBox()).y > 560 * 2, "the target starts well below the window");
    const from = await dragged.boundingBox();
    await pressAndMove(page, { x: from.x + 30, y: from.y + 10 }, { x: 700, y: 300 }, 8);
    await scroll(page, target);
    // Over the left half of the target note (notes sit side by side): the indicator shows just left of it.
    const box = await target.boundingBox();
    assert.ok(box.y > 0 && box.y + box.height < 560, `the target scrolled into view (${JSON.stringify(box)})`);
    await page.mouse.move(box.x + box.width / 4, box.y + 8, { steps: 3 });
    const indicator = await tid(page, "drop-indicator").boundingBox();
    assert.ok(Math.abs(indicator.y - box.y) <= 2 && indicator.x < box.x && indicator.x > box.x - 10, `indicator at ${JSON.stringify(indicator)}, target at ${JSON.stringify(box)}`);
    await page.mouse.up();
    await waitUntil(async () => (await looseTexts(page, 3)).includes(draggedText), { message: "dropped in Threats" });
    const texts = await looseTexts(page, 3);
    assert.equal(texts.indexOf(draggedText) + 1, texts.indexOf(targetText), "it landed where the indicator showed");
    const board = await stored(page, id);
    const threats = board.notes.filter((n) => n.area_id === "a3").map((n) => n.text);
    assert.equal(threats.indexOf(draggedText), 4);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
}

test("a note dragged while the wheel scrolls the page lands where the indicator shows", () =>
  dragWhileScrolling(async (page, target) => {
    for (let i = 0; i < 40 && (await target.boundingBox()).y > 300; i++) await page.mouse.wheel(0, 120);
    await waitUntil(async () => (await target.boundingBox()).y < 400, { message: "wheel scrolled" });
  }, "wheel"));

test("a note held near the bottom edge scrolls the page by itself to an area off screen", () =>
  dragWhileScrolling(async (page, target) => {
    await page.mouse.move(700, 552, { steps: 4 });
    const scrolled = await waitUntil(async () => (await target.boundingBox()).y < 360 && (await page.evaluate(() => scrollY)), { timeout: 10_000, message: "auto-scroll" });
    assert.ok(scrolled > 0);
    await page.mouse.move(700, 300, { steps: 2 });
    // Away from the edge the page stays where it is.
    const at = await page.evaluate(() => scrollY);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(await page.evaluate(() => scrollY), at, "no scrolling in the middle of the window");
  }, "edge"));

test("on a touch screen a finger on a grip drags the group, and elsewhere it scrolls the page", async () => {
  const file = boardFile("board-touch", 6, [{ id: "c-rep", area: 0, title: "Reputation", notes: ["0.0"] }]);
  const { page, context, errors } = await openBoard({ width: 900, height: 600 }, "board-touch", file, { hasTouch: true });
  try {
    const cdp = await context.newCDPSession(page);
    /** One finger from `from` to `to` in small steps, with the real touch pipeline (touch-action applies). */
    const swipe = async (from, to, steps = 10) => {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [from] });
      for (let i = 1; i <= steps; i++) {
        const at = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
        await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [at] });
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    };
    const scrollY = () => page.evaluate(() => scrollY);
    const before = await scrollY();
    const grip = centre(await tid(cluster(page, "c-rep"), "cluster-grip").boundingBox());
    const loose = await area(page, 1).locator(":scope > .note-list").boundingBox();
    await swipe(grip, { x: loose.x + 60, y: loose.y - 20 });
    await waitUntil(async () => (await clusterTitles(area(page, 1))).includes("Reputation"), { message: "group dragged by touch" });
    assert.equal(await scrollY(), before, "the page did not scroll under the finger");
    // The gap beside the grid scrolls the page as usual.
    const grid = await area(page, 0).boundingBox();
    await swipe({ x: Math.max(grid.x - 30, 10), y: 450 }, { x: Math.max(grid.x - 30, 10), y: 150 });
    await waitUntil(async () => (await scrollY()) > before + 50, { message: "a swipe elsewhere scrolls the page" });
    const board = await stored(page, "board-touch");
    assert.equal(board.clusters[0].area_id, "a1");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
