// Smoke test: the built app boots in Chromium, shows its shell and raises no errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, newPage, screenshot, shutdown } from "./harness.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

test("app starts and shows the app shell", async () => {
  const { page, context, errors } = await newPage(browser, url);
  try {
    await page.locator('[data-testid="app-shell"]').first().waitFor({ state: "attached", timeout: 10_000 });
    await screenshot(page, "app_starts");
    assert.deepEqual(errors, [], "no console or page errors");
  } finally {
    await context.close();
  }
});

test("app starts under a sub-path (/liaison/)", async () => {
  const sub = await launch({ base: "/liaison/" });
  try {
    assert.match(sub.url, /\/liaison\/$/);
    const { page, errors } = await newPage(sub.browser, sub.url);
    await page.locator('[data-testid="app-shell"]').first().waitFor({ state: "attached", timeout: 10_000 });
    assert.deepEqual(errors, [], "no console or page errors");
  } finally {
    await sub.close();
  }
});
