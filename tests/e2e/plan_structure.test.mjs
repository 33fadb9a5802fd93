// A planner builds a plan's structure by typing: objectives, initiatives, RACI roles in the grid, dependencies
// (a loop is refused by name), an information need; reload keeps all of it. Deleting an objective asks first and undoes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, screenshot } from "./harness.mjs";
import {
  tid, openApp, waitUntil, waitForText, waitForValue, waitSaved, waitStored, storedEntry, entryDoc, waitRoute, fillPlan,
  openFiles, fixturePath,
} from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const values = (locator) => locator.evaluateAll((els) => els.map((e) => e.value));
const texts = async (locator) => (await locator.allTextContents()).map((t) => t.trim());

async function addBy(scope, input, button, text, useEnter) {
  await tid(scope, input).fill(text);
  if (useEnter) await tid(scope, input).press("Enter");
  else await tid(scope, button).click();
}

test("build objectives, initiatives, roles, dependencies and an information need; reload keeps them", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome-create-plan").click();
    const id = await waitRoute(page, "plan");
    const key = `liaison/doc/plan/${id}`;
    await fillPlan(page, { title: "Structure 2027", departments: [{ name: "Finance" }, { name: "IT" }, { name: "Marketing" }] });
    await tid(page, "tab-objectives").click();
    await tid(page, "objectives").waitFor();

    // Two objectives, three initiatives, typed.
    await addBy(page, "new-objective", "add-objective", "Reply within a day", true);
    await addBy(page, "new-objective", "add-objective", "Clear prices", false);
    await waitUntil(async () => (await tid(page, "objective").count()) === 2, { message: "two objectives" });
    assert.deepEqual(await values(tid(page, "objective-title")), ["Reply within a day", "Clear prices"]);
    const [first, second] = [tid(page, "objective").nth(0), tid(page, "objective").nth(1)];
    await addBy(first, "new-initiative", "add-initiative", "Shared inbox", true);
    await waitUntil(async () => (await tid(first, "initiative").count()) === 1, { message: "first initiative" });
    await addBy(first, "new-initiative", "add-initiative", "Weekly report", false);
    await addBy(second, "new-initiative", "add-initiative", "Pricing review", true);
    await waitUntil(async () => (await tid(page, "initiative").count()) === 3, { message: "three initiatives" });
    assert.deepEqual(await values(tid(page, "initiative-title")), ["Shared inbox", "Weekly report", "Pricing review"]);
    await tid(first, "objective-measure").fill("replies within one working day");
    await tid(first, "objective-target").fill("95");

    // Edit an initiative; refused edits say why and keep the stored value.
    const inbox = tid(page, "initiative").nth(0);
    await tid(inbox, "initiative-lead").selectOption({ label: "IT" });
    await tid(inbox, "initiative-progress").fill("40");
    await tid(inbox, "initiative-start").fill("2027-03-01");
    await tid(inbox, "initiative-due").fill("2027-02-01");
    await waitForText(inbox.locator('[role="alert"]').first(), /cannot be due \(2027-02-01\) before it starts \(2027-03-01\)/);
    await tid(inbox, "initiative-progress").fill("140");
    await waitForText(inbox.locator('[role="alert"]').last(), /Progress is a whole number from 0 to 100/);
    await tid(inbox, "initiative-progress").fill("40");
    await tid(inbox, "contributor").nth(0).check(); // Finance contributes (IT leads, so it is not offered)

    // A dependency, then the loop that would close is refused by name.
    const report = tid(page, "initiative").nth(1);
    await tid(report, "initiative-lead").selectOption({ label: "Finance" });
    await tid(report, "add-dependency").selectOption({ label: "Shared inbox" });
    await waitForText(tid(report, "dependency").locator("span"), "Shared inbox");
    await tid(inbox, "add-dependency").selectOption({ label: "Weekly report" });
    await waitForText(tid(inbox, "dependency-error"), "This would close a loop: Shared inbox → Weekly report → Shared inbox.");
    assert.equal(await tid(inbox, "dependency").count(), 0, "the refused dependency is not added");
    await screenshot(page, "structure_objectives_typed");

    // RACI grid: rule messages per row and a summary, gone once the roles are right.
    await tid(page, "tab-roles").click();
    const summary = tid(page, "raci-summary");
    await waitForText(summary, "3 of 3 initiatives break a RACI rule.");
    const row = (title) => tid(page, "raci-row").filter({ hasText: title });
    assert.match(await tid(row("Shared inbox"), "raci-problems").textContent(), /No department is Accountable.*No department is Responsible/);
    const roles = { "Shared inbox": ["responsible", "accountable", ""], "Weekly report": ["accountable", "responsible", "informed"], "Pricing review": ["accountable", "consulted", "responsible"] };
    for (const [title, cells] of Object.entries(roles)) {
      for (const [n, role] of cells.entries()) if (role) await tid(row(title), "raci-cell").nth(n).selectOption(role);
      await waitForText(tid(row(title), "raci-problems"), "✓ Fine");
    }
    // Keyboard: focus a cell and type the letter.
    const cell = tid(row("Shared inbox"), "raci-cell").nth(2);
    await cell.focus();
    await page.keyboard.press("i");
    await waitUntil(async () => (await cell.inputValue()) === "informed", { message: "typing I in a cell sets Informed" });
    await waitForText(summary, "All 3 initiatives have exactly one Accountable and at least one Responsible department.");
    await tid(row("Pricing review"), "raci-cell").nth(1).selectOption("accountable");
    await waitForText(tid(row("Pricing review"), "raci-problems"), "2 departments are Accountable: exactly one must be.");
    await waitForText(summary, "1 of 3 initiatives breaks a RACI rule.");
    await tid(row("Pricing review"), "raci-cell").nth(1).selectOption("consulted");
    await waitForText(summary, /^All 3 initiatives/);

    // Dependencies: an information need, and the matrix counts it.
    await tid(page, "tab-dependencies").click();
    await tid(page, "new-need-from").selectOption({ label: "Marketing" });
    await tid(page, "new-need-what").fill("pricing changes");
    await tid(page, "new-need-to").selectOption({ label: "Finance" });
    await tid(page, "add-need").click();
    await waitUntil(async () => (await tid(page, "need").count()) === 1, { message: "need added" });
    await waitForText(tid(page, "dep-gaps"), /^No agreed owner yetMarketing → Finance: needs pricing changes — Finance has not agreed to provide pricing changes$/);
    // Rows: Finance, IT, Marketing; Marketing → Finance is row 3, column 1.
    const marketingToFinance = page.locator('[data-testid="dep-matrix"] tbody tr').nth(2).locator("td").nth(0);
    assert.equal(await marketingToFinance.getAttribute("data-count"), "1");
    // Finance → IT: "Weekly report" (Finance) depends on "Shared inbox" (IT), and Finance contributes to it (IT → Finance).
    const financeToIt = page.locator('[data-testid="dep-matrix"] tbody tr').nth(0).locator("td").nth(1);
    assert.equal(await financeToIt.getAttribute("data-count"), "1");
    await financeToIt.locator("summary").click();
    await waitForText(financeToIt.locator("li"), /“Weekly report” depends on “Shared inbox”/);
    // Finance and IT work together on "Shared inbox" (one Accountable, one Responsible): not an overlap.
    await waitForText(tid(page, "dep-overlaps"), /No two departments answer for the same initiative or plan the same work/);
    // A need from a department to itself is refused, and the drop-down shows the kept value again.
    await tid(page, "need-to").selectOption({ label: "Marketing" });
    await waitForText(tid(page, "need").locator('[role="alert"]'), /cannot need information from itself/);
    assert.equal(await tid(page, "need-to").inputValue(), entryDoc(await storedEntry(page, key)).departments[0].id, "still Finance");
    await tid(page, "need-agreed").check();
    await waitForText(tid(page, "dep-gaps"), /Every dependency has a lead/);

    const saved = (plan) => plan.information_needs?.[0]?.agreed === true && plan.initiatives.length === 3 &&
      plan.initiatives.every((i) => Object.keys(i.raci ?? {}).length >= 2);
    await waitSaved(page, (e) => e[key] && saved(entryDoc(e[key])), { message: "the structure is saved" });

    await page.reload({ waitUntil: "load" });
    await waitForText(tid(page, "raci-summary").or(tid(page, "information-needs")).first(), /\S/);
    await tid(page, "tab-objectives").click();
    await waitUntil(async () => (await tid(page, "initiative").count()) === 3, { message: "initiatives after reload" });
    assert.deepEqual(await values(tid(page, "objective-title")), ["Reply within a day", "Clear prices"]);
    assert.deepEqual(await values(tid(page, "initiative-title")), ["Shared inbox", "Weekly report", "Pricing review"]);
    assert.equal(await tid(page, "initiative-progress").first().inputValue(), "40");
    assert.equal(await tid(page, "objective-target").first().inputValue(), "95");
    assert.deepEqual(await texts(tid(tid(page, "initiative").nth(1), "dependency").locator("span")), ["Shared inbox"]);
    await tid(page, "tab-roles").click();
    await waitForText(tid(page, "raci-summary"), /^All 3 initiatives/);
    assert.equal(await tid(tid(page, "raci-row").nth(0), "raci-cell").nth(1).inputValue(), "accountable");
    await tid(page, "tab-dependencies").click();
    await waitForValue(tid(page, "need-what"), "pricing changes");
    assert.equal(await tid(page, "need-agreed").isChecked(), true);

    const plan = entryDoc(await storedEntry(page, key));
    const [finance, it] = plan.departments.map((d) => d.id);
    assert.equal(plan.initiatives[0].lead_department, it);
    assert.deepEqual(plan.initiatives[0].contributing_departments, [finance]);
    assert.equal(plan.initiatives[0].start, "2027-03-01");
    assert.equal(plan.initiatives[0].due, undefined, "the refused due date was not stored");
    assert.deepEqual(plan.initiatives[1].depends_on, [plan.initiatives[0].id]);
    assert.equal(plan.initiatives[0].depends_on, undefined);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("deleting an objective with initiatives asks, names how many go, and Undo brings everything back", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome-example").click();
    const id = await waitRoute(page, "plan");
    const key = `liaison/doc/plan/${id}`;
    await tid(page, "tab-objectives").click();
    await waitUntil(async () => (await tid(page, "initiative").count()) === 4, { message: "example initiatives" });
    const before = entryDoc((await waitSaved(page, (e) => !!e[key]))[key]);

    let asked = "";
    page.once("dialog", (d) => { asked = d.message(); d.dismiss(); });
    await tid(tid(page, "objective").nth(1), "objective-delete").click();
    await waitUntil(() => asked, { message: "confirm dialog" });
    assert.match(asked, /Delete “Prices customers understand” and its 2 initiatives\?/);
    assert.equal(await tid(page, "objective").count(), 2, "dismissing keeps it");

    page.once("dialog", (d) => d.accept());
    await tid(tid(page, "objective").nth(1), "objective-delete").click();
    await waitUntil(async () => (await tid(page, "objective").count()) === 1, { message: "objective deleted" });
    assert.equal(await tid(page, "initiative").count(), 2);
    await waitStored(page, key, (e) => entryDoc(e).objectives.length === 1 && entryDoc(e).initiatives.length === 2);
    const toast = tid(page, "toast").filter({ hasText: "“Prices customers understand” was deleted." });
    await tid(toast, "undo").click();
    await waitUntil(async () => (await tid(page, "initiative").count()) === 4, { message: "initiatives back" });
    const after = entryDoc(await waitStored(page, key, (e) => entryDoc(e).objectives.length === 2));
    assert.deepEqual(after.objectives, before.objectives);
    assert.deepEqual(after.initiatives, before.initiatives);
    assert.deepEqual(after.department_objectives, before.department_objectives);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("an initiative whose objective is gone is listed apart until the user chooses one", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await openFiles(page, fixturePath("plan-structure-repair-v1.liaison.json"));
    await tid(page, "toast").filter({ hasText: "plan-structure-repair-v1.liaison.json" }).first().waitFor();
    await page.goto(`${url}#/plan/p-dangling/objectives`);
    const orphans = tid(page, "orphan-initiatives");
    await orphans.waitFor();
    assert.match(await orphans.textContent(), /Not under an objective — choose one/);
    assert.equal(await tid(orphans, "initiative-title").inputValue(), "Orphan initiative");
    await tid(orphans, "initiative-objective").selectOption({ label: "Kept objective" });
    await waitUntil(async () => (await tid(page, "orphan-initiatives").count()) === 0, { message: "orphan placed" });
    assert.equal(await tid(tid(page, "objective"), "initiative").count(), 1);
    const stored = await waitStored(page, "liaison/doc/plan/p-dangling", (e) => entryDoc(e).initiatives[0].objective_id === "o-kept");
    assert.deepEqual(entryDoc(stored).initiatives[0].raci, { "d-fin": "accountable" }, "the dangling role was dropped");
    await screenshot(page, "structure_orphan_placed");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
