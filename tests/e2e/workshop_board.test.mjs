// A facilitator runs a SWOT workshop: notes typed from the keyboard, moved by a real pointer drag and by
// keyboard, grouped, voted on in tally mode with the budget enforced, revealed and sorted, taken into a plan; a reload keeps it all.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, screenshot } from "./harness.mjs";
import { tid, openApp, waitUntil, waitForText, waitSaved, entryDoc, waitRoute, clickNoteButton, selectNote, openMenu } from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const area = (page, n) => tid(page, "area").nth(n);
const note = (scope, text) => tid(scope, "note").filter({ hasText: text });
/** The note texts of an area, in screen order (clusters first, then loose notes). */
const texts = (page, n) => tid(area(page, n), "note-text").allTextContents();
const activeTestId = (page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid"));

/** Types notes into an area's input with Enter, checking the focus stays there. */
async function typeNotes(page, n, notes) {
  await tid(area(page, n), "note-input").click();
  for (const text of notes) {
    await page.keyboard.type(text);
    await page.keyboard.press("Enter");
    await note(area(page, n), text).waitFor();
    assert.equal(await activeTestId(page), "note-input", "focus stays in the input");
    assert.equal(await tid(area(page, n), "note-input").inputValue(), "", "the input is empty again");
  }
}

/** A real pointer drag in small steps from the centre of `from` to the centre of `to`. */
async function drag(page, from, to) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + 12);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(a.x + a.width / 2 + ((b.x + b.width / 2 - a.x - a.width / 2) * i) / steps, a.y + 12 + ((b.y + b.height / 2 - a.y - 12) * i) / steps);
  }
  assert.equal(await tid(page, "drop-indicator").count(), 1, "a drop indicator shows during the drag");
  await page.mouse.up();
}

test("a SWOT workshop: keyboard notes, drag and keyboard moves, a group, tally voting, reveal, sort, into a plan, reload", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "board-template").selectOption("swot");
    await tid(page, "welcome-create-board").click();
    const id = await waitRoute(page, "board");
    const key = `liaison/doc/board/${id}`;
    await tid(page, "board-page").waitFor();
    assert.deepEqual(await tid(page, "area-title").allTextContents(), ["Strengths", "Weaknesses", "Opportunities", "Threats"]);

    // Notes by keyboard, with a free label and an author.
    await tid(page, "note-label").fill("Sales");
    await tid(page, "note-author-input").fill("Ana");
    await typeNotes(page, 0, ["Loyal customers", "Strong brand", "Good team"]);
    await typeNotes(page, 1, ["Slow IT", "A very long note ".repeat(12).trim()]);
    // An empty note is refused with a message; the focus stays.
    await page.keyboard.press("Enter");
    await waitForText(tid(area(page, 1), "note-input-error"), "A note needs some text.");
    assert.equal(await activeTestId(page), "note-input");
    assert.equal(await tid(area(page, 1), "note").count(), 2);
    assert.equal(await note(page, "Loyal customers").locator('[data-testid="note-chip"]').textContent(), "Sales");
    assert.equal(await note(page, "Loyal customers").locator('[data-testid="note-author"]').textContent(), "Ana");
    // The long note wraps inside its area.
    const long = note(page, "A very long note");
    const [noteBox, areaBox] = [await long.boundingBox(), await area(page, 1).boundingBox()];
    assert.ok(noteBox.x + noteBox.width <= areaBox.x + areaBox.width + 1 && noteBox.height > 60, "long text wraps");

    // A real pointer drag: "Good team" to Opportunities.
    await drag(page, note(page, "Good team"), tid(area(page, 2), "note-input"));
    await waitUntil(async () => (await texts(page, 2)).includes("Good team"), { message: "note dragged to Opportunities" });
    assert.deepEqual(await texts(page, 0), ["Loyal customers", "Strong brand"]);
    // And one within its area, above the first note.
    await drag(page, note(page, "Strong brand"), note(page, "Loyal customers").locator('[data-testid="note-text"]'));
    await waitUntil(async () => (await texts(page, 0))[0] === "Strong brand", { message: "note dragged up" });

    // By keyboard alone: Alt+ArrowLeft moves "Slow IT" to Strengths, Alt+ArrowUp one place up.
    await note(page, "Slow IT").focus();
    await page.keyboard.press("Alt+ArrowLeft");
    await waitUntil(async () => (await texts(page, 0)).includes("Slow IT"), { message: "keyboard move to Strengths" });
    await waitForText(tid(page, "board-live"), "Moved to Strengths, 3 of 3.");
    await waitUntil(async () => (await page.evaluate(() => document.activeElement?.textContent ?? "")).includes("Slow IT"), { message: "focus stays on the note" });
    await page.keyboard.press("Alt+ArrowUp");
    await waitForText(tid(page, "board-live"), "Moved to Strengths, 2 of 3.");
    assert.deepEqual(await texts(page, 0), ["Strong brand", "Slow IT", "Loyal customers"]);

    // Group two notes.
    await selectNote(note(page, "Strong brand"));
    await note(page, "Loyal customers").click({ modifiers: ["Shift"], position: { x: 30, y: 10 } });
    await waitForText(tid(page, "group-bar").locator("span").first(), "2 notes selected");
    await tid(page, "group-title").fill("Reputation");
    await tid(page, "group-notes").click();
    const cluster = tid(page, "cluster");
    await cluster.waitFor();
    assert.equal(await tid(cluster, "cluster-title").inputValue(), "Reputation");
    assert.deepEqual(await tid(cluster, "note-text").allTextContents(), ["Strong brand", "Loyal customers"]);

    // Tally voting: three participants, two votes each, one per note.
    await openMenu(page, "open-voting", "vote-names");
    await tid(page, "vote-names").fill("Ana\nBo\nCy");
    await tid(page, "vote-budget").fill("2");
    await tid(page, "vote-start").click();
    await waitForText(tid(page, "vote-turn"), /^Ana’s turn: 2 of 2 votes left/);
    const vote = async (text) => tid(note(page, text), "note-vote").click();
    await vote("Strong brand");
    await vote("Slow IT");
    await waitForText(tid(page, "vote-turn"), /^Ana’s turn: 0 of 2 votes left/);
    await vote("Good team");
    await waitForText(tid(page, "toast").last(), /Ana has already used all 2 votes of this round\./);
    await tid(page, "vote-next").click();
    await waitForText(tid(page, "vote-turn"), /^Bo’s turn: 2 of 2/);
    await vote("Strong brand");
    await vote("Strong brand");
    await waitForText(tid(page, "toast").last(), /Bo has already voted for this note/);
    await vote("Good team");
    await tid(page, "vote-next").click();
    await waitForText(tid(page, "vote-turn"), /^Cy’s turn/);
    await vote("Strong brand");
    await vote("Loyal customers");
    assert.equal(await tid(page, "note-votes").count(), 0, "results stay hidden until revealed");
    await waitSaved(page, (e) => e[key] && entryDoc(e[key]).voting?.votes?.length === 6, { message: "six votes stored" });

    // Reveal and sort.
    await openMenu(page, "open-voting", "vote-reveal");
    await tid(page, "vote-reveal").click();
    await waitForText(tid(note(page, "Strong brand"), "note-votes"), "3 votes");
    assert.equal(await tid(note(page, "Slow IT"), "note-votes").textContent(), "1 vote");
    assert.equal(await tid(cluster, "cluster-votes").textContent(), "4 votes");
    await tid(page, "vote-sort").check();
    await waitUntil(async () => (await tid(cluster, "note-text").allTextContents())[0] === "Strong brand", { message: "sorted" });
    // While sorted, the screen is not the stored order: a move is refused with a reason, nothing moves.
    await note(page, "Slow IT").focus();
    await page.keyboard.press("Alt+ArrowUp");
    await waitForText(tid(page, "toast").last(), /sorted by votes: turn off “Sort by votes” to move them/);
    assert.deepEqual(await texts(page, 0), ["Strong brand", "Loyal customers", "Slow IT"]);
    await page.keyboard.press("Escape");
    await tid(page, "vote-sort").waitFor({ state: "hidden" });
    await screenshot(page, "workshop_board_editor");

    // The outline is a list a screen reader can walk, with votes.
    await tid(page, "outline-toggle").click();
    await waitForText(tid(page, "outline-list"), /Reputation \(4 votes\).*Strong brand — Sales, Ana \(3 votes\)/);

    // From workshop to plan: the group becomes an objective of a new plan, a note an initiative under it.
    await tid(cluster, "cluster-to-plan").click();
    const dialog = tid(page, "promote-dialog");
    await waitForText(tid(dialog, "promote-preview"), "“Reputation” · 4 votes");
    await tid(dialog, "promote-new-plan").click();
    await tid(dialog, "promote-plan").waitFor();
    await tid(dialog, "promote-submit").click();
    await waitForText(tid(page, "toast").last(), /“Reputation” is now an objective of “SWOT”\./);
    await waitForText(tid(cluster, "promoted-link"), "→ Objective in “SWOT”");
    await waitUntil(async () => (await activeTestId(page)) === "cluster-to-plan", { message: "focus back on the group's button" });
    await clickNoteButton(note(page, "Slow IT"), "note-to-plan");
    await waitUntil(async () => (await activeTestId(page)) === "promote-plan", { message: "the dialog takes the focus" });
    await tid(dialog, "promote-initiative").check();
    await waitForText(tid(dialog, "promote-objective").locator("option:checked"), "Reputation");
    await screenshot(page, "workshop_board_to_plan");
    await tid(dialog, "promote-submit").click();
    await waitForText(tid(note(page, "Slow IT"), "promoted-link"), "→ Initiative in “SWOT”");
    assert.equal(await tid(page, "promote-dialog").count(), 0, "the dialog closes");
    const planKey = (e) => Object.keys(e).find((k) => k.startsWith("liaison/doc/plan/"));
    const stored = await waitSaved(page, (e) => planKey(e) && entryDoc(e[planKey(e)]).initiatives?.length === 1, { message: "plan stored" });
    const plan = entryDoc(stored[planKey(stored)]);
    assert.deepEqual(plan.objectives.map((o) => [o.title, o.description, o.origin.board_id, o.origin.item, o.origin.votes]),
      [["Reputation", "- Strong brand (3 votes)\n- Loyal customers (1 vote)", id, "cluster", 4]]);
    assert.deepEqual([plan.initiatives[0].title, plan.initiatives[0].objective_id, plan.initiatives[0].origin.votes], ["Slow IT", plan.objectives[0].id, 1]);

    // Reload: everything is where it was.
    await waitSaved(page, (e) => entryDoc(e[key]).voting?.results_revealed === true, { message: "revealed stored" });
    await page.reload({ waitUntil: "load" });
    await tid(page, "board-page").waitFor();
    await tid(page, "cluster").waitFor();
    assert.deepEqual(await tid(tid(page, "cluster"), "note-text").allTextContents(), ["Strong brand", "Loyal customers"]);
    assert.deepEqual(await texts(page, 2), ["Good team"]);
    assert.ok((await texts(page, 0)).includes("Slow IT"));
    await waitForText(tid(note(page, "Strong brand"), "note-votes"), "3 votes");
    const board = entryDoc((await waitSaved(page, (e) => !!e[key]))[key]);
    assert.equal(board.notes.length, 5);
    assert.equal(board.clusters.length, 1);
    assert.equal(board.voting.participants.length, 3);
    await waitForText(tid(tid(page, "cluster"), "promoted-link"), "→ Objective in “SWOT”");

    // The plan points back to the board, with the votes.
    await tid(note(page, "Slow IT"), "promoted-link").click();
    await waitRoute(page, "plan");
    await waitForText(tid(tid(page, "objective"), "origin").first(), "From a group on workshop board SWOT · 4 votes");
    await waitForText(tid(page, "initiative").locator('[data-testid="origin"]'), "From a note on workshop board SWOT · 1 vote");
    await screenshot(page, "plan_items_from_board");
    await tid(tid(page, "initiative"), "origin-board").click();
    await tid(page, "board-page").waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("delete a note with undo, hide texts, rename and remove areas", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "board-template").selectOption("start_stop_continue");
    await tid(page, "welcome-create-board").click();
    await tid(page, "board-page").waitFor();
    await typeNotes(page, 0, ["Pairing", "Demos"]);
    await clickNoteButton(note(page, "Pairing"), "note-delete");
    const toast = tid(page, "toast").filter({ hasText: "Note deleted." });
    await tid(toast, "undo").click();
    await waitUntil(async () => JSON.stringify(await texts(page, 0)) === JSON.stringify(["Pairing", "Demos"]), { message: "undo puts the note back" });

    // Edit in place.
    await clickNoteButton(note(page, "Demos"), "note-edit");
    await tid(page, "note-edit-input").fill("Weekly demos");
    await tid(page, "note-edit-input").press("Enter");
    await note(page, "Weekly demos").waitFor();

    // "To plan…" with no plan yet says so; Escape closes the dialog and gives the focus back to the note.
    await clickNoteButton(note(page, "Pairing"), "note-to-plan");
    await waitForText(tid(page, "promote-no-plan"), /There is no plan in this browser yet/);
    assert.equal(await tid(page, "promote-submit").isDisabled(), true);
    await waitUntil(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="promote-dialog"]')), { message: "the dialog takes the focus" });
    await page.keyboard.press("Escape");
    await waitUntil(async () => (await tid(page, "promote-dialog").count()) === 0, { message: "Escape closes the dialog" });
    await waitUntil(async () => (await activeTestId(page)) === "note", { message: "focus back on the note" });

    // Private writing: texts are not on the page until revealed.
    await tid(page, "toggle-hidden").click();
    await waitUntil(async () => (await texts(page, 0)).every((t) => t === "hidden"), { message: "texts hidden" });
    assert.equal(await page.getByText("Pairing").count(), 0, "the hidden text is not in the page");
    // Nor in the "To plan…" dialog, which may be on the projector.
    await clickNoteButton(tid(area(page, 0), "note").first(), "note-to-plan");
    await waitForText(tid(page, "promote-preview"), "Text hidden until revealed");
    assert.equal(await page.getByText("Pairing").count(), 0, "the dialog does not show the hidden text");
    await page.keyboard.press("Escape");
    await waitUntil(async () => (await tid(page, "promote-dialog").count()) === 0, { message: "dialog closed" });
    await tid(page, "toggle-hidden").click();
    await note(page, "Pairing").waitFor();

    // Areas: rename, move, add, remove (refused while it holds notes).
    await tid(area(page, 1), "area-rename").fill("Stop doing");
    await tid(area(page, 1), "area-rename").press("Enter");
    await waitUntil(async () => (await tid(page, "area-title").allTextContents())[1] === "Stop doing", { message: "renamed" });
    await tid(area(page, 1), "area-earlier").click();
    await waitUntil(async () => (await tid(page, "area-title").allTextContents())[0] === "Stop doing", { message: "moved" });
    await openMenu(page, "open-add-area", "new-area");
    await tid(page, "new-area").fill("Parking lot");
    await tid(page, "add-area").click();
    await waitUntil(async () => (await tid(page, "area-title").allTextContents()).includes("Parking lot"), { message: "added" });
    await tid(area(page, 1), "area-remove").click();
    await waitForText(tid(page, "toast").last(), /still holds 2 notes/);
    await tid(area(page, 3), "area-remove").click();
    await waitUntil(async () => (await tid(page, "area").count()) === 3, { message: "removed" });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
