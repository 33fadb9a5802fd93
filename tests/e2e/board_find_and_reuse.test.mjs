// A facilitator finds notes on a full board and reuses its layout: a search shows only the matching notes (areas stay,
// empty), '/' puts the caret in the search box, department and area narrow it, Clear brings everything back; the board is
// saved as a template, which a reload keeps, and a new board made from it has the same areas and no notes; the template
// is renamed, deleted and brought back with Undo.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown } from "./harness.mjs";
import { tid, openApp, openFiles, textFile, goLibrary, rowOf, waitRoute, waitUntil, waitForText } from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const AT = "2026-11-22T10:00:00.000Z";
const note = (id, area_id, text, department_id, author) => ({ id, area_id, text, department_id, author, created_at: AT, updated_at: AT });
const FILE = {
  format: "liaison",
  version: 1,
  exported_at: AT,
  exported_by: "Liaison",
  plans: [{
    id: "p-1", title: "Customer-first 2027", status: "draft", created_at: AT, updated_at: AT,
    departments: [
      { id: "fin", name: "Finance", colour: "orange", updated_at: AT },
      { id: "it", name: "IT", colour: "blue", updated_at: AT },
    ],
  }],
  boards: [{
    id: "b-1", title: "Retro", plan_id: "p-1", columns: 3, created_at: AT, updated_at: AT,
    areas: [{ id: "a-start", title: "Start" }, { id: "a-stop", title: "Stop" }, { id: "a-go", title: "Continue" }],
    notes: [
      note("n1", "a-start", "Weekly café with Finance", "fin", "Zoë"),
      note("n2", "a-start", "Shared calendar", "it", "Ana"),
      note("n3", "a-stop", "Status meetings", "fin"),
      note("n4", "a-go", "Paper forms", "it", "Ana"),
      note("n5", "a-go", "CAFE mornings", "it"),
    ],
  }],
  stakeholder_maps: [],
  responses: [],
};

const shownTexts = (page) => tid(page, "note-text").allTextContents();
const areaTitles = (page) => tid(page, "area-title").allTextContents();
async function waitShown(page, expected, message) {
  let got;
  await waitUntil(async () => JSON.stringify((got = (await shownTexts(page)).sort())) === JSON.stringify([...expected].sort()), {
    message: () => `${message}: ${JSON.stringify(expected)} (got ${JSON.stringify(got)})`,
  });
}
const templateKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("liaison/template/")));

test("find notes by words, department and area; save the board as a template and start a new board from it", async () => {
  const { page, errors } = await openApp(browser, url);
  try {
    await openFiles(page, textFile("retro.liaison.json", JSON.stringify(FILE)));
    await tid(page, "toast").filter({ hasText: "Opened “retro.liaison.json”" }).waitFor();
    await goLibrary(page);
    await tid(rowOf(page, "Retro"), "doc-open").click();
    await waitRoute(page, "board");
    await waitShown(page, FILE.boards[0].notes.map((n) => n.text), "every note at first");
    assert.equal(await tid(page, "filter-clear").count(), 0, "nothing to clear yet");

    // '/' from outside any field puts the caret in the search box; words ignore case and accents.
    await page.locator("body").click({ position: { x: 2, y: 2 } });
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "board-search");
    await page.keyboard.type("cafe");
    await waitShown(page, ["Weekly café with Finance", "CAFE mornings"], "a search for 'cafe'");
    await waitForText(tid(page, "filter-count"), "Showing 2 of 5 notes");
    assert.deepEqual(await areaTitles(page), ["Start", "Stop", "Continue"], "areas without matches stay, empty");
    await tid(page, "filter-clear").click();
    await waitShown(page, FILE.boards[0].notes.map((n) => n.text), "Clear brings every note back");
    assert.equal(await tid(page, "board-search").inputValue(), "");

    // Department, then area: they narrow together.
    await tid(page, "filter-department").selectOption({ label: "Finance" });
    await waitShown(page, ["Weekly café with Finance", "Status meetings"], "Finance's notes");
    await tid(page, "filter-area").selectOption({ label: "Stop" });
    await waitShown(page, ["Status meetings"], "Finance's notes in Stop");
    await waitForText(tid(page, "filter-count"), "Showing 1 of 5 notes");
    await tid(page, "filter-author").selectOption({ label: "All authors" });
    await tid(page, "filter-clear").click();
    await waitShown(page, FILE.boards[0].notes.map((n) => n.text), "Clear again");
    assert.equal(await tid(page, "filter-department").inputValue(), "", "the lists are back at 'All'");

    // Save as template.
    await tid(page, "save-template").click();
    assert.equal(await tid(page, "template-name").inputValue(), "Retro", "named after the board at first");
    await tid(page, "template-name").fill("Quarterly retro");
    await tid(page, "save-template-confirm").click();
    await tid(page, "toast").filter({ hasText: "Saved as the template “Quarterly retro”" }).waitFor();
    await waitUntil(async () => (await templateKeys(page)).length === 1, { message: "the template is stored" });

    // A reload keeps it; a new board from it has the same areas and no notes.
    await page.reload();
    await tid(page, "app-shell").waitFor({ timeout: 15_000 });
    await goLibrary(page);
    await waitForText(tid(page, "saved-template-name"), "Quarterly retro");
    assert.equal(await tid(page, "doc-row").count(), 2, "a template is not listed as a document");
    await tid(page, "board-template").selectOption({ label: "Quarterly retro" });
    await tid(page, "create-board").click();
    const made = await waitRoute(page, "board");
    assert.notEqual(made, "b-1");
    await waitUntil(async () => JSON.stringify(await areaTitles(page)) === JSON.stringify(["Start", "Stop", "Continue"]), { message: "the template's areas" });
    assert.equal(await tid(page, "note").count(), 0, "no notes");

    // Renamed, deleted, and back with Undo.
    await goLibrary(page);
    await tid(page, "template-rename").click();
    await tid(page, "template-rename-input").fill("Retro, every quarter");
    await tid(page, "template-rename-input").press("Enter");
    await waitForText(tid(page, "saved-template-name"), "Retro, every quarter");
    await tid(page, "template-delete").click();
    const toast = tid(page, "toast").filter({ hasText: "The template “Retro, every quarter” was deleted." });
    await waitUntil(async () => (await tid(page, "saved-template").count()) === 0, { message: "deleted" });
    await tid(toast, "undo").click();
    await waitForText(tid(page, "saved-template-name"), "Retro, every quarter");
    await waitUntil(async () => (await templateKeys(page)).length === 1, { message: "stored again" });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
