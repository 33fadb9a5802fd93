// Assessing stakeholders together in tally mode: a session of two stakeholders and three participants, each one's
// scores entered in turn and hidden until revealed, a reload in the middle resumes at the right participant and
// stakeholder, the reveal flags the wide spread, one stakeholder settled at the median and one at a chosen position
// (the map's stored positions follow), the next session shows how views moved; axe-core on each screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, screenshot } from "./harness.mjs";
import { tid, openApp, waitUntil, waitForText, waitSaved, entryDoc, axeFindings } from "./fixtures/helpers.mjs";
import { openExampleMap } from "./fixtures/journey.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const card = (page, id) => page.locator(`[data-testid="assess-spread"][data-stakeholder="${id}"]`);

/** Scores the stakeholder on screen: power by number key, interest by its button (both ways are offered). */
async function score(page, expectTurn, power, interest) {
  await waitForText(tid(page, "assess-turn"), expectTurn);
  await tid(page, "assess-pad").waitFor();
  await page.keyboard.press(String(power));
  await tid(page, `assess-interest-${interest}`).click();
}

test("assessing together: hidden until revealed, a reload resumes, the wide spread flagged, settled two ways, views moved", async () => {
  const { page, errors } = await openApp(browser, url);
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    const id = await openExampleMap(page);
    // The file's "Opened …" toast would cover the pad in the screenshots.
    await page.locator(".toast-close").first().click();
    const key = `liaison/doc/map/${id}`;
    const stored = (e) => e[key] && entryDoc(e[key]);
    await tid(page, "map-tab-assess").click();
    // The fixture's earlier session is shown revealed, and its views are the first step of "how views moved".
    await tid(page, "assess-reveal-panel").waitFor();
    await waitForText(tid(page, "assess-moved-row").filter({ hasText: "Ines Duarte" }), /2026-11-22: median power 5, interest 4 \(wide spread\), settled there/);

    // A new session: the key players quadrant (Ines Duarte and the Works council), three people by name.
    await tid(page, "assess-new-session").click();
    await tid(page, "assess-setup").waitFor();
    await tid(page, "assess-pick-none").click();
    await waitForText(tid(page, "assess-picked"), "0 of 3 chosen");
    await tid(page, "assess-pick-quadrant").filter({ hasText: "Manage closely" }).click();
    await waitForText(tid(page, "assess-picked"), "2 of 3 chosen");
    if (await tid(page, "assess-departments").isChecked()) await tid(page, "assess-departments").uncheck();
    await tid(page, "assess-names").fill("Ana\nBo\nCy");
    assert.deepEqual(await axeFindings(page), [], "axe-core on the set-up");
    await tid(page, "assess-start").click();

    await waitForText(tid(page, "assess-progress"), /^0 of 6 scored/);
    await score(page, "Ana’s turn: Ines Duarte (1 of 2)", 5, 4);
    await score(page, "Ana’s turn: Works council (2 of 2)", 4, 5);
    await waitForText(tid(page, "assess-turn"), /^Ana has scored all 2 stakeholders/);
    await tid(page, "assess-pass").click();
    await score(page, "Bo’s turn: Ines Duarte (1 of 2)", 2, 4);
    await waitForText(tid(page, "assess-progress"), /^3 of 6 scored/);
    // Before the reveal nothing on the page gives a score of this session away: only the count.
    assert.equal(await tid(page, "assess-spread").count(), 0, "no spread before the reveal");
    const before = await page.evaluate(() => document.body.innerText);
    for (const said of ["Ana: power", "Bo: power", "Power: 2"]) assert.ok(!before.includes(said), `"${said}" is hidden before the reveal`);
    assert.deepEqual(await axeFindings(page), [], "axe-core while scoring");
    for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(size);
      await screenshot(page, `assessment_scoring_${size.width}x${size.height}`);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await waitSaved(page, (e) => stored(e)?.assessments?.at(-1)?.scores?.length === 3, { message: "three scores stored" });

    // A reload in the middle: Bo's turn again, at the Works council.
    await page.reload({ waitUntil: "load" });
    await tid(page, "assess-tally").waitFor({ timeout: 15_000 });
    await waitForText(tid(page, "assess-turn"), "Bo’s turn: Works council (2 of 2)");
    await waitForText(tid(page, "assess-participant").locator("option:checked"), "Bo");
    await score(page, "Bo’s turn: Works council (2 of 2)", 4, 4);
    await tid(page, "assess-pass").click();
    await score(page, "Cy’s turn: Ines Duarte (1 of 2)", 4, 3);
    await score(page, "Cy’s turn: Works council (2 of 2)", 5, 5);
    await waitForText(tid(page, "assess-turn"), /^Everyone has scored/);
    await waitForText(tid(page, "assess-progress"), /^6 of 6 scored/);
    await tid(page, "assess-reveal-now").click();

    // The reveal: Ines's power 2 to 5 is a conversation to have; the council's scores are within a point.
    await tid(page, "assess-reveal-panel").waitFor();
    await waitForText(tid(card(page, "s-ines"), "assess-stats"), /Power: 2–5, median 4\s*Interest: 3–4, median 4/);
    assert.equal(await tid(card(page, "s-ines"), "assess-wide").count(), 1, "Ines's spread is flagged");
    assert.equal(await tid(card(page, "s-council"), "assess-wide").count(), 0, "the council's is not");
    assert.match(await card(page, "s-ines").innerText(), /Ana: power 5, interest 4/);
    assert.equal(await card(page, "s-ines").locator("circle.spread-dot").count(), 3, "a dot per score");
    assert.deepEqual(await axeFindings(page), [], "axe-core on the reveal");
    for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(size);
      await screenshot(page, `assessment_reveal_${size.width}x${size.height}`);
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    // Settle Ines at the median, the council at a position the room chose; the chosen one is undone once, then redone.
    await tid(card(page, "s-ines"), "assess-settle-median").click();
    await waitForText(tid(card(page, "s-ines"), "assess-settled"), "✓ Settled at power 4, interest 4 (the median)");
    await tid(card(page, "s-council"), "assess-settle-power").selectOption("5");
    await tid(card(page, "s-council"), "assess-settle-interest").selectOption("3");
    await tid(card(page, "s-council"), "assess-settle-chosen").click();
    await waitForText(tid(card(page, "s-council"), "assess-settled"), "✓ Settled at power 5, interest 3");
    await tid(page, "toast").filter({ hasText: "Works council settled" }).locator('[data-testid="undo"]').click();
    await waitUntil(async () => (await tid(card(page, "s-council"), "assess-settled").count()) === 0, { message: "undo takes the council's settling back" });
    await tid(card(page, "s-council"), "assess-settle-power").selectOption("5");
    await tid(card(page, "s-council"), "assess-settle-interest").selectOption("3");
    await tid(card(page, "s-council"), "assess-settle-chosen").click();
    await waitForText(tid(card(page, "s-council"), "assess-settled"), "✓ Settled at power 5, interest 3");
    const entries = await waitSaved(page, (e) => stored(e)?.assessments?.at(-1)?.settled?.length === 2, { message: "both settled and stored" });
    const map = stored(entries);
    const where = (sid) => map.stakeholders.find((s) => s.id === sid);
    assert.deepEqual([where("s-ines").power, where("s-ines").interest], [4, 4], "Ines is on the grid at the medians");
    assert.deepEqual([where("s-council").power, where("s-council").interest], [5, 3], "the council where the room chose");
    assert.equal(where("s-council").placements.at(-1).how, "assessed", "the move is dated as assessed");
    assert.equal(map.assessments.at(-1).scores.length, 6, "the scores are kept for the next session");

    // The next session shows how views moved: Ines from the fixture's session to today's.
    await tid(page, "assess-new-session").click();
    await tid(page, "assess-start").click();
    await tid(page, "assess-tally").waitFor();
    const ines = tid(page, "assess-moved-row").filter({ hasText: "Ines Duarte" });
    await waitForText(ines, /2026-11-22: median power 5, interest 4 \(wide spread\), settled there\s*→\s*\d{4}-\d\d-\d\d: median power 4, interest 4 \(wide spread\), settled there/);
    await waitForText(tid(page, "assess-moved-row").filter({ hasText: "Works council" }), /settled at power 5, interest 3/);
    assert.deepEqual(errors, [], "no page errors");
  } finally {
    await page.close();
  }
});

test("the assessment on the projector: progress only while scoring, the reveal large (when projector mode has the A key)", async (t) => {
  const { page } = await openApp(browser, url);
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    const id = await openExampleMap(page);
    await page.evaluate((id) => { location.hash = `#/map/${id}/projector`; }, id);
    await page.keyboard.press("a");
    const shown = await tid(page, "assess-projector").waitFor({ timeout: 2_000 }).then(() => true, () => false);
    if (!shown) return t.skip("projector mode does not switch to the assessment yet");
    await tid(page, "assess-projector-reveal").waitFor();
    const small = await page.evaluate(() => [...document.querySelectorAll('[data-testid="assess-projector"] h2, [data-testid="assess-projector"] h3, [data-testid="assess-projector"] p, [data-testid="assess-projector"] text')]
      .filter((el) => el.textContent.trim() && el.getBoundingClientRect().height > 0)
      .map((el) => [el.textContent.trim().slice(0, 30), el.tagName === "text" ? el.getBoundingClientRect().height : parseFloat(getComputedStyle(el).fontSize)])
      .filter(([, size]) => size < 23.5));
    assert.deepEqual(small, [], "every label is 24 px or more");
    if (!(await page.evaluate(() => !!window.axe))) await axeFindings(page);
    const contrast = await page.evaluate(() => window.axe.run(document, { runOnly: ["color-contrast-enhanced"] }));
    assert.deepEqual(contrast.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" "))), [], "AAA contrast");
    await screenshot(page, "assessment_projector_1280x720");
  } finally {
    await page.close();
  }
});
