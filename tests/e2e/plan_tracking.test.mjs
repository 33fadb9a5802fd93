// The liaison tracks a plan: records decisions (one superseding another), writes an update and a lesson,
// briefs every department on what changed, reads the dashboard of a rich plan, and finds it all after a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, screenshot } from "./harness.mjs";
import {
  tid, openApp, waitUntil, waitForText, waitSaved, waitRoute, entryDoc, fillPlan, openFiles, fixturePath,
} from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const daysAgo = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** The decision card whose title is exactly `title`. */
const decisionCard = (page, title) =>
  tid(page, "decision").filter({ has: page.locator('[data-testid="decision-title"]', { hasText: new RegExp(`^${title}$`) }) });

/** Records a decision with the form; returns its card. */
async function recordDecision(page, title) {
  await tid(page, "decision-new-title").fill(title);
  await tid(page, "decision-add").click();
  const card = decisionCard(page, title);
  await card.waitFor();
  return card;
}

test("record decisions, supersede one, write an update and a lesson, brief everyone, reload", async () => {
  const { page, context, errors } = await openApp(browser, url);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 1280, height: 720 });
  await tid(page, "welcome-create-plan").click();
  const planId = await waitRoute(page, "plan");
  await fillPlan(page, { title: "Service 2027", departments: [{ name: "Finance" }, { name: "IT" }] });

  // A new plan's dashboard says what to do instead of drawing empty charts.
  await tid(page, "tab-dashboard").click();
  await waitForText(tid(page, "dashboard-empty"), /No initiatives yet/);
  assert.equal(await tid(page, "chart-objectives").count(), 0);

  await tid(page, "tab-decisions").click();
  await waitForText(tid(page, "decisions-empty"), /No decision recorded yet/);
  // An empty title is refused next to the form; nothing is recorded.
  await tid(page, "decision-add").click();
  await waitForText(tid(page, "decision-form").locator(".field-error"), "A title cannot be empty.");

  const first = await recordDecision(page, "Buy a ticket tool");
  for (const option of ["Ticket tool", "Shared inbox"]) {
    await tid(first, "decision-option-new").fill(option);
    await tid(first, "decision-option-add").click();
  }
  await waitUntil(async () => (await tid(first, "decision-option").count()) === 2, { message: "two options" });
  await tid(first, "decision-context").fill("Replies get lost between mailboxes.");
  await tid(first, "decision-departments").getByText("Finance").click();
  await tid(first, "action-new").fill("Get three quotes");
  await tid(first, "action-new").press("Enter");
  const action = tid(first, "action");
  await action.waitFor();
  await tid(action, "action-owner").selectOption({ label: "Finance" });
  await tid(action, "action-due").fill(daysAgo(3));
  await tid(action, "action-due").blur();
  // An open action past its due day stands out, in words.
  await waitForText(tid(action, "action-overdue"), "Overdue");
  await waitForText(tid(first, "decision-late"), "1 overdue action(s)");

  const second = await recordDecision(page, "Use a shared inbox instead");
  await tid(first, "decision-superseded-by").selectOption({ label: `Use a shared inbox instead (${daysAgo(0)})` });
  await waitForText(tid(first, "decision-superseded"), "Superseded by Use a shared inbox instead");
  // Superseding back would close a loop: refused with the loop named, right under the choice.
  await tid(second, "decision-superseded-by").selectOption({ label: `Buy a ticket tool (${daysAgo(0)})` });
  await waitForText(tid(second, "decision-superseded-error"), /loop: Use a shared inbox instead → Buy a ticket tool → Use a shared inbox instead/);
  assert.equal(await tid(second, "decision-superseded").count(), 0);
  assert.equal(await tid(second, "decision-superseded-by").inputValue(), "", "the refused choice is put back");
  for (const close of await tid(page, "toast").getByRole("button", { name: "Dismiss" }).all()) await close.click();
  await screenshot(page, "tracking-decision-log");

  await tid(page, "tab-log").click();
  await tid(page, "update-new-title").fill("Week 47");
  await tid(page, "update-new-text").fill("The shared inbox is live in IT.");
  await tid(page, "update-add").click();
  await waitForText(tid(page, "update-audience"), "Everyone");
  await tid(page, "lesson-new-text").fill("The quotes came after the decision was due.");
  await tid(page, "lesson-new-category").selectOption("planning");
  await tid(page, "lesson-add").click();
  await tid(page, "lesson").waitFor();
  await tid(page, "lesson-filter-category").selectOption("technology");
  await waitUntil(async () => (await tid(page, "lesson").count()) === 0, { message: "the filter hides the planning lesson" });
  await tid(page, "lesson-filter-category").selectOption("");

  // What changed since yesterday: grouped by kind, and one brief for every department.
  await tid(page, "changes-since").fill(daysAgo(1));
  const groups = tid(page, "change-groups");
  await waitForText(groups, /Decisions \(3\)/); // two decisions and the follow-up action
  assert.match(await groups.textContent(), /Updates \(1\).*Week 47: The shared inbox is live in IT\./s);
  assert.match(await groups.textContent(), /Lessons learned \(1\)/);
  const brief = await tid(page, "changes-brief").inputValue();
  assert.ok(brief.startsWith(`# Service 2027: what changed since ${daysAgo(1)}`), brief);
  // Newest change first: superseding the first decision was the last edit of a decision.
  assert.match(brief, /## Decisions \(3\)\n\n- Buy a ticket tool \(superseded\) \(\d{4}-\d\d-\d\d\)\n- Use a shared inbox instead/);
  await tid(page, "changes-copy").click();
  await tid(page, "toast").filter({ hasText: "The brief is on the clipboard" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), brief);

  // Delete the lesson, then take it back.
  await tid(page, "lesson-delete").click();
  await waitUntil(async () => (await tid(page, "lesson").count()) === 0, { message: "lesson deleted" });
  await tid(page, "toast").filter({ hasText: "was deleted" }).getByRole("button", { name: "Undo" }).click();
  await tid(page, "lesson").waitFor();

  const entries = await waitSaved(page, (e) => {
    const plan = entryDoc(e[`liaison/doc/plan/${planId}`]);
    return plan.decisions?.length === 2 && plan.updates?.length === 1 && plan.lessons?.length === 1;
  });
  const stored = entryDoc(entries[`liaison/doc/plan/${planId}`]);
  const [tool, inbox] = stored.decisions;
  assert.deepEqual(tool.options, ["Ticket tool", "Shared inbox"]);
  assert.equal(tool.superseded_by, inbox.id);
  assert.equal(tool.actions[0].owner_department, stored.departments[0].id);
  assert.equal(tool.actions[0].status, "open");

  await page.reload({ waitUntil: "load" });
  await tid(page, "tab-decisions").click();
  await waitForText(tid(decisionCard(page, "Buy a ticket tool"), "decision-superseded"), "Superseded by Use a shared inbox instead");
  await tid(page, "tab-log").click();
  await waitForText(tid(page, "update-audience"), "Everyone");
  assert.equal(await tid(page, "lesson-text").inputValue(), "The quotes came after the decision was due.");
  assert.deepEqual(errors, []);
});

test("the dashboard of an imported plan shows its figures in words and bars", async () => {
  const { page, errors } = await openApp(browser, url);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFiles(page, fixturePath("plan-tracking-v1.liaison.json"));
  await tid(page, "plan-editor").waitFor();
  await tid(page, "tab-dashboard").click();
  const objectives = tid(page, "chart-objectives");
  await objectives.waitFor();
  const bars = tid(objectives, "chart-bar");
  await waitForText(bars.nth(0), /^Reply within a day · 2 initiatives\s*50 %$/);
  await waitForText(bars.nth(2), /^One voice to customers\s*No initiatives yet$/);
  await waitForText(tid(tid(page, "chart-departments"), "chart-bar").nth(0), /^Finance · 3 initiatives\s*43 %$/);
  await waitForText(tid(page, "dashboard-approval"), /Waiting for 3 departments: Finance, IT, Marketing\./);
  const overdue = await tid(page, "dashboard-overdue").textContent();
  assert.match(overdue, /Weekly reply report\s*due 2026-10-31, 60 %/);
  assert.match(overdue, /Set up the shared inbox\s*due 2026-11-01, IT/);
  assert.match(await tid(page, "dashboard-stuck").textContent(), /Fewer vendors\s*Blocked, led by Finance/);
  // The toast of the import would hide the charts in the screenshot.
  await tid(page, "toast").getByRole("button", { name: "Dismiss" }).click();
  await waitUntil(async () => (await tid(page, "toast").count()) === 0, { message: "toast dismissed" });
  await screenshot(page, "tracking-dashboard");
  assert.deepEqual(errors, []);
});
