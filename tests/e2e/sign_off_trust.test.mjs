// A whole review cycle as the liaison and Finance live it, each in a fresh browser profile, passing files:
// Finance picks itself, reloads, objects, asks for changes and exports a signed response; the liaison sees it
// signed and where it came from, refuses a copy edited by hand to claim IT, records IT's decision by phone,
// resolves the objection, changes a due date and opens round 2; Finance's copy is updated in place by the
// round-2 file, shows what changed since it answered, and Finance approves; the round is approved and the
// plan's status follows it, back to In review after a later edit. A plan file carrying a sign-off replaces
// the plan and that sign-off shows as unverified until confirmed. The review file shares no comment.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot, shutdown } from "./harness.mjs";
import {
  download, openApp, openFiles, routeOf, storageSnapshot, textFile, tid, waitForText, waitSaved, waitUntil,
} from "./fixtures/helpers.mjs";
import { createJourneyPlan, setInitiativeDue } from "./fixtures/journey.mjs";
import { axeFindings } from "./fixtures/helpers.mjs";


let app;
before(async () => {
  app = await launch();
});
after(shutdown);

// By the department's chip, exactly: "IT" also appears inside other rows' words.
const positionOf = (page, name) => tid(page, "position").filter({ has: page.locator("td:first-child").getByText(name, { exact: true }) });
const stateOf = (page, name) => positionOf(page, name).getAttribute("data-state");

async function exportReview(page) {
  await tid(page, "export-review").click();
  await tid(page, "review-preview").waitFor();
  return download(page, () => tid(page, "review-export").click());
}

async function record(page, department, how, decision) {
  await tid(page, "sign-off-department").selectOption({ label: department });
  await tid(page, "sign-off-how").selectOption(how);
  await tid(page, `decision-${decision}`).check();
  await tid(page, "record-sign-off").click();
}

test("a review cycle keeps every objection, shows where each decision came from and refuses forged ones", async () => {
  const liaison = await openApp(app.browser, app.url);
  const { page } = liaison;
  await page.setViewportSize({ width: 1280, height: 720 });
  const planId = await createJourneyPlan(page);
  const key = `liaison/doc/plan/${planId}`;

  // The liaison's own remark stays out of the review file unless chosen.
  await tid(page, "tab-discussion").click();
  await tid(page, "comment-text").fill("Liaison's note: Finance will push back on Q1.");
  await tid(page, "add-comment").click();
  await waitForText(tid(page, "comment-text-shown"), /Liaison's note/);
  await tid(page, "tab-approval").click();
  await tid(page, "round-due").fill("2099-12-15");
  await tid(page, "open-round-button").click();
  await waitForText(tid(page, "round-state"), "Waiting for Finance, IT.");
  await tid(page, "export-review").click();
  await waitForText(tid(page, "review-left-out"), /Left out: 1 comment/);
  assert.deepEqual(await axeFindings(page), [], "the review-file preview passes axe");
  await screenshot(page, "review-file-preview");
  const review1 = await download(page, () => tid(page, "review-export").click());
  assert.equal(JSON.parse(review1.text).plans[0].comments, undefined, "the review file shares no comment by default");

  // Finance opens it, picks itself, and after a reload still reviews as Finance.
  const finance = await openApp(app.browser, app.url);
  const fp = finance.page;
  await fp.setViewportSize({ width: 1280, height: 720 });
  await openFiles(fp, textFile(review1.name, review1.text));
  await waitUntil(() => routeOf(fp)?.section === "approval", { message: "review file opens the approval section" });
  await waitForText(tid(fp, "reviewer-prompt"), /Choose the department you review for/);
  await tid(fp, "reviewing-as").selectOption({ label: "Finance" });
  assert.equal(await tid(fp, "reviewer-prompt").count(), 0, "the prompt goes once a department is chosen");
  await fp.reload();
  await tid(fp, "export-response").waitFor();
  const chosen = await tid(fp, "reviewing-as").evaluate((s) => s.options[s.selectedIndex].text);
  assert.equal(chosen, "Finance", "Reviewing as survives a reload");
  await tid(fp, "tab-discussion").click();
  await waitForText(tid(fp, "speaking-for"), /Finance/);
  await tid(fp, "comment-objection").check();
  await tid(fp, "comment-text").fill("Too early for Finance: the budget is frozen until Q2.");
  await tid(fp, "add-comment").click();
  await waitForText(tid(fp, "comment-text-shown").first(), /budget is frozen/);
  await tid(fp, "tab-approval").click();
  await tid(fp, "decision-changes_requested").check();
  await tid(fp, "record-sign-off").click();
  await waitUntil(async () => (await stateOf(fp, "Finance")) === "changes_requested", { message: "Finance asked for changes locally" });
  const response1 = await download(fp, () => tid(fp, "export-response").click());
  const sent = JSON.parse(response1.text).responses[0];
  assert.equal(sent.comments.length, 1, "the objection is in the response");
  assert.equal(sent.comments[0].objection, true);
  assert.equal(sent.sign_off.state, "changes_requested");
  assert.ok(sent.signature?.public_key && sent.signature?.value, "the response is signed");

  // The liaison imports it: the objection arrives, the decision is shown as from a signed response.
  await tid(page, "import-responses").setInputFiles(textFile(response1.name, response1.text));
  await waitUntil(async () => (await stateOf(page, "Finance")) === "changes_requested", { message: "Finance's answer at the liaison" });
  await waitForText(tid(positionOf(page, "Finance"), "sign-source"), /response file, signed; the first key/);
  await waitForText(tid(page, "merge-report"), /Finance: changes requested/);
  // Said above the table it reports on, not over it.
  const report = await tid(page, "merge-report").boundingBox();
  const table = await tid(page, "positions").boundingBox();
  assert.ok(report.y + report.height <= table.y, "the report sits above the table");

  // A copy edited by hand to claim IT fails verification and changes nothing.
  const stored = JSON.parse((await storageSnapshot(page))[key]).file.plans[0];
  const it = stored.departments.find((d) => d.name === "IT").id;
  const forged = JSON.parse(response1.text);
  forged.responses[0].department_id = it;
  forged.responses[0].department_name = "IT";
  forged.responses[0].sign_off.department_id = it;
  forged.responses[0].sign_off.state = "approved";
  const before = await storageSnapshot(page);
  await tid(page, "import-responses").setInputFiles(textFile("forged.liaison.json", JSON.stringify(forged)));
  await waitForText(tid(page, "import-error"), /signature.*(changed|does not match).*Nothing was changed/);
  assert.deepEqual(await storageSnapshot(page), before);

  // The same response with its signature removed (and made an approval) is merged but does not count.
  const stripped = JSON.parse(response1.text);
  delete stripped.responses[0].signature;
  stripped.responses[0].sign_off.id = "stripped";
  stripped.responses[0].sign_off.state = "approved";
  stripped.responses[0].sign_off.at = "2099-01-01T00:00:00.000Z";
  await tid(page, "import-responses").setInputFiles(textFile("stripped.liaison.json", JSON.stringify(stripped)));
  await waitForText(tid(page, "merge-report"), /Finance: approved, in an unsigned response, so it does not count until you confirm it/);
  assert.equal(await stateOf(page, "Finance"), "changes_requested", "an unsigned approval does not count");
  await waitForText(tid(positionOf(page, "Finance"), "badge-not-counted"), /Not counted: “approved” in an unsigned response/);

  // IT's decision, recorded by the liaison after a phone call, says so.
  await record(page, "IT", "phone", "approved");
  await waitUntil(async () => (await stateOf(page, "IT")) === "approved", { message: "IT recorded" });
  await waitForText(tid(positionOf(page, "IT"), "sign-source"), "Recorded by the liaison, by phone");
  await screenshot(page, "approval-provenance");
  assert.deepEqual(await axeFindings(page), [], "the approval table with provenance passes axe");

  // The objection is resolved; a due-date change makes every answer stale; round 2 opens.
  await tid(page, "tab-discussion").click();
  await tid(page, "resolve").first().click();
  await tid(page, "resolution").fill("Spend moved to Q2.");
  await tid(page, "confirm-resolve").click();
  await tid(page, "objection-resolved").first().waitFor();
  await setInitiativeDue(page, "Shared inbox", "2027-06-30");
  await tid(page, "tab-approval").click();
  await tid(page, "plan-changed").waitFor();
  await tid(page, "open-round-button").click();
  await waitUntil(async () => (await waitSaved(page))[key].file.plans[0].approval_rounds.length === 2, { message: "round 2" });
  await waitForText(tid(page, "changes-since-approval"), /IT approved the version of round 1[\s\S]*Shared inbox[\s\S]*2027-03-31 → 2027-06-30/);
  const review2 = await exportReview(page);

  // Finance's copy is updated in place: same plan, no fork, no "changed since this round opened".
  await openFiles(fp, textFile(review2.name, review2.text));
  await waitForText(tid(fp, "toast").last(), /your copy of “Customer-first 2027” is now the version under review/);
  assert.equal(await tid(fp, "import-conflict").count(), 0, "no Keep both / Replace question");
  await waitUntil(() => routeOf(fp)?.id === planId && routeOf(fp)?.section === "approval", { message: "the same plan, at its approval" });
  assert.equal(await tid(fp, "plan-changed").count(), 0);
  const financeEntries = await waitSaved(fp, (e) => e[key]?.file.plans[0].approval_rounds.length === 2);
  assert.equal(Object.keys(financeEntries).filter((k) => k.startsWith("liaison/doc/plan/")).length, 1, "one copy of the plan");
  await waitForText(tid(fp, "changes-since-approval"), /since you asked for changes to the version of round 1[\s\S]*Due: 2027-03-31 → 2027-06-30/);
  await screenshot(fp, "approval-changes-since-answer");
  assert.deepEqual(await axeFindings(fp), [], "the reviewer's approval view passes axe");
  await tid(fp, "decision-approved").check();
  await tid(fp, "record-sign-off").click();
  await waitUntil(async () => (await stateOf(fp, "Finance")) === "approved", { message: "Finance approved round 2" });
  const response2 = await download(fp, () => tid(fp, "export-response").click());
  // The same review file opened again changes nothing and loses nothing.
  await openFiles(fp, textFile(review2.name, review2.text));
  await waitForText(tid(fp, "toast").last(), /already have this version under review/);
  assert.equal(await tid(fp, "import-conflict").count(), 0);
  assert.equal(await stateOf(fp, "Finance"), "approved");

  // The liaison imports it (the key Finance used before), records IT by e-mail: approved, and the status follows.
  await tid(page, "import-responses").setInputFiles(textFile(response2.name, response2.text));
  await waitUntil(async () => (await stateOf(page, "Finance")) === "approved", { message: "Finance approved at the liaison" });
  await waitForText(tid(positionOf(page, "Finance"), "sign-source"), /signed by the key the department used before/);
  await record(page, "IT", "email", "approved");
  await waitForText(tid(page, "round-state"), "Approved: every department signed off this version.");
  await tid(page, "tab-overview").click();
  await waitUntil(async () => (await tid(page, "plan-status").inputValue()) === "approved", { message: "status Approved" });
  await tid(page, "status-follows").waitFor();
  await setInitiativeDue(page, "Weekly reply report", "2027-09-30");
  await tid(page, "tab-overview").click();
  await waitUntil(async () => (await tid(page, "plan-status").inputValue()) === "in_review", { message: "status back to In review" });
  const saved = (await waitSaved(page, (e) => e[key].file.plans[0].status === "in_review"))[key].file.plans[0];
  assert.equal(saved.status, "in_review", "the stored plan (and so every exported file) says In review");

  // Finance answers again from another browser (another key): shown as a new key, counted once accepted.
  const laptop = await openApp(app.browser, app.url);
  const lp = laptop.page;
  await openFiles(lp, textFile(review2.name, review2.text));
  await waitUntil(() => routeOf(lp)?.section === "approval", { message: "the other browser opens the review" });
  await tid(lp, "reviewing-as").selectOption({ label: "Finance" });
  await tid(lp, "decision-approved").check();
  await tid(lp, "record-sign-off").click();
  const response3 = await download(lp, () => tid(lp, "export-response").click());
  await tid(page, "tab-approval").click();
  await tid(page, "import-responses").setInputFiles(textFile(response3.name, response3.text));
  await waitForText(tid(positionOf(page, "Finance"), "badge-not-counted"), /Not counted: “approved” signed with a new key \([0-9A-F]{4} [0-9A-F]{4}/);
  await waitForText(tid(page, "merge-report"), /Finance: approved, signed with a new key, so it does not count until you accept the key/);
  await tid(positionOf(page, "Finance"), "accept-key").click();
  await waitUntil(async () => (await tid(positionOf(page, "Finance"), "badge-not-counted").count()) === 0, { message: "new key accepted" });
  await waitForText(tid(positionOf(page, "Finance"), "sign-source"), /signed with a new key you accepted/);
  await laptop.context.close();

  // A plan file carrying a sign-off replaces the plan: that sign-off is unverified until confirmed.
  const planFile = JSON.parse((await storageSnapshot(page))[key]).file;
  const round2 = planFile.plans[0].approval_rounds[1];
  round2.sign_offs.push({
    id: "planted", department_id: it, state: "approved", by: "Nobody", at: "2099-01-01T00:00:00.000Z",
    comment: "", plan_hash: round2.plan_hash, source: "recorded", how: "meeting", updated_at: "2099-01-01T00:00:00.000Z",
  });
  planFile.plans[0].vision = "Changed elsewhere";
  await tid(page, "tab-approval").click();
  await openFiles(page, textFile("carried.liaison.json", JSON.stringify(planFile)));
  await tid(page, "import-replace").click();
  await tid(page, "tab-approval").click();
  await waitForText(tid(positionOf(page, "IT"), "badge-not-counted"), /Not counted: “approved” came inside a plan file/);
  await screenshot(page, "approval-unverified");
  await tid(positionOf(page, "IT"), "confirm-sign-off").click();
  await waitUntil(async () => (await tid(positionOf(page, "IT"), "badge-not-counted").count()) === 0, { message: "confirmed" });

  assert.deepEqual([...liaison.errors, ...finance.errors, ...laptop.errors], []);
  await liaison.context.close();
  await finance.context.close();
});

test("one department's view shows its part of the plan and a brief for it alone", async () => {
  const { page, context, errors } = await openApp(app.browser, app.url);
  await page.setViewportSize({ width: 1024, height: 768 });
  await createJourneyPlan(page);
  await tid(page, "tab-dashboard").click();
  await tid(page, "focus-department").selectOption({ label: "IT" });
  const sections = tid(page, "focus-section");
  await waitForText(sections.nth(1), /Shared inbox — leads, Accountable, due 2027-03-31[\s\S]*Weekly reply report — Responsible/);
  const brief = await tid(page, "focus-brief").inputValue();
  assert.ok(brief.startsWith("# Customer-first 2027: what it asks of IT"), brief);
  assert.doesNotMatch(brief, /Marketing/, "nothing about the other departments' own work");
  const box = await tid(page, "focus-department").boundingBox();
  assert.ok(box && box.width > 0, "the picker is on screen");
  await screenshot(page, "dashboard-department-view-1024");
  assert.deepEqual(await axeFindings(page), [], "the dashboard with one department's view passes axe");
  assert.deepEqual(errors, []);
  await context.close();
});
