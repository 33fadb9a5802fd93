// Storage goes wrong under the user: a damaged entry, a full quota, a second tab. Nothing is lost or silently overwritten.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, newPage, shutdown, screenshot } from "./harness.mjs";
import {
  tid, openApp, openTab, waitUntil, waitForText, waitForValue, storageSnapshot, docEntries, storedEntry, entryDoc,
  waitSaved, waitStored, waitRoute, libraryRows, waitLibrary, rowOf, goLibrary, fillPlan, download, readFixture,
} from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const FULL = JSON.parse(readFixture("full-v1.liaison.json"));
const GOOD_PLAN = FULL.plans[0];
const GOOD_KEY = `liaison/doc/plan/${GOOD_PLAN.id}`;

/** The text the app stores for one document (src/store/entry.rs): the revision first, then a one-document file. */
function entryText(rev, { plans = [], boards = [], stakeholder_maps = [] }) {
  const file = { format: "liaison", version: 1, exported_at: "2026-11-22T10:00:00.000Z", exported_by: "Liaison", plans, boards, stakeholder_maps, responses: [] };
  return `{"rev":${rev},"file":${JSON.stringify(file)}}`;
}

/** Writes entries into localStorage, then reloads so the app starts with them. */
async function startWith(page, entries) {
  await tid(page, "app-shell").waitFor();
  await page.evaluate((entries) => {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, entries);
  await page.reload({ waitUntil: "load" });
  await tid(page, "app-shell").waitFor();
}

const asideKeys = (snapshot) => Object.keys(snapshot).filter((k) => k.startsWith("liaison/aside/"));

test("a damaged entry is set aside intact, the rest of the app works, and the raw text can be downloaded", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const garbage = '{"rev":2,"file":{"format":"liaison","version":1,"plans":[{"id":"x","title":"Déjà vu — cut off here';
    const good = entryText(3, { plans: [GOOD_PLAN] });
    await startWith(page, { "liaison/doc/plan/x": garbage, [GOOD_KEY]: good });

    await waitLibrary(page, ["Customer-first 2027|Plan"]);
    const banner = tid(page, "aside-banner");
    await banner.waitFor();
    assert.equal(await banner.count(), 1);
    assert.match(await banner.textContent(), new RegExp(`liaison/doc/plan/x, ${[...garbage].length} characters\\) could not be read`));

    const snapshot = await storageSnapshot(page);
    assert.equal(snapshot["liaison/doc/plan/x"], undefined, "the damaged entry no longer sits under a document key");
    const [aside] = asideKeys(snapshot);
    assert.match(aside ?? "", /^liaison\/aside\/\d{4}-\d\d-\d\dT[\d:.]+Z\/liaison\/doc\/plan\/x$/);
    assert.equal(snapshot[aside], garbage, "the set-aside copy is the original text, intact");
    assert.equal(snapshot[GOOD_KEY], good, "the good entry is not rewritten");
    await screenshot(page, "aside_banner");

    const raw = await download(page, () => tid(banner, "aside-download").click());
    assert.equal(raw.name, "liaison-unreadable-entry.txt");
    assert.equal(raw.text, garbage);

    // The good plan opens, edits and saves normally.
    await tid(rowOf(page, "Customer-first 2027"), "doc-open").click();
    await waitForValue(tid(page, "plan-vision"), GOOD_PLAN.vision);
    await tid(page, "plan-vision").fill("Edited next to a damaged entry.");
    const saved = await waitStored(page, GOOD_KEY, (e) => entryDoc(e).vision === "Edited next to a damaged entry.");
    assert.ok(saved.rev > 3, "a revision above the stored one");
    await waitSaved(page);

    // A reload keeps offering it and sets nothing aside twice.
    await page.reload({ waitUntil: "load" });
    await tid(page, "aside-banner").waitFor();
    assert.equal(await tid(page, "aside-banner").count(), 1);
    assert.deepEqual(asideKeys(await storageSnapshot(page)), [aside]);

    // Delete it: dismissing the confirm keeps it, accepting deletes only that key.
    page.once("dialog", (d) => d.dismiss());
    await tid(page, "aside-discard").click();
    await page.waitForTimeout(200);
    assert.equal((await storageSnapshot(page))[aside], garbage);
    let message = "";
    page.once("dialog", (d) => { message = d.message(); d.accept(); });
    await tid(page, "aside-discard").click();
    await waitUntil(async () => (await tid(page, "aside-banner").count()) === 0, { message: "banner gone" });
    assert.match(message, /Delete the unreadable entry for good\?/);
    const after = await storageSnapshot(page);
    assert.deepEqual(asideKeys(after), []);
    assert.deepEqual(Object.keys(after), [GOOD_KEY]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("every kind of unreadable entry is set aside, none is lost, and good ones still load", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const board = { id: "b-ok", title: "A fine board", created_at: "2026-11-02T08:00:00.000Z", updated_at: "2026-11-02T08:00:00.000Z" };
    const bad = {
      // Valid JSON, but the entry under plan/y holds a plan with another id.
      "liaison/doc/plan/y": entryText(1, { plans: [{ ...GOOD_PLAN, id: "z" }] }),
      // No revision number.
      "liaison/doc/map/norev": JSON.stringify({ file: { format: "liaison", version: 1, stakeholder_maps: [{ id: "norev" }] } }),
      // A kind of document this version does not know.
      "liaison/doc/poster/p1": entryText(1, {}),
    };
    const good = { [GOOD_KEY]: entryText(1, { plans: [GOOD_PLAN] }), "liaison/doc/board/b-ok": entryText(5, { boards: [board] }) };
    const unrelated = { "someone-else": "not ours, left alone" };
    // Written by a newer Liaison: not damaged, so it stays where it is, and the user is told.
    const newer = { "liaison/doc/board/newer": '{"rev":1,"file":{"format":"liaison","version":7,"boards":[{"id":"newer"}]}}' };
    await startWith(page, { ...bad, ...good, ...unrelated, ...newer });

    await waitLibrary(page, ["Customer-first 2027|Plan", "A fine board|Workshop board"]);
    await waitUntil(async () => (await tid(page, "aside-banner").count()) === 3, { message: "3 aside banners" });
    assert.match(await tid(page, "load-warnings").textContent(), /newer version of Liaison \(liaison\/doc\/board\/newer\) was left untouched/);
    const snapshot = await storageSnapshot(page);
    const aside = asideKeys(snapshot);
    assert.equal(aside.length, 3);
    for (const [key, raw] of Object.entries(bad)) {
      const moved = aside.find((k) => k.endsWith(`/${key}`));
      assert.ok(moved, `${key} was set aside`);
      assert.equal(snapshot[moved], raw, `${key} is kept intact`);
      assert.equal(snapshot[key], undefined, `${key} is no longer a document entry`);
    }
    for (const [key, raw] of Object.entries({ ...good, ...unrelated, ...newer })) assert.equal(snapshot[key], raw, `${key} untouched`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** Fills localStorage with junk until even one more character does not fit. Returns the junk keys. */
async function fillStorage(page) {
  return page.evaluate(() => {
    const keys = [];
    for (let size = 1 << 22; size >= 1; size >>= 1) {
      const chunk = "x".repeat(size);
      for (;;) {
        const key = `junk/${keys.length}`;
        try {
          localStorage.setItem(key, chunk);
          keys.push(key);
        } catch (e) {
          if (e.name !== "QuotaExceededError") throw e;
          break;
        }
      }
    }
    return keys;
  });
}

test("full storage: a banner says the edit is not saved, the edit stays editable, export still has it, and saving resumes", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome-create-plan").click();
    const id = await waitRoute(page, "plan");
    const key = `liaison/doc/plan/${id}`;
    await fillPlan(page, { title: "Quota plan", vision: "Saved before storage filled up." });
    await waitSaved(page, (e) => e[key] && entryDoc(e[key]).vision === "Saved before storage filled up.");
    const storedBefore = (await storageSnapshot(page))[key];

    const junk = await fillStorage(page);
    assert.ok(junk.length > 0);
    const vision = tid(page, "plan-vision");
    await vision.fill("This edit does not fit in storage.");
    await tid(page, "quota-banner").waitFor();
    await waitForText(tid(page, "save-status"), "Not saved");
    assert.match(await tid(page, "quota-banner").textContent(), /storage is full/i);
    const percent = Number(/(\d+)% of storage/.exec(await tid(page, "storage-percent").textContent())?.[1]);
    assert.ok(percent >= 95, `the meter shows storage (nearly) full: ${percent}%`);
    assert.equal(await vision.inputValue(), "This edit does not fit in storage.");
    assert.equal((await storageSnapshot(page))[key], storedBefore, "the stored entry is the last one that fit");
    await screenshot(page, "quota_full");

    // Still editable; the export holds the latest text.
    await vision.fill("This edit does not fit in storage, and typing goes on.");
    await tid(page, "doc-title").fill("Quota plan, renamed");
    await waitForValue(vision, "This edit does not fit in storage, and typing goes on.");
    const exported = await download(page, () => tid(page, "quota-export").click());
    assert.match(exported.name, /^liaison-backup-\d{4}-\d\d-\d\d\.liaison\.json$/);
    const plan = JSON.parse(exported.text).plans.find((p) => p.id === id);
    assert.equal(plan.vision, "This edit does not fit in storage, and typing goes on.");
    assert.equal(plan.title, "Quota plan, renamed");

    // A new document while full: listed, not saved.
    await goLibrary(page);
    await tid(page, "create-board").click();
    const boardId = await waitRoute(page, "board");
    await waitForText(tid(page, "save-status"), "Not saved");
    await goLibrary(page);
    await waitLibrary(page, ["Quota plan, renamed|Plan", "Brainstorm|Workshop board"]);
    assert.equal((await storageSnapshot(page))[`liaison/doc/board/${boardId}`], undefined);

    // Space is freed (say, in another tab); the next edit saves everything pending and the banner goes.
    await page.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), junk);
    await tid(rowOf(page, "Quota plan, renamed"), "doc-open").click();
    await vision.fill("Storage has room again.");
    const entries = await waitSaved(page, (e) => e[key] && entryDoc(e[key]).vision === "Storage has room again." && !!e[`liaison/doc/board/${boardId}`]);
    assert.equal(entryDoc(entries[key]).title, "Quota plan, renamed");
    assert.equal(await tid(page, "quota-banner").count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("two tabs: what one tab saves shows up in the other without a reload", async () => {
  const a = await openApp(browser, url);
  try {
    await tid(a.page, "welcome-create-plan").click();
    const id = await waitRoute(a.page, "plan");
    const key = `liaison/doc/plan/${id}`;
    await fillPlan(a.page, { title: "Shared plan" });
    await waitSaved(a.page, (e) => e[key] && entryDoc(e[key]).title === "Shared plan");

    const b = await openTab(a.context, `${url}#/plan/${id}`);
    await waitForValue(tid(b.page, "doc-title"), "Shared plan");

    // A → B: vision, a department. (A page acts fastest in front: Playwright's clicks wait for animation
    // frames, which Chromium throttles in background tabs.)
    await a.page.bringToFront();
    await tid(a.page, "plan-vision").fill("Typed in tab A.");
    await waitForValue(tid(b.page, "plan-vision"), "Typed in tab A.");
    await fillPlan(a.page, { departments: [{ name: "Finance", head: "Henrik Dahl", colour: "orange" }] });
    await waitUntil(async () => (await tid(b.page, "department").count()) === 1, { message: "department in tab B" });
    await waitForValue(tid(b.page, "department-head"), "Henrik Dahl");
    await waitForValue(tid(b.page, "department-colour"), "orange");

    // B → A: the title.
    await b.page.bringToFront();
    await tid(b.page, "doc-title").fill("Shared plan, renamed in B");
    await waitForValue(tid(a.page, "doc-title"), "Shared plan, renamed in B");
    await waitStored(a.page, key, (e) => entryDoc(e).title === "Shared plan, renamed in B");

    // New and deleted documents reach the other tab's library.
    await goLibrary(b.page);
    await a.page.bringToFront();
    await goLibrary(a.page);
    await tid(a.page, "create-board").click();
    await waitRoute(a.page, "board");
    await waitLibrary(b.page, ["Shared plan, renamed in B|Plan", "Brainstorm|Workshop board"]);
    await goLibrary(a.page);
    a.page.once("dialog", (d) => d.accept());
    await tid(rowOf(a.page, "Brainstorm"), "doc-delete").click();
    await waitLibrary(b.page, ["Shared plan, renamed in B|Plan"]);

    await a.page.waitForTimeout(300);
    assert.equal(await tid(a.page, "conflict-banner").count(), 0);
    assert.equal(await tid(b.page, "conflict-banner").count(), 0);
    assert.equal((await tid(b.page, "save-status").textContent()).trim(), "Saved");
    const entries = await docEntries(a.page);
    assert.deepEqual(Object.keys(entries), [key]);
    assert.equal(entryDoc(entries[key]).vision, "Typed in tab A.");
    assert.deepEqual(a.errors, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await a.context.close();
  }
});

/**
 * A tab that does not know about a newer revision: the plan is saved, then a newer revision is written straight
 * into localStorage (as another tab would; this page gets no storage event for its own writes), then the user edits.
 */
async function staleTab(page) {
  await tid(page, "welcome-create-plan").click();
  const id = await waitRoute(page, "plan");
  const key = `liaison/doc/plan/${id}`;
  await fillPlan(page, { title: "Original", vision: "The common starting point." });
  const stored = (await waitSaved(page, (e) => e[key] && entryDoc(e[key]).vision === "The common starting point."))[key];
  const theirs = { ...stored.file.plans[0], title: "Theirs", vision: "Written by the other tab.", updated_at: new Date().toISOString() };
  const newer = entryText(stored.rev + 1, { plans: [theirs] });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, newer]);

  await tid(page, "plan-vision").fill("Mine, typed in the stale tab.");
  const banner = tid(page, "conflict-banner");
  await banner.waitFor();
  assert.match(await banner.textContent(), /“Original” was changed in another tab while you edited it here/);
  await page.waitForTimeout(400);
  assert.equal((await storageSnapshot(page))[key], newer, "the newer revision is not overwritten");
  // More typing is refused, and says so, rather than taken as if it would be saved; it stays on screen.
  await tid(page, "plan-vision").fill("Mine, typed in the stale tab, and more.");
  await waitForText(tid(page, "field-error"), /^Not saved: “Original” was changed in another tab\. Choose in the bar at the top/);
  await page.waitForTimeout(400);
  assert.equal((await storageSnapshot(page))[key], newer);
  await tid(page, "doc-title").focus();
  assert.equal(await tid(page, "plan-vision").inputValue(), "Mine, typed in the stale tab, and more.", "what I typed stays on screen");
  return { id, key, newer, theirs };
}

test("a stale tab never overwrites a newer revision: “Keep mine as a copy” keeps both versions", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const { key, newer, theirs } = await staleTab(page);
    await screenshot(page, "conflict_banner");
    await tid(page, "conflict-keep-both").click();
    await tid(page, "toast").filter({ hasText: "Your version is kept as “Original (copy)”." }).waitFor();
    await waitUntil(async () => (await tid(page, "conflict-banner").count()) === 0, { message: "banner gone" });
    // This page now shows the stored version.
    await waitForValue(tid(page, "doc-title"), "Theirs");
    await waitForValue(tid(page, "plan-vision"), theirs.vision);
    const entries = await waitSaved(page, (e) => Object.keys(e).length === 2);
    assert.equal(JSON.stringify(entries[key]), JSON.stringify(JSON.parse(newer)), "the other tab's entry is untouched");
    assert.equal((await storageSnapshot(page))[key], newer);
    const copy = Object.values(entries).map(entryDoc).find((d) => d.title === "Original (copy)");
    assert.ok(copy, "my version is stored as a copy");
    assert.equal(copy.vision, "Mine, typed in the stale tab.", "the copy holds every edit the tab took");
    await goLibrary(page);
    await waitLibrary(page, ["Theirs|Plan", "Original (copy)|Plan"]);
    // Editing the stored version now works normally.
    await tid(rowOf(page, "Theirs"), "doc-open").click();
    await tid(page, "plan-vision").fill("After the conflict.");
    const after = await waitStored(page, key, (e) => entryDoc(e).vision === "After the conflict.");
    assert.ok(after.rev > JSON.parse(newer).rev, "a revision above the newer one");
    assert.equal(await tid(page, "conflict-banner").count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a stale tab never overwrites a newer revision: “Show the other tab’s version” drops mine", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const { key, newer, theirs } = await staleTab(page);
    await tid(page, "conflict-use-theirs").click();
    await waitUntil(async () => (await tid(page, "conflict-banner").count()) === 0, { message: "banner gone" });
    await waitForValue(tid(page, "doc-title"), "Theirs");
    await waitForValue(tid(page, "plan-vision"), theirs.vision);
    await waitSaved(page);
    await page.waitForTimeout(300);
    assert.deepEqual(await storageSnapshot(page), { [key]: newer }, "nothing else stored, the newer entry untouched");
    await goLibrary(page);
    assert.deepEqual(await libraryRows(page), ["Theirs|Plan"]);
    await tid(rowOf(page, "Theirs"), "doc-open").click();
    await tid(page, "doc-title").fill("Theirs, edited here afterwards");
    const after = await waitStored(page, key, (e) => entryDoc(e).title === "Theirs, edited here afterwards");
    assert.ok(after.rev > JSON.parse(newer).rev, "a revision above the newer one");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("while a conflict is unresolved the header says the edit is not saved",
  async () => {
    const { page, context } = await openApp(browser, url);
    try {
      await staleTab(page);
      await waitForText(tid(page, "save-status"), "Not saved", { timeout: 1_000 });
    } finally {
      await context.close();
    }
  });

test("a stale tab with unsaved edits that is reloaded or closed does not overwrite the newer revision", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const { key, newer, theirs } = await staleTab(page);
    // The browser asks before the unsaved edits go; leaving anyway is the user's choice.
    let asked = "";
    page.once("dialog", (d) => { asked = d.type(); d.accept(); });
    await page.reload({ waitUntil: "load" }); // pagehide writes what is pending, except conflicting documents
    assert.equal(asked, "beforeunload");
    await waitForValue(tid(page, "doc-title"), "Theirs");
    await waitForValue(tid(page, "plan-vision"), theirs.vision);
    assert.equal((await storageSnapshot(page))[key], newer);
    assert.equal(await tid(page, "conflict-banner").count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("two tabs editing the same plan at the same moment: one gets the conflict banner, no edit is lost", async () => {
  const a = await openApp(browser, url);
  try {
    await tid(a.page, "welcome-create-plan").click();
    const id = await waitRoute(a.page, "plan");
    const key = `liaison/doc/plan/${id}`;
    await fillPlan(a.page, { title: "Contested" });
    await waitSaved(a.page, (e) => e[key] && entryDoc(e[key]).title === "Contested");
    const b = await openTab(a.context, `${url}#/plan/${id}`);
    await waitForValue(tid(b.page, "doc-title"), "Contested");

    // Both edit within the autosave delay (250 ms), so each has unsaved edits when the other saves.
    await b.page.bringToFront();
    const t0 = Date.now();
    await tid(b.page, "plan-vision").fill("Vision from B.");
    await tid(a.page, "plan-vision").fill("Vision from A.");
    const gap = Date.now() - t0;
    assert.ok(gap < 200, `both edits happened within the autosave delay (${gap} ms)`);

    const banners = async () => [await tid(a.page, "conflict-banner").count(), await tid(b.page, "conflict-banner").count()];
    await waitUntil(async () => (await banners()).reduce((x, y) => x + y) >= 1, { message: "a conflict banner" });
    await a.page.waitForTimeout(400);
    const [inA, inB] = await banners();
    assert.equal(inA + inB, 1, `exactly one tab shows the conflict (A: ${inA}, B: ${inB})`);
    const [loser, winnerVision, loserVision] = inA ? [a.page, "Vision from B.", "Vision from A."] : [b.page, "Vision from A.", "Vision from B."];
    assert.equal(entryDoc(await storedEntry(a.page, key)).vision, winnerVision, "the first save is stored");
    assert.equal(await tid(loser, "plan-vision").inputValue(), loserVision, "the other edit is still on screen");

    await loser.bringToFront();
    await tid(loser, "conflict-keep-both").click();
    await tid(loser, "toast").filter({ hasText: "Your version is kept as “Contested (copy)”." }).waitFor();
    const entries = await waitSaved(loser, (e) => Object.keys(e).length === 2);
    const visions = Object.values(entries).map(entryDoc).map((d) => `${d.title}: ${d.vision}`).sort();
    assert.deepEqual(visions, [`Contested (copy): ${loserVision}`, `Contested: ${winnerVision}`]);
    for (const p of [a.page, b.page]) {
      await p.bringToFront();
      await goLibrary(p);
      await waitLibrary(p, ["Contested|Plan", "Contested (copy)|Plan"]);
    }
    assert.deepEqual(a.errors, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await a.context.close();
  }
});
