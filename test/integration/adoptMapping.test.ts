// Issue 11 item 1: adopting a register kept under other names, with a mapping the user sees and changes.
import {
  adoptRegister,
  previewAdoption,
  replanAdoption,
  type AdoptPreview,
} from "../../src/excel/adoptRegister";
import { checkWorkbook } from "../../src/excel/check";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { layoutsOf } from "../../src/excel/rowEditor";
import { saveSettings } from "../../src/excel/settingsSave";
import { normaliseHeader } from "../../src/domain/columns";
import { registerMapping, viewRegister } from "../../src/domain/register";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";
import { changedCells, snapshot } from "../helpers/cellSnapshot";
import { NOW } from "../helpers/workbooks";
import { ISSUE_HEADERS, ISSUE_ROWS } from "../fixtures/issueRegister";

async function preview(sim: Simulator, id: string, sheet: string): Promise<AdoptPreview> {
  const p = await previewAdoption(sim.host, id, sheet);
  if (!p.ok) throw new Error(p.message);
  return p.preview;
}

const mapped = (p: AdoptPreview) => Object.fromEntries(p.plan.report.mapped.map((m) => [m.header, m.column]));

describe("Adopt register: a mapping the user can see and change", () => {
  test("the issue's register: Consequence is Impact, no empty Impact is added, the scores become formulas", async () => {
    const sim = new Simulator();
    putCells(sim, "Risks", "A1", [["Corporate risk register"], ISSUE_HEADERS, ...ISSUE_ROWS]);
    const before = await snapshot(sim, "Risks");
    const p = await preview(sim, "panelRisks", "Risks");
    expect(mapped(p)).toEqual({
      "Risk ID": "#",
      "Risk Description": "There is a risk that…",
      Probability: "Likelihood (1-5)",
      Consequence: "Impact (1-5)",
      "Risk Score": "Severity",
      "Mitigating Actions": "Mitigation (Planned and/or ongoing actions in italics)",
      Status: "Status",
      "Date Identified": "Date Raised",
    });
    expect(p.plan.report.added).not.toContain("Impact (1-5)");
    expect(p.plan.mapping.questions).toEqual([]);
    expect(p.plan.report.replacedByFormula[0]).toEqual({ column: "Risk Score", count: 4 });
    expect(p.plan.report.keptTyped).toEqual([]);
    const result = await adoptRegister(sim.host, p, NOW);
    expect(result.status).toBe("adopted");
    expect(changedCells(before, await snapshot(sim, "Risks"))).toEqual([]);
    const s = sim.model.sheetByName("Risks")!;
    expect(s.cell(2, 4)).toMatchObject({
      value: 12,
      formula: '=IF(AND(ISNUMBER(D3),ISNUMBER(C3)),D3*C3,"")',
    });
    const check = await checkWorkbook(sim.host);
    // "R1"… are not in the register's number format ("0"): Check says so, and nothing else.
    expect(check.findings.filter((f) => f.sheet === "Risks").map((f) => [f.rule, f.address])).toEqual(
      ["A3", "A4", "A5", "A6"].map((a) => ["number-format", a]),
    );
  });

  test("two headers for one column are a question: adoption waits for the answer, which is remembered", async () => {
    const sim = new Simulator();
    const headers = ["Ref", "Title", "Likelihood", "Impact", "Risk Score", "Rating", "Owner"];
    const rows = [
      ["A1", "Venue unavailable", 2, 3, 6, "Medium", "Sam"],
      ["A2", "Speaker cancels", 3, 3, 9, "Medium", "Jo"],
    ];
    putCells(sim, "Events", "A1", [headers, ...rows]);
    putCells(sim, "Events 2027", "A1", [headers, ...rows]);
    const p = await preview(sim, "panelRisks", "Events");
    expect(p.plan.mapping.questions).toEqual([{ key: "severity", headers: [4, 5] }]);
    // Confirming without an answer writes nothing.
    const refused = await adoptRegister(sim.host, p, NOW);
    expect(refused).toMatchObject({
      status: "failed",
      message: expect.stringContaining('"Risk Score" and "Rating" both read as Severity'),
    });
    expect(sim.model.tableByName("PanelRisks")).toBeUndefined();
    // "Rating" kept as it is: no question, Severity is Risk Score.
    const answered = replanAdoption(p, { columns: { 5: null } });
    if (!answered.ok) throw new Error(answered.message);
    expect(answered.preview.plan.mapping.questions).toEqual([]);
    expect(answered.preview.plan.report.unmapped).toEqual(["Rating"]);
    sim.resetCounters();
    const result = await adoptRegister(sim.host, answered.preview, NOW);
    expect(result.status).toBe("adopted");
    expect(sim.syncCount).toBe(3); // choices cost no sync: re-read (2), one write
    const state = await readWorkbookState(sim.host);
    expect(state.settings.settings.adoptMappings).toEqual([
      {
        kind: "risk",
        headers: ["ref", "title", "likelihood", "impact", "risk score", "rating"],
        columns: ["number", "description", "likelihood", "impact", "severity", ""],
      },
    ]);
    // (The trailing "Owner" is the register's own header, as a cut-short adoption leaves it: not part
    // of what identifies the sheet.) The next sheet with the same headers is proposed the same way.
    const next = await preview(sim, "opsgRisks", "Events 2027");
    expect(next.plan.remembered).toBe(true);
    expect(next.plan.mapping.questions).toEqual([]);
    expect(next.plan.report.unmapped).toEqual(["Rating"]);
  });

  test("confirm re-plans with the user's mapping, and a co-author's change is still noticed", async () => {
    const sim = new Simulator();
    putCells(sim, "Risks", "A1", [["Corporate risk register"], ISSUE_HEADERS, ...ISSUE_ROWS]);
    const p = await preview(sim, "panelRisks", "Risks");
    // The user keeps "Status" as it is, then a co-author edits a description.
    const changed = replanAdoption(p, { columns: { 6: null } });
    if (!changed.ok) throw new Error(changed.message);
    expect(changed.preview.plan.columns.status).not.toBe(6);
    sim.userEdit("Risks", "B3", [["Supplier fails (reworded)"]]);
    const first = await adoptRegister(sim.host, changed.preview, NOW);
    expect(first.status).toBe("changed");
    if (first.status !== "changed" || !first.preview.ok) throw new Error("no new preview");
    expect(sim.model.tableByName("PanelRisks")).toBeUndefined();
    // The new preview keeps the user's choice.
    expect(first.preview.preview.plan.choices).toEqual({ columns: { 6: null } });
    expect(first.preview.preview.plan.report.unmapped).toEqual(["Status"]);
    const second = await adoptRegister(sim.host, first.preview.preview, NOW);
    expect(second.status).toBe("adopted");
    const s = sim.model.sheetByName("Risks")!;
    expect(s.cell(1, 6)?.value).toBe("Status");
    const table = sim.model.tableByName("PanelRisks")!;
    const headersNow: unknown[] = [];
    for (let c = table.range.left; c <= table.range.right; c++) headersNow.push(s.cell(1, c)?.value);
    expect(headersNow.filter((h) => /^Status/.test(String(h)))).toEqual(["Status", "Status2"]);
    // Every later read knows the sheet's "Status" is kept as it is and the register's is "Status2".
    const state = await readWorkbookState(sim.host);
    const reg = state.registers.find((r) => r.def.id === "panelRisks")!;
    expect(reg.def.columnsByHeader).toEqual({ status: "", status2: "status" });
    const columns = registerMapping(reg.headers, reg.def).columns;
    expect(reg.headers[columns.status!]).toBe("Status2");
  });

  test("a header mapped by the user to a column its name does not say is that column in every later read", async () => {
    const sim = new Simulator();
    putCells(sim, "Risks", "A1", [
      ["#", "There is a risk that…", "Impact (1-5)", "Likelihood (1-5)", "Lead"],
      [1, "Venue unavailable", 2, 3, "Sam"],
    ]);
    const p = await preview(sim, "panelRisks", "Risks");
    expect(p.plan.report.unmapped).toEqual(["Lead"]);
    const chosen = replanAdoption(p, { columns: { 4: "owner" } });
    if (!chosen.ok) throw new Error(chosen.message);
    expect(chosen.preview.plan.report.added).not.toContain("Owner");
    expect((await adoptRegister(sim.host, chosen.preview, NOW)).status).toBe("adopted");
    const state = await readWorkbookState(sim.host);
    const reg = state.registers.find((r) => r.def.id === "panelRisks")!;
    expect(viewRegister(reg).value(0, "owner")).toBe("Sam");
    // The Edit view's layout reads it the same way.
    expect(layoutsOf([reg])[0]!.columns.owner).toBe(4);
    // The audit row says what the user chose.
    const audit = sim.model.tableByName("AuditLog")!;
    const log = sim.model.sheetById(audit.sheetId)!;
    expect(log.cell(audit.range.bottom, audit.range.left + 5)?.value).toMatch(
      /chosen in the preview: "Lead" → Owner/,
    );
  });

  test("a choice follows its header when a co-author moves the headers between preview and confirm", async () => {
    const sim = new Simulator();
    // When the user chose, "Lead" was the fifth header; a co-author has since put "Notes" before it.
    putCells(sim, "Risks", "A1", [
      ["#", "There is a risk that…", "Impact (1-5)", "Likelihood (1-5)", "Notes", "Lead"],
      [1, "Venue unavailable", 2, 3, "", "Sam"],
    ]);
    const p = await preview(sim, "panelRisks", "Risks");
    const chosenOn = ["#", "there is a risk that", "impact (1-5)", "likelihood (1-5)", "lead"];
    const moved = replanAdoption(p, { columns: { 4: "owner" }, chosenOn });
    if (!moved.ok) throw new Error(moved.message);
    expect(moved.preview.plan.mapping.columns.owner).toBe(5);
    expect(moved.preview.plan.report.unmapped).toEqual(["Notes"]);
    // While the headers are as they were, the choice stays with its position.
    const same = replanAdoption(p, {
      columns: { 4: "owner" },
      chosenOn: p.plan.headers.map(normaliseHeader),
    });
    if (!same.ok) throw new Error(same.message);
    expect(same.preview.plan.mapping.columns.owner).toBe(4);
  });

  test("saving the settings later keeps the remembered mappings and each register's header choices", async () => {
    const sim = new Simulator();
    putCells(sim, "Risks", "A1", [
      ["#", "There is a risk that…", "Impact (1-5)", "Likelihood (1-5)", "Lead"],
      [1, "Venue unavailable", 2, 3, "Sam"],
    ]);
    const p = await preview(sim, "panelRisks", "Risks");
    const chosen = replanAdoption(p, { columns: { 4: "owner" } });
    if (!chosen.ok) throw new Error(chosen.message);
    expect((await adoptRegister(sim.host, chosen.preview, NOW)).status).toBe("adopted");
    const loaded = (await readWorkbookState(sim.host)).settings.settings;
    expect(loaded.adoptMappings.length).toBe(1);
    // The Settings view saves its draft (the loaded settings, edited): a new threshold here.
    const saved = await saveSettings(sim.host, { ...loaded, escalationThreshold: "Critical" }, NOW, loaded);
    expect(saved.status).toBe("saved");
    const after = await readWorkbookState(sim.host);
    expect(after.settings.settings.adoptMappings).toEqual(loaded.adoptMappings);
    const reg = after.registers.find((r) => r.def.id === "panelRisks")!;
    expect(reg.def.columnsByHeader).toEqual(
      loaded.registers.find((r) => r.id === "panelRisks")!.columnsByHeader,
    );
    expect(viewRegister(reg).value(0, "owner")).toBe("Sam");
  });
});
