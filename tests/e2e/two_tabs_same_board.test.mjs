// A workshop board open in two tabs of one browser: what one tab adds shows up in the other; when both add at
// once, the tab that cannot save says so at the top of the window however far down it is scrolled, refuses further
// edits with a message instead of taking them as saved, and "Keep mine as a copy" stores every note it had.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, screenshot } from "./harness.mjs";
import { tid, openApp, openTab, waitUntil, waitForText, waitSaved, waitStored, storedEntry, docEntries, entryDoc, waitRoute } from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const firstArea = (page) => tid(page, "area").first();
const noteTexts = (page) => tid(page, "note-text").allTextContents();
const storedNotes = (entry) => (entryDoc(entry).notes ?? []).map((n) => n.text).sort();
const REFUSED = /^Not saved: “.+” was changed in another tab\. Choose in the bar at the top: keep yours as a copy, or take theirs\.$/;

/** Types a note into the first area's input, without pressing Enter yet. */
async function typeNote(page, text) {
  const input = tid(firstArea(page), "note-input");
  await input.focus();
  await page.keyboard.type(text);
}

/** Whether the element is inside the viewport and on top there (not covered by a sticky bar). */
async function inSightOnTop(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inside = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && r.height > 0;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 12));
    return inside && el.contains(hit);
  });
}

async function scrollToBottom(page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(100);
  return page.evaluate(() => window.scrollY);
}

test("two tabs editing the same board — the second tab's banner stays visible while scrolling and its edits are not lost", async () => {
  const one = await openApp(browser, url);
  try {
    await tid(one.page, "welcome-create-board").click();
    const id = await waitRoute(one.page, "board");
    const key = `liaison/doc/board/${id}`;
    await tid(one.page, "board-page").waitFor();
    await waitSaved(one.page, (e) => !!e[key]);
    const two = await openTab(one.context, `${url}#/board/${id}`);
    await tid(two.page, "board-page").waitFor();

    // Tab one adds notes; tab two, with nothing unsaved, shows each one without a reload or a banner.
    await one.page.bringToFront();
    const shared = Array.from({ length: 24 }, (_, n) => `Idea ${n + 1} from tab one, a note long enough to wrap onto a second line`);
    for (const text of shared) {
      await typeNote(one.page, text);
      await one.page.keyboard.press("Enter");
      await tid(firstArea(one.page), "note").filter({ hasText: text }).waitFor();
    }
    await waitUntil(async () => (await noteTexts(two.page)).length === shared.length, { message: "tab two shows tab one's notes" });
    assert.deepEqual((await noteTexts(two.page)).sort(), [...shared].sort());
    await waitStored(one.page, key, (e) => storedNotes(e).length === shared.length);
    assert.equal(await tid(two.page, "conflict-banner").count(), 0);
    assert.equal(await tid(one.page, "conflict-banner").count(), 0);

    // Both add a note at the same moment; tab one (in front) saves first, tab two still has its note unsaved.
    const theirs = "Theirs, added in tab one";
    const mine = "Mine, added in tab two before it knew";
    await typeNote(one.page, theirs);
    await typeNote(two.page, mine);
    await one.page.keyboard.press("Enter");
    await two.page.keyboard.press("Enter");
    const banner = tid(two.page, "conflict-banner");
    await banner.waitFor({ timeout: 5_000 });
    await one.page.waitForTimeout(400);
    assert.equal(await tid(one.page, "conflict-banner").count(), 0, "only the tab that cannot save is in conflict");
    assert.equal(await banner.getAttribute("role"), "alert");
    assert.match(await banner.textContent(), /was changed in another tab while you edited it here\. Your edits in this tab are not saved/);
    assert.deepEqual(storedNotes(await storedEntry(one.page, key)), [...shared, theirs].sort(), "tab one's save is stored");
    assert.ok((await noteTexts(two.page)).includes(mine), "tab two's note stays on its screen");
    await waitForText(tid(two.page, "save-status"), "Not saved");

    // Scrolled to the bottom of the board (a short window, as on a laptop with the console open), the banner is
    // still in sight, on top of everything there, and the board's sticky toolbar sits below it, not under it.
    await two.page.bringToFront();
    await two.page.setViewportSize({ width: 1024, height: 480 });
    const scrolled = await scrollToBottom(two.page);
    assert.ok(scrolled > 150, `the board is long enough to scroll (scrolled ${scrolled}px)`);
    assert.ok(await inSightOnTop(banner), "the banner is inside the viewport and not covered");
    await waitUntil(async () => {
      const [b, bar] = [await banner.boundingBox(), await tid(two.page, "board-toolbar").boundingBox()];
      return bar && b.y >= 0 && (bar.y + bar.height <= 0 || bar.y >= b.y + b.height - 1);
    }, { message: "the board's toolbar is not hidden under the banner" });
    assert.ok(await inSightOnTop(tid(banner, "conflict-keep-both")));
    assert.ok(await inSightOnTop(tid(banner, "conflict-use-theirs")));
    await screenshot(two.page, "two_tabs_conflict_scrolled");

    // A further note in tab two is refused, and says why; what was typed stays in the input.
    const later = "Typed in tab two after the clash";
    await typeNote(two.page, later);
    await two.page.keyboard.press("Enter");
    await waitForText(tid(firstArea(two.page), "note-input-error"), REFUSED);
    assert.equal(await tid(firstArea(two.page), "note-input").inputValue(), later, "what was typed is not lost");
    assert.ok(!(await noteTexts(two.page)).includes(later), "not shown as if it were taken");
    await two.page.waitForTimeout(400);
    assert.deepEqual(storedNotes(await storedEntry(two.page, key)), [...shared, theirs].sort(), "nothing written over tab one's save");
    await scrollToBottom(two.page);
    assert.ok(await inSightOnTop(banner), "the banner keeps saying it");

    // Keep mine as a copy: the copy holds every note tab two had; the board itself is now tab one's, here too.
    await tid(banner, "conflict-keep-both").click();
    await tid(two.page, "toast").filter({ hasText: /Your version is kept as “.+ \(copy\)”\./ }).first().waitFor();
    await waitUntil(async () => (await tid(two.page, "conflict-banner").count()) === 0, { message: "banner gone" });
    const entries = await waitSaved(two.page, (e) => Object.keys(e).length === 2);
    const copyKey = Object.keys(entries).find((k) => k !== key);
    assert.deepEqual(storedNotes(entries[copyKey]), [...shared, mine].sort(), "every note of tab two is in the copy");
    assert.deepEqual(storedNotes(entries[key]), [...shared, theirs].sort(), "tab one's board is untouched");
    await waitUntil(async () => (await noteTexts(two.page)).includes(theirs), { message: "tab two shows tab one's version" });

    // The refused note, still in the input, is taken now.
    await tid(firstArea(two.page), "note-input").focus();
    await two.page.keyboard.press("Enter");
    await waitStored(two.page, key, (e) => storedNotes(e).includes(later));
    await waitUntil(async () => (await noteTexts(one.page)).includes(later), { message: "tab one shows it too" });
    assert.equal(Object.keys(await docEntries(one.page)).length, 2);
    assert.deepEqual(one.errors, []);
    assert.deepEqual(two.errors, []);
  } finally {
    await one.context.close();
  }
});
