import { checkWorkbook } from "../../src/excel/check";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { exportXlsx, importXlsx } from "../../src/workbench/xlsx";
import { adoptedSeeds } from "../helpers/workbooks";

describe("workbench .xlsx import and export", () => {
  test("a governed workbook survives export and import with its values, formulas, formats and governance", async () => {
    const sim = await adoptedSeeds();
    const panel = sim.model.sheetByName("Panel Risks")!;
    panel.ensure(20, 0).textRuns = [
      { text: "• New bullet\n", color: "#FF0000" },
      { text: "• Ongoing bullet", italic: true },
    ];
    panel.ensure(20, 0).value = "• New bullet\n• Ongoing bullet";
    panel.merges.push({ top: 22, left: 0, bottom: 22, right: 3 });
    panel.pageLayout = {
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      printTitleRows: "$3:$3",
    };

    const back = new Simulator();
    back.replaceModel(await importXlsx(await exportXlsx(sim.model)));
    const p2 = back.model.sheetByName("Panel Risks")!;

    // Every cell's value and formula.
    for (const sheet of sim.model.sheets) {
      const other = back.model.sheetByName(sheet.name)!;
      expect([sheet.name, other.visibility]).toEqual([sheet.name, sheet.visibility]);
      for (const [k, c] of sheet.cells) {
        if (c.value === null && c.formula === undefined) continue;
        const o = other.cells.get(k);
        expect([sheet.name, k, o?.value, o?.formula]).toEqual([sheet.name, k, c.value, c.formula]);
      }
    }
    const tables = (m: typeof sim.model) =>
      m.tables.map((t) => [t.name, t.range.top, t.range.left, t.range.bottom, t.range.right]).sort();
    expect(tables(back.model)).toEqual(tables(sim.model));
    expect(p2.cell(20, 0)?.textRuns).toEqual([
      { text: "• New bullet\n", color: "#FF0000", bold: undefined, italic: undefined },
      { text: "• Ongoing bullet", color: undefined, bold: undefined, italic: true },
    ]);
    expect(p2.merges).toContainEqual({ top: 22, left: 0, bottom: 22, right: 3 });
    expect(p2.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      printTitleRows: "3:3",
    });
    // Data validation and conditional formats come back as rules on the same cells.
    expect(p2.validations.map((v) => [v.range, v.rule])).toEqual(
      expect.arrayContaining(panel.validations.map((v) => [v.range, v.rule])),
    );
    expect(p2.conditionalFormats.map((c) => [c.text, c.fill])).toEqual(
      panel.conditionalFormats.map((c) => [c.text, c.fill]),
    );
    expect(back.model.displayFormat(p2, 3, 6).fill).toBe("#FFC000"); // G4: risk 1 is AMBER
    // And the add-in reads it as the same registers.
    const before = await checkWorkbook(sim.host);
    const after = await checkWorkbook(back.host);
    expect(after.findings).toEqual(before.findings);
  });
});
