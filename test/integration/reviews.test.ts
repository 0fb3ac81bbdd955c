// Issue 14 items 3–5 end to end against the simulator, with fixed dates: Publish marks the risks
// reviewed, Check lists overdue reviews and actions with their owners, Build writes the Actions
// outstanding sheet (and the Word paper its table), and the cover note says which reviews are overdue
// and which risks became RED since the last paper.
import { readFileSync } from "fs";
import path from "path";
import { HEADER_FILL } from "../../src/domain/colours";
import { DATE_FORMAT, serialFromDate } from "../../src/domain/dates";
import { extractActions } from "../../src/domain/minutesActions";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { listBaselines, loadBaseline, publishBaseline } from "../../src/excel/baselineStore";
import { checkWorkbook } from "../../src/excel/check";
import { createRegisters } from "../../src/excel/createRegisters";
import { buildPaper, checkGate, PAPER_ORDER, readPaperInputs, type BuildResult } from "../../src/excel/paper";
import { readPaperDocument } from "../../src/excel/paperDocument";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { removeRegister } from "../../src/excel/registerList";
import { bullets, PANEL_RISK_HEADERS, PANEL_RISKS } from "../fixtures/seeds";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";
import { auditRows } from "../helpers/faults";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

/** NOW is 22 November 2026; last month's paper went out on 20 October. */
const LAST_MONTH = new Date("2026-10-20T09:00:00Z");
const d = (year: number, month: number, day: number) => serialFromDate({ year, month, day });

const MINUTES = readFileSync(path.join(__dirname, "../../../shared/seeds/002_2bd199d1195febd0.txt"), "utf8");
const SEED_ACTIONS = extractActions(MINUTES).actions;

/** Panel Risks as adopted: header on sheet row 3 (0-based 2), data from row 4; Last Reviewed is Q (16). */
const RISKS_TOP = 3;
const LAST_REVIEWED = 16;

function column(sim: Simulator, sheet: string, col: number, from: number, n: number) {
  const s = sim.model.sheetByName(sheet)!;
  return Array.from({ length: n }, (_, i) => s.cell(from + i, col)?.value ?? null);
}

function sheetRows(sim: Simulator, name: string): unknown[][] {
  const s = sim.model.sheetByName(name)!;
  const used = s.usedRange(true)!;
  return Array.from({ length: used.bottom + 1 }, (_, r) =>
    Array.from({ length: used.right + 1 }, (_, c) => s.cell(r, c)?.value ?? null),
  );
}

async function built(sim: Simulator, now = NOW): Promise<BuildResult> {
  const r = await buildPaper(sim.host, null, now);
  if ("error" in r) throw new Error(r.error);
  return r;
}

/** The seed registers and an action log holding the four actions of the August 2017 minutes. */
async function withActionLog(): Promise<Simulator> {
  const sim = await adoptedSeeds();
  await createRegisters(sim.host, NOW); // adds the action log the seeds lack
  const dues = [d(2026, 11, 2), d(2026, 12, 14), d(2026, 10, 1), d(2026, 11, 22)];
  const statuses = ["On target", "Open", "Closed", null];
  SEED_ACTIONS.forEach((a, i) =>
    sim.userEdit("Panel Actions", `A${2 + i}`, [
      [a.number, "SECP47", d(2017, 8, 10), a.owner, a.text, dues[i]!, statuses[i]!],
    ]),
  );
  return sim;
}

describe("Publish marks the risks reviewed", () => {
  test("every live entry of a register with Last Reviewed gets the publish day, in the one write; the message says so", async () => {
    const sim = await adoptedSeeds();
    sim.userEdit("Panel Risks", "N4", [["Closed"]]); // risk 1 is closed: not reviewed
    sim.resetCounters();
    const r = await publishBaseline(sim.host, NOW);
    if (r.status !== "published") throw new Error(r.message);
    // Where the baseline goes, the registers, one write: the stamps cost no sync.
    expect(sim.syncCount).toBe(3);
    expect(r.message).toBe(
      "Changes from now on are measured against the November 2026 baseline. 29 risks and 3 issues marked reviewed on 22 November 2026.",
    );
    expect(r.reviewed).toBe(32);
    const today = d(2026, 11, 22);
    expect(column(sim, "Panel Risks", LAST_REVIEWED, RISKS_TOP, 16)).toEqual([
      null,
      ...Array<number>(15).fill(today),
    ]);
    const ws = sim.model.sheetByName("Panel Risks")!;
    expect(ws.cell(RISKS_TOP + 1, LAST_REVIEWED)?.numberFormat).toBe(DATE_FORMAT);
    // Issues (Last Reviewed is O) and the OPSG register (Q, from column B) too.
    expect(column(sim, "Panel Issues", 14, 1, 3)).toEqual([today, today, today]);
    expect(column(sim, "OPSG Risks", 17, 2, 14)).toEqual(Array<number>(14).fill(today));
    const audit = auditRows(sim).find((row) => row[1] === "Publish baseline")!;
    expect(String(audit[5])).toMatch(/29 risks and 3 issues marked reviewed on 22 November 2026\.$/);
  });

  test("the stamp is not a change: the baseline does not keep it, the next paper shows none, a retry is 'already'", async () => {
    const sim = await adoptedSeeds();
    const first = await publishBaseline(sim.host, LAST_MONTH);
    if (first.status !== "published") throw new Error(first.message);
    for (const reg of first.baseline.registers)
      for (const row of reg.rows) {
        expect(row.cells).not.toHaveProperty("lastReviewed");
        expect(row.cells).not.toHaveProperty("nextReview");
      }
    // The stamps are in the workbook now; against the baseline nothing changed.
    expect((await built(sim, new Date("2026-10-21T09:00:00Z"))).changes).toEqual([]);
    // Published again later in the month: the same content, nothing written.
    expect((await publishBaseline(sim.host, new Date("2026-10-28T09:00:00Z"))).status).toBe("already");
    expect(await listBaselines(sim.host)).toHaveLength(1);
    const loaded = await loadBaseline(sim.host, null);
    expect(loaded && "baseline" in loaded && loaded.baseline.id).toBe(first.baseline.id);
  });

  test("in created registers the Next Review formula follows the stamp by the band's cadence", async () => {
    const sim = new Simulator();
    await createRegisters(sim.host, NOW);
    // Risk 1: Impact 4 × Likelihood 4 = 16, High: monthly. Risk 2: 2 × 3 = 6, Moderate: quarterly.
    sim.userEdit("Panel Risks", "A2", [[1, "Supplier capacity falls short."]]);
    sim.userEdit("Panel Risks", "E2", [[4, 4]]);
    sim.userEdit("Panel Risks", "A3", [[2, "Testing is late."]]);
    sim.userEdit("Panel Risks", "E3", [[2, 3]]);
    const r = await publishBaseline(sim.host, NOW);
    expect(r.message).toMatch(/ 2 risks marked reviewed on 22 November 2026\.$/);
    const ws = sim.model.sheetByName("Panel Risks")!;
    expect([ws.cell(1, 7)?.value, ws.cell(2, 7)?.value]).toEqual(["High", "Moderate"]);
    expect([ws.cell(1, 16)?.value, ws.cell(2, 16)?.value]).toEqual([d(2026, 11, 22), d(2026, 11, 22)]);
    expect(ws.cell(1, 17)?.formula).toMatch(/^=/);
    expect([ws.cell(1, 17)?.value, ws.cell(2, 17)?.value]).toEqual([d(2026, 12, 22), d(2027, 2, 22)]);
  });

  test("the round trips do not grow with the register: the same syncs at 20 and 1,000 rows", async () => {
    const syncsAt = async (n: number) => {
      const sim = new Simulator();
      const rows = Array.from({ length: n }, (_, i) => {
        const r = PANEL_RISKS[i % PANEL_RISKS.length]!;
        return [i + 1, r.description, r.impact, r.likelihood, r.severity, bullets(r.mitigations), r.rag];
      });
      putCells(sim, "Panel Risks", "A1", [[...PANEL_RISK_HEADERS], ...rows]);
      const preview = await previewAdoption(sim.host, "panelRisks", "Panel Risks");
      if (!preview.ok) throw new Error(preview.message);
      await adoptRegister(sim.host, preview.preview, NOW);
      sim.resetCounters();
      const r = await publishBaseline(sim.host, NOW);
      if (r.status !== "published") throw new Error(r.message);
      const state = await readWorkbookState(sim.host);
      const snap = state.registers.find((s) => s.def.id === "panelRisks")!;
      const at = snap.headers.indexOf("Last Reviewed");
      return {
        syncs: sim.syncCount - 2, // less the read-back above
        stamped: snap.values.filter((v) => v[at] === d(2026, 11, 22)).length,
        reviewed: r.reviewed,
      };
    };
    const small = await syncsAt(20);
    const large = await syncsAt(1000);
    expect(small).toEqual({ syncs: 3, stamped: 20, reviewed: 20 });
    expect(large).toEqual({ syncs: 3, stamped: 1000, reviewed: 1000 });
  });
});

describe("Check lists what is overdue on the day, with the owners", () => {
  test("overdue reviews and actions, each with its owner", async () => {
    const sim = await withActionLog();
    await publishBaseline(sim.host, LAST_MONTH);
    sim.userEdit("Panel Risks", "O4", [["SECAS"]]); // risk 1's owner
    sim.userEdit("Panel Risks", "D4", [[5]]); // risk 1: 3 × 5 = 15, High: reviewed monthly
    const { findings } = await checkWorkbook(sim.host, NOW);
    const of = (rule: string) =>
      findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.address} ${f.message}`);
    expect(of("review-overdue")).toEqual([
      // Each points at its Next Review cell (R on Panel Risks; S on OPSG Risks, which starts in column B).
      "Panel Risks!R4 Risk 1 (owner SECAS) was due for review on 20 November 2026: 2 days overdue.",
      "OPSG Risks!S3 Risk OPSG-006 (no owner recorded) was due for review on 20 November 2026: 2 days overdue.",
      "OPSG Risks!S4 Risk OPSG-008 (no owner recorded) was due for review on 20 November 2026: 2 days overdue.",
      "OPSG Risks!S5 Risk OPSG-002 (no owner recorded) was due for review on 20 November 2026: 2 days overdue.",
      "OPSG Risks!S6 Risk OPSG-015 (no owner recorded) was due for review on 20 November 2026: 2 days overdue.",
    ]);
    // SECP47/04 is closed, SECP47/05 due today, SECP47/03 in December.
    expect(of("action-overdue")).toEqual([
      "Panel Actions!F2 Action SECP47/02 (SECAS) was due on 2 November 2026: 2 weeks overdue.",
    ]);
    // Without the day, as before: quiet.
    expect((await checkWorkbook(sim.host)).findings.filter((f) => /overdue/.test(f.rule))).toEqual([]);
  });

  test("Build's gate lists them with the warnings but they do not stop the paper, which reports them", async () => {
    const sim = await withActionLog();
    const inputs = await readPaperInputs(sim.host, null);
    const { stop, warnings } = checkGate(inputs, "stop", "build", { year: 2026, month: 11, day: 22 });
    expect(warnings.filter((f) => f.rule === "action-overdue").map((f) => f.rowLabel)).toEqual(["SECP47/02"]);
    // The seed's other warnings (GREEN RAGs without a rationale) still stop it; the overdue one is not among them.
    expect(stop!.check.warnings.length).toBeGreaterThan(0);
    expect(stop!.check.warnings.some((f) => f.rule === "action-overdue")).toBe(false);
    expect(stop!.error).not.toMatch(/Panel Actions/);
  });
});

describe("Build: the Actions outstanding sheet", () => {
  test("the outstanding actions, printed as the appendices are, after Appendix C", async () => {
    const sim = await withActionLog();
    const r = await built(sim);
    expect(r.sheets).toEqual([
      "Appendix A",
      "Appendix B",
      "Appendix C",
      "Risk Matrix",
      "Cover Note",
      "Actions outstanding",
    ]);
    const rows = sheetRows(sim, "Actions outstanding");
    expect(rows[0]![0]).toBe("Actions outstanding");
    expect(rows[1]![0]).toBe(
      "The following table lists the actions from previous SEC Panel meetings that are not yet closed, as at 22 November 2026. An action past its due date is shown as Overdue.",
    );
    expect(rows[3]).toEqual(["Action No.", "Meeting", "Owner", "Action", "Due Date", "Status"]);
    // SECP47/04 is closed: not printed. SECP47/02 is past due: Overdue. A blank status is Open.
    expect(rows.slice(4, 7)).toEqual([
      ["SECP47/02", "SECP47", "SECAS", SEED_ACTIONS[0]!.text, "2 November 2026", "Overdue"],
      ["SECP47/03", "SECP47", "SECAS", SEED_ACTIONS[1]!.text, "14 December 2026", "Open"],
      ["SECP47/05", "SECP47", "SECAS", SEED_ACTIONS[3]!.text, "22 November 2026", "Open"],
    ]);
    expect(rows[8]![0]).toBe("Table 4: SEC Panel Actions Outstanding");
    const ws = sim.model.sheetByName("Actions outstanding")!;
    // The appendices' header look and print setup, a measured width for every column.
    expect(ws.cell(3, 0)?.fill).toBe(HEADER_FILL);
    expect(ws.cell(3, 0)?.bold).toBe(true);
    expect(ws.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      printTitleRows: "$4:$4",
    });
    for (let c = 0; c < 6; c++) expect(ws.columnWidths.get(c)).toBeGreaterThan(0);
    expect(ws.cell(4, 3)?.wrap).toBe(true);
    // The paper's order: after the appendices.
    const order = sim.model.sheets
      .map((s) => s.name)
      .filter((n) => (PAPER_ORDER as readonly string[]).includes(n));
    expect(order).toEqual([
      "Cover Note",
      "Risk Matrix",
      "Appendix A",
      "Appendix B",
      "Appendix C",
      "Actions outstanding",
    ]);
    // The Word paper has the same table, after Appendix C.
    const doc = await readPaperDocument(sim.host, null, NOW);
    if (!doc.ok) throw new Error(doc.error);
    const last = doc.paper.sections[doc.paper.sections.length - 1]!;
    expect(last.orientation).toBe("landscape");
    expect(JSON.stringify(last.blocks)).toContain("Actions outstanding");
    expect(JSON.stringify(last.blocks)).toContain("SECP47/02");
    expect(JSON.stringify(last.blocks)).not.toContain("SECP47/04");
  });

  test("without an action log there is no sheet; one left by an earlier build is removed", async () => {
    const plain = await adoptedSeeds();
    expect((await built(plain)).sheets).not.toContain("Actions outstanding");
    expect(plain.model.sheetByName("Actions outstanding")).toBeUndefined();

    const sim = await withActionLog();
    await built(sim);
    expect(sim.model.sheetByName("Actions outstanding")).toBeDefined();
    // The action log taken out of the settings (Registers section): its sheet and rows stay.
    const removed = await removeRegister(sim.host, "panelActions", undefined, NOW);
    expect(removed.status).toBe("done");
    const again = await built(sim);
    expect(again.sheets).not.toContain("Actions outstanding");
    expect(sim.model.sheetByName("Actions outstanding")).toBeUndefined();
    expect(sim.model.sheets.filter((s) => /^RS (building|old) /.test(s.name))).toEqual([]);
    // The log itself is untouched.
    expect(sim.model.sheetByName("Panel Actions")!.cell(1, 0)?.value).toBe("SECP47/02");
  });
});

describe("The cover note on the paper's day", () => {
  test("names the risks overdue for review and those that became RED since the last paper", async () => {
    const sim = await adoptedSeeds();
    await publishBaseline(sim.host, LAST_MONTH);
    sim.userEdit("Panel Risks", "O4", [["SECAS"]]);
    sim.userEdit("Panel Risks", "D4", [[5]]); // risk 1: AMBER (12) → RED (15, High, monthly)
    const r = await built(sim);
    const at = r.coverNote.indexOf("3. SEC Panel Risk Matrix");
    expect(r.coverNote.slice(at - 2, at)).toEqual([
      "SEC Panel Risk 1 has become RED since the last paper (it was AMBER).",
      "SEC Panel Risk 1 is overdue for review (owner: SECAS).",
    ]);
    // On 19 November, before its review was due, only the RED.
    const early = await built(sim, new Date("2026-11-19T09:00:00Z"));
    expect(early.coverNote.filter((l) => /overdue|become RED/.test(l))).toEqual([
      "SEC Panel Risk 1 has become RED since the last paper (it was AMBER).",
    ]);
    // The Word paper's cover note says the same.
    const doc = await readPaperDocument(sim.host, null, NOW);
    if (!doc.ok) throw new Error(doc.error);
    expect(JSON.stringify(doc.paper.sections[0])).toContain(
      "SEC Panel Risk 1 is overdue for review (owner: SECAS).",
    );
  });

  test("the seed register with nothing overdue or newly RED: the note is as before", async () => {
    const sim = await adoptedSeeds();
    const r = await built(sim);
    expect(r.coverNote.filter((l) => /overdue|become RED/.test(l))).toEqual([]);
    expect(DEFAULT_SETTINGS.reviewCadence.High).toBe(1);
  });
});
