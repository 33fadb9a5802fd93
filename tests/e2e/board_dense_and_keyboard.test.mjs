// A board that reads as a board: a SWOT board with twenty notes shows all twenty on the first screen at 1280x720;
// a note's buttons show only on the note pointed at or focused; every action works from the keyboard (edit, delete,
// select, group, arrows between notes) and is listed in the sheet that "?" opens; the bar with the selection stays
// in sight while scrolling; a long group title wraps instead of being cut off. axe-core finds nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot, shutdown } from "./harness.mjs";
import { axeFindings, openApp, tid, waitForText, waitUntil } from "./fixtures/helpers.mjs";

let app;
before(async () => {
  app = await launch();
});
after(shutdown);

const note = (scope, text) => tid(scope, "note").filter({ hasText: text });
const activeText = (page) => page.evaluate(() => document.activeElement?.querySelector?.(".note-text")?.textContent ?? null);

/** The notes whose whole box is inside the window. */
const fullyVisible = (page) => page.evaluate(() => [...document.querySelectorAll('[data-testid="note"]')].filter((n) => {
  const r = n.getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
}).length);

const SWOT = [
  ["Loyal customers", "Strong brand in the region", "Good team", "Fast decisions", "Own warehouse"],
  ["Slow IT", "Old CRM nobody likes", "Too many spreadsheets", "Sales and service do not talk", "Unclear budget owner"],
  ["New market in the north", "Partnership with the university", "Self-service portal", "Subsidies for training", "Bundles"],
  ["New competitor", "Rising costs of energy and transport", "Regulation", "Key people leaving", "Price war"],
];

test("twenty notes on the first screen, actions on the focused note, every action by keyboard", async () => {
  const { page, context, errors } = await openApp(app.browser, app.url);
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    await tid(page, "board-template").selectOption("swot");
    await tid(page, "welcome-create-board").click();
    await tid(page, "board-page").waitFor();
    for (const [n, texts] of SWOT.entries()) {
      const input = tid(tid(page, "area").nth(n), "note-input");
      for (const text of texts) {
        await input.fill(text);
        await input.press("Enter");
      }
    }
    await waitUntil(async () => (await tid(page, "note").count()) === 20, { message: "twenty notes" });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(1, 1);
    assert.ok((await fullyVisible(page)) >= 20, `at least twenty notes on the first screen, saw ${await fullyVisible(page)}`);
    await screenshot(page, "board-editor-1280x720");

    // A note's buttons show only while it is pointed at or focused.
    assert.equal(await tid(page, "note-edit").filter({ visible: true }).count(), 0, "no note shows its buttons");
    await note(page, "Good team").hover();
    assert.equal(await tid(page, "note-edit").filter({ visible: true }).count(), 1, "the note pointed at shows its buttons");
    const edit = await tid(note(page, "Good team"), "note-edit").boundingBox();
    const box = await note(page, "Good team").boundingBox();
    assert.ok(edit.x >= box.x && edit.x + edit.width <= box.x + box.width + 1, "the buttons sit on the note");

    // Keyboard: focus a note, arrows go to the nearest note that way, Enter edits, Enter saves and the focus comes back.
    await note(page, "Loyal customers").focus();
    assert.equal(await tid(note(page, "Loyal customers"), "note-edit").isVisible(), true, "the focused note shows its buttons");
    await page.keyboard.press("ArrowRight");
    await waitUntil(async () => (await activeText(page)) !== "Loyal customers", { message: "right arrow moves the focus" });
    const right = await activeText(page);
    assert.ok(SWOT[0].includes(right) || SWOT[1].includes(right), `the note right of it, got ${right}`);
    await note(page, "Good team").focus();
    await page.keyboard.press("Enter");
    await tid(page, "note-edit-input").waitFor();
    await page.keyboard.type(" and kind");
    await page.keyboard.press("Enter");
    await note(page, "Good team and kind").waitFor();
    await waitUntil(async () => (await activeText(page)) === "Good team and kind", { message: "focus back on the edited note" });

    // X selects; the bar says so; G names the group; Enter groups.
    await page.keyboard.press("x");
    await note(page, "Fast decisions").focus();
    await page.keyboard.press(" ");
    await waitForText(tid(page, "group-bar").locator(".group-count"), "2 notes selected");
    // The bar stays in sight while the notes scroll.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const bar = await tid(page, "group-bar").boundingBox();
    assert.ok(bar && bar.y >= 0 && bar.y + bar.height <= 720, `the selection bar is in sight after scrolling: ${JSON.stringify(bar)}`);
    await note(page, "Fast decisions").focus();
    await page.keyboard.press("g");
    await waitUntil(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "group-title"), { message: "G focuses the group title" });
    const longTitle = "People and speed: the team decides quickly and customers notice it";
    await page.keyboard.type(longTitle);
    await page.keyboard.press("Enter");
    const cluster = tid(page, "cluster");
    await cluster.waitFor();
    assert.equal(await tid(cluster, "cluster-title").inputValue(), longTitle);
    // The whole title is on screen: the field wraps it rather than cutting it off.
    const cut = await tid(cluster, "cluster-title").evaluate((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
    assert.equal(cut, false, "the group title is not cut off");

    // Delete on a focused note deletes it, with Undo; the focus goes on to a neighbour.
    await note(page, "Bundles").focus();
    await page.keyboard.press("Delete");
    await waitUntil(async () => (await note(page, "Bundles").count()) === 0, { message: "deleted" });
    await waitUntil(async () => (await activeText(page)) !== null, { message: "the focus goes on to a neighbour" });
    await tid(tid(page, "toast").filter({ hasText: "Note deleted." }), "undo").click();
    await note(page, "Bundles").waitFor();

    // "?" lists every key.
    await page.locator("body").press("?");
    const sheet = tid(page, "shortcut-sheet");
    await sheet.waitFor();
    for (const words of ["Edit its text", "Delete it", "Select it for grouping", "Go to the nearest note that way", "Start or pause the timer"]) {
      await waitForText(sheet, new RegExp(words));
    }
    assert.deepEqual(await axeFindings(page), [], "the key sheet passes axe");
    await screenshot(page, "board-shortcut-sheet");
    await page.keyboard.press("Escape");
    await waitUntil(async () => (await sheet.count()) === 0, { message: "Escape closes the sheet" });

    // The voting menu opens under its button; axe finds nothing on the board with it open.
    await tid(page, "open-voting").click();
    await tid(page, "vote-names").waitFor();
    const menu = await tid(page, "voting-panel").boundingBox();
    assert.ok(menu.y + menu.height <= 720 && menu.x + menu.width <= 1280, "the voting menu is inside the window");
    assert.deepEqual(await axeFindings(page), [], "the board editor passes axe");
    await page.keyboard.press("Escape");

    await page.setViewportSize({ width: 1024, height: 768 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "board-editor-1024x768");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
