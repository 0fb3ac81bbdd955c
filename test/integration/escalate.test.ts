import { recordsOf } from "../../src/domain/records";
import {
  applyEscalation,
  applyRaiseIssue,
  previewEscalation,
  previewRaiseIssue,
  type EscalationPreview,
} from "../../src/excel/escalate";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { checkWorkbook } from "../../src/excel/check";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { OPSG_RISKS } from "../fixtures/seeds";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

async function escalate(sim: Simulator, key: string) {
  const preview = await previewEscalation(sim.host, "opsgRisks", key, NOW);
  if ("error" in preview) throw new Error(preview.error);
  const result = await applyEscalation(sim.host, preview, NOW);
  if (result.status !== "done") throw new Error(JSON.stringify(result));
  return preview;
}

async function registers(sim: Simulator) {
  const state = await readWorkbookState(sim.host);
  const by = (id: string) => recordsOf(state.registers.find((r) => r.def.id === id)!);
  return { panel: by("panelRisks"), opsg: by("opsgRisks"), issues: by("panelIssues") };
}

const cellsOf = (sim: Simulator) =>
  JSON.stringify(
    sim.model.sheets
      .filter((s) => s.name !== "Audit Log")
      .map((s) => [s.name, [...s.cells.entries()].map(([k, c]) => [k, c.value, c.formula ?? null])]),
  );

describe("Escalate to Panel", () => {
  test("OPSG-008, 002 and 015 become Panel risks 18, 19 and 20 with their texts, scores and mitigations", async () => {
    const sim = await adoptedSeeds();
    for (const key of ["OPSG-008", "OPSG-002", "OPSG-015"]) await escalate(sim, key);
    const { panel, opsg } = await registers(sim);
    for (const [key, n] of [
      ["OPSG-008", 18],
      ["OPSG-002", 19],
      ["OPSG-015", 20],
    ] as const) {
      const src = OPSG_RISKS.find((r) => r.number === key)!;
      const row = panel.find((r) => r.number === n)!;
      expect(row.cells.description).toBe(
        src.description.replace(/^There is a (r|R)isk that /, "").replace(/^./, (c) => c.toUpperCase()),
      );
      expect([row.cells.impact, row.cells.likelihood, row.cells.severity]).toEqual([
        src.impact,
        src.likelihood,
        src.severity,
      ]);
      expect(row.cells.mitigations).toBe(src.mitigations.map((m) => `• ${m}`).join("\n"));
      expect(row.cells.escalatedFrom).toBe(`Escalated from ${key} on 22 November 2026`);
      expect(row.cells.band).toBe(src.band);
      const back = opsg.find((r) => r.key === String(Number(key.slice(5))))!;
      expect([back.cells.escalatedTo, back.cells.status]).toEqual([
        `Escalated to Panel risk ${n} on 22 November 2026`,
        "Escalated",
      ]);
    }
    expect(panel.find((r) => r.number === 18)!.cells.description).toBe(
      "Users and the DCC will be unable to deploy firmware upgrades in a timely manner if the service in CSP N does not consistently achieve the target service level performance (99%) for PM2 'Firmware Payload delivery'.",
    );
    const audit = sim.model.sheetByName("Audit Log")!;
    const actions = [...audit.cells.entries()].filter(([k]) => k % 16384 === 1).map(([, c]) => c.value);
    expect(actions.filter((a) => a === "Escalate to Panel")).toHaveLength(3);
    expect((await checkWorkbook(sim.host)).counts.error).toBe(0);
  });

  test("escalating again changes nothing; a changed source score re-syncs only that cell", async () => {
    const sim = await adoptedSeeds();
    await escalate(sim, "OPSG-008");
    const before = cellsOf(sim);
    const again = await escalate(sim, "OPSG-008");
    expect(again.plan).toMatchObject({
      kind: "resync",
      panelUpdates: [],
      mitigationChanges: [],
      sourceUpdates: [],
    });
    expect(cellsOf(sim)).toBe(before);
    expect(sim.model.tableByName("PanelRisks")!.range.bottom).toBe(2 + 16 + 1);

    // OPSG-008's Likelihood 4 → 3 (the OPSG table: header B2, OPSG-008 on row 4, Likelihood in column F).
    sim.userEdit("OPSG Risks", "F4", [[3]]);
    const resync = await previewEscalation(sim.host, "opsgRisks", "8", NOW);
    if ("error" in resync) throw new Error(resync.error);
    expect(resync.plan).toMatchObject({
      kind: "resync",
      panelNumber: 18,
      panelUpdates: [{ key: "likelihood", from: 4, to: 3 }],
    });
    const snapshotBefore = new Map(
      [...sim.model.sheetByName("Panel Risks")!.cells.entries()].map(([k, c]) => [k, c.value]),
    );
    expect((await applyEscalation(sim.host, resync, NOW)).status).toBe("done");
    const changed = [...sim.model.sheetByName("Panel Risks")!.cells.entries()].filter(
      ([k, c]) => snapshotBefore.get(k) !== c.value,
    );
    // One written cell, Likelihood; the severity, band and RAG formulas follow it.
    const panelRow = 2 + 17; // risk 18 is the 17th data row under the header on row 3
    expect(
      changed.filter(([, c]) => c.formula === undefined).map(([k]) => [Math.floor(k / 16384), k % 16384]),
    ).toEqual([[panelRow, 3]]);
    expect(sim.model.sheetByName("Panel Risks")!.cell(panelRow, 3)?.value).toBe(3);
    expect(sim.model.sheetByName("Panel Risks")!.cell(panelRow, 4)?.value).toBe(12);
  });

  test("candidates by threshold: High and above, marking those already escalated", async () => {
    const { escalationCandidates } = await import("../../src/domain/escalation");
    const { DEFAULT_SETTINGS, OPSG_RISKS: def } = {
      ...(await import("../../src/domain/settings")),
      OPSG_RISKS: (await import("../../src/domain/settings")).OPSG_RISKS,
    };
    const sim = await adoptedSeeds();
    await escalate(sim, "OPSG-008");
    const { panel, opsg } = await registers(sim);
    const c = escalationCandidates(opsg, panel, def, DEFAULT_SETTINGS);
    expect(c.filter((x) => x.isCandidate).map((x) => x.record.id)).toEqual([
      "OPSG-006",
      "OPSG-002",
      "OPSG-015",
    ]);
    expect(c.find((x) => x.record.id === "OPSG-008")!.escalatedTo).toBe(18);
  });

  test("a description starting with =, +, - or @ arrives as the same text", async () => {
    const sim = await adoptedSeeds();
    const texts = [
      '=HYPERLINK("http://x")',
      "+44 20 7090 7755 is the hotline",
      "-5% capacity",
      "@risk owners",
    ];
    for (const [i, t] of texts.entries()) {
      sim.userEdit("OPSG Risks", `C${4 + i}`, [[t]], "paste");
      sim.userEdit("OPSG Risks", `I${4 + i}`, [[`• ${t}`]], "paste");
    }
    for (const key of ["OPSG-008", "OPSG-002", "OPSG-015", "OPSG-001"]) await escalate(sim, key);
    const { panel } = await registers(sim);
    for (const [i, t] of texts.entries()) {
      const row = panel.find((r) => r.number === 18 + i)!;
      expect(row.cells.description).toBe(t.charAt(0).toUpperCase() + t.slice(1));
    }
    const sheet = sim.model.sheetByName("Panel Risks")!;
    const formulaDescriptions = [...sheet.cells.entries()].filter(
      ([k, c]) => k % 16384 === 1 && c.formula !== undefined,
    );
    expect(formulaDescriptions).toEqual([]);
  });

  test("a co-author's new Panel risk between preview and confirm is noticed and re-planned", async () => {
    const sim = await adoptedSeeds();
    const preview = (await previewEscalation(sim.host, "opsgRisks", "OPSG-008", NOW)) as EscalationPreview;
    expect(preview.plan.panelNumber).toBe(18);
    // Another co-author adds Panel risk 18 by escalating OPSG-006 first.
    await escalate(sim, "OPSG-006");
    const result = await applyEscalation(sim.host, preview, NOW);
    expect(result).toMatchObject({ status: "replanned", preview: { plan: { panelNumber: 19 } } });
    const { panel } = await registers(sim);
    expect(panel.filter((r) => r.number === 18)).toHaveLength(1);
  });

  test("a failure at any sync leaves no trace or a state that a retry completes: never two Panel rows", async () => {
    const clean = await adoptedSeeds();
    await escalate(clean, "OPSG-008");
    const expected = cellsOf(clean);
    const counter = await adoptedSeeds();
    const p = (await previewEscalation(counter.host, "opsgRisks", "OPSG-008", NOW)) as EscalationPreview;
    counter.resetCounters();
    await applyEscalation(counter.host, p, NOW);
    const syncs = counter.syncCount;
    expect(syncs).toBe(4); // read both registers (2), the audit log's last row (1), write (1)
    for (let n = 1; n <= syncs; n++) {
      for (const mode of ["before", "midway", "after"] as const) {
        const sim = await adoptedSeeds();
        const preview = (await previewEscalation(
          sim.host,
          "opsgRisks",
          "OPSG-008",
          NOW,
        )) as EscalationPreview;
        sim.failSync(n, mode);
        const first = await applyEscalation(sim.host, preview, NOW);
        expect([n, mode, first.status]).toEqual([n, mode, "failed"]);
        expect(first.status === "failed" && first.message).toMatch(/retrying is safe|Retrying is safe/);
        // The user retries: a fresh preview, confirmed.
        const retry = await escalate(sim, "OPSG-008");
        expect(["create", "resync"]).toContain(retry.plan.kind);
        const { panel, opsg } = await registers(sim);
        expect([
          n,
          mode,
          panel.filter((r) => String(r.cells.escalatedFrom ?? "").includes("OPSG-008")).length,
        ]).toEqual([n, mode, 1]);
        expect(opsg.find((r) => r.id === "OPSG-008")!.cells.escalatedTo).toBe(
          "Escalated to Panel risk 18 on 22 November 2026",
        );
        expect([n, mode, cellsOf(sim)]).toEqual([n, mode, expected]);
      }
    }
  });
});

describe("Raise as issue", () => {
  test("Panel risk 16 becomes issue 4 with associated risk 16; the risk is closed", async () => {
    const sim = await adoptedSeeds();
    const preview = await previewRaiseIssue(sim.host, "16", false, NOW);
    if ("error" in preview) throw new Error(preview.error);
    expect(preview.plan.issueNumber).toBe(4);
    expect((await applyRaiseIssue(sim.host, preview, NOW)).status).toBe("done");
    const { issues, panel } = await registers(sim);
    const issue = issues.find((i) => i.number === 4)!;
    expect(issue.cells).toMatchObject({
      associatedRisks: "16",
      impact: 3,
      dateRaised: 46348, // 22 November 2026: a date serial, as Excel stores a date
      status: "Open",
      escalatedFrom: "Panel risk 16",
      rag: "RED",
    });
    expect(issue.cells.description).toBe(panel.find((r) => r.number === 16)!.cells.description);
    expect(issue.cells.mitigations).toBe(panel.find((r) => r.number === 16)!.cells.mitigations);
    expect(panel.find((r) => r.number === 16)!.cells).toMatchObject({
      status: "Became issue",
      associatedIssue: "Issue 4",
    });
    const again = await previewRaiseIssue(sim.host, "16", false, NOW);
    expect(again).toEqual({ error: "Panel risk 16 was already raised as Issue 4." });
  });

  test("a failure at any sync: a retry completes it, never a second issue", async () => {
    const clean = await adoptedSeeds();
    const p0 = await previewRaiseIssue(clean.host, "16", false, NOW);
    if ("error" in p0) throw new Error(p0.error);
    await applyRaiseIssue(clean.host, p0, NOW);
    const expected = cellsOf(clean);
    for (let n = 1; n <= 3; n++) {
      for (const mode of ["before", "midway", "after"] as const) {
        const sim = await adoptedSeeds();
        const preview = await previewRaiseIssue(sim.host, "16", false, NOW);
        if ("error" in preview) throw new Error(preview.error);
        sim.failSync(n, mode);
        expect((await applyRaiseIssue(sim.host, preview, NOW)).status).toBe("failed");
        const retry = await previewRaiseIssue(sim.host, "16", false, NOW);
        if (!("error" in retry)) expect((await applyRaiseIssue(sim.host, retry, NOW)).status).toBe("done");
        const { issues } = await registers(sim);
        expect([n, mode, issues.filter((i) => i.cells.escalatedFrom === "Panel risk 16").length]).toEqual([
          n,
          mode,
          1,
        ]);
        expect([n, mode, cellsOf(sim)]).toEqual([n, mode, expected]);
      }
    }
  });
});
