// "Today" is the user's day, not UTC's: at 21:00 in New York it is already 02:00 tomorrow in UTC, yet an
// initiative and an action due today are due today (not overdue), a new decision is dated today, and the
// changes listed since today are today's. The same plan read in UTC at the same instant shows them overdue,
// which is what the app did before, so the test tells the two apart.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, watchErrors } from "./harness.mjs";
import { tid, openFiles, textFile, waitForText, waitRoute, waitForValue, waitUntil } from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

/** 21:00 on 1 December 2026 in New York (EST, UTC−5). */
const EVENING_IN_NEW_YORK = new Date("2026-12-02T02:00:00Z");

const PLAN = {
  format: "liaison",
  version: 1,
  exported_at: "2026-11-30T12:00:00.000Z",
  exported_by: "Liaison",
  plans: [{
    id: "p-day",
    title: "Due today",
    vision: "",
    horizon: { start: "2026-11-01", end: "2027-06-30" },
    status: "in_execution",
    departments: [{ id: "d-it", name: "IT", colour: "blue", updated_at: "2026-11-30T12:00:00.000Z" }],
    objectives: [{ id: "o", title: "Answer fast", updated_at: "2026-11-30T12:00:00.000Z" }],
    initiatives: [{ id: "i", objective_id: "o", title: "Shared inbox", lead_department: "d-it", due: "2026-12-01",
      status: "on_track", progress: 80, updated_at: "2026-11-30T12:00:00.000Z" }],
    decisions: [{ id: "dec", date: "2026-11-20", title: "Use one inbox",
      actions: [{ id: "a", text: "Order licences", owner_department: "d-it", due: "2026-12-01", status: "open",
        updated_at: "2026-11-30T12:00:00.000Z" }],
      updated_at: "2026-11-30T12:00:00.000Z" }],
    created_at: "2026-11-01T08:00:00.000Z",
    // 20:30 on 1 December in New York: "today" there, "tomorrow" in UTC.
    updated_at: "2026-12-02T01:30:00.000Z",
  }],
};

/** Opens the app in a fresh profile whose clock reads EVENING_IN_NEW_YORK in `timezoneId`, with the plan. */
async function openPlanIn(timezoneId) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, timezoneId });
  await context.clock.setFixedTime(EVENING_IN_NEW_YORK);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url, { waitUntil: "load" });
  await tid(page, "app-shell").waitFor({ timeout: 15_000 });
  await openFiles(page, textFile("due-today.liaison.json", JSON.stringify(PLAN)));
  await waitRoute(page, "plan");
  return { page, context, errors };
}

test("at 21:00 in New York, what is due today is due today, not overdue, and a new decision is dated today", async () => {
  const { page, context, errors } = await openPlanIn("America/New_York");
  assert.equal(await page.evaluate(() => new Date().getHours()), 21, "the browser's local time is 21:00");

  await tid(page, "tab-dashboard").click();
  await waitForText(tid(page, "dashboard-overdue"), /Nothing is overdue/);
  const deadlines = await tid(page, "deadline").allTextContents();
  assert.ok(deadlines.some((d) => d.startsWith("2026-12-01") && d.includes("Initiative due: Shared inbox")), deadlines.join(" | "));
  assert.ok(deadlines.some((d) => d.startsWith("2026-12-01") && d.includes("Action due: Order licences")), deadlines.join(" | "));

  await tid(page, "tab-decisions").click();
  await waitForValue(tid(page, "decision-new-date"), "2026-12-01");
  assert.equal(await tid(page, "action-overdue").count(), 0, "the action due today is not marked overdue");
  await tid(page, "decision-new-title").fill("Keep the old inbox until March");
  await tid(page, "decision-add").click();
  // (Each card lists the others as options to supersede it, so the card is found by its own title.)
  const recorded = tid(page, "decision").filter({ has: page.locator('[data-testid="decision-title"]', { hasText: /^Keep the old inbox until March$/ }) });
  await waitForText(tid(recorded, "decision-date"), "2026-12-01");

  // What changed since today: the plan's own change of this evening counts as today's.
  await tid(page, "tab-log").click();
  await tid(page, "changes-since").fill("2026-12-01");
  await waitUntil(async () => /what changed since 2026-12-01/.test(await tid(page, "changes-brief").inputValue()), { message: "the brief" });
  // The decision recorded this evening is a change of today, listed with today's date.
  assert.match(await tid(page, "change-groups").textContent(), /2026-12-01 Keep the old inbox until March/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the same instant in UTC is already 2 December, so the same items are overdue there", async () => {
  const { page, context, errors } = await openPlanIn("UTC");
  await tid(page, "tab-dashboard").click();
  await waitForText(tid(page, "dashboard-overdue"), /Shared inbox/);
  assert.match(await tid(page, "dashboard-overdue").textContent(), /Order licences/);
  await tid(page, "tab-decisions").click();
  await waitForValue(tid(page, "decision-new-date"), "2026-12-02");
  assert.deepEqual(errors, []);
  await context.close();
});
