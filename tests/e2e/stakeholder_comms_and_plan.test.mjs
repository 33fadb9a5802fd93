// The liaison keeps stakeholders informed and sees them in the plan: on the map's communication plan an overdue
// contact stands out and "This week" says whom to contact; logging a contact moves the next due day; the plan's
// approval tab warns about key players nobody asks, and the dashboard lists blockers and critics among its risks;
// a reload keeps it all. Screenshots of the communication plan at 1280×720 and 1024×768.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, screenshot, watchErrors } from "./harness.mjs";
import { tid, waitUntil, waitForText, waitSaved, axeFindings } from "./fixtures/helpers.mjs";
import { openExampleMap } from "./fixtures/journey.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

// A Tuesday. Ines Duarte was last spoken to on 10 November, fortnightly: due 24 November, a week overdue.
const TODAY = "2026-12-01T10:00:00.000Z";

/** The communication card of the stakeholder named `name`. */
const card = (page, name) => tid(page, "comms-card").filter({ has: page.locator('[data-testid="comms-name"]', { hasText: name }) });

async function openComms() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, timezoneId: "UTC" });
  await context.clock.setFixedTime(TODAY);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url, { waitUntil: "load" });
  await tid(page, "app-shell").waitFor({ timeout: 15_000 });
  const mapId = await openExampleMap(page);
  await tid(page, "map-tab-communication").click();
  await tid(page, "comms").waitFor();
  return { page, context, errors, mapId };
}

test("an overdue contact stands out, this week says whom to contact, logging moves the next due day; reload keeps it", async () => {
  const { page, context, errors, mapId } = await openComms();

  // This week: the overdue first, then the stakeholder never contacted; the council's next milestone is in March.
  await waitForText(tid(page, "comms-week-summary"), "2 to contact by Sunday, 1 of them overdue.");
  const week = tid(page, "comms-week-item");
  assert.deepEqual(await week.evaluateAll((els) => els.map((e) => e.classList.contains("overdue"))), [true, false]);
  await waitForText(week.nth(0), /^Ines Duarte\s*⚠\s*Overdue: due 2026-11-24, 7 days ago/);
  await waitForText(week.nth(1), /^Local Gazette\s*Not contacted yet: due now/);

  // On the cards: overdue in words (and a mark), not by colour alone; per milestone, the initiative's due day.
  await waitForText(tid(card(page, "Ines Duarte"), "comms-next"), "⚠Next contact: Overdue: due 2026-11-24, 7 days ago");
  await waitForText(tid(card(page, "Works council"), "comms-next"), "Next contact: Due 2027-03-01, in 90 days");
  assert.equal(await tid(card(page, "Works council"), "comms-channel").inputValue(), "other");
  assert.equal(await tid(card(page, "Works council"), "comms-channel-other").inputValue(), "Monthly council meeting");
  // The Gazette follows its quadrant's defaults, marked as such until chosen.
  const gazette = card(page, "Local Gazette");
  assert.equal(await tid(gazette, "comms-frequency").inputValue(), "");
  await tid(gazette, "comms-frequency-default").waitFor();
  assert.match(await tid(gazette, "comms-frequency").locator("option:checked").textContent(), /^Quarterly \(default\)$/);

  for (const [width, height] of [[1280, 720], [1024, 768]]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `map-communication-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  assert.deepEqual(await axeFindings(page), [], "axe-core finds nothing on the communication plan");

  // Log a contact from "This week": the form opens on Ines's card, dated today.
  await tid(week.nth(0), "comms-week-log").click();
  const ines = card(page, "Ines Duarte");
  await tid(ines, "comms-log-form").waitFor();
  assert.equal(await tid(ines, "comms-log-day").inputValue(), "2026-12-01");
  await tid(ines, "comms-log-note").fill("Spoke with her today: the cost comparison goes out on Friday.");
  await tid(ines, "comms-log-save").click();
  await waitForText(tid(ines, "comms-next"), "Next contact: Due 2026-12-15, in 14 days");
  await waitForText(tid(page, "comms-week-summary"), "1 to contact by Sunday.");
  assert.equal(await tid(ines, "comms-last").inputValue(), "2026-12-01");
  await waitUntil(async () => (await tid(ines, "comms-log-entry").count()) === 2, { message: "two contacts in the log" });
  await waitForText(tid(ines, "comms-log-entry").first(), /^2026-12-01\s*Spoke with her today/);

  // A day to come is refused next to the form.
  await tid(ines, "comms-log-open").click();
  await tid(ines, "comms-log-day").fill("2026-12-05");
  await tid(ines, "comms-log-save").click();
  await waitForText(tid(ines, "comms-log-error"), /cannot be logged for a day still to come/);
  await tid(ines, "comms-log-note").press("Escape");
  await waitUntil(async () => (await tid(ines, "comms-log-form").count()) === 0, { message: "the form closed" });

  // Delete the old entry, undo, and it is back.
  await tid(ines, "comms-log-delete").nth(1).click();
  await waitUntil(async () => (await tid(ines, "comms-log-entry").count()) === 1, { message: "one contact left" });
  await tid(page, "toast").filter({ hasText: "Contact deleted" }).locator('[data-testid="undo"]').click();
  await waitUntil(async () => (await tid(ines, "comms-log-entry").count()) === 2, { message: "the contact back" });

  // Choosing a frequency drops the default mark.
  await tid(gazette, "comms-frequency").selectOption("weekly");
  await waitUntil(async () => (await tid(gazette, "comms-frequency-default").count()) === 0, { message: "no default mark" });

  await waitSaved(page, (e) => {
    const s = e[`liaison/doc/map/${mapId}`]?.file.stakeholder_maps[0].stakeholders;
    return s?.[0].communication.contacts.length === 2 && s[2].communication.frequency === "weekly";
  });
  await page.reload({ waitUntil: "load" });
  await tid(page, "comms").waitFor({ timeout: 15_000 });
  await waitForText(tid(card(page, "Ines Duarte"), "comms-next"), "Next contact: Due 2026-12-15, in 14 days");
  assert.equal(await tid(card(page, "Ines Duarte"), "comms-log-entry").count(), 2);
  assert.equal(await tid(card(page, "Local Gazette"), "comms-frequency").inputValue(), "weekly");
  await waitForText(tid(page, "comms-week-summary"), "1 to contact by Sunday.");

  assert.deepEqual(errors, []);
  await context.close();
});

test("the plan's approval tab warns about key players nobody asks; its dashboard lists blockers and critics", async () => {
  const { page, context, errors, mapId } = await openComms();
  const planId = "p-service";

  await page.evaluate((id) => { location.hash = `#/plan/${id}/approval`; }, planId);
  await tid(page, "current-round").waitFor({ timeout: 15_000 });
  const items = tid(page, "key-player-warning-item");
  await waitUntil(async () => (await items.count()) === 2, { message: "two key players not asked" });
  await waitForText(items.nth(0), /^Ines Duarte is a key player for “Shared inbox”, but IT is not asked to sign off this round\./);
  await waitForText(items.nth(1), /^Works council \(Staff representation\) is a key player for “Shared inbox” from outside the plan, and nobody is asked about them\./);
  await screenshot(page, "plan-approval-key-player-warning");
  // Asking IT to sign off answers Ines's warning; the council's stays.
  await page.locator(".required-departments summary").click();
  await tid(page.locator(".required-departments label", { hasText: /^\s*IT\s*$/ }), "required-department").check();
  await waitUntil(async () => (await items.count()) === 1, { message: "one key player left" });
  await waitForText(items.nth(0), /^Works council/);

  await page.evaluate((id) => { location.hash = `#/plan/${id}/dashboard`; }, planId);
  await tid(page, "dashboard").waitFor({ timeout: 15_000 });
  const risks = tid(page, "stakeholder-risk");
  await waitUntil(async () => (await risks.count()) === 2, { message: "two stakeholder risks" });
  await waitForText(risks.nth(0), /^Blocker\s*Works council\s*Against “Shared inbox”/);
  await waitForText(risks.nth(1), /^Critic\s*Ines Duarte/);
  await screenshot(page, "plan-dashboard-stakeholder-risks");

  // A reload keeps them.
  await page.reload({ waitUntil: "load" });
  await tid(page, "dashboard").waitFor({ timeout: 15_000 });
  await waitUntil(async () => (await risks.count()) === 2, { message: "risks after a reload" });

  // The link leads to the map.
  await tid(risks.nth(0), "stakeholder-risk-link").click();
  await tid(page, "map-page").waitFor();
  assert.match(await page.evaluate(() => location.hash), new RegExp(`^#/map/${mapId}`));

  await page.evaluate((id) => { location.hash = `#/plan/${id}/approval`; }, planId);
  await tid(page, "key-player-map-link").first().waitFor({ timeout: 15_000 });
  await tid(page, "key-player-map-link").first().click();
  await tid(page, "map-page").waitFor();

  assert.deepEqual(errors, []);
  await context.close();
});
