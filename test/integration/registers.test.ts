// Settings › Registers: adding, renaming and removing registers against the simulator, and escalating
// from a second sub-committee register.
import { sourceIdIn } from "../../src/domain/escalation";
import { recordsOf } from "../../src/domain/records";
import { exampleNumber, planAddRegister, type NewRegister } from "../../src/domain/registerList";
import { DEFAULT_SETTINGS, type Settings } from "../../src/domain/settings";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { checkWorkbook } from "../../src/excel/check";
import {
  applyEscalation,
  listEscalation,
  previewEscalation,
  type EscalationPreview,
} from "../../src/excel/escalate";
import { readWorkbookState } from "../../src/excel/readRegisters";
import {
  addRegister,
  previewAddRegister,
  removeRegister,
  renameRegister,
} from "../../src/excel/registerList";
import { saveSettings } from "../../src/excel/settingsSave";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";
import { auditRows } from "../helpers/faults";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const TABASC: NewRegister = {
  name: "TABASC risks",
  kind: "risk",
  role: "subcommittee",
  sheet: "TABASC Risks",
  numberFormat: "TABASC-000",
};

async function stored(sim: Simulator): Promise<Settings> {
  return (await readWorkbookState(sim.host)).settings.settings;
}

/** Every cell of one sheet: value, formula and number format. */
function sheetCells(sim: Simulator, name: string) {
  const sheet = sim.model.sheetByName(name);
  if (!sheet) return null;
  return JSON.stringify([...sheet.cells.entries()].map(([k, c]) => [k, c.value, c.formula ?? null]));
}

async function addTabasc(sim: Simulator, input: NewRegister = TABASC) {
  const loaded = await stored(sim);
  const preview = await previewAddRegister(sim.host, input, loaded);
  if (preview.status !== "plan") throw new Error(JSON.stringify(preview));
  const result = await addRegister(sim.host, input, preview.preview, loaded, NOW);
  if (result.status !== "done") throw new Error(JSON.stringify(result));
  return { preview: preview.preview, result };
}

/** A person types a TABASC risk into the new table's first row (number, description, impact, likelihood). */
function typeTabascRisk(
  sim: Simulator,
  row: number,
  number: string,
  description: string,
  i: number,
  l: number,
) {
  // # | There is a risk that… | Impacts | Impact Category | Impact (1-5) | Likelihood (1-5)
  expect(
    sim.userEdit("TABASC Risks", `A${row}:F${row}`, [[number, description, "Safety", "Safety", i, l]]),
  ).toBeNull();
}

describe("Add a register", () => {
  test("a TABASC risk register gets its sheet and governed table in one write, numbered TABASC-001", async () => {
    const sim = await adoptedSeeds();
    const loaded = await stored(sim);
    const preview = await previewAddRegister(sim.host, TABASC, loaded);
    expect(preview).toMatchObject({
      status: "plan",
      preview: { action: "create", sheetExists: false, first: "TABASC-001" },
    });
    if (preview.status !== "plan") return;
    sim.resetCounters();
    const result = await addRegister(sim.host, TABASC, preview.preview, loaded, NOW);
    expect(result).toMatchObject({ status: "done", syncs: 2 });
    expect(sim.syncCount).toBe(2); // read the settings and names (1), write everything (1)
    const settings = await stored(sim);
    const def = settings.registers.find((r) => r.name === "TABASC risks")!;
    expect(def).toMatchObject({
      id: "tabascRisks",
      kind: "risk",
      role: "subcommittee",
      sheet: "TABASC Risks",
      table: "TABASCRisks",
      numberFormat: "TABASC-000",
      ongoingStyle: "suffix",
    });
    // The same layout Create registers writes: headers, the formulas of the first row, validation.
    const cells = sim.model.sheetByName("TABASC Risks")!;
    expect(cells.cell(0, 0)?.value).toBe("#");
    expect(cells.cell(1, 6)?.formula).toBe('=IF(AND(ISNUMBER(E2),ISNUMBER(F2)),E2*F2,"")');
    expect(sim.userEdit("TABASC Risks", "E2", [[7]])).toMatch(/whole number from 1/);
    expect(auditRows(sim).at(-1)).toEqual(expect.arrayContaining(["Add register", "TABASC risks"]));
    // Its rows number TABASC-001, TABASC-002…, and Check finds them well numbered.
    typeTabascRisk(sim, 2, "TABASC-001", "There is a risk that the test lab is unavailable", 4, 4);
    typeTabascRisk(sim, 3, "TABASC-002", "There is a risk that test results arrive late", 2, 2);
    const state = await readWorkbookState(sim.host);
    const tabasc = state.registers.find((r) => r.def.id === "tabascRisks")!;
    expect(recordsOf(tabasc).map((r) => [r.id, r.number, r.cells.severity])).toEqual([
      ["TABASC-001", 1, 16],
      ["TABASC-002", 2, 4],
    ]);
    const check = await checkWorkbook(sim.host);
    expect(check.findings.filter((f) => f.registerId === "tabascRisks" && f.severity === "error")).toEqual(
      [],
    );
  });

  test("refusals are clear and write nothing", async () => {
    const sim = await adoptedSeeds();
    const loaded = await stored(sim);
    const before = JSON.stringify(sim.model.sheets.map((s) => s.name));
    const cases: Array<[Partial<NewRegister>, RegExp]> = [
      [{ name: "OPSG risks" }, /already a register named "OPSG risks"/],
      [{ numberFormat: "TABASC" }, /prefix followed by zeros/],
      [{ numberFormat: "OPSG-000" }, /OPSG risks already numbers its risks "OPSG-…"/],
      [{ numberFormat: "000" }, /need a prefix with letters/],
      [{ sheet: "RS Settings" }, /keeps for itself/],
      [{ sheet: "OPSG Risks" }, /already OPSG risks's/],
      [{ sheet: "TAB:ASC" }, /cannot contain/],
      [{ sheet: "A sheet name that is far too long for Excel" }, /at most 31/],
      [{ name: " " }, /Give the register a name/],
    ];
    for (const [patch, message] of cases) {
      const r = await previewAddRegister(sim.host, { ...TABASC, ...patch }, loaded);
      expect(r.status === "invalid" && r.errors.join(" ")).toMatch(message);
      const w = await addRegister(sim.host, { ...TABASC, ...patch }, null, loaded, NOW);
      expect(w.status).toBe("invalid");
    }
    // A Panel issue register numbered "0" is fine: only sub-committee risk registers need a prefix.
    expect(
      planAddRegister(
        loaded,
        { ...TABASC, kind: "issue", role: "panel", numberFormat: "0" },
        { sheets: [], tables: [], reserved: [] },
      ).ok,
    ).toBe(true);
    expect(JSON.stringify(sim.model.sheets.map((s) => s.name))).toBe(before);
    expect(await stored(sim)).toEqual(loaded);
  });

  test("a sheet that holds data is offered for adoption and left untouched", async () => {
    const sim = await adoptedSeeds();
    putCells(sim, "TABASC Risks", "A1", [
      ["TABASC risk register"],
      ["Ref", "Risk", "Score"],
      ["T1", "Lab down", 12],
    ]);
    const cellsBefore = sheetCells(sim, "TABASC Risks");
    const { preview, result } = await addTabasc(sim);
    expect(preview).toMatchObject({ action: "adopt", sheetExists: true, used: "'TABASC Risks'!A1:C3" });
    expect(result.message).toMatch(/holds data .* was not changed: adopt it on the Registers tab/);
    expect(sheetCells(sim, "TABASC Risks")).toBe(cellsBefore);
    const state = await readWorkbookState(sim.host);
    // (The action log was not made either: these registers were adopted, not created.)
    expect(state.missing.map((d) => d.id)).toEqual(["panelActions", "tabascRisks"]);
    // Then adopted as the new register, as the message says: its table is the register's.
    const adopt = await previewAdoption(sim.host, "tabascRisks", "TABASC Risks");
    if (!adopt.ok) throw new Error(adopt.message);
    expect((await adoptRegister(sim.host, adopt.preview, NOW)).status).toBe("adopted");
    const after = await readWorkbookState(sim.host);
    const tabasc = after.registers.find((r) => r.def.id === "tabascRisks")!;
    expect(recordsOf(tabasc).map((r) => r.cells.description)).toEqual(["Lab down"]);
  });

  test("a blank existing sheet takes the table", async () => {
    const sim = await adoptedSeeds();
    putCells(sim, "TABASC Risks", "A1", [[null]]);
    const { preview } = await addTabasc(sim);
    expect(preview).toMatchObject({ action: "create", sheetExists: true });
    expect((await readWorkbookState(sim.host)).registers.some((r) => r.def.id === "tabascRisks")).toBe(true);
  });

  test("a co-author's change to the settings since the view loaded them: nothing written", async () => {
    const sim = await adoptedSeeds();
    const loaded = await stored(sim);
    expect(
      (await saveSettings(sim.host, { ...loaded, escalationThreshold: "Critical" }, NOW, loaded)).status,
    ).toBe("saved");
    const sheets = sim.model.sheets.length;
    const r = await addRegister(sim.host, TABASC, null, loaded, NOW);
    expect(r).toMatchObject({ status: "changed", current: { escalationThreshold: "Critical" } });
    expect(sim.model.sheets.length).toBe(sheets);
    expect((await removeRegister(sim.host, "opsgRisks", loaded, NOW)).status).toBe("changed");
    expect(
      (await renameRegister(sim.host, "opsgRisks", { name: "X", numberFormat: "OPSG-000" }, loaded, NOW))
        .status,
    ).toBe("changed");
    expect((await stored(sim)).registers.map((r) => r.name)).toEqual(loaded.registers.map((r) => r.name));
  });

  test("a failure at any sync: the retry (or Create registers) completes it, never two registers", async () => {
    for (let n = 1; n <= 2; n++)
      for (const mode of ["before", "midway", "after"] as const) {
        const sim = await adoptedSeeds();
        const loaded = await stored(sim);
        sim.failSync(n, mode);
        const first = await addRegister(sim.host, TABASC, null, loaded, NOW);
        expect([n, mode, first.status]).toEqual([n, mode, "failed"]);
        const now = await stored(sim);
        const defined = now.registers.filter((r) => r.name === "TABASC risks").length;
        if (defined === 0) await addTabasc(sim);
        else {
          // Defined but cut short: Create registers completes its sheet.
          const { createRegisters } = await import("../../src/excel/createRegisters");
          await createRegisters(sim.host, NOW);
        }
        const state = await readWorkbookState(sim.host);
        expect([
          n,
          mode,
          state.settings.settings.registers.filter((r) => r.name === "TABASC risks").length,
        ]).toEqual([n, mode, 1]);
        expect([n, mode, state.registers.some((r) => r.def.table === "TABASCRisks")]).toEqual([
          n,
          mode,
          true,
        ]);
      }
  });
});

describe("Rename and remove a register", () => {
  test("rename changes the name and is audited; the rows are untouched", async () => {
    const sim = await adoptedSeeds();
    const cells = sheetCells(sim, "OPSG Risks");
    const r = await renameRegister(
      sim.host,
      "opsgRisks",
      { name: "Operations Group risks", numberFormat: "OPSG-000" },
      await stored(sim),
      NOW,
    );
    expect(r.status).toBe("done");
    expect((await stored(sim)).registers.find((d) => d.id === "opsgRisks")!.name).toBe(
      "Operations Group risks",
    );
    expect(sheetCells(sim, "OPSG Risks")).toBe(cells);
    expect(auditRows(sim).at(-1)).toEqual(expect.arrayContaining(["Rename register"]));
    expect(String(auditRows(sim).at(-1)!.at(-1))).toMatch(/renamed OPSG risks → Operations Group risks/);
  });

  test("a new prefix is refused while a Panel risk names the register as its source", async () => {
    const sim = await adoptedSeeds();
    const p = (await previewEscalation(sim.host, "opsgRisks", "OPSG-008", NOW)) as EscalationPreview;
    expect((await applyEscalation(sim.host, p, NOW)).status).toBe("done");
    const r = await renameRegister(
      sim.host,
      "opsgRisks",
      { name: "OPSG risks", numberFormat: "OG-000" },
      await stored(sim),
      NOW,
    );
    expect(r.status === "invalid" && r.errors.join(" ")).toMatch(
      /1 Panel risk\(s\) say they were escalated from OPSG-… risks/,
    );
    // More zeros keep the prefix, and the link: allowed.
    const wider = await renameRegister(
      sim.host,
      "opsgRisks",
      { name: "OPSG risks", numberFormat: "OPSG-0000" },
      await stored(sim),
      NOW,
    );
    expect(wider.status).toBe("done");
  });

  test("remove keeps the sheet, the table and every row; the register leaves the settings and the Escalate list", async () => {
    const sim = await adoptedSeeds();
    await addTabasc(sim);
    const cells = sheetCells(sim, "OPSG Risks");
    const r = await removeRegister(sim.host, "opsgRisks", await stored(sim), NOW);
    expect(r).toMatchObject({ status: "done" });
    expect(r.status === "done" && r.message).toMatch(
      /Sheet "OPSG Risks" and its rows are still in the workbook/,
    );
    expect(sheetCells(sim, "OPSG Risks")).toBe(cells);
    expect(sim.model.sheetByName("OPSG Risks")).toBeTruthy();
    const settings = await stored(sim);
    expect(settings.registers.map((d) => d.id)).toEqual([
      "panelRisks",
      "panelIssues",
      "panelActions",
      "tabascRisks",
    ]);
    const list = await listEscalation(sim.host, "opsgRisks");
    expect([list.registers.map((x) => x.id), list.sourceId]).toEqual([["tabascRisks"], "tabascRisks"]);
    expect(String(auditRows(sim).at(-1)!.at(-1))).toMatch(
      /removed OPSG risks from the settings; sheet "OPSG Risks" and its rows kept/,
    );
    // Added back on the same sheet, it is offered for adoption (the sheet holds its old table).
    const again = await previewAddRegister(
      sim.host,
      { ...TABASC, name: "OPSG risks", sheet: "OPSG Risks", numberFormat: "OPSG-000" },
      settings,
    );
    expect(again).toMatchObject({ status: "plan", preview: { action: "adopt" } });
  });

  test("the Panel's only risk register and the escalation and issue targets cannot be removed", async () => {
    const sim = await adoptedSeeds();
    const cells = sheetCells(sim, "Panel Risks");
    const risks = await removeRegister(sim.host, "panelRisks", await stored(sim), NOW);
    expect(risks.status === "invalid" && risks.errors.join()).toMatch(/the Panel's only risk register/);
    const issues = await removeRegister(sim.host, "panelIssues", await stored(sim), NOW);
    expect(issues.status === "invalid" && issues.errors.join()).toMatch(
      /receives every risk raised as an issue/,
    );
    // With a second Panel risk register, the first still receives escalations; the second can go.
    await addTabasc(sim, {
      name: "Panel risks archive",
      kind: "risk",
      role: "panel",
      sheet: "Archive",
      numberFormat: "0",
    });
    const first = await removeRegister(sim.host, "panelRisks", await stored(sim), NOW);
    expect(first.status === "invalid" && first.errors.join()).toMatch(/receives every escalation/);
    expect((await removeRegister(sim.host, "panelRisksArchive", await stored(sim), NOW)).status).toBe("done");
    expect(sheetCells(sim, "Panel Risks")).toBe(cells);
    expect(sim.model.sheetByName("Archive")).toBeTruthy();
  });

  test("saving the settings does not add or remove registers", async () => {
    const sim = await adoptedSeeds();
    const loaded = await stored(sim);
    const fewer = { ...loaded, registers: loaded.registers.slice(0, 2) };
    expect(await saveSettings(sim.host, fewer, NOW, loaded)).toMatchObject({ status: "invalid" });
  });
});

describe("Escalate from a second sub-committee register", () => {
  test("TABASC-001 becomes Panel risk 18, escalated from TABASC-001, in the same syncs as OPSG's", async () => {
    const sim = await adoptedSeeds();
    await addTabasc(sim);
    typeTabascRisk(sim, 2, "TABASC-001", "There is a risk that the test lab is unavailable", 4, 4);
    const list = await listEscalation(sim.host, "tabascRisks");
    expect(list.registers.map((r) => r.id)).toEqual(["opsgRisks", "tabascRisks"]);
    expect(list.sourceId).toBe("tabascRisks");
    expect(list.candidates.map((c) => [c.record.id, c.severity, c.isCandidate])).toEqual([
      ["TABASC-001", 16, true],
    ]);
    const preview = await previewEscalation(sim.host, "tabascRisks", "TABASC-001", NOW);
    if ("error" in preview) throw new Error(preview.error);
    expect(preview.plan).toMatchObject({ kind: "create", sourceId: "TABASC-001", panelNumber: 18 });
    sim.resetCounters();
    expect((await applyEscalation(sim.host, preview, NOW)).status).toBe("done");
    expect(sim.syncCount).toBe(4); // as for OPSG: read both registers (2), the audit log's last row (1), write (1)
    const state = await readWorkbookState(sim.host);
    const panel = recordsOf(state.registers.find((r) => r.def.id === "panelRisks")!);
    const row = panel.find((r) => r.number === 18)!;
    expect(row.cells.description).toBe("The test lab is unavailable");
    expect(row.cells.escalatedFrom).toBe("Escalated from TABASC-001 on 22 November 2026");
    const tabasc = recordsOf(state.registers.find((r) => r.def.id === "tabascRisks")!);
    expect([tabasc[0]!.cells.escalatedTo, tabasc[0]!.cells.status]).toEqual([
      "Escalated to Panel risk 18 on 22 November 2026",
      "Escalated",
    ]);
    // OPSG's list does not mistake TABASC's escalation for one of its own; TABASC's marks it.
    const opsg = await listEscalation(sim.host, "opsgRisks");
    expect(opsg.candidates.some((c) => c.escalatedTo === 18)).toBe(false);
    const again = await listEscalation(sim.host, "tabascRisks");
    expect(again.candidates.map((c) => c.escalatedTo)).toEqual([18]);
    // Escalating it again re-syncs, never a second row.
    const resync = await previewEscalation(sim.host, "tabascRisks", "TABASC-001", NOW);
    expect("plan" in resync && resync.plan.kind).toBe("resync");
  });

  test("a Panel register is not a source", async () => {
    const sim = await adoptedSeeds();
    expect(await previewEscalation(sim.host, "panelRisks", "1", NOW)).toEqual({
      error: "SEC Panel risks is not a sub-committee risk register: risks are escalated from one of those.",
    });
  });

  test("a Panel row's source is read by its own prefix: SG-… never matches inside OPSG-…", () => {
    const text = "Escalated from OPSG-008 on 22 November 2026";
    expect([
      sourceIdIn(text, "OPSG-000"),
      sourceIdIn(text, "SG-000"),
      sourceIdIn(text, "TABASC-000"),
    ]).toEqual(["OPSG-008", null, null]);
    expect(sourceIdIn("Escalated from TABASC-003 on 1 May 2026", "tabasc-000")).toBe("TABASC-003");
  });

  test("examples: a TABASC-000 register numbers TABASC-001; 0 numbers 1", () => {
    expect([exampleNumber("TABASC-000"), exampleNumber("0"), exampleNumber("SSC 00")]).toEqual([
      "TABASC-001",
      "1",
      "SSC 01",
    ]);
    expect(DEFAULT_SETTINGS.registers.length).toBe(4);
  });
});
