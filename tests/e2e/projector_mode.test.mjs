// Projector mode of a "one lane per department" board: large type, AAA contrast checked by axe-core,
// keyboard/clicker control, and Esc back to the editor. Screenshots at 1280x720 and 1024x768.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, shutdown, screenshot } from "./harness.mjs";
import { ROOT, tid, openApp, waitUntil, waitForText, routeOf } from "./fixtures/helpers.mjs";
import { createExampleLaneBoard } from "./fixtures/journey.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");

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
    await tid(page, "timer-minutes").fill("2");
    await tid(page, "timer-set").click();
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
