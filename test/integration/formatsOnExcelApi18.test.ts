// Requirement sets: manifest.xml asks for ExcelApi 1.8, so a 1.8 host (perpetual Excel 2019) must build
// the paper with the same look as a newer host. Range.setCellProperties is ExcelApi 1.9:
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-setcellproperties-member(1)
// https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets
import { lookRuns } from "../../src/excel/cellLooks";
import { buildPaper } from "../../src/excel/paper";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

/** Every cell's value and look on a sheet, as a person sees it. */
function looks(sim: Simulator, sheet: string) {
  const s = sim.model.sheetByName(sheet)!;
  return [...s.cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([k, c]) => ({
      at: k,
      value: c.value,
      shown: sim.model.displayFormat(s, Math.floor(k / 16384), k % 16384),
      bold: !!c.bold,
      italic: !!c.italic,
      align: [c.horizontalAlignment ?? "", c.verticalAlignment ?? "", !!c.wrap],
    }));
}

async function builtOn(version: string) {
  const sim = await adoptedSeeds();
  sim.apiVersion = version;
  sim.resetCounters();
  const result = await buildPaper(sim.host, null, NOW);
  if ("error" in result) throw new Error(result.error);
  return { sim, result };
}

describe("The paper on an ExcelApi 1.8 host", () => {
  test("builds with the same fills and fonts as a 1.9+ host without rich text", async () => {
    const old = await builtOn("1.8");
    const newer = await builtOn("1.17");
    expect(old.result.printSetup).toBe(false);
    for (const sheet of ["Appendix A", "Appendix B", "Risk Matrix"])
      expect([sheet, looks(old.sim, sheet)]).toEqual([sheet, looks(newer.sim, sheet)]);
    // The RAG column is coloured (not left plain) on the 1.8 host.
    const a = old.sim.model.sheetByName("Appendix A")!;
    const fills = new Set<string | undefined>();
    for (let r = 4; r < 20; r++) for (let c = 0; c < 12; c++) fills.add(a.cell(r, c)?.fill);
    expect(fills.size).toBeGreaterThan(2);
  });

  test("the 1.8 fallback groups equal looks: one range per run down a column, not one per cell", () => {
    const red = { fill: "#FF0000" };
    const green = { fill: "#00B050" };
    expect(lookRuns([[red], [red], [red], [green], [green], [red]]).map(([r, c, n]) => [r, c, n])).toEqual([
      [0, 0, 3],
      [3, 0, 2],
      [5, 0, 1],
    ]);
  });
});
