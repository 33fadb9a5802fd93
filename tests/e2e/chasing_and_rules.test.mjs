// The liaison chases the departments holding a plan up and the structure rules speak up: Finance's head gets an
// e-mail address (a slip is refused inline and stays until corrected), a round is opened and each department
// holding it up has a ready-to-send reminder (a mailto: link naming the plan, the version and the due day, and
// text to copy); a lead department made only Informed is flagged in the RACI grid and its split ownership listed
// as an overlap; a due day before the start keeps its message after the field is left, until Escape; a due day
// past the plan's horizon is warned about.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, screenshot } from "./harness.mjs";
import { openApp, tid, waitForText, waitForValue, waitSaved, waitUntil } from "./fixtures/helpers.mjs";
import { createJourneyPlan } from "./fixtures/journey.mjs";

let app;
before(async () => {
  app = await launch();
});
after(shutdown);

const row = (page, title) => tid(page, "raci-row").filter({ hasText: title });

test("reminders to the departments holding the plan up, and the rules that flag a plan's slips", async () => {
  const { page, context, errors } = await openApp(app.browser, app.url);
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    const planId = await createJourneyPlan(page);
    const key = `liaison/doc/plan/${planId}`;
    const stored = (e) => e[key]?.file.plans[0];

    // Finance's head and their e-mail; a slip is refused inline and stays after leaving the field.
    await tid(page, "tab-overview").click();
    const finance = tid(tid(page, "departments"), "department").nth(0);
    await tid(finance, "department-head").fill("Henrik Dahl");
    const email = tid(finance, "department-head-email");
    await email.fill("henrik.dahl@finance");
    await email.blur();
    const emailField = finance.locator("label.field", { has: page.locator('[data-testid="department-head-email"]') });
    await waitForText(tid(emailField, "field-error"), /is not an e-mail address: it needs one @ and a dot after it/);
    assert.equal(await email.inputValue(), "henrik.dahl@finance", "the slip stays to be corrected");
    assert.equal(await email.getAttribute("aria-describedby"), await tid(emailField, "field-error").getAttribute("id"));
    await email.fill("henrik.dahl@finance.example");
    await email.blur();
    await waitUntil(async () => (await tid(emailField, "field-error").count()) === 0, { message: "the message goes once corrected" });
    await waitSaved(page, (e) => stored(e)?.departments[0].head_email === "henrik.dahl@finance.example", { message: "the address is saved" });

    // A round due on a given day: Finance and IT hold it up, each with a reminder.
    await tid(page, "tab-approval").click();
    await tid(page, "open-round").waitFor();
    await tid(page, "round-due").fill("2099-12-15");
    await tid(page, "open-round-button").click();
    await waitForText(tid(page, "round-state"), "Waiting for Finance, IT.");
    const entries = await waitSaved(page, (e) => stored(e)?.approval_rounds?.length === 1);
    const version = stored(entries).approval_rounds[0].plan_hash.slice(0, 8);
    const holdup = (name) => tid(page, "holdup").filter({ hasText: new RegExp(`\\b${name}\\b`) });
    const financeLink = await tid(holdup("Finance"), "reminder-mailto").getAttribute("href");
    assert.ok(financeLink.startsWith("mailto:henrik.dahl@finance.example?subject="), financeLink);
    const subject = decodeURIComponent(financeLink.match(/[?&]subject=([^&]*)/)[1]);
    const body = decodeURIComponent(financeLink.match(/[?&]body=([^&]*)/)[1]);
    assert.equal(subject, `Sign-off reminder: “Customer-first 2027”, version ${version}, due 2099-12-15`);
    assert.match(body, /^Hello Henrik Dahl,/);
    assert.match(body, /Finance has not answered\. Please review version \w{8} and give Finance’s sign-off/);
    assert.match(body, /Please answer by 2099-12-15\./);
    // IT's head has no address yet: the link opens a message without one, and says so.
    const itLink = await tid(holdup("IT"), "reminder-mailto").getAttribute("href");
    assert.ok(itLink.startsWith("mailto:?subject="), itLink);
    await waitForText(holdup("IT"), /No e-mail address for the head yet/);
    // Copy text: on the clipboard (a toast says so) or, when the browser refuses, selected in a field.
    await tid(holdup("Finance"), "reminder-copy").click();
    const copied = await waitUntil(async () => {
      if (await tid(page, "reminder-text").count()) return "field";
      const toasts = await tid(page, "toast").allTextContents();
      return toasts.some((t) => t.includes("The reminder is on the clipboard")) && "clipboard";
    }, { message: "the reminder is copied or shown to copy" });
    if (copied === "field") assert.match(await tid(page, "reminder-text").inputValue(), /Please answer by 2099-12-15\./);
    await screenshot(page, "approval-holdups-reminders");

    // RACI: the lead (IT) made only Informed is flagged by name; Marketing Accountable splits ownership.
    await tid(page, "tab-roles").click();
    await tid(row(page, "Shared inbox"), "raci-cell").nth(1).selectOption("informed");
    await waitForText(tid(row(page, "Shared inbox"), "raci-problems"), /IT leads this initiative but is only Informed: the lead should be Responsible or Accountable\./);
    await waitForText(tid(page, "raci-summary"), "1 of 2 initiatives breaks a RACI rule.");
    await tid(row(page, "Shared inbox"), "raci-cell").nth(2).selectOption("accountable");
    await waitForText(tid(row(page, "Shared inbox"), "raci-problems"), /IT leads this initiative but is only Informed/);
    await tid(page, "tab-dependencies").click();
    await waitForText(tid(page, "dep-overlaps"), /split ownership IT leads “Shared inbox” but Marketing is Accountable for it/);
    assert.equal(await tid(page, "dep-overlap").count(), 1, "working together elsewhere is not an overlap");

    // A due day before the start is refused and keeps its message after the field is left, until Escape.
    await tid(page, "tab-objectives").click();
    const inbox = tid(page, "initiative").nth(0);
    const due = tid(inbox, "initiative-due");
    const dueField = inbox.locator("label.field", { has: page.locator('[data-testid="initiative-due"]') });
    await due.fill("2027-01-01");
    await waitForText(tid(dueField, "field-error"), /cannot be due \(2027-01-01\) before it starts \(2027-01-10\)/);
    await tid(inbox, "initiative-title").click();
    await page.waitForTimeout(300);
    assert.equal(await due.inputValue(), "2027-01-01", "the refused day stays in the field");
    await waitForText(tid(dueField, "field-error"), /cannot be due \(2027-01-01\) before it starts/);
    assert.equal(await due.getAttribute("aria-describedby"), await tid(dueField, "field-error").getAttribute("id"));
    assert.equal(await tid(dueField, "field-error").getAttribute("role"), "alert");
    await due.press("Escape");
    await waitForValue(due, "2027-03-31");
    assert.equal(await tid(dueField, "field-error").count(), 0, "Escape puts the stored day back and the message goes");

    // A due day past the plan's horizon is warned about, not refused.
    await tid(page, "tab-overview").click();
    await tid(page, "plan-end").fill("2027-02-28");
    await tid(page, "tab-objectives").click();
    await waitForText(tid(tid(page, "initiative").nth(0), "initiative-horizon-warning"), "⚠ Due 2027-03-31, after the plan's horizon ends (2027-02-28).");
    await waitSaved(page, (e) => stored(e)?.horizon?.end === "2027-02-28" && stored(e).initiatives[0].due === "2027-03-31");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
