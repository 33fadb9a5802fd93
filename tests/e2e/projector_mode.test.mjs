// Projector mode of a "one lane per department" board: large type, AAA contrast checked by axe-core,
// keyboard/clicker control, and Esc back to the editor; then after a vote: where the vote stands in the strip,
// group totals, a tall lane in columns, stepping to the last group, Fit (W) and the ranking (K).
// Screenshots at 1280x720 and 1024x768.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, shutdown, screenshot } from "./harness.mjs";
import { ROOT, tid, openApp, paste, waitUntil, waitForText, routeOf } from "./fixtures/helpers.mjs";
import { createExampleLaneBoard } from "./fixtures/journey.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");

/** Opens the bar's menu `menu` when what the test needs (`testid`) is folded into it. */
async function reach(page, testid, menu) {
  if (!(await tid(page, testid).isVisible()) && (await tid(page, menu).count())) await tid(page, menu).click();
  await tid(page, testid).waitFor();
}

/** Closes an open menu of the bar (a popover) so it covers no note. */
async function closeMenus(page) {
  await page.evaluate(() => document.querySelectorAll(":popover-open").forEach((p) => p.hidePopover()));
}

const note = (scope, text) => tid(scope, "note").filter({ hasText: text });

/** Runs axe-core's AAA colour-contrast rule on the page; returns the violations. */
async function contrastViolations(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["color-contrast-enhanced"] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`));
}

test("projector mode: large AAA type, clicker keys, Esc leaves", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    const id = await createExampleLaneBoard(page);
    assert.deepEqual(await tid(page, "area-title").allTextContents(), ["Customer Service", "Finance", "IT", "Marketing"]);
    // Notes tagged with each lane's department (the chip shows the name).
    const lanes = { "Customer Service": ["Answer within a day", "Callback queue"], Finance: ["Budget per quarter"], IT: ["Single sign-on for every tool we use in the contact centre"], Marketing: ["Survey customers"] };
    for (const [n, [department, notes]] of Object.entries(lanes).entries()) {
      await tid(page, "note-department").selectOption({ label: department });
      await tid(tid(page, "area").nth(n), "note-input").click();
      for (const text of notes) {
        await page.keyboard.type(text);
        await page.keyboard.press("Enter");
      }
    }
    await waitUntil(async () => (await tid(page, "note").count()) === 5, { message: "five notes" });
    assert.equal(await tid(tid(page, "note").first(), "note-chip").textContent(), "Customer Service");
    await reach(page, "timer-minutes", "open-timer");
    await tid(page, "timer-minutes").fill("2");
    await tid(page, "timer-set").click();
    await closeMenus(page);
    await tid(page, "toggle-hidden").click();
    await screenshot(page, "board_editor_1280x720");

    await tid(page, "open-projector").click();
    const projector = tid(page, "projector");
    await projector.waitFor();
    assert.equal(routeOf(page).section, "projector");
    assert.equal(await tid(page, "note-input").count(), 0, "no editing chrome");
    assert.equal(await page.locator(".topbar").isVisible(), false, "the app header is hidden");
    assert.ok(await tid(page, "projector-legend").isVisible(), "the key legend is always visible");
    // Texts are hidden until R reveals them.
    assert.deepEqual([...new Set(await tid(page, "projector-note-text").allTextContents())], ["hidden"]);
    await page.keyboard.press("r");
    await waitForText(tid(page, "projector-note-text").first(), "Answer within a day");

    for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(viewport);
      const sizes = await tid(page, "projector-note-text").evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
      assert.ok(sizes.length === 5 && sizes.every((s) => s >= 24), `note text ≥ 24px at ${viewport.width}x${viewport.height}: ${sizes}`);
      assert.deepEqual(await contrastViolations(page), [], `AAA contrast at ${viewport.width}x${viewport.height}`);
      await screenshot(page, `projector_${viewport.width}x${viewport.height}`);
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    // Clicker keys: step through the areas, focus one, run the timer. The title and the timer stay on screen,
    // and the area stepped to comes into view below them (and above the legend) at both sizes.
    const current = () => tid(page, "projector-area").evaluateAll((els) => els.findIndex((e) => e.classList.contains("current")));
    const inView = async (message) => {
      const { innerHeight } = await page.evaluate(() => ({ innerHeight: window.innerHeight }));
      const top = await page.locator(".projector-top").boundingBox();
      const title = await page.locator(".projector h1").boundingBox();
      const timer = await tid(page, "projector-timer").boundingBox();
      assert.ok(title.y >= 0 && title.y + title.height <= innerHeight, `${message}: the title is on screen`);
      assert.ok(timer.y >= 0 && timer.y + timer.height <= innerHeight, `${message}: the timer is on screen`);
      const legend = await tid(page, "projector-legend").boundingBox();
      await waitUntil(async () => {
        const box = await page.locator(".projector-area.current").boundingBox();
        return box && box.y >= top.y + top.height - 1 && box.y + Math.min(box.height, legend.y - top.height) <= legend.y + 1;
      }, { message: `${message}: the current area is in view` });
    };
    for (const viewport of [{ width: 1024, height: 768 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(viewport);
      await inView(`on entry at ${viewport.width}x${viewport.height}`);
      for (let n = 1; n < 4; n++) {
        await page.keyboard.press("PageDown");
        await waitUntil(async () => (await current()) === n, { message: `area ${n + 1} current` });
        await inView(`area ${n + 1} at ${viewport.width}x${viewport.height}`);
      }
      for (let n = 2; n >= 0; n--) await page.keyboard.press("PageUp");
      await waitUntil(async () => (await current()) === 0, { message: "back to the first area" });
    }
    assert.equal(await current(), 0);
    await page.keyboard.press("ArrowRight");
    await waitUntil(async () => (await current()) === 1, { message: "second area current" });
    await page.keyboard.press("PageDown");
    await waitUntil(async () => (await current()) === 2, { message: "third area current" });
    await page.keyboard.press("PageUp");
    await waitUntil(async () => (await current()) === 1, { message: "back to the second" });
    await page.keyboard.press("f");
    await waitUntil(async () => (await tid(page, "projector-area").evaluateAll((els) => els.filter((e) => e.offsetParent).length)) === 1, { message: "one area in focus" });
    await screenshot(page, "projector_focused_area");
    await page.keyboard.press("f");
    await waitForText(tid(page, "projector-timer"), "2:00");
    await page.keyboard.press("t");
    await waitForText(tid(page, "projector-timer"), /^1:5\d$/, { timeout: 4_000 });
    await page.keyboard.press("t");

    // Esc leaves projector mode for the editor.
    await page.keyboard.press("Escape");
    await tid(page, "board-page").waitFor();
    assert.equal(routeOf(page).section, "");
    assert.equal(routeOf(page).id, id);
    assert.ok(await page.locator(".topbar").isVisible(), "the header is back");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** Checks the notes `texts` (hovering each, as their boxes show on hover) and groups them as `title`. */
async function group(page, texts, title) {
  for (const text of texts) {
    await note(page, text).hover();
    await tid(note(page, text), "note-select").check();
  }
  const before = await tid(page, "cluster").count();
  await tid(page, "group-title").fill(title);
  await tid(page, "group-notes").click();
  await waitUntil(async () => (await tid(page, "cluster").count()) > before, { message: `group ${title}` });
}

/** The vote in the editor: `who` votes for each of `texts`. */
async function votes(page, who, texts) {
  await waitForText(tid(page, "vote-turn"), new RegExp(`^${who}’s turn`));
  for (const text of texts) await tid(note(page, text), "note-vote").click();
}

test("projector mode after a vote: the strip says where it stands, groups total, a tall lane fits, W and K", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    await createExampleLaneBoard(page);
    const lanes = { "Customer Service": ["Answer within a day", "Callback queue"], Finance: ["Budget per quarter"], IT: ["Single sign-on"], Marketing: ["Survey customers"] };
    for (const [n, notes] of Object.values(lanes).entries()) {
      await tid(tid(page, "area").nth(n), "note-input").click();
      for (const text of notes) {
        await page.keyboard.type(text);
        await page.keyboard.press("Enter");
      }
    }
    // A tall lane: 23 more notes pasted as a list into Customer Service (25 in all).
    const service = tid(page, "area").first();
    await paste(tid(service, "note-input"), Array.from({ length: 23 }, (_, n) => `Idea ${n + 1} from the front desk`).join("\n"));
    await tid(service, "paste-as-notes").click();
    await waitUntil(async () => (await tid(page, "note").count()) === 28, { message: "28 notes" });
    await tid(page, "toast").getByRole("button", { name: "Dismiss" }).click();
    await group(page, ["Answer within a day", "Callback queue"], "Response times");
    await group(page, ["Survey customers"], "Listening");
    await reach(page, "timer-minutes", "open-timer");
    await tid(page, "timer-minutes").fill("5");
    await tid(page, "timer-set").click();
    await closeMenus(page);

    // Finance and IT, three votes each; Finance has cast one when the room looks.
    await reach(page, "vote-names", "open-voting");
    await tid(page, "vote-names").fill("Finance\nIT");
    await tid(page, "vote-budget").fill("3");
    await tid(page, "vote-start").click();
    await closeMenus(page);
    await votes(page, "Finance", ["Answer within a day"]);
    await tid(page, "open-projector").click();
    await waitForText(tid(page, "projector-vote-state"), "Voting — Finance’s turn, 2 of 3 votes left");
    assert.equal(await tid(page, "projector-group-votes").count(), 0, "no totals before the reveal");
    await page.keyboard.press("Escape");
    await tid(page, "board-page").waitFor();
    await votes(page, "Finance", ["Callback queue", "Survey customers"]);
    await tid(page, "vote-next").click();
    await votes(page, "IT", ["Answer within a day", "Survey customers", "Single sign-on"]);
    await waitForText(tid(page, "vote-turn"), /^Everyone has voted/);

    await tid(page, "open-projector").click();
    await waitForText(tid(page, "projector-vote-state"), "Everyone has voted");
    await page.keyboard.press("r");
    await waitForText(tid(page, "projector-vote-state"), "Results revealed");
    // Groups say their notes' votes together; nothing says "0 votes".
    assert.deepEqual(await tid(page, "projector-group-votes").allTextContents(), ["3 votes", "2 votes"]);
    assert.ok(!(await tid(page, "projector").textContent()).includes("0 votes"), "no zero-vote noise");

    // The tall lane takes a row and its notes flow into columns.
    const tall = tid(page, "projector-area").first();
    assert.ok(await tall.evaluate((e) => e.classList.contains("tall")), "Customer Service is tall");
    const columns = await tid(tall, "projector-note").evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().x))).size);
    assert.ok(columns >= 3, `the lane's notes flow into columns: ${columns}`);

    const groupNames = async () => tid(page, "projector-group").evaluateAll((els) => els.findIndex((e) => e.classList.contains("current")));
    const within = async (locator, message) => {
      const { innerWidth, innerHeight } = await page.evaluate(() => ({ innerWidth, innerHeight }));
      const box = await locator.boundingBox();
      assert.ok(box && box.x >= -1 && box.y >= -1 && box.x + box.width <= innerWidth + 1 && box.y + box.height <= innerHeight + 1, `${message}: ${JSON.stringify(box)} in ${innerWidth}x${innerHeight}`);
      return box;
    };
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
      const size = `${viewport.width}x${viewport.height}`;
      await page.setViewportSize(viewport);
      for (let n = 0; n < 8; n++) await page.keyboard.press("PageUp");
      await waitUntil(async () => (await tid(page, "projector-area").first().evaluate((e) => e.classList.contains("current"))) && (await groupNames()) === -1, { message: "the first stop" });
      await waitUntil(async () => {
        const [area, strip] = [await tid(page, "projector-area").first().boundingBox(), await tid(page, "projector-strip").boundingBox()];
        return Math.abs(area.y - (strip.y + strip.height)) <= 12;
      }, { message: `the tall first area shows its start at ${size}` });
      await screenshot(page, `projector_voted_first_step_${size}`);

      // Step to the last group: the strip stays, and the group comes fully into view between it and the legend.
      for (let n = 0; n < 8; n++) await page.keyboard.press("PageDown");
      await waitUntil(async () => (await groupNames()) === 1, { message: "the last group current" });
      const strip = await within(tid(page, "projector-strip"), `the strip at ${size}`);
      await within(page.locator(".projector h1"), `the title at ${size}`);
      await within(tid(page, "projector-timer"), `the timer at ${size}`);
      await within(tid(page, "projector-vote-state"), `the vote's state at ${size}`);
      const legend = await tid(page, "projector-legend").boundingBox();
      await waitUntil(async () => {
        const box = await page.locator(".projector-cluster.current").boundingBox();
        return box.y >= strip.y + strip.height - 1 && box.y + box.height <= legend.y + 1;
      }, { message: `the last group fully in view at ${size}` });
      await within(page.locator(".projector-cluster.current"), `the last group at ${size}`);
      await screenshot(page, `projector_voted_last_step_${size}`);

      // W: the whole board on screen, its notes still readable (≥ 14 px as seen).
      await page.keyboard.press("w");
      await waitUntil(async () => (await tid(page, "projector-grid").getAttribute("style"))?.includes("scale("), { message: "the board is fitted" });
      await page.waitForTimeout(100);
      assert.equal(await tid(page, "projector-fit").getAttribute("aria-pressed"), "true");
      const layout = await page.evaluate(() => ["projector-top", "projector-legend", "projector-grid", "projector-frame"].map((c) => {
        const e = document.querySelector(`.${c}`);
        return `${c}: ${e.offsetWidth}x${e.offsetHeight} ${e.getAttribute("style") ?? ""}`;
      }));
      assert.equal(await tid(page, "projector-fit-note").count(), 0, `it fits readably at ${size}: ${layout.join("; ")}`);
      await within(tid(page, "projector-grid"), `the whole board at ${size}`);
      const seen = await tid(page, "projector-note-text").evaluateAll((els) =>
        els.map((e) => parseFloat(getComputedStyle(e).fontSize) * (e.getBoundingClientRect().height / e.offsetHeight)));
      assert.ok(Math.min(...seen) >= 14, `note text ≥ 14px as seen at ${size}: ${Math.min(...seen)}`);
      await screenshot(page, `projector_fit_${size}`);
      await page.keyboard.press("w");
      await waitUntil(async () => !(await tid(page, "projector-grid").getAttribute("style"))?.includes("scale("), { message: "W again: back to the board" });

      // K: the ranking, large; ties in board order.
      await page.keyboard.press("k");
      await tid(page, "projector-ranking").waitFor();
      assert.ok(!(await tid(page, "projector-grid").isVisible()), "the ranking replaces the board");
      const items = (list) => tid(tid(page, "projector-ranking"), list).locator("li").allInnerTexts();
      assert.deepEqual((await items("ranking-notes")).map((t) => t.replace(/\s+/g, " ")), [
        "Answer within a day Customer Service 2 votes", "Survey customers Marketing 2 votes", "Callback queue Customer Service 1 vote", "Single sign-on IT 1 vote",
      ]);
      assert.deepEqual((await items("ranking-groups")).map((t) => t.replace(/\s+/g, " ")), ["Response times Customer Service 3 votes", "Listening Marketing 2 votes"]);
      const sizes = await tid(page, "projector-ranking").locator("h2, h3, li span").evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
      assert.ok(sizes.every((s) => s >= 24), `ranking text ≥ 24px: ${sizes}`);
      assert.deepEqual(await contrastViolations(page), [], `AAA contrast of the ranking at ${size}`);
      await screenshot(page, `projector_ranking_${size}`);
      await page.keyboard.press("k");
      await tid(page, "projector-grid").waitFor();
    }
    assert.deepEqual(await contrastViolations(page), [], "AAA contrast after the reveal");

    // The editor shows the same top 5 under its bar.
    await page.keyboard.press("Escape");
    await tid(page, "board-page").waitFor();
    await waitForText(tid(tid(page, "board-ranking"), "ranking-notes").locator("li").first(), /Answer within a day\s*Customer Service\s*2 votes/);
    await screenshot(page, "board_ranking_editor");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
