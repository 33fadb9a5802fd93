// A first-time user creates a plan, fills it in, reloads, moves around, and manages documents in the library.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, newPage, shutdown, screenshot } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";
import {
  ROOT, tid, openApp, waitUntil, waitForText, waitForValue, storageSnapshot, docEntries, storedEntry, entryDoc,
  waitSaved, waitStored, waitRoute, routeOf, libraryRows, waitLibrary, rowOf, goLibrary, fillPlan,
} from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const PLAN = {
  title: "Growth 2027",
  vision: "Every department grows its share of repeat customers.\nSecond line of the vision.",
  start: "2027-01-01",
  end: "2027-12-31",
  status: "approved",
  departments: [
    { name: "Finance", head: "Henrik Dahl", representative: "Sofia Marín", colour: "vermillion" },
    { name: "HR", head: "Amara Okafor", representative: "Leo Brandt", colour: "reddish-purple" },
    { name: "IT", head: "Priya Nair", representative: "Tom Keller", colour: "grey" },
  ],
};
// The chip's background for each palette colour (src/model/palette.rs), as the browser reports it.
const CHIP_RGB = { vermillion: "rgb(213, 94, 0)", "reddish-purple": "rgb(204, 121, 167)", grey: "rgb(89, 89, 89)" };

/** Asserts the open plan editor shows PLAN. */
async function assertEditorShowsPlan(page) {
  const editor = tid(page, "plan-editor");
  await editor.waitFor();
  assert.equal(await tid(editor, "doc-title").inputValue(), PLAN.title);
  assert.equal(await tid(editor, "plan-vision").inputValue(), PLAN.vision);
  assert.equal(await tid(editor, "plan-start").inputValue(), PLAN.start);
  assert.equal(await tid(editor, "plan-end").inputValue(), PLAN.end);
  assert.equal(await tid(editor, "plan-status").inputValue(), PLAN.status);
  const cards = tid(editor, "department");
  assert.equal(await cards.count(), PLAN.departments.length);
  for (const [n, d] of PLAN.departments.entries()) {
    const card = cards.nth(n);
    assert.equal(await tid(card, "department-name").inputValue(), d.name);
    assert.equal(await tid(card, "department-head").inputValue(), d.head);
    assert.equal(await tid(card, "department-representative").inputValue(), d.representative);
    assert.equal(await tid(card, "department-colour").inputValue(), d.colour);
    const chip = card.locator(".chip");
    assert.equal((await chip.textContent()).trim(), d.name, "the colour chip shows the department's name");
    assert.equal(await chip.evaluate((el) => getComputedStyle(el).backgroundColor), CHIP_RGB[d.colour]);
  }
}

/** Asserts a stored plan holds PLAN. */
function assertStoredPlan(plan) {
  assert.equal(plan.title, PLAN.title);
  assert.equal(plan.vision, PLAN.vision);
  assert.deepEqual(plan.horizon, { start: PLAN.start, end: PLAN.end });
  assert.equal(plan.status, PLAN.status);
  assert.deepEqual(
    plan.departments.map(({ name, head, representative, colour }) => ({ name, head, representative, colour })),
    PLAN.departments,
  );
  assert.equal(new Set(plan.departments.map((d) => d.id)).size, 3, "departments have distinct ids");
}

const planStored = (plan) =>
  plan &&
  plan.title === PLAN.title &&
  plan.vision === PLAN.vision &&
  plan.status === PLAN.status &&
  plan.horizon?.end === PLAN.end &&
  plan.departments.length === 3 &&
  plan.departments.every((d, n) => d.colour === PLAN.departments[n].colour && d.representative === PLAN.departments[n].representative);

test("a first visit shows the welcome and stores nothing", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const welcome = tid(page, "welcome");
    await welcome.waitFor();
    for (const id of ["welcome-create-plan", "welcome-create-board", "welcome-open-file", "welcome-example"]) {
      assert.ok(await tid(welcome, id).isVisible(), `${id} is visible`);
    }
    assert.equal(await tid(page, "library").count(), 0, "no library table while empty");
    assert.equal((await tid(page, "save-status").textContent()).trim(), "Saved");
    assert.match((await tid(page, "storage-percent").textContent()).trim(), /under 1% of storage/);
    // "Open a file" opens the file chooser of the hidden input.
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), tid(welcome, "welcome-open-file").click()]);
    assert.ok(chooser.isMultiple());
    assert.deepEqual(await storageSnapshot(page), {}, "nothing is stored before the user makes something");
    await screenshot(page, "welcome");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("create a plan, fill in everything, reload: all of it is still there", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome-create-plan").click();
    const id = await waitRoute(page, "plan");
    await waitForValue(tid(page, "doc-title"), "Untitled plan");
    await fillPlan(page, PLAN);
    const key = `liaison/doc/plan/${id}`;
    const entries = await waitSaved(page, (e) => planStored(e[key] && entryDoc(e[key])), { message: "the filled plan" });
    assert.deepEqual(Object.keys(entries), [key], "one entry, under the plan's key");
    const entry = entries[key];
    assert.ok(Number.isInteger(entry.rev) && entry.rev >= 1, "entry has a revision");
    assert.equal(entry.file.format, "liaison");
    assert.equal(entry.file.version, 1);
    assert.equal(entry.file.plans.length, 1);
    assert.equal(entry.file.plans[0].id, id);
    assertStoredPlan(entry.file.plans[0]);
    await assertEditorShowsPlan(page);

    await page.reload({ waitUntil: "load" });
    assert.equal(routeOf(page)?.id, id, "reload stays on the plan");
    await assertEditorShowsPlan(page);
    assertStoredPlan(entryDoc(await storedEntry(page, key)));
    await screenshot(page, "plan_after_reload");

    // The library lists it as a plan.
    await goLibrary(page);
    assert.deepEqual(await libraryRows(page), [`${PLAN.title}|Plan`]);
    assert.match((await tid(page, "doc-changed").textContent()).trim(), /\S/, "last change is shown");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("edits that make no sense are refused inline and the stored plan keeps its values", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome-create-plan").click();
    const id = await waitRoute(page, "plan");
    const key = `liaison/doc/plan/${id}`;
    const editor = tid(page, "plan-editor");
    await fillPlan(page, { title: "Keep me", start: "2027-01-01", end: "2027-06-30", departments: [{ name: "Finance" }] });
    await waitSaved(page, (e) => e[key] && entryDoc(e[key]).title === "Keep me" && entryDoc(e[key]).departments.length === 1);

    // Empty title.
    const title = tid(editor, "doc-title");
    await title.fill("");
    const titleField = editor.locator("label.field", { has: page.locator('[data-testid="doc-title"]') });
    await waitForText(titleField.locator('[role="alert"]'), /title cannot be empty/i);
    // End before start.
    const end = tid(editor, "plan-end");
    await end.fill("2026-12-31");
    const endField = editor.locator("label.field", { has: page.locator('[data-testid="plan-end"]') });
    await waitForText(endField.locator('[role="alert"]'), /cannot end \(2026-12-31\) before it starts \(2027-01-01\)/);
    // A second department with the same name (case-insensitive).
    await tid(editor, "new-department").fill("finance");
    await tid(editor, "add-department").click();
    await waitForText(editor.locator('.add-department [role="alert"]'), /already has a department called “finance”/);
    assert.equal(await tid(editor, "department").count(), 1);
    // An empty department name.
    await tid(editor, "new-department").fill("   ");
    await tid(editor, "new-department").press("Enter");
    await waitForText(editor.locator('.add-department [role="alert"]'), /needs a name/);

    await page.waitForTimeout(400); // longer than the autosave delay: nothing may be written
    const plan = entryDoc(await storedEntry(page, key));
    assert.equal(plan.title, "Keep me");
    assert.deepEqual(plan.horizon, { start: "2027-01-01", end: "2027-06-30" });
    assert.deepEqual(plan.departments.map((d) => d.name), ["Finance"]);

    // Leaving a refused title shows the kept value again and clears the message;
    // a refused day stays, with its message, until Escape puts the kept one back.
    await tid(editor, "plan-vision").click();
    await waitForValue(title, "Keep me");
    assert.equal(await titleField.locator('[role="alert"]').count(), 0);
    assert.equal(await end.inputValue(), "2026-12-31");
    await waitForText(endField.locator('[role="alert"]'), /cannot end \(2026-12-31\) before it starts/);
    await end.press("Escape");
    await waitForValue(end, "2027-06-30");
    assert.equal(await endField.locator('[role="alert"]').count(), 0);

    // A valid title afterwards is saved.
    await title.fill("Kept and renamed");
    await waitStored(page, key, (e) => entryDoc(e).title === "Kept and renamed");
    await page.reload({ waitUntil: "load" });
    await waitForValue(tid(page, "doc-title"), "Kept and renamed");
    await waitForValue(tid(page, "plan-end"), "2027-06-30");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** A plan with PLAN's departments; returns { key, editor }. */
async function planWithDepartments(page) {
  await tid(page, "welcome-create-plan").click();
  const id = await waitRoute(page, "plan");
  const key = `liaison/doc/plan/${id}`;
  await fillPlan(page, { departments: PLAN.departments });
  await waitSaved(page, (e) => e[key] && entryDoc(e[key]).departments.length === 3 && entryDoc(e[key]).departments[2].colour === "grey");
  return { key, editor: tid(page, "plan-editor") };
}

test("removing a department can be undone from the toast", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const { key, editor } = await planWithDepartments(page);
    const before = entryDoc(await storedEntry(page, key)).departments;

    await tid(tid(editor, "department").nth(1), "department-remove").click();
    const toast = tid(page, "toast").filter({ hasText: "was removed." });
    await toast.waitFor();
    await waitStored(page, key, (e) => entryDoc(e).departments.length === 2);
    assert.deepEqual(
      await tid(editor, "department-name").evaluateAll((els) => els.map((e) => e.value)),
      ["Finance", "IT"],
    );

    await tid(toast, "undo").click();
    await waitUntil(async () => (await tid(editor, "department").count()) === 3, { message: "department back" });
    const after = await waitStored(page, key, (e) => entryDoc(e).departments.length === 3);
    assert.deepEqual(entryDoc(after).departments, before, "the department comes back exactly, in its place");
    assert.deepEqual(
      await tid(editor, "department-name").evaluateAll((els) => els.map((e) => e.value)),
      ["Finance", "HR", "IT"],
    );
    assert.equal(await tid(page, "toast").filter({ hasText: "was removed." }).count(), 0, "the toast goes away after undo");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the toast after removing a department names it", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const { editor } = await planWithDepartments(page);
    await tid(tid(editor, "department").nth(1), "department-remove").click();
    const toast = tid(page, "toast").filter({ hasText: "was removed." });
    await toast.waitFor();
    assert.equal((await toast.locator("span").first().textContent()).trim(), "Department “HR” was removed.");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("back and forward move between the library and a plan", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome-create-plan").click();
    const id = await waitRoute(page, "plan");
    await fillPlan(page, { title: "Navigation plan" });
    await goLibrary(page);
    assert.match(page.url(), /#\/$/);
    await tid(rowOf(page, "Navigation plan"), "doc-open").click();
    await tid(page, "plan-editor").waitFor();
    assert.equal(routeOf(page)?.id, id);

    await page.goBack();
    await tid(page, "library").waitFor();
    assert.equal(routeOf(page), null);
    await page.goForward();
    await tid(page, "plan-editor").waitFor();
    await waitForValue(tid(page, "doc-title"), "Navigation plan");
    await page.goBack();
    await tid(page, "library").waitFor();
    await page.goBack(); // the plan, as first created
    await tid(page, "plan-editor").waitFor();
    assert.equal(routeOf(page)?.id, id);
    // The breadcrumb link goes back to the library too.
    await page.locator(".breadcrumb a").click();
    await tid(page, "library").waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("library: search, rename, duplicate, delete with confirm and undo", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome-create-plan").click();
    const planId = await waitRoute(page, "plan");
    await fillPlan(page, { title: "Budget 2027", departments: [{ name: "Finance", head: "Henrik" }] });
    await goLibrary(page);
    await tid(page, "create-board").click();
    await waitRoute(page, "board");
    await tid(page, "board-page").waitFor();
    await waitForValue(tid(page, "doc-title"), "Brainstorm");
    await tid(page, "doc-title").fill("Kick-off workshop");
    await goLibrary(page);
    await tid(page, "create-map").click();
    await waitRoute(page, "map");
    await waitForValue(tid(page, "doc-title"), "Untitled stakeholder map");
    await goLibrary(page);
    await waitLibrary(page, ["Budget 2027|Plan", "Kick-off workshop|Workshop board", "Untitled stakeholder map|Stakeholder map"]);
    await waitSaved(page, (e) => Object.keys(e).length === 3);

    // Search ignores case; no match says so.
    const search = tid(page, "library-search");
    await search.fill("WORKSHOP");
    await waitLibrary(page, ["Kick-off workshop|Workshop board"]);
    assert.equal(await tid(page, "no-results").count(), 0);
    await search.fill("zebra");
    await waitForText(tid(page, "no-results"), /zebra/);
    assert.equal(await tid(page, "doc-row").count(), 0);
    await search.fill("");
    await waitLibrary(page, ["Budget 2027|Plan", "Kick-off workshop|Workshop board", "Untitled stakeholder map|Stakeholder map"]);

    const planKey = `liaison/doc/plan/${planId}`;
    // Rename: Enter commits.
    await tid(rowOf(page, "Budget 2027"), "doc-rename").click();
    await tid(page, "rename-input").fill("Budget 2028");
    await tid(page, "rename-input").press("Enter");
    await rowOf(page, "Budget 2028").waitFor();
    await waitStored(page, planKey, (e) => entryDoc(e).title === "Budget 2028");

    // Duplicate: "<title> (copy)", a new document with the same content and new ids.
    await tid(rowOf(page, "Budget 2028"), "doc-duplicate").click();
    await rowOf(page, "Budget 2028 (copy)").waitFor();
    const entries = await waitSaved(page, (e) => Object.keys(e).length === 4);
    const plans = Object.values(entries).map(entryDoc).filter((d) => d.departments);
    const original = plans.find((p) => p.title === "Budget 2028");
    const copy = plans.find((p) => p.title === "Budget 2028 (copy)");
    assert.ok(copy && copy.id !== original.id);
    assert.equal(copy.departments[0].name, "Finance");
    assert.equal(copy.departments[0].head, "Henrik");
    assert.notEqual(copy.departments[0].id, original.departments[0].id);

    // Delete: dismissing the confirm changes nothing.
    let dialogText = "";
    page.once("dialog", (d) => { dialogText = d.message(); d.dismiss(); });
    await tid(rowOf(page, "Kick-off workshop"), "doc-delete").click();
    await waitUntil(() => dialogText, { message: "confirm dialog" });
    assert.match(dialogText, /Delete “Kick-off workshop”\?/);
    await page.waitForTimeout(300);
    assert.equal(await rowOf(page, "Kick-off workshop").count(), 1);
    const beforeDelete = await storageSnapshot(page);

    // Delete: accepting removes it (page and storage), the toast's Undo restores it exactly.
    page.once("dialog", (d) => d.accept());
    await tid(rowOf(page, "Kick-off workshop"), "doc-delete").click();
    await waitUntil(async () => (await rowOf(page, "Kick-off workshop").count()) === 0, { message: "row removed" });
    const boardKey = Object.keys(beforeDelete).find((k) => k.startsWith("liaison/doc/board/"));
    await waitStored(page, boardKey, (e) => e === null, { message: "board entry removed" });
    const toast = tid(page, "toast").filter({ hasText: "“Kick-off workshop” was deleted." });
    await tid(toast, "undo").click();
    await rowOf(page, "Kick-off workshop").waitFor();
    const restored = await waitStored(page, boardKey, (e) => e !== null, { message: "board entry restored" });
    assert.deepEqual(entryDoc(restored), entryDoc(JSON.parse(beforeDelete[boardKey])), "the board comes back unchanged");
    await waitLibrary(page, [
      "Budget 2028|Plan", "Budget 2028 (copy)|Plan", "Kick-off workshop|Workshop board",
      "Untitled stakeholder map|Stakeholder map",
    ]);
    await page.reload({ waitUntil: "load" });
    await waitLibrary(page, [
      "Budget 2028|Plan", "Budget 2028 (copy)|Plan", "Kick-off workshop|Workshop board",
      "Untitled stakeholder map|Stakeholder map",
    ]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the example plan opens with its four departments and is saved", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome-example").click();
    const id = await waitRoute(page, "plan");
    await waitForValue(tid(page, "doc-title"), "Example: Customer-first 2027");
    const names = ["Customer Service", "Finance", "IT", "Marketing"];
    await waitUntil(async () => (await tid(page, "department").count()) === 4, { message: "4 departments" });
    assert.deepEqual(await tid(page, "department-name").evaluateAll((els) => els.map((e) => e.value)), names);
    assert.deepEqual(await page.locator(".department-card .chip").allTextContents(), names);
    assert.equal(await tid(page, "plan-start").inputValue(), "2027-01-01");
    assert.equal(await tid(page, "plan-end").inputValue(), "2027-12-31");
    assert.match(await tid(page, "plan-vision").inputValue(), /customer/i);
    const key = `liaison/doc/plan/${id}`;
    const entries = await waitSaved(page, (e) => !!e[key]);
    const plan = entryDoc(entries[key]);
    assert.equal(plan.title, "Example: Customer-first 2027");
    assert.deepEqual(plan.departments.map((d) => d.name), names);
    assert.ok(plan.departments.every((d) => d.head && d.representative), "every department has a head and a representative");
    assert.equal(new Set(plan.departments.map((d) => d.colour)).size, 4, "four different colours");
    await screenshot(page, "example_plan");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("an unknown document link shows not-found with a way back", async () => {
  const { page, context, errors } = await openApp(browser, `${url}#/plan/nope`);
  try {
    const notFound = tid(page, "not-found");
    await notFound.waitFor();
    assert.match(await notFound.textContent(), /not here/);
    // Other kinds too.
    await page.goto(`${url}#/board/nope`);
    await notFound.waitFor();
    await page.goto(`${url}#/map/nope`);
    await notFound.waitFor();
    await notFound.locator('a[href="#/"]').click();
    await tid(page, "welcome").waitFor();
    assert.deepEqual(await storageSnapshot(page), {});
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the app works when served under a sub-path (/liaison/)", async () => {
  const sub = await startServer({ port: 0, host: "127.0.0.1", base: "/liaison/", dir: path.join(ROOT, "dist") });
  const { page, context, errors } = await newPage(browser);
  const bad = [];
  page.on("response", (r) => { if (r.status() >= 400) bad.push(`${r.status()} ${r.url()}`); });
  page.on("request", (r) => { if (!r.url().startsWith(sub.url) && /^https?:/.test(r.url())) bad.push(`outside the base: ${r.url()}`); });
  try {
    assert.match(sub.url, /\/liaison\/$/);
    await page.goto(sub.url, { waitUntil: "load" });
    await tid(page, "welcome").waitFor({ timeout: 15_000 });
    await tid(page, "welcome-create-plan").click();
    const id = await waitRoute(page, "plan");
    assert.ok(page.url().startsWith(`${sub.url}#/plan/`), `URL stays under the base: ${page.url()}`);
    await fillPlan(page, { title: "Served under a sub-path" });
    await waitSaved(page, (e) => entryDoc(e[`liaison/doc/plan/${id}`] ?? { file: {} })?.title === "Served under a sub-path");
    await page.reload({ waitUntil: "load" });
    await waitForValue(tid(page, "doc-title"), "Served under a sub-path");
    await goLibrary(page);
    assert.equal(page.url(), `${sub.url}#/`);
    assert.deepEqual(await libraryRows(page), ["Served under a sub-path|Plan"]);
    assert.deepEqual(bad, [], "every request is served from under /liaison/");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await sub.close();
  }
});

test("library: Escape in the rename field cancels the rename", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome-create-plan").click();
    const planId = await waitRoute(page, "plan");
    const planKey = `liaison/doc/plan/${planId}`;
    await fillPlan(page, { title: "Budget 2027" });
    await waitStored(page, planKey, (e) => e && entryDoc(e).title === "Budget 2027");
    await goLibrary(page);
    await tid(rowOf(page, "Budget 2027"), "doc-rename").click();
    const input = tid(page, "rename-input");
    await input.waitFor();
    assert.equal(await input.inputValue(), "Budget 2027");
    await input.fill("Should not stick");
    await input.press("Escape");
    await waitUntil(async () => (await tid(page, "rename-input").count()) === 0, { message: "rename input closed" });
    await page.waitForTimeout(400);
    assert.deepEqual(await libraryRows(page), ["Budget 2027|Plan"], "Escape keeps the old title");
    assert.equal(entryDoc(await storedEntry(page, planKey)).title, "Budget 2027");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("typing a title key by key keeps its spaces, and a department name too", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome-create-plan").click();
    const id = await waitRoute(page, "plan");
    const title = tid(page, "doc-title");
    await title.fill("");
    await title.pressSequentially("Q3 growth plan ", { delay: 20 });
    assert.equal(await title.inputValue(), "Q3 growth plan ", "nothing typed is lost while typing");
    await title.blur();
    const stored = await waitStored(page, `liaison/doc/plan/${id}`, (e) => entryDoc(e).title === "Q3 growth plan");
    assert.equal(entryDoc(stored).title, "Q3 growth plan", "stored without the trailing space");
    await tid(page, "new-department").fill("Finance");
    await tid(page, "new-department").press("Enter");
    const name = tid(page, "department-name").first();
    await name.fill("");
    await name.pressSequentially("Customer Care", { delay: 20 });
    assert.equal(await name.inputValue(), "Customer Care");
    await waitStored(page, `liaison/doc/plan/${id}`, (e) => entryDoc(e).departments[0]?.name === "Customer Care");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
