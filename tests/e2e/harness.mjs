// Helpers for node:test e2e tests: serve dist/ on a free port and drive Debian's Chromium with playwright-core.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SCREENSHOT_DIR = path.join(ROOT, "target/screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// Without these Chromium hangs on this closed network (update checks, QUIC, sync, ...).
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const running = new Set();

/**
 * Starts the static server (dist/, or the build LIAISON_DIST names, optionally under `base`) and Chromium.
 * Returns { browser, url, server, close }. Call shutdown() in an `after` hook (closes every launch).
 */
export async function launch({ dir = process.env.LIAISON_DIST || path.join(ROOT, "dist"), base = "/" } = {}) {
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    throw new Error(`${dir}/index.html missing: run scripts/build.sh (or make dist) first`);
  }
  const server = await startServer({ port: 0, host: "127.0.0.1", base, dir });
  let browser;
  try {
    // playwright passes a fresh temporary --user-data-dir and --headless itself.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (err) {
    await server.close();
    throw err;
  }
  const inst = { browser, url: server.url, server };
  inst.close = async () => {
    if (!running.delete(inst)) return;
    await browser.close().catch(() => {});
    await server.close();
  };
  running.add(inst);
  return inst;
}

/**
 * Opens `url` in a fresh browser context (fresh localStorage) and records console errors and page errors.
 * Returns { page, context, errors } where `errors` is a live array of strings.
 */
export async function newPage(browser, url, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (url) await page.goto(url, { waitUntil: "load" });
  return { page, context, errors };
}

/**
 * Makes `locator.selectOption` focus the drop-down first, as a person does (mouse, keyboard or touch): the app
 * lists a drop-down's other options only once it is in use, so a large plan does not hold tens of thousands
 * of <option>s. Patched once, on the prototype every locator shares.
 */
function focusBeforeSelecting(page) {
  const proto = Object.getPrototypeOf(page.locator("body"));
  if (proto.__focusBeforeSelecting) return;
  const select = proto.selectOption;
  proto.selectOption = async function (values, options) {
    await this.focus(options);
    return select.call(this, values, options);
  };
  proto.__focusBeforeSelecting = true;
}

/** Records the page's console errors, page errors and failed requests in a live array, which it returns. */
export function watchErrors(page) {
  focusBeforeSelecting(page);
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  page.on("requestfailed", (req) => errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ""}`));
  return errors;
}

/** Writes a full-page PNG to target/screenshots/<name>.png and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, "_")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Closes every Chromium and server started by launch(). */
export async function shutdown() {
  await Promise.all([...running].map((inst) => inst.close()));
}
