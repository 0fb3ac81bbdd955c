/**
 * The action log (issue 14, item 4) against the simulated workbook: the August 2017 Panel minutes
 * (../shared/seeds/002_2bd199d1195febd0.txt, read from the shared folder beside the repository) pasted
 * into a created workbook's log, updates to earlier actions, an action linked as a risk's mitigation,
 * the syncs each command costs at 4 and 400 rows, and an action log pasted from elsewhere, adopted.
 */
import { readFileSync } from "fs";
import path from "path";
import { parseMitigations } from "../../src/domain/mitigations";
import { recordsOf } from "../../src/domain/records";
import { linkActionToRisk } from "../../src/excel/actionLink";
import {
  applyActionImport,
  listActionLog,
  previewActionImport,
  readActionLog,
  type ActionImportPreview,
} from "../../src/excel/actionLog";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { checkWorkbook } from "../../src/excel/check";
import { createRegisters } from "../../src/excel/createRegisters";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const MINUTES = readFileSync(path.join(__dirname, "../../../shared/seeds/002_2bd199d1195febd0.txt"), "utf8");
/** The minutes do not print their meeting's date: the user gives it (the options' meetingDate). */
const MEETING_DATE = { year: 2017, month: 8, day: 11 };
const AUG_11_2017 = 42958; // the serial of 11 August 2017
const SEP_1_2017 = 42979; // the serial of 1 September 2017

/** The four actions, copied from the seed (lines 190–192, 194–195, 275–277, 509–510), lines joined. */
const SEED_ACTIONS: Array<[string, string]> = [
  [
    "SECP47/02",
    "SECAS to provide a paper clarifying the activities and processes associated with the delegation of " +
      "the setting of the scope and frequency of the DCC’s Total System Assessment to enable a decision to " +
      "be made on the delegation of this activity, to the SSC.",
  ],
  [
    "SECP47/03",
    "SECAS to publish the Delegation register on the SEC Website, including details of dispute and referral routes.",
  ],
  [
    "SECP47/04",
    "SECAS to provide a paper, following DCC input, that gives greater clarity and certainty about potential " +
      "DCC impacts on the Modification Proposals timetables. Specially SECMP0010, SECMP0012, SECMP0013 and SECMP0015.",
  ],
  [
    "SECP47/05",
    "SECAS to provide the Panel with proposed SEC Panel meeting dates for 2018, for discussion at the " +
      "September 2017 meeting.",
  ],
];
/** The minutes' update to an earlier meeting's action (seed lines 15–17). */
const SEED_UPDATE =
  "For action SECP46/01, SECAS noted that a guidance note on the technical specification versioning will be " +
  'published weekending 18" August 2017 and will be circulated to Panel Members for information.';

async function preview(sim: Simulator, text = MINUTES): Promise<ActionImportPreview> {
  const p = await previewActionImport(sim.host, text, { meetingDate: MEETING_DATE });
  if ("error" in p) throw new Error(p.error);
  return p;
}

async function importMinutes(sim: Simulator, text = MINUTES, choose = { updates: [], statuses: [] }) {
  const p = await preview(sim, text);
  const result = await applyActionImport(sim.host, p, choose, NOW);
  if (result.status !== "done") throw new Error(JSON.stringify(result));
  return { preview: p, result };
}

/** The log's rows as cells by header, from the grid itself. */
function logRows(sim: Simulator, table = "PanelActions") {
  const t = sim.model.tableByName(table)!;
  const s = sim.model.sheets.find((x) => x.id === t.sheetId)!;
  const headers: string[] = [];
  for (let c = t.range.left; c <= t.range.right; c++) headers.push(String(s.cell(t.range.top, c)?.value));
  const rows: Array<Record<string, { value: unknown; numberFormat?: string }>> = [];
  for (let r = t.range.top + 1; r <= t.range.bottom; r++) {
    const row: Record<string, { value: unknown; numberFormat?: string }> = {};
    headers.forEach((h, j) => {
      const cell = s.cell(r, t.range.left + j);
      row[h] = { value: cell?.value ?? null, numberFormat: cell?.numberFormat };
    });
    rows.push(row);
  }
  return rows;
}

const values = (rows: ReturnType<typeof logRows>, header: string) => rows.map((r) => r[header]!.value);

async function createdWorkbook(): Promise<Simulator> {
  const sim = new Simulator();
  await createRegisters(sim.host, NOW);
  return sim;
}

/** The seed registers adopted and the action log created beside them. */
async function seedsWithLog(): Promise<Simulator> {
  const sim = await adoptedSeeds();
  const created = await createRegisters(sim.host, NOW);
  expect(created.created).toEqual(["SEC Panel actions"]);
  return sim;
}

describe("pasting minutes into the action log", () => {
  test("the four actions of the August 2017 minutes go into a created workbook's log, verbatim", async () => {
    const sim = await createdWorkbook();
    const { preview: p, result } = await importMinutes(sim);
    expect(p.plan.add.map((a) => [a.row.number, a.row.description])).toEqual(SEED_ACTIONS);
    expect(result).toMatchObject({ added: SEED_ACTIONS.map(([n]) => n), updated: [] });
    const rows = logRows(sim);
    // The created log's blank first row holds the first action: no blank row is left above them.
    expect(values(rows, "Action No.")).toEqual(SEED_ACTIONS.map(([n]) => n));
    expect(values(rows, "Action")).toEqual(SEED_ACTIONS.map(([, t]) => t));
    expect(values(rows, "Meeting")).toEqual(["SECP47", "SECP47", "SECP47", "SECP47"]);
    expect(values(rows, "Owner")).toEqual(["SECAS", "SECAS", "SECAS", "SECAS"]);
    expect(values(rows, "Status")).toEqual(["Open", "Open", "Open", "Open"]);
    // Dates are serials in the date columns, shown as the paper prints them.
    expect(values(rows, "Date Raised")).toEqual([AUG_11_2017, AUG_11_2017, AUG_11_2017, AUG_11_2017]);
    expect(rows[0]!["Date Raised"]!.numberFormat).toBe("d mmmm yyyy");
    // SECP47/05 is "for discussion at the September 2017 meeting": due September 2017, a month.
    expect(values(rows, "Due Date")).toEqual([null, null, null, SEP_1_2017]);
    expect(rows[3]!["Due Date"]!.numberFormat).toBe("mmmm yyyy");
    // Text is text: the number and the words are written into Text-formatted cells.
    for (const r of rows)
      for (const h of ["Action No.", "Meeting", "Owner", "Action", "Status"]) {
        expect([h, typeof r[h]!.value]).toEqual([h, "string"]);
        expect([h, r[h]!.numberFormat]).toEqual([h, "@"]);
      }
    const audit = sim.model.sheetByName("Audit Log")!;
    const lastAudit = [...audit.cells.values()].map((c) => c.value);
    expect(lastAudit).toContain("Import actions");
    expect((await checkWorkbook(sim.host)).counts.error).toBe(0);
  });

  test("a second paste adds nothing and reports the four unchanged; nothing is written", async () => {
    const sim = await createdWorkbook();
    await importMinutes(sim);
    const before = JSON.stringify(logRows(sim));
    const again = await preview(sim);
    expect(again.plan.add).toEqual([]);
    expect(again.plan.unchanged.map((u) => u.number)).toEqual(SEED_ACTIONS.map(([n]) => n));
    expect(again.plan.messages).toContain("4 actions already in the log, unchanged.");
    sim.resetCounters();
    const result = await applyActionImport(sim.host, again, { updates: [], statuses: [] }, NOW);
    expect(result).toMatchObject({ status: "done", added: [], updated: [], syncs: 0 });
    expect(JSON.stringify(logRows(sim))).toBe(before);
  });

  test("a mention of an action the log does not have is reported; one it has is an update, written only when chosen", async () => {
    const sim = await createdWorkbook();
    const unknown = await preview(sim);
    expect(unknown.plan.unknownReferences.map((r) => r.message)).toEqual([
      "Line 15 mentions action SECP46/01, which is not in the action log.",
    ]);
    // The secretariat keeps SECP46/01 in the log (typed into its first row).
    expect(
      sim.userEdit("Panel Actions", "A2:G2", [
        ["SECP46/01", "SECP46", "", "SECAS", "SECAS to publish guidance.", "", "On target"],
      ]),
    ).toBeNull();
    const p = await preview(sim);
    expect(p.plan.unknownReferences).toEqual([]);
    expect(p.plan.updates.map((u) => [u.number, u.line])).toEqual([["SECP46/01", `SECP47: ${SEED_UPDATE}`]]);
    // Not chosen: the four are added below SECP46/01, whose Updates cell stays blank.
    const first = await applyActionImport(sim.host, p, { updates: [], statuses: [] }, NOW);
    expect(first).toMatchObject({ status: "done", updated: [] });
    let rows = logRows(sim);
    expect(values(rows, "Action No.")).toEqual(["SECP46/01", ...SEED_ACTIONS.map(([n]) => n)]);
    expect(rows[0]!["Updates"]!.value).toBeNull();
    // Pasted again, the update is still proposed; chosen, it is written, as text, and the action's own
    // words are left as they are.
    const second = await preview(sim);
    expect(second.plan.add).toEqual([]);
    expect(second.plan.updates).toHaveLength(1);
    const chosen = await applyActionImport(sim.host, second, { updates: [0], statuses: [] }, NOW);
    expect(chosen).toMatchObject({ status: "done", added: [], updated: ["SECP46/01"] });
    rows = logRows(sim);
    expect(rows[0]!["Updates"]).toEqual({ value: `SECP47: ${SEED_UPDATE}`, numberFormat: "@" });
    expect(rows[0]!["Action"]!.value).toBe("SECAS to publish guidance.");
    expect(rows[0]!["Status"]!.value).toBe("On target");
    // A third paste finds the update already noted.
    const third = await preview(sim);
    expect(third.plan.updates).toEqual([]);
    expect(third.plan.alreadyNoted.map((a) => a.number)).toEqual(["SECP46/01"]);
  });

  test("a confirm after someone else added the same action writes nothing and shows the new preview", async () => {
    const sim = await createdWorkbook();
    const p = await preview(sim);
    await importMinutes(sim); // a co-author pasted the same minutes meanwhile
    const result = await applyActionImport(sim.host, p, { updates: [], statuses: [] }, NOW);
    expect(result.status).toBe("replanned");
    expect(result.status === "replanned" && result.preview.plan.add).toEqual([]);
    expect(logRows(sim)).toHaveLength(4);
  });

  test("text that Excel would read as a number or a date stays text", async () => {
    const sim = await createdWorkbook();
    // Not from the seed: minutes whose action's words and owner are a year and a fraction.
    await importMinutes(sim, "ACTION SECP48/01: 2019\nACTION SECP48/02: 1/2 to report on 3/4.\n");
    const rows = logRows(sim);
    expect(values(rows, "Action No.")).toEqual(["SECP48/01", "SECP48/02"]);
    expect(values(rows, "Action")).toEqual(["2019", "1/2 to report on 3/4."]);
    expect(values(rows, "Owner")).toEqual([null, "1/2"]);
  });
});

describe("a confirm cut short at any sync", () => {
  test("leaves a log that a retry completes: each action once, no blank rows among them", async () => {
    const counter = await createdWorkbook();
    const p0 = await preview(counter);
    counter.resetCounters();
    await applyActionImport(counter.host, p0, { updates: [], statuses: [] }, NOW);
    const syncs = counter.syncCount;
    expect(syncs).toBe(3);
    for (let n = 1; n <= syncs; n++)
      for (const mode of ["before", "midway", "after"] as const) {
        const sim = await createdWorkbook();
        const p = await preview(sim);
        sim.failSync(n, mode);
        const first = await applyActionImport(sim.host, p, { updates: [], statuses: [] }, NOW);
        expect([n, mode, first.status]).toEqual([n, mode, "failed"]);
        expect(first.status === "failed" && first.message).toMatch(/retrying is safe|Retrying is safe/);
        await importMinutes(sim); // the user previews again and confirms
        const rows = logRows(sim);
        expect([n, mode, values(rows, "Action No.")]).toEqual([n, mode, SEED_ACTIONS.map(([x]) => x)]);
        expect([n, mode, values(rows, "Action")]).toEqual([n, mode, SEED_ACTIONS.map(([, t]) => t)]);
      }
  });
});

describe("linking an action as a risk's mitigation", () => {
  test("SECP47/02 becomes a planned bullet of Panel risk 1, after its own text; the action names the risk", async () => {
    const sim = await seedsWithLog();
    await importMinutes(sim);
    const state = await readActionLog(sim.host, true);
    const panel = state.risks.find((r) => r.def.id === "panelRisks")!;
    const before = String(recordsOf(panel).find((r) => r.key === "1")!.cells.mitigations);
    const result = await linkActionToRisk(sim.host, "SECP47/02", "panelRisks", "1", NOW);
    expect(result.status).toBe("linked");
    const bullet = `◦ Action SECP47/02 (SECAS): ${SEED_ACTIONS[0]![1]}`;
    expect(result.status === "linked" && result.bullet).toBe(bullet);
    const after = await readActionLog(sim.host, true);
    const risk = recordsOf(after.risks.find((r) => r.def.id === "panelRisks")!).find((r) => r.key === "1")!;
    expect(risk.cells.mitigations).toBe(`${before}\n${bullet}`);
    // The Panel's paper prints it in italics: a planned action.
    expect(parseMitigations(risk.cells.mitigations).at(-1)).toEqual({
      text: `Action SECP47/02 (SECAS): ${SEED_ACTIONS[0]![1]}`,
      state: "planned",
    });
    const action = recordsOf(after.log!).find((r) => r.cells.number === "SECP47/02")!;
    expect(action.cells.associatedRisks).toBe("1");
    // The action's words are as they were.
    expect(action.cells.description).toBe(SEED_ACTIONS[0]![1]);
    // The due date is named when the log has one; an OPSG risk gets the OPSG paper's "– Ongoing".
    const opsg = await linkActionToRisk(sim.host, "secp47/5", "opsgRisks", "OPSG-008", NOW);
    expect(opsg.status === "linked" && opsg.bullet).toBe(
      `• Action SECP47/05 (SECAS, due September 2017): ${SEED_ACTIONS[3]![1]} – Ongoing`,
    );
    const listed = await listActionLog(sim.host);
    expect(listed.open.find((a) => a.number === "SECP47/05")!.linkedRisks).toBe("OPSG-008");
    expect((await checkWorkbook(sim.host)).counts.error).toBe(0);
  });

  test("a link cut short at any sync is completed by a retry: one bullet, the risk named once", async () => {
    const counter = await seedsWithLog();
    await importMinutes(counter);
    counter.resetCounters();
    await linkActionToRisk(counter.host, "SECP47/05", "panelRisks", "1", NOW);
    const syncs = counter.syncCount;
    expect(syncs).toBe(4);
    for (let n = 1; n <= syncs; n++)
      for (const mode of ["before", "midway", "after"] as const) {
        const sim = await seedsWithLog();
        await importMinutes(sim);
        sim.failSync(n, mode);
        await linkActionToRisk(sim.host, "SECP47/05", "panelRisks", "1", NOW);
        const retry = await linkActionToRisk(sim.host, "SECP47/05", "panelRisks", "1", NOW);
        expect([n, mode, ["linked", "refused"].includes(retry.status)]).toEqual([n, mode, true]);
        const state = await readActionLog(sim.host, true);
        const risk = recordsOf(state.risks.find((r) => r.def.id === "panelRisks")!).find(
          (r) => r.key === "1",
        )!;
        const bullets = String(risk.cells.mitigations)
          .split("\n")
          .filter((l) => l.includes("SECP47/05"));
        expect([n, mode, bullets]).toEqual([
          n,
          mode,
          [`◦ Action SECP47/05 (SECAS, due September 2017): ${SEED_ACTIONS[3]![1]}`],
        ]);
        const action = recordsOf(state.log!).find((r) => r.cells.number === "SECP47/05")!;
        expect([n, mode, action.cells.associatedRisks]).toEqual([n, mode, "1"]);
      }
  });

  test("refusals: no such action, no such risk, linked already; nothing is written", async () => {
    const sim = await seedsWithLog();
    await importMinutes(sim);
    await linkActionToRisk(sim.host, "SECP47/02", "panelRisks", "1", NOW);
    const cells = () => JSON.stringify(sim.model.sheets.map((s) => [...s.cells.entries()]));
    const before = cells();
    expect(await linkActionToRisk(sim.host, "SECP47/09", "panelRisks", "1", NOW)).toEqual({
      status: "refused",
      message: "There is no action SECP47/09 in SEC Panel actions.",
    });
    expect(await linkActionToRisk(sim.host, "SECP47/02", "panelRisks", "99", NOW)).toEqual({
      status: "refused",
      message: "There is no risk 99 in SEC Panel risks.",
    });
    expect(await linkActionToRisk(sim.host, "SECP47/2", "panelRisks", "1", NOW)).toEqual({
      status: "refused",
      message: "Action SECP47/02 is already a mitigation of SEC Panel risks 1: nothing was added.",
    });
    expect(await linkActionToRisk(sim.host, "SECP47/02", "nowhere", "1", NOW)).toEqual({
      status: "refused",
      message: 'The settings name no risk register "nowhere".',
    });
    expect(cells()).toBe(before);
  });

  test("with no action log in the workbook, the pane is told how to make one", async () => {
    const sim = await adoptedSeeds();
    const p = await previewActionImport(sim.host, MINUTES);
    expect(p).toEqual({
      error:
        "SEC Panel actions is not in this workbook yet: Create registers (on the Registers tab) makes it, or adopt an action log pasted on its sheet.",
    });
    expect((await linkActionToRisk(sim.host, "SECP47/02", "panelRisks", "1", NOW)).status).toBe("refused");
  });
});

describe("round trips do not grow with the log", () => {
  /** The log with the seed's four actions and, when `extra`, that many more actions of other meetings. */
  async function logOf(extra: number): Promise<Simulator> {
    const sim = await seedsWithLog();
    await importMinutes(sim);
    if (extra)
      await sim.host.run(async (context) => {
        const rows = Array.from({ length: extra }, (_, i) => [
          `SECP${String(10 + Math.floor(i / 20))}/${String((i % 20) + 1).padStart(2, "0")}`,
          "",
          "",
          "SECAS",
          `Action ${i + 1} of an earlier meeting.`,
          "",
          "Closed",
          "",
          "",
          "",
        ]);
        context.workbook.tables.getItem("PanelActions").rows.add(undefined, rows);
        await context.sync();
      });
    return sim;
  }

  test("preview 2, confirm 3, link 3 (4 with a due date), list 2 syncs, at 4 rows and at 400", async () => {
    const counts: number[][] = [];
    for (const extra of [0, 396]) {
      const sim = await logOf(extra);
      expect((await readActionLog(sim.host)).log!.values).toHaveLength(4 + extra);
      const text = `${MINUTES}\nACTION SECP47/06: SECAS to circulate the revised Panel timetable.\n`;
      sim.resetCounters();
      const p = await preview(sim, text);
      const previewSyncs = sim.syncCount;
      sim.resetCounters();
      const result = await applyActionImport(sim.host, p, { updates: [], statuses: [] }, NOW);
      expect(result).toMatchObject({ status: "done", added: ["SECP47/06"] });
      const confirmSyncs = sim.syncCount;
      sim.resetCounters();
      expect((await linkActionToRisk(sim.host, "SECP47/06", "panelRisks", "1", NOW)).status).toBe("linked");
      const linkSyncs = sim.syncCount;
      sim.resetCounters();
      // An action with a due date: its date is read as the log shows it (a day or a month), one sync more.
      expect((await linkActionToRisk(sim.host, "SECP47/05", "panelRisks", "3", NOW)).status).toBe("linked");
      const dueLinkSyncs = sim.syncCount;
      sim.resetCounters();
      await listActionLog(sim.host);
      counts.push([previewSyncs, confirmSyncs, linkSyncs, dueLinkSyncs, sim.syncCount]);
      expect(logRows(sim)).toHaveLength(5 + extra);
    }
    expect(counts).toEqual([
      [2, 3, 3, 4, 2],
      [2, 3, 3, 4, 2],
    ]);
  });
});

describe("adopting an existing action log works as for risks", () => {
  /** An action log kept by hand: the seed's first two actions, typed into a plain range. */
  const PASTED = [
    ["Action No.", "Meeting", "Date", "Owner", "Action", "Due Date", "Status"],
    ["SECP47/02", "SECP47", "11 August 2017", "SECAS", SEED_ACTIONS[0]![1], "", "Open"],
    ["SECP47/03", "SECP47", "11 August 2017", "SECAS", SEED_ACTIONS[1]![1], "", "On target"],
  ];

  test("a pasted log is adopted with every value kept; the minutes then add only the actions it lacks", async () => {
    const sim = await adoptedSeeds();
    putCells(sim, "Panel Actions", "A1", PASTED);
    const adoption = await previewAdoption(sim.host, "panelActions", "Panel Actions");
    if (!adoption.ok) throw new Error(adoption.message);
    expect(adoption.preview.plan.kind).toBe("action");
    const adopted = await adoptRegister(sim.host, adoption.preview, NOW);
    expect(adopted.status).toBe("adopted");
    let rows = logRows(sim);
    expect(values(rows, "Action No.")).toEqual(["SECP47/02", "SECP47/03"]);
    expect(values(rows, "Action")).toEqual([SEED_ACTIONS[0]![1], SEED_ACTIONS[1]![1]]);
    expect(values(rows, "Status")).toEqual(["Open", "On target"]);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["Linked Risks", "Updates"]));

    const { preview: p } = await importMinutes(sim);
    expect(p.plan.unchanged.map((u) => u.number)).toEqual(["SECP47/02", "SECP47/03"]);
    expect(p.plan.add.map((a) => a.row.number)).toEqual(["SECP47/04", "SECP47/05"]);
    rows = logRows(sim);
    expect(values(rows, "Action No.")).toEqual(SEED_ACTIONS.map(([n]) => n));
    expect(values(rows, "Status")).toEqual(["Open", "On target", "Open", "Open"]);
    expect((await linkActionToRisk(sim.host, "SECP47/03", "panelRisks", "3", NOW)).status).toBe("linked");
  });
});
