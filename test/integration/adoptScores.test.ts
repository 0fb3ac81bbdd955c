// Issue 11 item 3: scores written as text are listed in the preview with the number each would become;
// the user accepts, changes or leaves each one; nothing converts unseen.
import { adoptRegister, previewAdoption, replanAdoption } from "../../src/excel/adoptRegister";
import { checkWorkbook } from "../../src/excel/check";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";
import { changedCells, snapshot } from "../helpers/cellSnapshot";
import { NOW } from "../helpers/workbooks";

const HEADERS = ["Risk ID", "Risk Description", "Probability", "Consequence", "Risk Score"];

function register(): Simulator {
  const sim = new Simulator();
  putCells(sim, "Risks", "A1", [
    ["Risk register"],
    HEADERS,
    ["R1", "Supplier fails", "4 - Likely", "High", 16],
    ["R2", "Data breach", "3 (Possible)", "Medium", 9],
    ["R3", "Key staff leave", "4 - Likely", "Very high", 20],
    ["R4", "Budget cut", "2", "L", 4],
    ["R5", "Flood", "Rare", "TBC", ""],
  ]);
  return sim;
}

describe("Adopt register: scores as people write them", () => {
  test("the preview lists each distinct written score with the number it would become, and writes nothing", async () => {
    const sim = register();
    const before = await snapshot(sim, "Risks");
    const p = await previewAdoption(sim.host, "panelRisks", "Risks");
    if (!p.ok) throw new Error(p.message);
    expect(
      p.preview.plan.report.scoreTexts.map((t) => [t.column, t.text, t.count, t.proposed, t.score]),
    ).toEqual([
      ["Probability", "4 - Likely", 2, 4, 4],
      ["Probability", "3 (Possible)", 1, 3, 3],
      ["Probability", "2", 1, 2, 2],
      ["Probability", "Rare", 1, 1, 1],
      ["Consequence", "High", 1, 4, 4],
      ["Consequence", "Medium", 1, 3, 3],
      ["Consequence", "Very high", 1, 5, 5],
      ["Consequence", "L", 1, 2, 2],
      ["Consequence", "TBC", 1, null, null],
    ]);
    // The typed scores equal what the proposed numbers give: they would become the formula.
    expect(p.preview.plan.report.replacedByFormula[0]).toEqual({ column: "Risk Score", count: 4 });
    expect(changedCells(before, await snapshot(sim, "Risks"))).toEqual([]);
  });

  test("accepted, changed and left scores: each cell as chosen, the rest unchanged, Check reports the ones left", async () => {
    const sim = register();
    const before = await snapshot(sim, "Risks");
    const p = await previewAdoption(sim.host, "panelRisks", "Risks");
    if (!p.ok) throw new Error(p.message);
    // "Medium" becomes 2 rather than 3; "Very high" is left as it is; the others as proposed.
    const chosen = replanAdoption(p.preview, { scores: { "impact:medium": 2, "impact:very high": null } });
    if (!chosen.ok) throw new Error(chosen.message);
    const plan = chosen.preview.plan;
    expect(plan.report.scoreTexts.find((t) => t.id === "impact:medium")?.score).toBe(2);
    // R2's 9 no longer equals 3 × 2 and is kept; R3's 20 has no Consequence number and is kept.
    expect(plan.report.keptTyped).toEqual([{ column: "Risk Score", count: 2, rows: ["R2", "R3"] }]);
    const result = await adoptRegister(sim.host, chosen.preview, NOW);
    expect(result.status).toBe("adopted");
    const s = sim.model.sheetByName("Risks")!;
    const col = (r: number) => [s.cell(r, 2)?.value, s.cell(r, 3)?.value];
    expect([2, 3, 4, 5, 6].map(col)).toEqual([
      [4, 4],
      [3, 2],
      [4, "Very high"],
      [2, 2],
      [1, "TBC"],
    ]);
    // Only the converted score cells changed; R5's blank Risk Score shows what its formula gives (blank).
    const converted = new Set(plan.scoreWrites.map((w) => `${w.row},${w.col}`));
    expect(converted.size).toBe(8);
    expect(changedCells(before, await snapshot(sim, "Risks"), new Set([4]), converted)).toEqual([]);
    const check = await checkWorkbook(sim.host);
    const scoreFindings = check.findings
      .filter((f) => f.sheet === "Risks" && f.rule.startsWith("score-"))
      .map((f) => [f.rule, f.address]);
    expect(scoreFindings).toEqual([
      ["score-not-whole", "D5"],
      ["score-not-whole", "D7"],
    ]);
  });
});
