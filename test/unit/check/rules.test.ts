// The list of rules: each finding rule once, described in one line, and quiet on a sound register.
import { checkRegisters, RULES } from "../../../src/domain/check";
import { RULE_TITLES } from "../../../src/domain/findings";
import { issueRow, issues, riskRow, risks, settings } from "./registers";

test("every finding rule has one module in the list", () => {
  expect(RULES.map((r) => r.id).sort()).toEqual(Object.keys(RULE_TITLES).sort());
});

test("each rule says in one line what it looks for, for which kinds, reading which columns", () => {
  for (const rule of RULES) {
    expect(rule.description).toMatch(/^[A-Z].*\.$/);
    expect(rule.description).not.toMatch(/\n/);
    expect(rule.kinds.length).toBeGreaterThan(0);
    expect(rule.columns.length).toBeGreaterThan(0);
  }
});

test("a sound risk and issue register give no findings", () => {
  const sound = [risks([riskRow(1), riskRow(2)]), issues([issueRow(1, { "Associated Risk No.": "1, 2" })])];
  expect(checkRegisters(sound, settings)).toEqual([]);
});

test("within a row, findings of one step come column by column, as the single function gave them", () => {
  // Impact is words (score-not-whole) and Likelihood 7 (score-out-of-range): Impact's comes first
  // although score-out-of-range is listed after score-not-whole... and the reverse in the next row.
  const snap = risks([
    riskRow(1, { "Impact (1-5)": "high", "Likelihood (1-5)": 7 }),
    riskRow(2, { "Impact (1-5)": 9, "Likelihood (1-5)": 2.5 }),
  ]);
  expect(checkRegisters([snap], settings).map((f) => `${f.address} ${f.rule}`)).toEqual([
    "C2 score-not-whole",
    "D2 score-out-of-range",
    "C3 score-out-of-range",
    "D3 score-not-whole",
  ]);
});

test("an action log is not checked by rules written for risks and issues", () => {
  const log = { ...risks([riskRow("=X")]), def: { ...settings.registers[3]!, kind: "action" as const } };
  expect(checkRegisters([log], settings)).toEqual([]);
});
