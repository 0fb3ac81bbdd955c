// The paper's sheets print like the seed paper's tables (issue 12 item 1): thin borders on every table
// cell, one typeface, header words never broken, row heights measured from the text, the header row
// repeated, page header and footer with the reference, classification and "Page &P of &N", and the
// paper's sheets first in the paper's order. Checked on the simulator and in the exported .xlsx.
import ExcelJS from "exceljs";
import { buildPaper } from "../../src/excel/paper";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { saveSettings } from "../../src/excel/settingsSave";
import { DEFAULT_CLASSIFICATION } from "../../src/domain/paperLook";
import { rowHeightFor, widthForWords } from "../../src/domain/textMeasure";
import { exportXlsx } from "../../src/workbench/xlsx";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

async function built(reference = "SECP_64_1101_02"): Promise<Simulator> {
  const sim = await adoptedSeeds();
  const { settings } = (await readWorkbookState(sim.host)).settings;
  const saved = await saveSettings(sim.host, { ...settings, paper: { ...settings.paper, reference } }, NOW);
  expect(saved.status).toBe("saved");
  const result = await buildPaper(sim.host, null, NOW, { warnings: "build" });
  if ("error" in result) throw new Error(result.error);
  return sim;
}

const HEADER_ROW = 3; // Appendix A's header row (0-based): title, intro, note, header.

test("Appendix A: every table cell has four thin borders and the paper's typeface; numbers centred", async () => {
  const sim = await built();
  const a = sim.model.sheetByName("Appendix A")!;
  let rows = 0;
  for (let r = HEADER_ROW; a.cell(r, 0)?.value != null; r++, rows++)
    for (let c = 0; c < 7; c++) {
      const cell = a.cell(r, c)!;
      for (const edge of ["top", "bottom", "left", "right"] as const)
        expect({ r, c, edge, style: cell.borders?.[edge]?.style }).toEqual({
          r,
          c,
          edge,
          style: "Continuous",
        });
      expect(cell.fontName).toBe("Arial");
      expect(cell.fontSize).toBe(9);
    }
  expect(rows).toBe(17); // the header and the 16 open Panel risks
  expect(a.cell(HEADER_ROW + 1, 2)?.horizontalAlignment).toBe("Center"); // Impact
  expect(a.cell(HEADER_ROW + 1, 6)?.horizontalAlignment).toBe("Center"); // RAG
  expect(a.cell(HEADER_ROW + 1, 5)?.horizontalAlignment).toBeUndefined(); // the mitigations read left
  expect(a.cell(0, 0)?.fontSize).toBe(12); // the title a little larger, same face
});

test("column widths keep every header word whole; row heights show every line of the text", async () => {
  const sim = await built();
  const a = sim.model.sheetByName("Appendix A")!;
  const widths = [0, 1, 2, 3, 4, 5, 6].map((c) => a.columnWidths.get(c)!);
  const headers = [0, 1, 2, 3, 4, 5, 6].map((c) => String(a.cell(HEADER_ROW, c)!.value));
  headers.forEach((h, c) => expect(widths[c]).toBeGreaterThanOrEqual(widthForWords(h, 9, true)));
  expect(headers[2]).toBe("Impact (1-5)");
  for (let r = HEADER_ROW + 1; a.cell(r, 0)?.value != null; r++) {
    const cells = widths.map((w, c) => ({ text: String(a.cell(r, c)?.value ?? ""), widthPt: w }));
    expect(a.rowHeights.get(r)).toBe(rowHeightFor(cells, 9));
  }
  // No row is taller than a landscape A4 page's printable height, so no row is pushed whole to the next page.
  for (const h of a.rowHeights.values()) expect(h).toBeLessThan(409);
});

test("each appendix repeats its header row and carries the page header and footer", async () => {
  const sim = await built();
  for (const name of ["Appendix A", "Appendix B", "Appendix C", "Risk Matrix", "Cover Note"]) {
    const p = sim.model.sheetByName(name)!.pageLayout;
    expect({ name, right: p.headerFooter?.rightFooter }).toEqual({
      name,
      right: '&"Arial,Regular"&8Page &P of &N',
    });
    expect(p.headerFooter?.rightHeader).toBe('&"Arial,Regular"&8Paper Reference: SECP_64_1101_02');
    // The classification line, broken into lines Excel prints without running into the page numbers.
    expect(p.headerFooter?.leftFooter?.replace('&"Arial,Regular"&8', "").replace(/\n/g, " ")).toBe(
      DEFAULT_CLASSIFICATION,
    );
  }
  expect(sim.model.sheetByName("Appendix A")!.pageLayout.printTitleRows).toBe("$4:$4");
});

test("Figure 1: the matrix and its labels in a grid, each Impact label beside the middle of its row", async () => {
  const sim = await built();
  const m = sim.model.sheetByName("Risk Matrix")!;
  for (let r = 2; r <= 6; r++) {
    expect(m.cell(r, 0)?.verticalAlignment).toBe("Center");
    for (let c = 0; c <= 5; c++) expect(m.cell(r, c)?.borders?.top?.style).toBe("Continuous");
  }
});

test("the paper's sheets come first, in the paper's order", async () => {
  const sim = await built();
  expect(sim.model.sheets.slice(0, 5).map((s) => s.name)).toEqual([
    "Cover Note",
    "Risk Matrix",
    "Appendix A",
    "Appendix B",
    "Appendix C",
  ]);
});

test("the exported workbook carries the borders, typeface, heights and footer for any program that prints it", async () => {
  const sim = await built();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await exportXlsx(sim.model));
  const ws = wb.getWorksheet("Appendix A")!;
  // The first risk's mitigations (ExcelJS counts from 1); findCell, as the file's own cell, not Office's.
  const mitigations = ws.findCell(HEADER_ROW + 2, 6)!;
  expect(mitigations.border.top?.style).toBe("thin");
  expect(mitigations.font.name).toBe("Arial");
  expect(ws.getRow(HEADER_ROW + 2).height).toBe(
    sim.model.sheetByName("Appendix A")!.rowHeights.get(HEADER_ROW + 1),
  );
  expect(ws.headerFooter.oddFooter).toContain("&RPage &P of &N".replace("&R", '&R&"Arial,Regular"&8'));
  expect(ws.headerFooter.oddHeader).toContain("Paper Reference: SECP_64_1101_02");
  // Figure 1's cells centred in the file as on the sheet (the file format calls it "middle").
  expect(wb.getWorksheet("Risk Matrix")!.findCell(3, 1)!.alignment.vertical).toBe("middle");
});

test("a long typeface name keeps the footer within Excel's 255 characters: the font code is left out", async () => {
  const sim = await adoptedSeeds();
  const { settings } = (await readWorkbookState(sim.host)).settings;
  const paper = {
    ...settings.paper,
    typeface: "Palatino Linotype Extra Wide Co",
    classification: "x ".repeat(100).trim(),
  };
  expect((await saveSettings(sim.host, { ...settings, paper }, NOW)).status).toBe("saved");
  const result = await buildPaper(sim.host, null, NOW, { warnings: "build" });
  if ("error" in result) throw new Error(result.error);
  const f = sim.model.sheetByName("Appendix A")!.pageLayout.headerFooter!;
  expect(f.rightFooter).toBe("&8Page &P of &N");
  expect(sim.model.sheetByName("Appendix A")!.cell(HEADER_ROW, 0)?.fontName).toBe(
    "Palatino Linotype Extra Wide Co",
  );
});
