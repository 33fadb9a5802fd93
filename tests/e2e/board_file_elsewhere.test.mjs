// A board file travels alone: the liaison exports a "lane per department" board without its plan, a colleague opens
// it in a browser that has never seen that plan and still sees each note's department (name and colour) and the
// lanes; there the board is linked to a plan of theirs (which lacks those departments, and says so) and unlinked
// again, and a reload keeps each step.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot, shutdown } from "./harness.mjs";
import { openApp, tid, waitForText, waitUntil, waitRoute, waitSaved, entryDoc, download, openFiles, goLibrary, rowOf, fillPlan } from "./fixtures/helpers.mjs";
import { createExampleLaneBoard } from "./fixtures/journey.mjs";

let app;
before(async () => {
  app = await launch();
});
after(shutdown);

const note = (scope, text) => tid(scope, "note").filter({ hasText: text });

/** Each note's text with its department chip's name and colour, in board order. */
async function chips(page) {
  return tid(page, "note").evaluateAll((notes) =>
    notes.map((n) => {
      const chip = n.querySelector('[data-testid="note-chip"]');
      return `${n.querySelector('[data-testid="note-text"]')?.textContent.trim()}|${chip?.textContent.trim() ?? "-"}|${chip?.style.backgroundColor ?? "-"}`;
    }),
  );
}

async function waitChips(page, expected) {
  let got;
  await waitUntil(async () => JSON.stringify((got = await chips(page))) === JSON.stringify(expected), {
    message: () => `chips ${JSON.stringify(expected)} (got ${JSON.stringify(got)})`,
  });
}

test("a board exported alone shows its departments in a fresh browser, and can be linked and unlinked there", async () => {
  const a = await openApp(app.browser, app.url);
  let b;
  try {
    // The liaison's browser: the example plan's lane board, a note in each lane.
    const boardId = await createExampleLaneBoard(a.page);
    const lanes = await tid(a.page, "area-title").allTextContents();
    assert.ok(lanes.length >= 3, `lanes: ${lanes}`);
    for (const [n, lane] of lanes.entries()) {
      await tid(tid(a.page, "area").nth(n), "note-input").fill(`Idea from ${lane}`);
      await tid(tid(a.page, "area").nth(n), "note-input").press("Enter");
      await waitForText(tid(note(a.page, `Idea from ${lane}`), "note-chip"), lane);
    }
    const shown = await chips(a.page);
    assert.equal(new Set(shown.map((c) => c.split("|")[2])).size, lanes.length, "each department has its own colour");
    const key = `liaison/doc/board/${boardId}`;
    await waitSaved(a.page, (e) => e[key] && entryDoc(e[key]).notes?.length === lanes.length, { message: "the notes are saved" });

    const file = await download(a.page, () => tid(a.page, "export-doc").click());
    const exported = JSON.parse(file.text);
    assert.deepEqual([exported.plans?.length ?? 0, exported.boards.length], [0, 1], "the board alone");
    assert.deepEqual(exported.boards[0].departments.map((d) => d.name), lanes, "it carries its departments' names");

    // A fresh profile that has never seen the plan.
    b = await openApp(app.browser, app.url);
    await openFiles(b.page, { name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
    await tid(b.page, "toast").filter({ hasText: `Opened “${file.name}”` }).waitFor();
    await goLibrary(b.page);
    await tid(rowOf(b.page, exported.boards[0].title), "doc-open").click();
    await waitRoute(b.page, "board");
    await waitForText(tid(b.page, "board-plan"), "Belongs to a plan that is not in this browser.");
    assert.deepEqual(await tid(b.page, "area-title").allTextContents(), lanes, "the lanes");
    await waitChips(b.page, shown);
    await screenshot(b.page, "board-file-elsewhere");

    // Linked to a plan of this browser, which has other departments: the notes keep theirs, and it says so.
    await goLibrary(b.page);
    await tid(b.page, "create-plan").click();
    await waitRoute(b.page, "plan");
    await fillPlan(b.page, { title: "Our own plan", departments: [{ name: "Legal" }] });
    await goLibrary(b.page);
    await tid(rowOf(b.page, exported.boards[0].title), "doc-open").click();
    await waitRoute(b.page, "board");
    await tid(b.page, "board-link-plan").click();
    await tid(b.page, "board-link-plan-choice").selectOption({ label: "Our own plan" });
    await tid(b.page, "board-link-plan-confirm").click();
    await waitForText(tid(b.page, "board-plan"), "Belongs to the plan “Our own plan”.");
    await tid(b.page, "toast").filter({ hasText: "are not departments of “Our own plan”" }).waitFor();
    await waitForText(tid(b.page, "board-kept-departments"), `Not departments of “Our own plan”, shown as this board last saw them: ${lanes.join(", ")}.`);
    await waitChips(b.page, shown);
    const bKey = `liaison/doc/board/${boardId}`;
    const linkedTo = (e) => e[bKey] && entryDoc(e[bKey]).plan_id;
    await waitSaved(b.page, (e) => linkedTo(e) && linkedTo(e) !== exported.boards[0].plan_id, { message: "the link is saved" });
    await b.page.reload({ waitUntil: "load" });
    await waitForText(tid(b.page, "board-plan"), "Belongs to the plan “Our own plan”.", { timeout: 15_000 });
    await waitChips(b.page, shown);

    // Unlinked: no plan, the departments still shown; a reload keeps it.
    await tid(b.page, "board-unlink-plan").click();
    await waitForText(tid(b.page, "board-plan"), "Not linked to a plan.");
    await waitChips(b.page, shown);
    await waitSaved(b.page, (e) => e[bKey] && entryDoc(e[bKey]).plan_id === undefined, { message: "the unlink is saved" });
    await b.page.reload({ waitUntil: "load" });
    await waitForText(tid(b.page, "board-plan"), "Not linked to a plan.", { timeout: 15_000 });
    await waitChips(b.page, shown);
    assert.equal(await tid(b.page, "board-unlink-plan").count(), 0);
    await tid(b.page, "board-link-plan").waitFor();

    assert.deepEqual(a.errors, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await a.context.close();
    await b?.context.close();
  }
});
