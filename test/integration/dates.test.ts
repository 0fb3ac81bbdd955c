// Dates and numbers written as text: Excel re-reads a string written through Range.values (a date
// becomes a serial, "08" becomes 8), so the add-in writes dates as serials with a date format, reads
// serials back as dates, prints them as the paper does, and copes with registers whose dates are text.
// Sources: https://github.com/OfficeDev/office-js/issues/1559, https://github.com/OfficeDev/office-js/issues/229
import { appendixB } from "../../src/domain/paper";
import {
  applyEscalation,
  applyRaiseIssue,
  previewEscalation,
  previewRaiseIssue,
} from "../../src/excel/escalate";
import { buildPaper } from "../../src/excel/paper";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { layoutsOf, readRow, saveRow } from "../../src/excel/rowEditor";
import { putCells, type Simulator } from "../../src/workbench/simulator/simulator";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { adoptedSeeds, NOW, PASTED_REGISTERS, pasted } from "../helpers/workbooks";

/** A cell as Excel shows it to an add-in: value, text and number format. */
async function cell(sim: Simulator, sheet: string, address: string) {
  return sim.host.run(async (context) => {
    const r = context.workbook.worksheets.getItem(sheet).getRange(address);
    r.load("values, text, numberFormat, valueTypes");
    await context.sync();
    return {
      value: r.values[0]![0],
      text: r.text[0]![0],
      format: r.numberFormat[0]![0],
      type: r.valueTypes[0]![0],
    };
  });
}

async function appendixBDates(sim: Simulator) {
  const state = await readWorkbookState(sim.host);
  const issues = state.registers.find((r) => r.def.id === "panelIssues")!;
  return appendixB(issues, null).rows.map((r) => [r.id, r.values[1]]);
}

async function raiseRisk16(sim: Simulator) {
  const preview = await previewRaiseIssue(sim.host, "16", false, NOW);
  if ("error" in preview) throw new Error(preview.error);
  expect((await applyRaiseIssue(sim.host, preview, NOW)).status).toBe("done");
}

describe.each(["en-GB", "en-US"] as const)("on an %s host", (locale) => {
  async function seeds() {
    const sim = await adoptedSeeds();
    sim.locale = locale;
    return sim;
  }

  test("raise as issue writes the date as a date: it reads back as a date and prints as the paper does", async () => {
    const sim = await seeds();
    await raiseRisk16(sim);
    // Issue 4 is on row 5 of Panel Issues (header on row 1); Date Raised is column B.
    expect(await cell(sim, "Panel Issues", "B5")).toEqual({
      value: 46348,
      text: "22 November 2026",
      format: "d mmmm yyyy",
      type: "Double",
    });
    expect(await appendixBDates(sim)).toEqual([
      ["1", "14 July 2017"],
      ["2", "15 June 2018"],
      ["3", "5 October 2018"],
      ["4", "22 November 2026"],
    ]);
  });

  test("escalation gives the new Panel row a date, not a serial or text Excel would re-read", async () => {
    const sim = await seeds();
    const preview = await previewEscalation(sim.host, "opsgRisks", "OPSG-008", NOW);
    if ("error" in preview) throw new Error(preview.error);
    expect((await applyEscalation(sim.host, preview, NOW)).status).toBe("done");
    const state = await readWorkbookState(sim.host);
    const panel = state.registers.find((r) => r.def.id === "panelRisks")!;
    const col = panel.headers.indexOf("Date Raised");
    const row = panel.values.findIndex((v) => v[0] === 18);
    const address = `${String.fromCharCode(65 + panel.left + col)}${panel.top + 2 + row}`;
    expect(await cell(sim, "Panel Risks", address)).toMatchObject({ value: 46348, text: "22 November 2026" });
  });

  test("a date typed in the Edit view is stored as that date, read in the host's day/month order", async () => {
    const sim = await seeds();
    const layouts = layoutsOf((await readWorkbookState(sim.host)).registers);
    const read = await readRow(sim.host, layouts, "Panel Risks", 5); // risk 4
    if (read.status !== "row") throw new Error(read.status);
    expect(read.form.lastReviewed).toBe("");
    const saved = await saveRow(
      sim.host,
      read.layout,
      { ...read.form, lastReviewed: "03/07/2019" },
      false,
      NOW,
    );
    expect(saved).toEqual({ status: "saved", written: 1 });
    const again = await readRow(sim.host, layouts, "Panel Risks", 5);
    if (again.status !== "row") throw new Error(again.status);
    const [serial, shown] = locale === "en-GB" ? [43649, "3 July 2019"] : [43531, "7 March 2019"];
    expect(again.form.lastReviewed).toBe(shown);
    const col = read.layout.left + read.layout.columns.lastReviewed!;
    const address = `${String.fromCharCode(65 + col)}6`;
    expect(await cell(sim, "Panel Risks", address)).toMatchObject({
      value: serial,
      text: shown,
      type: "Double",
    });
    // Saving again without touching it writes nothing.
    expect(await saveRow(sim.host, again.layout, again.form, false, NOW)).toEqual({ status: "unchanged" });
  });
});

/** The seed registers, adopted, with some of the issues' dates held as text (a Text-formatted cell). */
async function withTextDates(dates: string[], locale: "en-GB" | "en-US" = "en-GB"): Promise<Simulator> {
  const sim = pasted();
  sim.locale = locale;
  const sheet = sim.model.sheetByName("Panel Issues")!;
  putCells(
    sim,
    "Panel Issues",
    "B3",
    dates.map((d) => [d]),
  );
  dates.forEach((_, i) => (sheet.ensure(2 + i, 1).numberFormat = "@"));
  for (const def of PASTED_REGISTERS) {
    const preview = await previewAdoption(sim.host, def.id, def.sheet);
    if (!preview.ok) throw new Error(preview.message);
    expect((await adoptRegister(sim.host, preview.preview, NOW)).status).toBe("adopted");
  }
  return sim;
}

test.each([
  ["en-GB", "3 July 2018"],
  ["en-US", "7 March 2018"],
] as const)(
  "Build on an %s host reads an ambiguous text date in the host's order: %s",
  async (locale, shown) => {
    const sim = await withTextDates(["03/07/2018"], locale);
    const result = await buildPaper(sim.host, null, NOW);
    if ("error" in result) throw new Error(result.error);
    // Appendix B: header on row 4, issue 2 on row 6, Date Raised in column B.
    expect(await cell(sim, "Appendix B", "B6")).toMatchObject({ value: shown, type: "String" });
    expect((await cell(sim, "Appendix B", "B5")).value).toBe("14 July 2017");
  },
);

test("a register whose dates are text prints them as the paper does", async () => {
  // Issue 2 and 3's dates as a typist left them, in cells Excel did not convert (Text format).
  const sim = await withTextDates(["15/06/2018", "Oct-18"]);
  expect(await appendixBDates(sim)).toEqual([
    ["1", "14 July 2017"],
    ["2", "15 June 2018"],
    ["3", "October 2018"],
  ]);
  const layouts = layoutsOf((await readWorkbookState(sim.host)).registers);
  const read = await readRow(sim.host, layouts, "Panel Issues", 2);
  if (read.status !== "row") throw new Error(read.status);
  expect(read.form.id).toBe("2");
});

test("text the add-in writes that Excel would re-read survives: ids, numbers as text, audit rows", async () => {
  const sim = await adoptedSeeds();
  const layouts = layoutsOf((await readWorkbookState(sim.host)).registers);
  const read = await readRow(sim.host, layouts, "Panel Issues", 1); // issue 1
  if (read.status !== "row") throw new Error(read.status);
  const form = { ...read.form, associatedRisks: "08", category: "2019", owner: "1,000" };
  expect(await saveRow(sim.host, read.layout, form, false, NOW)).toMatchObject({ status: "saved" });
  const again = await readRow(sim.host, layouts, "Panel Issues", 1);
  if (again.status !== "row") throw new Error(again.status);
  expect([again.form.associatedRisks, again.form.category, again.form.owner]).toEqual([
    "08",
    "2019",
    "1,000",
  ]);
  // The audit row names issue "1" and the time as text, not as a number or a date serial.
  const audit = sim.model.sheetByName("Audit Log")!;
  const last = Math.max(...[...audit.cells.keys()].map((k) => Math.floor(k / 16384)));
  const row = [0, 1, 2, 3, 4].map((c) => audit.cell(last, c)?.value ?? null);
  expect(row).toEqual(["2026-11-22 09:00:00 UTC", "Edit row", "SEC Panel issues", null, "1"]);
  // The settings cells hold the number formats "0" as text: read back as numbers they would not parse.
  const state = await readWorkbookState(sim.host);
  expect(state.settings.state).toBe("ok");
  expect(state.settings.settings.registers.map((r) => r.numberFormat)).toEqual([
    "0",
    "0",
    "OPSG-000",
    "SECP00/00",
  ]);
});
