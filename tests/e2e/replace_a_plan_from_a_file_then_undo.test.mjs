// The liaison opens a copy of a plan they already have, which differs only in its logs: the dialog names what
// differs ("1 decision", not "Different: ."), and whatever they choose, the toast's Undo puts their plan back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, screenshot } from "./harness.mjs";
import {
  tid, openApp, waitUntil, waitForText, waitSaved, waitStored, storedEntry, entryDoc, openFiles, fixturePath,
  textFile, goLibrary, waitLibrary,
} from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const PLAN_KEY = "liaison/doc/plan/p-tracking";
const LATER = "2026-11-28T10:00:00.000Z";

/** The liaison's plan: the tracking fixture, opened and stored. Returns the stored plan. */
async function havePlan(page) {
  await openFiles(page, fixturePath("plan-tracking-v1.liaison.json"));
  await tid(page, "plan-editor").waitFor();
  await dismissToasts(page);
  const entries = await waitSaved(page, (e) => Boolean(e[PLAN_KEY]), { message: "the plan is stored" });
  return entryDoc(entries[PLAN_KEY]);
}

async function dismissToasts(page) {
  for (const close of await tid(page, "toast").getByRole("button", { name: "Dismiss" }).all()) await close.click();
  await waitUntil(async () => (await tid(page, "toast").count()) === 0, { message: "toasts dismissed" });
}

/** A file holding `plan` changed by `change`, as another department would send it back. */
function copyOf(plan, name, change) {
  const copy = structuredClone(plan);
  change(copy);
  copy.updated_at = LATER;
  const file = { format: "liaison", version: 1, exported_at: LATER, exported_by: "IT", plans: [copy], boards: [], stakeholder_maps: [], responses: [] };
  return { file: textFile(name, JSON.stringify(file, null, 2)), plan: copy };
}

/** Opens `file`, which clashes with the plan; returns the dialog's line about the plan. */
async function openClash(page, file) {
  await openFiles(page, file);
  const dialog = tid(page, "import-dialog");
  await dialog.waitFor();
  const item = tid(dialog, "import-conflict");
  assert.equal(await item.count(), 1);
  return { dialog, said: (await item.textContent()).trim() };
}

/** The toast of the import of `name`, which must offer Undo. */
function importToast(page, name) {
  return tid(page, "toast").filter({ hasText: `Opened “${name}”: 1 document added or updated.` });
}

/** The decision titles on screen, newest first. */
const decisionTitles = (page) => tid(page, "decision-title").allTextContents();

test("a copy differing by one decision: the dialog says “1 decision”, Replace, then Undo brings mine back for good", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const mine = await havePlan(page);
    const name = "service-2027-from-it.liaison.json";
    const theirs = copyOf(mine, name, (p) => (p.decisions[1].title = "Use a shared inbox, decided by IT"));

    const { dialog, said } = await openClash(page, theirs.file);
    assert.match(said, /^Service 2027 \(Plan\)/);
    assert.match(said, /Different: 1 decision\.$/, said);
    await screenshot(page, "import_conflict_one_decision");

    await tid(dialog, "import-replace").click();
    const toast = importToast(page, name);
    await toast.waitFor();
    const undo = toast.getByRole("button", { name: "Undo" });
    assert.equal(await undo.count(), 1, "the toast of a Replace offers Undo");
    await waitStored(page, PLAN_KEY, (e) => entryDoc(e).decisions[1].title === "Use a shared inbox, decided by IT",
      { message: "the file's plan is stored" });
    // The import opens the plan it replaced: the file's decision is what the liaison sees now.
    await tid(page, "tab-decisions").click();
    await waitUntil(async () => (await decisionTitles(page)).includes("Use a shared inbox, decided by IT"), { message: "the file's decision shown" });

    await undo.click();
    await waitUntil(async () => (await decisionTitles(page)).includes("Use a shared inbox instead"), { message: "my decision shown again" });
    assert.deepEqual(await decisionTitles(page), ["Use a shared inbox instead", "Buy a ticket tool"]);
    await waitSaved(page, (e) => e[PLAN_KEY] && entryDoc(e[PLAN_KEY]).updated_at === mine.updated_at, { message: "my plan stored again" });
    assert.deepEqual(entryDoc(await storedEntry(page, PLAN_KEY)), mine, "the stored plan is exactly mine again");

    await page.reload({ waitUntil: "load" });
    await tid(page, "tab-decisions").click();
    await waitUntil(async () => (await decisionTitles(page)).length === 2, { message: "decisions after the reload" });
    assert.deepEqual(await decisionTitles(page), ["Use a shared inbox instead", "Buy a ticket tool"]);
    assert.deepEqual(entryDoc(await storedEntry(page, PLAN_KEY)), mine, "a reload keeps my plan");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("copies differing only in lessons or only in comments are named so; Undo after Keep both removes the copy", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const mine = await havePlan(page);
    const lessons = "service-2027-lessons.liaison.json";
    const { file } = copyOf(mine, lessons, (p) => (p.lessons[0].applied = true));
    const first = await openClash(page, file);
    assert.match(first.said, /Different: 1 lesson learned\.$/, first.said);
    await tid(first.dialog, "import-keep-both").click();
    await importToast(page, lessons).waitFor();
    await goLibrary(page);
    await waitLibrary(page, ["Service 2027|Plan", "Service 2027 (imported)|Plan"]);
    await waitSaved(page, (e) => Object.keys(e).length === 2, { message: "the copy is stored beside mine" });

    await importToast(page, lessons).getByRole("button", { name: "Undo" }).click();
    await waitLibrary(page, ["Service 2027|Plan"]);
    const entries = await waitSaved(page, (e) => Object.keys(e).length === 1, { message: "the copy's entry is gone" });
    assert.deepEqual(entryDoc(entries[PLAN_KEY]), mine, "my plan was never touched");

    const comments = "service-2027-comments.liaison.json";
    const second = await openClash(page, copyOf(mine, comments, (p) => {
      p.comments = [{ id: "c-it", department_id: "d-it", by: "Tom Keller", at: LATER, plan_hash: "0000", text: "IT can run the inbox.", objection: false, updated_at: LATER }];
    }).file);
    assert.match(second.said, /Different: 1 comment\.$/, second.said);
    await tid(second.dialog, "import-cancel").click();
    await tid(page, "toast").filter({ hasText: `Opening “${comments}” was cancelled. Nothing was changed.` }).waitFor();
    assert.deepEqual(entryDoc(await storedEntry(page, PLAN_KEY)), mine);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("an edit made after a Replace is never lost to its Undo: the Undo is refused and says why", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const mine = await havePlan(page);
    const name = "service-2027-vision.liaison.json";
    const { file } = copyOf(mine, name, (p) => (p.vision = "The file's vision"));
    const { dialog, said } = await openClash(page, file);
    assert.match(said, /Different: vision\.$/, said);
    await tid(dialog, "import-replace").click();
    const undo = importToast(page, name).getByRole("button", { name: "Undo" });
    await undo.waitFor();

    // While the toast still offers Undo, the liaison goes on editing the replaced plan.
    await tid(page, "tab-overview").click();
    await tid(page, "plan-vision").fill("Typed after the import");
    await waitStored(page, PLAN_KEY, (e) => entryDoc(e).vision === "Typed after the import", { message: "the edit is stored" });

    await undo.click();
    await waitForText(tid(page, "toast").last(), /“Service 2027” was changed after the file was opened, so the import was not undone/);
    assert.equal(await tid(page, "plan-vision").inputValue(), "Typed after the import", "the edit is still on screen");
    assert.equal(entryDoc(await storedEntry(page, PLAN_KEY)).vision, "Typed after the import", "and still stored");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("what was repaired while reading the file is said in the dialog, before Replace is chosen", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const mine = await havePlan(page);
    const name = "service-2027-bad-date.liaison.json";
    const { file } = copyOf(mine, name, (p) => (p.decisions[0].date = "2027-02-30"));
    const { dialog } = await openClash(page, file);
    await waitForText(tid(dialog, "import-notes"), /decisions\[0\]\.date: “2027-02-30” is not a date/);
    const box = await tid(dialog, "import-notes").boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box && box.y + box.height <= viewport.height, "the notes are on screen with the choice");
    await tid(dialog, "import-cancel").click();
    assert.deepEqual(entryDoc(await storedEntry(page, PLAN_KEY)), mine, "Cancel changes nothing");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
