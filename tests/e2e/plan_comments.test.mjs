// Comments and the conflict log: comment on an initiative, raise an objection, filter open objections,
// resolve it (an empty resolution is refused), delete a comment and undo, reload and find everything.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot, shutdown } from "./harness.mjs";
import { openApp, tid, waitForText, waitSaved, waitUntil } from "./fixtures/helpers.mjs";
import { createJourneyPlan } from "./fixtures/journey.mjs";

let app;
before(async () => {
  app = await launch();
});
after(shutdown);

const storedComments = (entries, planId) => entries[`liaison/doc/plan/${planId}`].file.plans[0].comments ?? [];

test("comments become objections, are resolved, deleted with undo, and survive a reload", async () => {
  const { page, context, errors } = await openApp(app.browser, app.url);
  await page.setViewportSize({ width: 1280, height: 720 });
  const planId = await createJourneyPlan(page);
  // A decision the objection can be settled by.
  await tid(page, "tab-decisions").click();
  await tid(page, "decision-new-date").fill("2026-11-20");
  await tid(page, "decision-new-title").fill("Move the inbox launch to April");
  await tid(page, "decision-add").click();
  await waitSaved(page, (e) => e[`liaison/doc/plan/${planId}`].file.plans[0].decisions?.length === 1);
  await tid(page, "tab-discussion").click();

  // An empty comment is refused and nothing is stored.
  await tid(page, "add-comment").click();
  await waitForText(tid(page, "discussion").locator(".field-error"), "A comment cannot be empty.");

  // The liaison comments on the plan; IT objects to an initiative.
  await tid(page, "comment-text").fill("Kick-off with all departments on 12 January.");
  await tid(page, "add-comment").click();
  await tid(page, "comment-on").selectOption({ label: "Initiative: Shared inbox" });
  await tid(page, "comment-speaker").selectOption({ label: "IT" });
  await tid(page, "comment-by").fill("Tom Keller");
  await tid(page, "comment-text").fill("March is too early: the mail migration ends in April.");
  await tid(page, "comment-objection").check();
  await tid(page, "add-comment").click();
  await waitUntil(async () => (await tid(page, "comment").count()) === 2, { message: "two comments listed" });
  await tid(page, "objection-open").waitFor();
  assert.match(await tid(page, "discussion").locator("h2").last().textContent(), /1 open objection\b/);

  // The conflict log shows open objections only.
  await tid(page, "only-open").check();
  await waitUntil(async () => (await tid(page, "comment").count()) === 1, { message: "only the objection listed" });
  const objection = tid(page, "comment").first();
  assert.match(await objection.textContent(), /IT.*Tom Keller.*Initiative: Shared inbox/s);

  // Resolving needs a resolution.
  await tid(objection, "resolve").click();
  await tid(objection, "confirm-resolve").click();
  await waitForText(objection.locator(".field-error"), /Say how the objection was resolved/);
  await tid(objection, "resolution").fill("Due date moved to the end of April.");
  await tid(objection, "resolution-decision").selectOption({ label: "Move the inbox launch to April (2026-11-20)" });
  await tid(objection, "confirm-resolve").click();
  await waitUntil(async () => (await tid(page, "comment").count()) === 0, { message: "resolved objection leaves the open list" });
  await tid(page, "only-open").uncheck();
  await tid(page, "objection-resolved").waitFor();
  await waitForText(tid(page, "settled-by"), "Settled by the decision Move the inbox launch to April (2026-11-20)");
  let entries = await waitSaved(page, (e) => storedComments(e, planId).some((c) => c.resolved_at));
  const resolved = storedComments(entries, planId).find((c) => c.objection);
  assert.equal(resolved.resolution, "Due date moved to the end of April.");
  assert.equal(resolved.decision_id, entries[`liaison/doc/plan/${planId}`].file.plans[0].decisions[0].id);
  await screenshot(page, "comments-and-conflict-log");

  // Delete with undo puts the comment back where it was.
  const before = storedComments(entries, planId);
  await tid(tid(page, "comment").last(), "delete-comment").click();
  await waitUntil(async () => (await tid(page, "comment").count()) === 1, { message: "comment deleted" });
  await tid(page, "undo").click();
  await waitUntil(async () => (await tid(page, "comment").count()) === 2, { message: "comment back after undo" });
  entries = await waitSaved(page, (e) => storedComments(e, planId).length === 2);
  assert.deepEqual(storedComments(entries, planId), before);

  await page.reload();
  await tid(page, "discussion").waitFor();
  assert.equal(await tid(page, "comment").count(), 2);
  await tid(page, "objection-resolved").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
