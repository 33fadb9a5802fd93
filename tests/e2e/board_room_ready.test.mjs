// A board a room can run (part of it): on a "lane per department" board each lane's notes take its department
// without touching the toolbar, and the board is named after its template and plan; a pasted list becomes one note
// per line (with Undo); an overlong note is refused with why; Edit puts the caret in the text and Escape leaves it;
// grouping notes of two areas makes a group in each and says so; the department for new notes outside the lanes is
// kept across a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot, shutdown } from "./harness.mjs";
import { openApp, paste, tid, waitForText, waitUntil, clickNoteButton, selectNote, openMenu } from "./fixtures/helpers.mjs";
import { createExampleLaneBoard } from "./fixtures/journey.mjs";

let app;
before(async () => {
  app = await launch();
});
after(shutdown);

const note = (scope, text) => tid(scope, "note").filter({ hasText: text });

test("lanes tag their own notes, lists paste as notes, edits focus, groups stay in their areas", async () => {
  const { page, context, errors } = await openApp(app.browser, app.url);
  await page.setViewportSize({ width: 1280, height: 720 });
  // Before any plan, "one lane per department" is offered as needing one, not refused after the click.
  const lanesOption = tid(page, "board-template").locator('option[value="department_lanes"]');
  assert.equal(await lanesOption.isDisabled(), true);
  assert.match(await lanesOption.textContent(), /needs a plan with departments first/);
  await createExampleLaneBoard(page);
  assert.equal(await tid(page, "doc-title").inputValue(), "One lane per department — Example: Customer-first 2027");

  // Each lane adds notes for its own department.
  const lanes = await tid(page, "area-title").allTextContents();
  for (const [n, lane] of lanes.entries()) {
    await tid(tid(page, "area").nth(n), "note-input").fill(`Idea from ${lane}`);
    await tid(tid(page, "area").nth(n), "note-input").press("Enter");
    await waitForText(tid(note(page, `Idea from ${lane}`), "note-chip"), lane);
  }

  // A pasted list offers one note per line; Undo takes them all back.
  const finance = tid(page, "area").nth(lanes.indexOf("Finance"));
  await paste(tid(finance, "note-input"), "- Budget per quarter\n- Cheaper licences\n\n- Fewer tools\n- One invoice a month\n- Shared costs");
  await waitForText(tid(finance, "paste-offer"), /You pasted 5 lines\./);
  await tid(finance, "paste-as-notes").click();
  await waitUntil(async () => (await tid(finance, "note").count()) === 6, { message: "five notes added" });
  await waitForText(tid(note(finance, "Cheaper licences"), "note-chip"), "Finance");
  await tid(page, "toast").filter({ hasText: "5 notes added" }).getByRole("button", { name: "Undo" }).click();
  await waitUntil(async () => (await tid(finance, "note").count()) === 1, { message: "the five taken back" });

  // An overlong note is refused, and says why.
  await tid(finance, "note-input").fill("x".repeat(400));
  await tid(finance, "note-input").press("Enter");
  await waitForText(tid(finance, "note-input-error"), /at most 280 characters \(this one has 400\)/);
  await tid(finance, "note-input").fill("");

  // Edit: the caret is in the text; typing goes there, Escape leaves without saving.
  await clickNoteButton(note(page, "Idea from IT"), "note-edit");
  await page.keyboard.type(" (SSO)");
  await page.keyboard.press("Enter");
  await tid(note(page, "Idea from IT (SSO)"), "note-text").waitFor();
  await clickNoteButton(note(page, "Idea from IT (SSO)"), "note-edit");
  await page.keyboard.type(" never saved");
  await page.keyboard.press("Escape");
  await waitUntil(async () => (await tid(page, "note-edit-input").count()) === 0, { message: "Escape leaves the editor" });
  assert.equal(await note(page, "never saved").count(), 0);

  // Grouping notes of two lanes makes a group in each, and says so.
  await selectNote(note(page, "Idea from Finance"));
  await selectNote(note(page, "Idea from Marketing"));
  await tid(page, "group-title").fill("Costs");
  await tid(page, "group-notes").click();
  await waitForText(tid(page, "toast").last(), /in 2 areas: each area now has a group “Costs”, and no note changed area/);
  assert.equal(await tid(finance, "note").filter({ hasText: "Idea from Finance" }).count(), 1, "still in its lane");
  await screenshot(page, "board_lanes_room_ready");

  // The department for new notes outside the lanes is kept with the board.
  await openMenu(page, "open-add-area", "new-area");
  await tid(page, "new-area").fill("Parking lot");
  await tid(page, "add-area").click();
  await tid(page, "note-department").selectOption({ label: "IT" });
  await page.reload();
  await tid(page, "board-page").waitFor();
  assert.equal(await tid(page, "note-department").evaluate((s) => s.options[s.selectedIndex].text), "IT");
  const parking = tid(page, "area").filter({ hasText: "Parking lot" });
  await tid(parking, "note-input").fill("Later");
  await tid(parking, "note-input").press("Enter");
  await waitForText(tid(note(parking, "Later"), "note-chip"), "IT");
  assert.deepEqual(errors, []);
  await context.close();
});
