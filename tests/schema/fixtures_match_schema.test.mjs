// The JSON Schema in docs/ describes the files Liaison reads: every good fixture
// validates, and the schema refuses the fixtures the app refuses for their shape.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "docs/liaison.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const fixture = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, "tests/fixtures", name), "utf8"));

test("files the app reads without complaint match the schema", () => {
  for (const name of ["full-v1.liaison.json", "minimal-v1.liaison.json", "plan-structure-v1.liaison.json", "plan-alignment-v1.liaison.json",
    "plan-structure-repair-v1.liaison.json", "plan-tracking-v1.liaison.json", "board-v1.liaison.json", "comments-v1.liaison.json",
    "response-v1.liaison.json", "plan-from-board-v1.liaison.json", "board-templates-v1.liaison.json",
    "stakeholder-map-v1.liaison.json"]) {
    assert.ok(validate(fixture(name)), `${name}: ${JSON.stringify(validate.errors)}`);
  }
});

test("files the app refuses for their shape do not match the schema", () => {
  for (const name of ["foreign.json", "newer-version.liaison.json", "wrong-type.liaison.json", "missing-version.liaison.json"]) {
    assert.equal(validate(fixture(name)), false, `${name} should not validate`);
  }
});

test("board fields are checked: a wrong shape deep in a board does not match", () => {
  const broken = [
    (b) => { b.notes = "not a list"; },
    (b) => { b.voting.votes_per_person = "three"; },
    (b) => { delete b.notes[0].id; },
    (b) => { b.timer.remaining_ms = -5; },
  ];
  for (const breakIt of broken) {
    const file = fixture("board-v1.liaison.json");
    breakIt(file.boards[0]);
    assert.equal(validate(file), false, breakIt.toString());
  }
});

test("an origin of a plan item is checked: a wrong kind or negative votes do not match", () => {
  const broken = [
    (p) => { p.objectives[0].origin.item = "sticker"; },
    (p) => { p.initiatives[0].origin.votes = -1; },
    (p) => { delete p.lessons[0].origin.board_id; },
  ];
  for (const breakIt of broken) {
    const file = fixture("plan-from-board-v1.liaison.json");
    breakIt(file.plans[0]);
    assert.equal(validate(file), false, breakIt.toString());
  }
});

test("a board's copy of its departments is checked: an entry without a name or with another colour does not match", () => {
  const broken = [
    (b) => { delete b.departments[0].name; },
    (b) => { b.departments[1].colour = "pink"; },
    (b) => { b.departments = { "d-fin": "Finance" }; },
  ];
  for (const breakIt of broken) {
    const file = fixture("board-elsewhere-v1.liaison.json");
    breakIt(file.boards[0]);
    assert.equal(validate(file), false, breakIt.toString());
  }
});

test("stakeholder map fields are checked: a score outside 1-5, an unknown attitude or channel, a contact without a day do not match", () => {
  const broken = [
    (m) => { m.stakeholders[0].power = 7; },
    (m) => { m.stakeholders[1].attitude = "grumpy"; },
    (m) => { m.stakeholders[0].communication.channel = "pigeon"; },
    (m) => { delete m.stakeholders[0].communication.contacts[0].day; },
    (m) => { m.assessments[0].scores[0].interest = 0; },
    (m) => { delete m.stakeholders[2].name; },
  ];
  for (const breakIt of broken) {
    const file = fixture("stakeholder-map-v1.liaison.json");
    breakIt(file.stakeholder_maps[0]);
    assert.equal(validate(file), false, breakIt.toString());
  }
});
