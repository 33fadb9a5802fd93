// The sign-off journey across two browsers: the liaison opens an approval round and exports the review file;
// Finance, in a fresh browser profile, reviews as Finance, comments, approves and exports its response; the
// liaison imports it (twice: the second time changes nothing), sees Finance approved, changes the plan's
// substance and sees Finance's approval go stale. A response for an unknown plan is refused.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, newPage, screenshot, shutdown } from "./harness.mjs";
import {
  download, openApp, openFiles, storageSnapshot, textFile, tid, waitForText, waitRoute, waitSaved, waitUntil, routeOf,
} from "./fixtures/helpers.mjs";
import { createJourneyPlan, setInitiativeDue } from "./fixtures/journey.mjs";

let app;
before(async () => {
  app = await launch();
});
after(shutdown);

const positionOf = (page, name) => tid(page, "position").filter({ hasText: name });

test("a department reviews in its own browser and the liaison sees its sign-off, then sees it go stale", async () => {
  const liaison = await openApp(app.browser, app.url);
  const { page } = liaison;
  await page.setViewportSize({ width: 1280, height: 720 });
  const planId = await createJourneyPlan(page);

  // Open a round: Finance and IT carry R or A, so they are ticked by default.
  await tid(page, "tab-approval").click();
  await tid(page, "open-round").waitFor();
  const ticked = await tid(page, "round-department").evaluateAll((els) => els.map((e) => e.checked));
  assert.deepEqual(ticked, [true, true, false], "Finance and IT must sign off by default, Marketing not");
  await tid(page, "round-due").fill("2099-12-15");
  await tid(page, "open-round-button").click();
  await waitForText(tid(page, "round-state"), "Waiting for Finance, IT.");
  await waitSaved(page, (e) => e[`liaison/doc/plan/${planId}`].file.plans[0].approval_rounds?.length === 1);
  await tid(page, "export-review").click();
  await tid(page, "review-preview").waitFor();
  const review = await download(page, () => tid(page, "review-export").click());
  assert.match(review.name, /review\.liaison\.json$/);
  assert.equal(JSON.parse(review.text).review.plan_id, planId);

  // Finance, in a fresh profile, opens the review file and lands on the approval section.
  const finance = await openApp(app.browser, app.url);
  const fp = finance.page;
  await fp.setViewportSize({ width: 1280, height: 720 });
  await openFiles(fp, textFile(review.name, review.text));
  await waitUntil(() => routeOf(fp)?.section === "approval", { message: "review file opens the approval section" });
  await tid(fp, "reviewing-as").selectOption({ label: "Finance" });
  await tid(fp, "export-response").waitFor();
  // A comment on an initiative, through the Comments tab.
  await tid(fp, "tab-discussion").click();
  await tid(fp, "comment-on").selectOption({ label: "Initiative: Shared inbox" });
  await tid(fp, "comment-by").fill("Sofia Marín");
  await tid(fp, "comment-text").fill("Please budget the inbox licences in Q1.");
  await tid(fp, "add-comment").click();
  await waitForText(tid(fp, "comment-text-shown"), "Please budget the inbox licences in Q1.");
  // Approve as Finance, then export the response.
  await tid(fp, "tab-approval").click();
  await tid(fp, "reviewing-as").selectOption({ label: "Finance" });
  await tid(fp, "decision-approved").check();
  await tid(fp, "sign-off-comment").fill("Fine by Finance.");
  await tid(fp, "record-sign-off").click();
  await waitUntil(async () => (await positionOf(fp, "Finance").getAttribute("data-state")) === "approved", { message: "Finance approved locally" });
  const response = await download(fp, () => tid(fp, "export-response").click());
  const parsed = JSON.parse(response.text);
  assert.deepEqual([parsed.plans.length, parsed.responses.length], [0, 1], "a response file holds only the response");
  assert.equal(parsed.responses[0].department_name, "Finance");
  assert.equal(parsed.responses[0].comments.length, 1);
  assert.equal(parsed.responses[0].sign_off.state, "approved");
  await screenshot(fp, "approval-reviewing-as-finance");

  // The liaison imports the response and sees Finance approved; the plan's other content is untouched.
  const storedBefore = JSON.parse((await storageSnapshot(page))[`liaison/doc/plan/${planId}`]).file.plans[0];
  await tid(page, "import-responses").setInputFiles(textFile(response.name, response.text));
  await waitUntil(async () => (await positionOf(page, "Finance").getAttribute("data-state")) === "approved", { message: "Finance approved at the liaison" });
  assert.equal(await positionOf(page, "Finance").getAttribute("data-stale"), "false");
  await waitForText(tid(page, "round-state"), "Waiting for IT.");
  const entries = await waitSaved(page, (e) => e[`liaison/doc/plan/${planId}`].file.plans[0].comments?.length === 1);
  const merged = entries[`liaison/doc/plan/${planId}`].file.plans[0];
  const { approval_rounds: _a, comments: _c, updated_at: _u, ...restAfter } = merged;
  const { approval_rounds: _b, comments: _d, updated_at: _v, ...restBefore } = storedBefore;
  assert.deepEqual(restAfter, restBefore, "merging a response touches only sign-offs and comments");

  // The same response again changes nothing.
  const snapshot = await storageSnapshot(page);
  await tid(page, "import-responses").setInputFiles(textFile(response.name, response.text));
  await waitForText(tid(page, "merge-report"), /merged before: nothing changed/);
  assert.deepEqual(await storageSnapshot(page), snapshot);
  await screenshot(page, "approval-after-response");

  // A substantive change (the initiative's due date) makes Finance's approval stale.
  await setInitiativeDue(page, "Shared inbox", "2027-04-30");
  await tid(page, "tab-approval").click();
  await waitUntil(async () => (await positionOf(page, "Finance").getAttribute("data-stale")) === "true", { message: "Finance stale" });
  await tid(page, "plan-changed").waitFor();
  await tid(positionOf(page, "Finance"), "badge-stale").waitFor();
  await waitForText(tid(page, "round-state"), "Waiting for Finance, IT.");
  await screenshot(page, "approval-stale");

  // After a reload everything is still there.
  await page.reload();
  await tid(page, "current-round").waitFor();
  assert.equal(await positionOf(page, "Finance").getAttribute("data-stale"), "true");
  assert.deepEqual([...liaison.errors, ...finance.errors], []);
  await liaison.context.close();
  await finance.context.close();
});

test("a response for a plan that is not here is refused and changes nothing", async () => {
  const { page, context, errors } = await newPage(app.browser, app.url);
  await tid(page, "app-shell").waitFor();
  await createJourneyPlan(page);
  const before = await storageSnapshot(page);
  const stranger = {
    format: "liaison", version: 1, exported_at: "2026-11-23T09:00:00.000Z", exported_by: "Finance",
    plans: [], boards: [], stakeholder_maps: [],
    responses: [{ plan_id: "p-elsewhere", plan_title: "Somebody else's plan", round_id: "r1", department_id: "d1", department_name: "Finance", plan_hash: "00" }],
  };
  await openFiles(page, textFile("stranger.liaison.json", JSON.stringify(stranger)));
  await waitForText(tid(page, "import-error"), /Somebody else's plan.*not in this browser.*Nothing was changed/);
  assert.deepEqual(await storageSnapshot(page), before);
  assert.deepEqual(errors, []);
  await context.close();
});
