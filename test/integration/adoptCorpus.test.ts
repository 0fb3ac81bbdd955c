// Issue 11 item 4's corpus: registers in the layouts secretariats keep (titles and notes above the
// header, two header rows, blank rows, totals and notes below, merged cells from Word and PDF pastes,
// bullets of every kind, odd spaces, text and serial dates, numbers stored as text), each built as an
// .xlsx with ExcelJS, imported into the simulator and adopted. For each: the mapping (or the question),
// every cell's value and displayed text kept except where the preview said it moves, and Check's
// findings exactly those expected.
import ExcelJS from "exceljs";
import { parseRange, rangeAddress, rangesIntersect } from "../../src/domain/address";
import { layoutNotes } from "../../src/domain/adoptNotes";
import { parseMitigations } from "../../src/domain/mitigations";
import {
  adoptRegister,
  previewAdoption,
  replanAdoption,
  type AdoptPreview,
} from "../../src/excel/adoptRegister";
import { checkWorkbook } from "../../src/excel/check";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { importXlsx } from "../../src/workbench/xlsx";
import { CORPUS } from "../fixtures/corpus";
import type { CorpusRegister } from "../fixtures/corpus/types";
import { changedCells, snapshot } from "../helpers/cellSnapshot";
import { NOW } from "../helpers/workbooks";

async function workbookOf(reg: CorpusRegister): Promise<Simulator> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(reg.sheet);
  reg.rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof v === "object" && "date" in v) {
        cell.value = new Date(`${v.date}T00:00:00Z`);
        cell.numFmt = v.numFmt;
      } else if (typeof v === "object")
        cell.value = { formula: v.formula.replace(/^=/, ""), result: v.result };
      else cell.value = v;
    }),
  );
  for (const m of reg.merges ?? []) ws.mergeCells(m);
  const sim = new Simulator();
  sim.replaceModel(await importXlsx((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return sim;
}

const key = (a: string) => {
  const r = parseRange(a);
  return `${r.top},${r.left}`;
};

describe("Adopt register: the corpus of layouts as they come", () => {
  test("the corpus has at least 15 registers besides the issue's own", () => {
    expect(Object.keys(CORPUS).filter((n) => n !== "issueRegister").length).toBeGreaterThanOrEqual(15);
  });

  test.each(Object.entries(CORPUS))("%s", async (_name, reg) => {
    const sim = await workbookOf(reg);
    const before = await snapshot(sim, reg.sheet);
    const first = await previewAdoption(sim.host, reg.register, reg.sheet);
    if (!first.ok) throw new Error(first.message);
    let preview: AdoptPreview = first.preview;
    const { plan } = preview;
    expect(plan.headerRow + 1).toBe(reg.expect.headerRow);
    // The question, asked in the header's own words, until the choices answer it.
    expect(plan.mapping.questions.map((q) => q.headers.map((i) => plan.headers[i]))).toEqual(
      reg.expect.question ? [reg.expect.question] : [],
    );
    if (reg.choices) {
      const again = replanAdoption(preview, reg.choices);
      if (!again.ok) throw new Error(again.message);
      preview = again.preview;
      expect(preview.plan.mapping.questions).toEqual([]);
    }
    const p = preview.plan;
    const r = p.report;
    expect(Object.fromEntries(r.mapped.map((m) => [m.header, m.column]))).toEqual(reg.expect.mapped);
    expect([r.rows, r.entries]).toEqual([reg.expect.rows, reg.expect.entries]);
    expect(r.layout.unmerged).toEqual(reg.expect.unmerged ?? []);
    expect(r.layout.joined.map((j) => ({ row: j.row, rows: j.rows }))).toEqual(reg.expect.joined ?? []);
    expect(r.layout.below.map((b) => b.row)).toEqual(reg.expect.below ?? []);
    expect(r.layout.blankRows).toEqual(reg.expect.blankRows ?? []);
    expect(r.layout.headersFromAbove).toEqual(reg.expect.headersFromAbove ?? []);

    // The preview says each of these in words, before anything is written.
    const notes = layoutNotes(r).join("\n");
    for (const m of r.layout.unmerged) expect(notes).toContain(m);
    for (const j of r.layout.joined)
      expect(notes).toContain(`continues on ${j.rows.length === 1 ? "row" : "rows"} ${j.rows[0]}`);
    for (const b of r.layout.below) expect(notes).toContain(`Row ${b.row} (`);
    if (r.layout.blankRows.length) expect(notes).toContain("in the table as");
    for (const h of r.layout.headersFromAbove) expect(notes).toContain(`"${h}"`);
    for (const t of r.scoreTexts)
      if (/^\d+$/.test(t.text)) expect(notes).toContain(`"${t.text}" is a number stored as text`);
    if (reg.sheet === "Imported")
      expect(r.scoreTexts.map((t) => [t.column, t.text, t.score])).toEqual([
        ["Impact", "4", 4],
        ["Impact", "2", 2],
        ["Likelihood", "3", 3],
        ["Likelihood", "2", 2],
        ["Likelihood", "1", 1],
      ]);
    if (reg.sheet === "Everything")
      expect(layoutNotes(r)).toEqual([
        'Two header rows (3 and 4): row 4 is the table\'s header; "Risk ID", "Risk", "Mitigating Actions" and "Date Identified" are copied into it from row 3, which stays as it is above the table.',
        "Merged cells A3:A4, B3:B4, E3:E4, F3:F4, A5:A7, B5:B7, C5:C7, D5:D7 and F5:F7 are unmerged: each value stays in the first cell of its area, where it shows now.",
        "Risk 1 continues on rows 6 and 7: their Mitigating Actions text joins row 5, line after line, and those rows are left blank.",
        "Blank row 8 among the risks stays in the table as a blank row.",
        'Row 10 ("Total 2") is not a risk: it stays as it is, below the table.',
        'Row 11 ("Source: Panel papers") is not a risk: it stays as it is, below the table.',
        "1 cell(s) hold non-breaking spaces or zero-width characters: they are kept as they are (matching ignores them).",
        "Date Identified: 2 date(s) written as text are kept as written and read as dates (day first).",
      ]);

    const result = await adoptRegister(sim.host, preview, NOW);
    expect(result.status).toBe("adopted");
    const after = await snapshot(sim, reg.sheet);

    // Every cell shows what it showed, except the cells the preview said change, checked one by one.
    const fillable = new Set([
      ...p.formulaWrites.filter((f) => f.runs.length).map((f) => f.col),
      ...p.added.map((a) => a.col),
    ]);
    const moved = new Set([
      ...p.joinWrites.map((w) => `${w.row},${w.col}`),
      ...p.headerFills.map((h) => `${h.row},${h.col}`),
      ...p.scoreWrites.map((w) => `${w.row},${w.col}`),
    ]);
    expect(changedCells(before, after, fillable, moved)).toEqual([]);
    for (const w of p.joinWrites) {
      const cell = after.get(`${w.row},${w.col}`)!;
      expect([w.row, w.col, cell.value, cell.text]).toEqual([w.row, w.col, w.value ?? "", w.value ?? ""]);
    }
    // Joined text is every part, in sheet order: nothing of the continuation rows is lost.
    for (const j of r.layout.joined)
      for (const w of p.joinWrites.filter((x) => x.row === j.row - 1)) {
        const parts = [j.row, ...j.rows]
          .map((row) => before.get(`${row - 1},${w.col}`)?.value)
          .filter((v) => v !== "" && v !== undefined);
        expect(w.value).toBe(parts.join("\n"));
      }
    for (const h of p.headerFills) expect(after.get(`${h.row},${h.col}`)?.value).toBe(h.text);
    for (const w of p.scoreWrites) {
      const a = after.get(`${w.row},${w.col}`)!;
      expect([a.value, a.text]).toEqual([w.value, String(w.value)]);
    }
    // No merged cell is left in the table; merges outside it stay.
    const table = sim.model.tableByName(p.def.table)!;
    const merges = sim.model.sheetByName(reg.sheet)!.merges;
    expect(merges.filter((m) => rangesIntersect(m, table.range)).map(rangeAddress)).toEqual([]);
    for (const m of reg.merges ?? [])
      if (!(reg.expect.unmerged ?? []).includes(m)) expect(merges.map(rangeAddress)).toContain(m);
    for (const [address, n] of Object.entries(reg.expect.bullets ?? {}))
      expect([address, parseMitigations(after.get(key(address))?.value).length]).toEqual([address, n]);

    const check = await checkWorkbook(sim.host);
    expect(
      check.findings
        .filter((f) => f.sheet === reg.sheet)
        .map((f) => `${f.rule} ${f.address}`)
        .sort(),
    ).toEqual([...reg.expect.findings].sort());
  });
});
