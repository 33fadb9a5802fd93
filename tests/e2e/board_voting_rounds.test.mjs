// A facilitator runs two voting rounds and a timer: the turn survives a reload and stays in sight (sticky), the last
// participant's turn ends in "everyone has voted", a new round asks first, keeps the room's set-up and can be undone,
// and a timer run down to 0:00 offers a restart (not Pause) and says "Time is up" until dismissed, also after a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shutdown, screenshot } from "./harness.mjs";
import { tid, openApp, waitUntil, waitForText, waitForValue, waitSaved, entryDoc, waitRoute, openMenu } from "./fixtures/helpers.mjs";

let browser, url;
before(async () => ({ browser, url } = await launch()));
after(shutdown);

const area = (page, n) => tid(page, "area").nth(n);
const note = (scope, text) => tid(scope, "note").filter({ hasText: text });
const vote = (page, text) => tid(note(page, text), "note-vote").click();

/** Types notes into an area's input with Enter. */
async function typeNotes(page, n, notes) {
  await tid(area(page, n), "note-input").click();
  for (const text of notes) {
    await page.keyboard.type(text);
    await page.keyboard.press("Enter");
    await note(area(page, n), text).waitFor();
  }
}

/** The voting bar's top edge in the viewport, and the page's scroll, once scrolled to the bottom of the board. */
async function barAfterScrolling(page) {
  // getBoundingClientRect lays the page out, sticky positions included (no frame to wait for under the test's clock).
  return page.evaluate(() => {
    // The turn line is part of the board's sticky bar.
    const bar = document.querySelector('[data-testid="voting-bar"]');
    const sticky = bar.closest('[data-testid="board-toolbar"]');
    window.scrollTo(0, 0);
    const natural = bar.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, document.documentElement.scrollHeight);
    return { natural, scrolled: window.scrollY, top: bar.getBoundingClientRect().top, position: getComputedStyle(sticky).position };
  });
}

test("voting rounds: the turn survives a reload, everyone has voted, a new round asks and keeps the room, undo; the timer at zero", async () => {
  const { page, context, errors } = await openApp(browser, url);
  try {
    await page.setViewportSize({ width: 1280, height: 600 });
    await tid(page, "board-template").selectOption("swot");
    await tid(page, "welcome-create-board").click();
    const id = await waitRoute(page, "board");
    const key = `liaison/doc/board/${id}`;
    await tid(page, "board-page").waitFor();
    await typeNotes(page, 0, ["Loyal customers", "Strong brand", "Good team"]);
    await typeNotes(page, 1, ["Slow IT", "Old CRM"]);
    // Enough notes that the board scrolls well past its bar.
    await typeNotes(page, 2, ["New market", "Partnership", "Portal", "Grants", "Bundles", "Training", "Referrals", "Events"]);
    await typeNotes(page, 3, ["Competitor", "Energy costs", "Regulation", "Leavers", "Price war", "Inflation", "Supply", "Churn"]);

    // A tally round: three participants, two votes each.
    await openMenu(page, "open-voting", "vote-names");
    await tid(page, "vote-names").fill("Ana\nBo\nCy");
    await tid(page, "vote-budget").fill("2");
    await tid(page, "vote-start").click();
    await waitForText(tid(page, "vote-turn"), /^Ana’s turn: 2 of 2 votes left/);
    await vote(page, "Strong brand");
    await vote(page, "Slow IT");
    await waitForText(tid(page, "vote-turn"), /^Ana’s turn: 0 of 2 votes left/);
    await waitSaved(page, (e) => e[key] && entryDoc(e[key]).voting?.votes?.length === 2, { message: "Ana's two votes stored" });

    // Reload mid-vote (with a clock the test can move, for the timer below): it is Bo's turn, not Ana's again.
    await page.clock.install();
    await page.reload({ waitUntil: "load" });
    await tid(page, "board-page").waitFor();
    await waitForText(tid(page, "vote-turn"), /^Bo’s turn: 2 of 2 votes left/);
    await waitForText(tid(page, "vote-participant").locator("option:checked"), "Bo");

    // The turn line stays at the top of the screen while the board scrolls.
    const bar = await barAfterScrolling(page);
    assert.equal(bar.position, "sticky");
    assert.ok(bar.scrolled > bar.natural, `the board scrolls past the bar's place (${JSON.stringify(bar)})`);
    assert.ok(bar.top >= 0 && bar.top <= 120, `the voting bar stays at the top: ${JSON.stringify(bar)}`);
    assert.ok((await tid(page, "voting-bar").boundingBox()).height <= 80, "the voting bar is compact");
    await screenshot(page, "board_voting_bar_sticky");

    // Bo, then Cy: after the last participant, everyone has voted and Reveal is the next step.
    await vote(page, "Strong brand");
    await vote(page, "Good team");
    await waitForText(tid(page, "vote-turn"), /^Bo’s turn: 0 of 2 votes left/);
    await tid(page, "vote-next").click();
    await waitForText(tid(page, "vote-turn"), /^Cy’s turn: 2 of 2 votes left/);
    await vote(page, "Old CRM");
    await vote(page, "Strong brand");
    await waitForText(tid(page, "vote-turn"), /^Everyone has voted: 6 votes recorded\./);
    assert.equal(await tid(page, "vote-next").count(), 0, "no turn for nobody");
    assert.ok(await tid(page, "vote-bar-reveal").isVisible(), "Reveal is offered");
    await waitSaved(page, (e) => entryDoc(e[key]).voting?.votes?.length === 6, { message: "six votes stored" });

    // A new round asks first, then starts from the same participants, budget and settings.
    await openMenu(page, "open-voting", "vote-new-round");
    await tid(page, "vote-new-round").click();
    const confirm = tid(page, "vote-new-round-confirm");
    await waitForText(confirm.locator("p"), /clears the 6 votes of this round/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "vote-new-round-keep", "the safe choice has the focus");
    await tid(page, "vote-new-round-yes").click();
    await waitForValue(tid(page, "vote-names"), "Ana\nBo\nCy");
    await waitForValue(tid(page, "vote-budget"), "2");
    await tid(page, "vote-start").click();
    await waitForText(tid(page, "vote-turn"), /^Ana’s turn: 2 of 2 votes left/);
    await waitForText(tid(page, "toast").last(), /New round started; the last round’s 6 votes were cleared\./);
    await waitSaved(page, (e) => entryDoc(e[key]).voting && !entryDoc(e[key]).voting.votes?.length, { message: "the new round stored" });

    // Undo brings the last round and its votes back.
    await tid(tid(page, "toast").last(), "undo").click();
    await waitForText(tid(page, "vote-turn"), /^Everyone has voted: 6 votes recorded\./);
    const stored = await waitSaved(page, (e) => entryDoc(e[key]).voting?.votes?.length === 6, { message: "the six votes back" });
    assert.deepEqual(entryDoc(stored[key]).voting.participants.map((p) => p.name), ["Ana", "Bo", "Cy"]);
    await tid(page, "vote-bar-reveal").click();
    await waitForText(tid(note(page, "Strong brand"), "note-votes"), "3 votes");

    // The timer run down: 0:00 says "Time is up" and the button restarts it instead of reading Pause.
    await page.evaluate(() => window.scrollTo(0, 0));
    await openMenu(page, "open-timer", "timer-minutes");
    await tid(page, "timer-minutes").fill("1");
    await tid(page, "timer-set").click();
    await tid(page, "timer-start").click();
    await waitForText(tid(page, "timer-start"), "Pause");
    await page.clock.fastForward("01:02");
    await waitForText(tid(page, "timer-display"), "0:00");
    await waitForText(tid(page, "timer-state"), "Time is up");
    await waitForText(tid(page, "timer-start"), "Restart");
    const alarm = tid(page, "timer-alarm");
    await waitForText(alarm, /^Time is up\./);
    assert.equal(await alarm.getAttribute("role"), "alert");
    await screenshot(page, "board_timer_time_is_up");
    await tid(page, "timer-start").click();
    await waitForText(tid(page, "timer-state"), "Running");
    await waitUntil(async () => (await alarm.count()) === 0, { message: "the banner goes once the timer runs again" });
    assert.match(await tid(page, "timer-display").textContent(), /^(1:00|0:59)$/);

    // Run out again, then reload: the page opens on "Time is up", said by a banner that stays until dismissed
    // (the browser may keep the chime silent, as nobody has clicked on the page since it opened).
    await page.clock.fastForward("01:02");
    await waitForText(tid(page, "timer-start"), "Restart");
    await waitSaved(page, (e) => entryDoc(e[key]).timer?.started_at_ms !== undefined, { message: "the running timer stored" });
    await page.reload({ waitUntil: "load" });
    await tid(page, "board-page").waitFor();
    await waitForText(tid(page, "timer-alarm"), /^Time is up\./);
    await waitForText(tid(page, "timer-start"), "Restart");
    await page.clock.runFor(3_000);
    const said = await tid(page, "timer-alarm").textContent();
    console.log(`after a reload the banner says: ${said}`);
    await tid(page, "timer-alarm-dismiss").click();
    assert.equal(await tid(page, "timer-alarm").count(), 0, "dismissed");
    await waitForText(tid(page, "timer-state"), "Time is up");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
