// A user exports work to a file and opens it elsewhere (or again): nothing is lost, nothing is replaced unasked.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, screenshot } from "./harness.mjs";
import {
  tid, openApp, waitUntil, waitForText, waitForValue, storageSnapshot, docEntries, storedEntry, entryDoc, waitSaved,
  waitStored, waitRoute, libraryRows, waitLibrary, rowOf, goLibrary, fillPlan, download, openFiles, dropFile,
  textFile, fixturePath, readFixture, withoutExportedAt,
} from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const FULL = JSON.parse(readFixture("full-v1.liaison.json"));
const FULL_PLAN_KEY = `liaison/doc/plan/${FULL.plans[0].id}`;
const FULL_ROWS = [
  "Customer-first 2027|Plan",
  "Kick-off workshop|Workshop board",
  "Standalone retro|Workshop board",
  "Who cares about response times|Stakeholder map",
];
const today = () => new Date().toISOString().slice(0, 10);

/** Makes a plan with departments, a board and a map through the UI; returns the stored entries. */
async function buildWorkspace(page) {
  await tid(page, "welcome-create-plan").click();
  const planId = await waitRoute(page, "plan");
  await fillPlan(page, {
    title: "Round trip 2027",
    vision: "Ünïcödé, “quotes”, emoji 🚀 and\nnew lines survive a round trip.",
    start: "2027-02-01",
    end: "2028-01-31",
    status: "in_execution",
    departments: [
      { name: "Finance", head: "Henrik Dahl", representative: "Sofia Marín", colour: "yellow" },
      { name: "Customer Service", head: "Amara Okafor", representative: "", colour: "sky-blue" },
    ],
  });
  await goLibrary(page);
  await tid(page, "create-board").click();
  await waitRoute(page, "board");
  await tid(page, "doc-title").fill("Kick-off board");
  await goLibrary(page);
  await tid(page, "create-map").click();
  await waitRoute(page, "map");
  await tid(page, "doc-title").fill("Stakeholders of the round trip");
  await goLibrary(page);
  const rows = ["Round trip 2027|Plan", "Kick-off board|Workshop board", "Stakeholders of the round trip|Stakeholder map"];
  await waitLibrary(page, rows);
  const entries = await waitSaved(page, (e) => {
    const docs = Object.values(e).map(entryDoc);
    return docs.length === 3 && docs.some((d) => d.title === "Stakeholders of the round trip") &&
      docs.some((d) => d.id === planId && d.departments.length === 2 && d.departments[1].colour === "sky-blue");
  });
  return { entries, rows, planId };
}

/** Opens a fixture with the file input and waits for the "Opened" toast. */
async function openFixture(page, name, rows = FULL_ROWS) {
  await openFiles(page, fixturePath(name));
  await tid(page, "toast").filter({ hasText: `Opened “${name}”` }).waitFor();
  await goLibrary(page);
  await waitLibrary(page, rows);
}

test("export everything, open the file in an empty browser: the same documents, exactly", async () => {
  const a = await openApp(browser, url);
  let b;
  try {
    const { entries, rows } = await buildWorkspace(a.page);
    const backup = await download(a.page, () => tid(a.page, "export-all").click());
    assert.equal(backup.name, `liaison-backup-${today()}.liaison.json`);
    const file = JSON.parse(backup.text);
    assert.equal(file.format, "liaison");
    assert.equal(file.version, 1);
    assert.match(file.exported_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(file.plans.length, 1);
    assert.equal(file.boards.length, 1);
    assert.equal(file.stakeholder_maps.length, 1);
    assert.deepEqual(
      [...file.plans, ...file.boards, ...file.stakeholder_maps].sort((x, y) => x.id.localeCompare(y.id)),
      Object.values(entries).map(entryDoc).sort((x, y) => x.id.localeCompare(y.id)),
      "the file holds exactly the stored documents",
    );

    // A fresh browser profile: empty storage.
    b = await openApp(browser, url);
    await tid(b.page, "welcome").waitFor();
    await openFiles(b.page, { name: backup.name, mimeType: "application/json", buffer: Buffer.from(backup.text) });
    await waitForText(tid(b.page, "toast").first().locator("span").first(), `Opened “${backup.name}”: 3 documents added or updated.`);
    await waitLibrary(b.page, rows);
    const imported = await waitSaved(b.page, (e) => Object.keys(e).length === 3);
    assert.deepEqual(Object.keys(imported).sort(), Object.keys(entries).sort(), "same storage keys (kinds and ids)");
    for (const [key, entry] of Object.entries(entries)) {
      assert.deepEqual(withoutExportedAt(imported[key].file), withoutExportedAt(entry.file), `${key} is identical`);
    }
    // Opening the backup again in the original browser changes nothing.
    const snapshot = await storageSnapshot(a.page);
    await openFiles(a.page, { name: backup.name, mimeType: "application/json", buffer: Buffer.from(backup.text) });
    await tid(a.page, "toast").filter({ hasText: `Everything in “${backup.name}” is already here (3 documents).` }).waitFor();
    await a.page.waitForTimeout(400);
    assert.deepEqual(await storageSnapshot(a.page), snapshot);
    assert.deepEqual(a.errors, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await a.context.close();
    await b?.context.close();
  }
});

test("a file from another version keeps its unknown fields through import, storage and reload", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await openFixture(page, "full-v1.liaison.json");
    const entries = await waitSaved(page, (e) => Object.keys(e).length === 4);
    const stored = Object.values(entries).map(entryDoc);
    for (const doc of [...FULL.plans, ...FULL.boards, ...FULL.stakeholder_maps]) {
      assert.deepEqual(stored.find((d) => d.id === doc.id), doc, `${doc.id} is stored exactly as in the file`);
    }
    await page.reload({ waitUntil: "load" });
    await waitLibrary(page, FULL_ROWS);
    assert.equal(await rowOf(page, "Kick-off workshop").locator(".muted").textContent(), " · in “Customer-first 2027”");
    // The board page says which plan it belongs to.
    await tid(rowOf(page, "Kick-off workshop"), "doc-open").click();
    await waitForText(tid(page, "board-plan"), "Belongs to the plan “Customer-first 2027”.");
    await page.waitForTimeout(300);
    assert.deepEqual(Object.values(await docEntries(page)).map(entryDoc), stored, "opening documents rewrites nothing");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("export everything when boards and maps belong to a plan: each document once, and the backup opens elsewhere",
  async () => {
    const a = await openApp(browser, url);
    let b;
    try {
      await openFixture(a.page, "full-v1.liaison.json");
      await waitSaved(a.page, (e) => Object.keys(e).length === 4);
      const backup = await download(a.page, () => tid(a.page, "export-all").click());
      b = await openApp(browser, url);
      await openFiles(b.page, textFile(backup.name, backup.text));
      const outcome = b.page.locator('[data-testid="toast"], [data-testid="import-error"]').first();
      await outcome.waitFor();
      assert.equal(await tid(b.page, "import-error").count(), 0, await tid(b.page, "import-error").textContent().catch(() => ""));
      await waitLibrary(b.page, FULL_ROWS);
      const file = JSON.parse(backup.text);
      assert.deepEqual(file.plans, FULL.plans);
      assert.deepEqual(file.boards.map((x) => x.id).sort(), ["b-kickoff", "b-loose"]);
      assert.deepEqual(file.stakeholder_maps, FULL.stakeholder_maps);
      assert.deepEqual(a.errors, []);
      assert.deepEqual(b.errors, []);
    } finally {
      await a.context.close();
      await b?.context.close();
    }
  });

test("export a single plan: the file holds the plan with its own boards and maps, named after it", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await openFixture(page, "full-v1.liaison.json");
    const expectFile = (text) => {
      const file = JSON.parse(text);
      assert.equal(file.format, "liaison");
      assert.equal(file.version, 1);
      assert.deepEqual(file.plans, FULL.plans);
      assert.deepEqual(file.boards.map((b) => b.id), ["b-kickoff"], "only the plan's board, not the standalone one");
      assert.deepEqual(file.boards[0], FULL.boards[0]);
      assert.deepEqual(file.stakeholder_maps, FULL.stakeholder_maps);
    };
    // From the library row.
    const fromRow = await download(page, () => tid(rowOf(page, "Customer-first 2027"), "doc-export").click());
    assert.equal(fromRow.name, "customer-first-2027.liaison.json");
    expectFile(fromRow.text);
    // From the plan page.
    await tid(rowOf(page, "Customer-first 2027"), "doc-open").click();
    await tid(page, "plan-editor").waitFor();
    const fromPage = await download(page, () => tid(page, "export-doc").click());
    assert.equal(fromPage.name, "customer-first-2027.liaison.json");
    expectFile(fromPage.text);
    // A standalone board exports alone.
    await goLibrary(page);
    const board = await download(page, () => tid(rowOf(page, "Standalone retro"), "doc-export").click());
    assert.equal(board.name, "standalone-retro.liaison.json");
    const boardFile = JSON.parse(board.text);
    assert.deepEqual(boardFile.plans, []);
    assert.deepEqual(boardFile.boards, [FULL.boards[1]]);
    assert.deepEqual(boardFile.stakeholder_maps, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("opening the same file twice changes nothing the second time", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await openFixture(page, "full-v1.liaison.json");
    await waitSaved(page, (e) => Object.keys(e).length === 4);
    const snapshot = await storageSnapshot(page);
    await openFiles(page, fixturePath("full-v1.liaison.json"));
    await tid(page, "toast").filter({ hasText: "Everything in “full-v1.liaison.json” is already here (4 documents)." }).waitFor();
    assert.equal(await tid(page, "import-dialog").count(), 0);
    await page.waitForTimeout(400);
    assert.deepEqual(await storageSnapshot(page), snapshot, "storage is byte-for-byte the same");
    await waitLibrary(page, FULL_ROWS);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** full-v1 with the plan's vision and the kick-off board's title changed, plus a new map. */
function conflictingFile() {
  const file = structuredClone(FULL);
  file.plans[0].vision = "The file's vision.";
  file.plans[0].updated_at = "2026-11-25T10:00:00.000Z";
  file.boards[0].title = "Kick-off workshop (from the file)";
  file.stakeholder_maps.push({ id: "m-new", title: "A new map from the file", created_at: "2026-11-25T10:00:00.000Z", updated_at: "2026-11-25T10:00:00.000Z" });
  return textFile("changed.liaison.json", JSON.stringify(file, null, 2));
}

/** Opens full-v1, edits the plan's vision locally, then opens the conflicting file: the dialog shows. */
async function openConflict(page) {
  await openFixture(page, "full-v1.liaison.json");
  await tid(rowOf(page, "Customer-first 2027"), "doc-open").click();
  await tid(page, "plan-vision").fill("My local vision.");
  await waitStored(page, FULL_PLAN_KEY, (e) => entryDoc(e).vision === "My local vision.");
  await waitSaved(page);
  await goLibrary(page);
  const snapshot = await storageSnapshot(page);
  await openFiles(page, conflictingFile());
  const dialog = tid(page, "import-dialog");
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /“changed\.liaison\.json” holds documents you already have/);
  assert.match(await dialog.textContent(), /2 documents differ from your copy\. 1 new document will be added either way\./);
  const items = tid(dialog, "import-conflict");
  assert.equal(await items.count(), 2);
  const texts = (await items.allTextContents()).join("\n");
  assert.match(texts, /Customer-first 2027 \(Plan\)[\s\S]*Different: vision\./);
  assert.match(texts, /Kick-off workshop \(Workshop board\)[\s\S]*Different: title\./);
  // Nothing changes while the dialog is open.
  assert.deepEqual(await storageSnapshot(page), snapshot);
  return { dialog, snapshot };
}

test("a conflicting file: Cancel changes nothing", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const { dialog, snapshot } = await openConflict(page);
    await screenshot(page, "import_conflict_dialog");
    await tid(dialog, "import-cancel").click();
    await tid(page, "toast").filter({ hasText: "Opening “changed.liaison.json” was cancelled. Nothing was changed." }).waitFor();
    assert.equal(await tid(page, "import-dialog").count(), 0);
    await page.waitForTimeout(400);
    assert.deepEqual(await storageSnapshot(page), snapshot);
    await waitLibrary(page, FULL_ROWS);
    // Escape cancels too.
    await openFiles(page, conflictingFile());
    await dialog.waitFor();
    await tid(dialog, "import-keep-both").focus();
    await page.keyboard.press("Escape");
    await waitUntil(async () => (await tid(page, "import-dialog").count()) === 0, { message: "dialog closed by Escape" });
    await page.waitForTimeout(400);
    assert.deepEqual(await storageSnapshot(page), snapshot);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a conflicting file: Keep both adds the file's versions as “(imported)” and keeps mine", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const { dialog } = await openConflict(page);
    await tid(dialog, "import-keep-both").click();
    await tid(page, "toast").filter({ hasText: "Opened “changed.liaison.json”: 3 documents added or updated." }).waitFor();
    await goLibrary(page);
    await waitLibrary(page, [
      ...FULL_ROWS,
      "Customer-first 2027 (imported)|Plan",
      "Kick-off workshop (from the file) (imported)|Workshop board",
      "A new map from the file|Stakeholder map",
    ]);
    const entries = await waitSaved(page, (e) => Object.keys(e).length === 7);
    const docs = Object.values(entries).map(entryDoc);
    const mine = entryDoc(entries[FULL_PLAN_KEY]);
    assert.equal(mine.vision, "My local vision.", "my plan is kept");
    const theirs = docs.find((d) => d.title === "Customer-first 2027 (imported)");
    assert.notEqual(theirs.id, FULL.plans[0].id, "the file's plan gets a new id");
    assert.equal(theirs.vision, "The file's vision.");
    assert.deepEqual(theirs.departments, FULL.plans[0].departments);
    const board = docs.find((d) => d.title === "Kick-off workshop (from the file) (imported)");
    assert.notEqual(board.id, "b-kickoff");
    assert.equal(board.plan_id, theirs.id, "the file's board follows the file's plan to its new id");
    assert.equal(entryDoc(entries["liaison/doc/board/b-kickoff"]).title, "Kick-off workshop", "my board is kept");
    assert.ok(entries["liaison/doc/map/m-new"], "the new map is added under its own id");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a conflicting file: Replace puts the file's versions in place of mine", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const { dialog } = await openConflict(page);
    await tid(dialog, "import-replace").click();
    await tid(page, "toast").filter({ hasText: "Opened “changed.liaison.json”: 3 documents added or updated." }).waitFor();
    await goLibrary(page);
    await waitLibrary(page, [
      "Customer-first 2027|Plan",
      "Kick-off workshop (from the file)|Workshop board",
      "Standalone retro|Workshop board",
      "Who cares about response times|Stakeholder map",
      "A new map from the file|Stakeholder map",
    ]);
    const changed = JSON.parse(conflictingFile().buffer.toString());
    const entries = await waitSaved(page, (e) => Object.keys(e).length === 5 && entryDoc(e[FULL_PLAN_KEY]).vision === "The file's vision.");
    assert.deepEqual(entryDoc(entries[FULL_PLAN_KEY]), changed.plans[0], "the plan is exactly the file's");
    assert.deepEqual(entryDoc(entries["liaison/doc/board/b-kickoff"]), changed.boards[0], "the board is exactly the file's");
    assert.deepEqual(entryDoc(entries["liaison/doc/map/m-new"]), changed.stakeholder_maps[1]);
    await tid(rowOf(page, "Customer-first 2027"), "doc-open").click();
    await waitForValue(tid(page, "plan-vision"), "The file's vision.");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("dropping a file on the page opens it", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome").waitFor();
    const prevented = await dropFile(page, "dropped.liaison.json", readFixture("full-v1.liaison.json"), { checkOverlay: true });
    assert.equal(prevented, true, "the drop is handled (the browser does not open the file itself)");
    await tid(page, "toast").filter({ hasText: "Opened “dropped.liaison.json”: 4 documents added or updated." }).waitFor();
    assert.equal(await tid(page, "drop-overlay").count(), 0, "the overlay goes away");
    await waitLibrary(page, FULL_ROWS);
    await waitSaved(page, (e) => Object.keys(e).length === 4);
    // A single-document file opens that document.
    const minimal = readFixture("minimal-v1.liaison.json");
    await dropFile(page, "minimal.liaison.json", minimal);
    await tid(page, "plan-editor").waitFor();
    assert.equal(await waitRoute(page, "plan"), "p-1");
    await waitForValue(tid(page, "doc-title"), "Only the essentials");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
