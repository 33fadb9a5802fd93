// The liaison fills a stakeholder map's register: five stakeholders pasted from a spreadsheet (one bad row, named by
// its line with why, and warnings for a clamped score and an unknown attitude) become four rows in one step; the
// table sorts and filters; one is edited in place (an empty name refused, a duplicate warned); one is deleted and
// brought back with Undo; the register exported as CSV (UTF-8 with a BOM) parses back to the same names, and the same
// file imported into a new map of a fresh profile gives the same rows; a reload keeps everything. axe-core finds
// nothing on the register and the paste preview; screenshots at 1280×720 and 1024×768.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, screenshot } from "./harness.mjs";
import { tid, openApp, waitUntil, waitForText, waitSaved, download, axeFindings, textFile, goLibrary, waitRoute } from "./fixtures/helpers.mjs";
import { openExampleMap } from "./fixtures/journey.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

// As copied from a spreadsheet: tabs between cells, no header (name, role, department or organisation, power,
// interest, attitude, contact, tags). Line 3 has no name; line 4 scores interest 9; line 5's attitude is unknown.
const PASTE = [
  "Åsa Lindqvist\tCFO\tFinance\t5\t5\tsupporter\tasa@example.org\tbudget",
  "Tom Berg\tHead of IT\tIT\t4\t2\tcritic\t\tsystems",
  "\tNo name here\tIT\t3\t3",
  "Press office\tCommunications\tCity Hall\t2\t9\tneutral",
  "Mira Olsen\tTeam lead\tCustomer Service\t3\t4\tenthusiastic\t\tfrontline",
].join("\n");

const NAMES = ["Ines Duarte", "Works council", "Local Gazette", "Åsa Lindqvist", "Tom Berg", "Press office", "Mira Olsen"];

/** The register's rows as [name, affiliation, power, interest, attitude, tags], in screen order. */
const rowsOf = (page) =>
  tid(page, "register-row").evaluateAll((rows) =>
    rows.map((r) => {
      const t = (id) => (r.querySelector(`[data-testid="${id}"]`)?.textContent ?? "").trim();
      return [t("register-row-name"), t("register-row-affiliation"), t("register-row-power"), t("register-row-interest"), t("register-row-attitude"), t("register-row-tags")];
    }),
  );
const namesOf = async (page) => (await rowsOf(page)).map((r) => r[0]);
const row = (page, name) => tid(page, "register-row").filter({ has: page.locator('[data-testid="register-row-name"]', { hasText: name }) });

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [[]];
  let cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") rows.at(-1).push(cell), (cell = "");
    else if (c === "\r") continue;
    else if (c === "\n") rows.at(-1).push(cell), (cell = ""), rows.push([]);
    else cell += c;
  }
  if (cell || rows.at(-1).length) rows.at(-1).push(cell);
  return rows.filter((r) => r.length > 1 || r[0]);
}

async function shots(page, name) {
  for (const [width, height] of [[1280, 720], [1024, 768]]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("paste, sort, filter, edit, delete with undo, CSV out and back in, reload", async () => {
  const { page, errors } = await openApp(browser, url);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExampleMap(page);
  await tid(page, "register").waitFor();
  assert.deepEqual(await namesOf(page), NAMES.slice(0, 3), "a map opens on its register");
  await waitForText(tid(page, "map-plan"), "Belongs to the plan “Customer service 2027”.");

  // Paste: the preview names the bad line and why, and warns about the rest.
  await tid(page, "register-paste-open").click();
  await tid(page, "register-paste").fill(PASTE);
  await waitForText(tid(page, "register-preview-summary"), "4 stakeholders ready to add, 1 left out, 2 with warnings.");
  assert.deepEqual(await tid(page, "register-preview-bad-row").allTextContents(), ["Line 3: the name is empty."]);
  const warnings = await tid(page, "register-preview-warning").allTextContents();
  assert.ok(warnings.some((w) => /Interest: 9 is not from 1 to 5, so 5 was used/.test(w)), warnings.join("\n"));
  assert.ok(warnings.some((w) => /Attitude: “enthusiastic” is not known, so neutral was used/.test(w)), warnings.join("\n"));
  assert.equal(await tid(page, "register-preview-row").count(), 4);
  await shots(page, "map-register-paste");
  assert.deepEqual(await axeFindings(page), [], "axe-core finds nothing on the paste preview");
  await waitForText(tid(page, "register-paste-add"), "Add 4 stakeholders");
  await tid(page, "register-paste-add").click();
  await tid(page, "register-bulk").waitFor({ state: "detached" });
  await waitUntil(async () => (await tid(page, "register-row").count()) === 7, { message: "7 rows" });
  assert.deepEqual(await namesOf(page), NAMES);
  assert.deepEqual((await rowsOf(page))[3], ["Åsa Lindqvist", "Finance", "5", "5", "Supporter", "budget"]);
  assert.deepEqual((await rowsOf(page))[5].slice(1, 4), ["City Hall (outside)", "2", "5"]);

  // Sort by a column header: aria-sort says how; again, the other way.
  const nameHeader = page.locator("th", { has: tid(page, "register-sort-name") });
  await tid(page, "register-sort-name").click();
  assert.equal(await nameHeader.getAttribute("aria-sort"), "ascending");
  assert.deepEqual(await namesOf(page), ["Åsa Lindqvist", "Ines Duarte", "Local Gazette", "Mira Olsen", "Press office", "Tom Berg", "Works council"]);
  await tid(page, "register-sort-name").click();
  assert.equal(await nameHeader.getAttribute("aria-sort"), "descending");
  assert.equal((await namesOf(page))[0], "Works council");
  await tid(page, "register-sort-power").click();
  assert.equal(await nameHeader.getAttribute("aria-sort"), "none");
  const powers = (await rowsOf(page)).map((r) => Number(r[2]));
  assert.deepEqual(powers, [...powers].sort((a, b) => b - a), "highest power first");

  // Filter and search.
  await tid(page, "register-filter-attitude").selectOption("critic");
  assert.deepEqual((await namesOf(page)).sort(), ["Ines Duarte", "Tom Berg"]);
  await waitForText(tid(page, "register-count"), "2 of 7 stakeholders");
  await tid(page, "register-filter-attitude").selectOption("");
  await tid(page, "register-filter-department").selectOption({ label: "Finance" });
  assert.deepEqual(await namesOf(page), ["Åsa Lindqvist"]);
  await tid(page, "register-filter-department").selectOption({ label: "Outside the plan" });
  assert.deepEqual((await namesOf(page)).sort(), ["Local Gazette", "Press office", "Works council"]);
  await tid(page, "register-clear-filters").click();
  await tid(page, "register-filter-tag").selectOption("systems");
  assert.deepEqual((await namesOf(page)).sort(), ["Ines Duarte", "Tom Berg"]);
  await tid(page, "register-clear-filters").click();
  await tid(page, "register-search").fill("lindqvist cfo");
  assert.deepEqual(await namesOf(page), ["Åsa Lindqvist"]);
  await tid(page, "register-search").fill("");
  await waitUntil(async () => (await tid(page, "register-row").count()) === 7);

  // Edit in place: role, attitude and power; an empty name is refused, a duplicate warned.
  await tid(row(page, "Tom Berg"), "register-row-name").click();
  const editor = tid(page, "register-editor");
  await tid(editor, "edit-role").fill("CIO");
  await tid(editor, "edit-attitude").selectOption("blocker");
  await tid(editor, "edit-power").selectOption("5");
  await tid(editor, "edit-name").fill("");
  await waitForText(tid(editor, "field-error"), "A stakeholder needs a name.");
  await tid(editor, "edit-name").fill("Ines Duarte");
  await waitForText(tid(editor, "edit-name-warning"), /“Ines Duarte” was already on the map/);
  await tid(editor, "edit-name").fill("Tom Berg");
  await tid(editor, "edit-done").click();
  await waitForText(tid(row(page, "Tom Berg"), "register-row-attitude"), "Blocker");
  await waitForText(tid(row(page, "Tom Berg"), "register-row-power"), "5");
  await waitForText(tid(row(page, "Tom Berg"), "register-row-strategy"), "Keep satisfied");

  // Delete, then Undo.
  await tid(row(page, "Press office"), "register-row-delete").click();
  await waitUntil(async () => (await row(page, "Press office").count()) === 0, { message: "Press office gone" });
  await tid(page, "toast").filter({ hasText: "“Press office” was deleted." }).locator('[data-testid="undo"]').click();
  await row(page, "Press office").waitFor();
  await tid(page, "register-sort-name").click();
  await shots(page, "map-register");
  assert.deepEqual(await axeFindings(page), [], "axe-core finds nothing on the register");
  const shown = await rowsOf(page);

  // Export: a BOM, then CSV that parses back to the same names.
  const csv = await download(page, () => tid(page, "register-export-csv").click());
  assert.match(csv.name, /\.csv$/);
  assert.equal(csv.text.charCodeAt(0), 0xfeff, "UTF-8 with a byte order mark");
  const table = parseCsv(csv.text.slice(1));
  assert.equal(table[0][0], "Name");
  assert.deepEqual(table.slice(1).map((r) => r[0]).sort(), [...NAMES].sort());
  const comms = await download(page, () => tid(page, "register-export-comms-csv").click());
  assert.equal(comms.text.charCodeAt(0), 0xfeff);
  assert.equal(parseCsv(comms.text.slice(1)).length, 8);

  // Reload: everything as it was.
  await waitSaved(page);
  await page.reload();
  await tid(page, "register").waitFor();
  await tid(page, "register-sort-name").click();
  assert.deepEqual(await rowsOf(page), shown);

  // A fresh profile: a new map, linked to the plan, imports the file and shows the same rows.
  const fresh = await openApp(browser, url);
  const other = fresh.page;
  await other.setViewportSize({ width: 1280, height: 720 });
  await openExampleMap(other);
  await goLibrary(other);
  await tid(other, "create-map").click();
  await waitRoute(other, "map");
  await tid(other, "register-empty").waitFor();
  await tid(other, "map-link-plan").click();
  await tid(other, "map-link-plan-confirm").click();
  await waitForText(tid(other, "map-plan"), "Belongs to the plan “Customer service 2027”.");
  await tid(other, "register-import-csv").setInputFiles(textFile("register.csv", csv.text, "text/csv"));
  await waitForText(tid(other, "register-bulk-source"), "Read from “register.csv”.");
  await waitForText(tid(other, "register-preview-summary"), "7 stakeholders ready to add.");
  await tid(other, "register-paste-add").click();
  await waitUntil(async () => (await tid(other, "register-row").count()) === 7, { message: "7 imported rows" });
  await tid(other, "register-sort-name").click();
  assert.deepEqual(await rowsOf(other), shown, "the same rows after export and import");

  assert.deepEqual(errors, []);
  assert.deepEqual(fresh.errors, []);
});

test("a paste of 1,000 lines previews the first rows and a count, and adds them all at once", async () => {
  const { page, errors } = await openApp(browser, url);
  await openExampleMap(page);
  await tid(page, "register-paste-open").click();
  const lines = Array.from({ length: 1000 }, (_, n) => `Person ${n + 1}\tRole ${n % 7}\tIT\t${(n % 5) + 1}\t${((n + 2) % 5) + 1}`);
  const started = Date.now();
  // Inserted as a paste inserts it (one edit); Playwright's fill types a text this long far slower than a paste.
  await tid(page, "register-paste").evaluate((el, text) => (el.focus(), document.execCommand("insertText", false, text)), lines.join("\n"));
  await waitForText(tid(page, "register-preview-summary"), "1000 stakeholders ready to add.", { timeout: 5_000 });
  const previewed = Date.now() - started;
  assert.equal(await tid(page, "register-preview-row").count(), 50, "the preview shows the first rows");
  await waitForText(tid(page, "register-preview-more"), "… and 950 more.");
  await tid(page, "register-paste-add").click();
  await waitForText(tid(page, "register-count"), "1003 stakeholders", { timeout: 10_000 });
  await waitForText(tid(page, "register-show-more"), "Show 100 more of 903");
  const took = Date.now() - started;
  assert.ok(took < 5_000, `preview after ${previewed} ms, added after ${took} ms`);
  assert.deepEqual(errors, []);
});
