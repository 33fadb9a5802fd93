// A user opens files Liaison cannot read: each is refused with a message saying why, and nothing changes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch, shutdown, screenshot } from "./harness.mjs";
import {
  tid, openApp, waitForText, storageSnapshot, waitSaved, waitStored, entryDoc, waitLibrary, goLibrary, rowOf,
  openFiles, dropFile, fixturePath, readFixture, textFile, waitUntil,
} from "./fixtures/helpers.mjs";

let browser, url, tmp;
before(async () => {
  ({ browser, url } = await launch());
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "liaison-bad-files-"));
});
after(async () => {
  await shutdown();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A 26 MB file on disk (a path is handed to Chromium directly; a 26 MB buffer would be sent through the protocol). */
function hugeFile() {
  const file = path.join(tmp, "huge.liaison.json");
  if (!fs.existsSync(file)) fs.writeFileSync(file, Buffer.alloc(26_000_000, " "));
  return file;
}

const ROWS = [
  "Customer-first 2027|Plan",
  "Kick-off workshop|Workshop board",
  "Standalone retro|Workshop board",
  "Who cares about response times|Stakeholder map",
];

/** A workspace with content: full-v1 opened, then the plan edited. Returns the storage snapshot. */
async function seed(page) {
  await openFiles(page, fixturePath("full-v1.liaison.json"));
  await tid(page, "toast").filter({ hasText: "Opened “full-v1.liaison.json”" }).waitFor();
  await goLibrary(page);
  await waitLibrary(page, ROWS);
  await tid(rowOf(page, "Customer-first 2027"), "doc-open").click();
  await tid(page, "plan-vision").fill("Edited here, before the bad file.");
  await waitStored(page, "liaison/doc/plan/7f0c1f1e-8a1b-4c55-9d0e-2b7a51f0a001", (e) => entryDoc(e).vision.startsWith("Edited here"));
  await goLibrary(page);
  await waitSaved(page, (e) => Object.keys(e).length === 4);
  return storageSnapshot(page);
}

const CASES = [
  {
    what: "not JSON",
    file: () => fixturePath("not-json.liaison.json"),
    name: "not-json.liaison.json",
    message: /This file is not valid JSON: .+ at line 3, column 3\./,
  },
  {
    what: "an empty file",
    file: () => textFile("empty.liaison.json", ""),
    name: "empty.liaison.json",
    message: /This file is not valid JSON: .+ at line 1, column 0\./,
  },
  {
    what: "JSON, but not a Liaison file",
    file: () => fixturePath("foreign.json"),
    name: "foreign.json",
    message: /This is not a Liaison file/,
  },
  {
    what: "a JSON list",
    file: () => textFile("list.json", "[1, 2, 3]"),
    name: "list.json",
    message: /This is not a Liaison file/,
  },
  {
    what: "made by a newer version",
    file: () => fixturePath("newer-version.liaison.json"),
    name: "newer-version.liaison.json",
    message: /This file was made by a newer version of Liaison \(file format 99; this app reads up to 1\)\./,
  },
  {
    what: "no version",
    file: () => fixturePath("missing-version.liaison.json"),
    name: "missing-version.liaison.json",
    message: /has no version number/,
  },
  {
    what: "a value of the wrong type",
    file: () => fixturePath("wrong-type.liaison.json"),
    name: "wrong-type.liaison.json",
    message: /The file has a problem at plans\[0\]\.departments\[2\]\.name: it should be text, but it is the number 5\./,
  },
  {
    what: "an id used twice",
    file: () => fixturePath("duplicate-ids.liaison.json"),
    name: "duplicate-ids.liaison.json",
    message: /The file has a problem at plans\[1\]: the id “same” is used twice in the file\./,
  },
  {
    what: "too large (26 MB)",
    file: hugeFile,
    name: "huge.liaison.json",
    message: /This file is too large: 26\.0 MB, and Liaison opens files up to 25 MB\./,
    timeout: 30_000,
  },
];

for (const c of CASES) {
  test(`a bad file (${c.what}) is refused with its reason and storage stays byte-for-byte the same`, async () => {
    const { page, context, errors } = await openApp(browser, url);
    try {
      const before = await seed(page);
      await openFiles(page, c.file());
      const banner = tid(page, "import-error");
      await banner.waitFor({ timeout: c.timeout ?? 5_000 });
      const text = (await banner.locator("p").textContent()).trim();
      assert.ok(text.startsWith(`“${c.name}” was not opened.`), text);
      assert.match(text, c.message);
      assert.ok(text.endsWith("Nothing was changed."), text);
      assert.equal(await banner.getAttribute("role"), "alert");
      assert.equal(await tid(page, "import-dialog").count(), 0);
      await page.waitForTimeout(400); // past the autosave delay
      assert.deepEqual(await storageSnapshot(page), before, "localStorage is unchanged");
      await waitLibrary(page, ROWS);
      assert.equal((await tid(page, "save-status").textContent()).trim(), "Saved");
      if (c.name === "wrong-type.liaison.json") await screenshot(page, "import_error_wrong_type");
      // Dismiss hides the message; the app goes on working.
      await banner.getByRole("button", { name: "Dismiss" }).click();
      await waitUntil(async () => (await tid(page, "import-error").count()) === 0, { message: "banner dismissed" });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test("a bad file on a first visit leaves the welcome and storage empty; a good file afterwards opens and clears the message", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await tid(page, "welcome").waitFor();
    await openFiles(page, fixturePath("wrong-type.liaison.json"));
    await tid(page, "import-error").waitFor();
    await page.waitForTimeout(400);
    assert.deepEqual(await storageSnapshot(page), {});
    assert.ok(await tid(page, "welcome").isVisible());
    // The same input accepts the next file.
    await openFiles(page, fixturePath("minimal-v1.liaison.json"));
    await tid(page, "toast").filter({ hasText: "Opened “minimal-v1.liaison.json”: 1 document added or updated." }).waitFor();
    await waitUntil(async () => (await tid(page, "import-error").count()) === 0, { message: "error banner cleared" });
    await tid(page, "plan-editor").waitFor();
    await waitSaved(page, (e) => Object.keys(e).length === 1 && !!e["liaison/doc/plan/p-1"]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a bad file dropped on the page is refused the same way", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    const before = await seed(page);
    await dropFile(page, "dropped.liaison.json", readFixture("newer-version.liaison.json"));
    await waitForText(tid(page, "import-error").locator("p"), /^“dropped\.liaison\.json” was not opened\. This file was made by a newer version of Liaison/);
    await page.waitForTimeout(400);
    assert.deepEqual(await storageSnapshot(page), before);
    await waitLibrary(page, ROWS);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("of several files picked at once, the good ones open and the bad one is reported", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await openFiles(page, [fixturePath("minimal-v1.liaison.json"), fixturePath("foreign.json")]);
    await waitForText(tid(page, "import-error").locator("p"), /^“foreign\.json” was not opened\. This is not a Liaison file/);
    await tid(page, "toast").filter({ hasText: "Opened “minimal-v1.liaison.json”" }).waitFor();
    const entries = await waitSaved(page, (e) => Object.keys(e).length === 1);
    assert.deepEqual(Object.keys(entries), ["liaison/doc/plan/p-1"]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
