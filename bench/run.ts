// `npm run bench`: syncs, largest request and response, and simulator time of Create, Adopt, Escalate
// (OPSG-008 into the Panel register), Publish, Build (the appendices) and Check for Panel risk registers of 20, 1,000 and 10,000 rows. Rows repeat the seed register's risks
// (realistic text, about 1 kB a row) and, as a second series, short rows (about 150 characters).
import { DEFAULT_SETTINGS } from "../src/domain/settings";
import { adoptRegister, previewAdoption } from "../src/excel/adoptRegister";
import { checkWorkbook } from "../src/excel/check";
import { createRegisters } from "../src/excel/createRegisters";
import { publishBaseline } from "../src/excel/baselineStore";
import { applyEscalation, previewEscalation } from "../src/excel/escalate";
import { buildPaper } from "../src/excel/paper";
import { opsgPaste } from "../src/workbench/seeds/opsgRisks";
import { bullets, PANEL_RISK_HEADERS, PANEL_RISKS } from "../src/workbench/seeds/panelRisks";
import { putCells, Simulator } from "../src/workbench/simulator/simulator";

type Text = "seed" | "short";

function registerRows(n: number, text: Text): Array<Array<string | number>> {
  return Array.from({ length: n }, (_, i) => {
    const r = PANEL_RISKS[i % PANEL_RISKS.length]!;
    const description = text === "seed" ? r.description : `Risk ${i + 1}: supplier capacity falls short.`;
    const mitigations =
      text === "seed" ? bullets(r.mitigations) : "• Monitor monthly – Ongoing\n• Escalate if breached";
    return [i + 1, description, r.impact, r.likelihood, r.severity, mitigations, r.rag];
  });
}

function pastedWorkbook(n: number, text: Text): Simulator {
  const sim = new Simulator();
  putCells(sim, "Panel Risks", "A1", [[...PANEL_RISK_HEADERS], ...registerRows(n, text)]);
  sim.resetCounters();
  return sim;
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;

interface Row {
  size: number;
  text: Text;
  command: string;
  syncs: number;
  request: number;
  response: number;
  ms: number;
  refused: number;
}

async function measure(
  sim: Simulator,
  run: () => Promise<unknown>,
): Promise<{ syncs: number; request: number; response: number; ms: number; refused: number }> {
  sim.resetCounters();
  const t0 = performance.now();
  await run();
  const ms = performance.now() - t0;
  return {
    syncs: sim.syncCount,
    request: sim.largestRequestBytes,
    response: sim.largestResponseBytes,
    ms,
    refused: sim.refusedSyncs,
  };
}

async function main() {
  const rows: Row[] = [];
  for (const text of ["seed", "short"] as Text[]) {
    for (const size of [20, 1000, 10000]) {
      // Create: in a workbook that already holds an N-row sheet elsewhere (Create's cost must not depend on it).
      const created = pastedWorkbook(size, text);
      created.model.sheetByName("Panel Risks")!.name = "Pasted";
      rows.push({
        size,
        text,
        command: "Create",
        ...(await measure(created, () => createRegisters(created.host))),
      });

      const sim = pastedWorkbook(size, text);
      const def = DEFAULT_SETTINGS.registers[0]!;
      rows.push({
        size,
        text,
        command: "Adopt",
        ...(await measure(sim, async () => {
          const preview = await previewAdoption(sim.host, def.id, def.sheet);
          if (!preview.ok) throw new Error(preview.message);
          const result = await adoptRegister(sim.host, preview.preview);
          if (result.status !== "adopted") throw new Error(JSON.stringify(result));
        })),
      });

      // Escalate OPSG-008 into this Panel register: preview, then confirm.
      const opsgDef = DEFAULT_SETTINGS.registers[2]!;
      putCells(sim, "OPSG Risks", "A1", opsgPaste());
      const opsgPreview = await previewAdoption(sim.host, opsgDef.id, opsgDef.sheet);
      if (!opsgPreview.ok) throw new Error(opsgPreview.message);
      await adoptRegister(sim.host, opsgPreview.preview);
      rows.push({
        size,
        text,
        command: "Escalate",
        ...(await measure(sim, async () => {
          const preview = await previewEscalation(sim.host, opsgDef.id, "OPSG-008");
          if ("error" in preview) throw new Error(preview.error);
          const result = await applyEscalation(sim.host, preview);
          if (result.status !== "done") throw new Error(JSON.stringify(result));
        })),
      });

      // Publish this month's baseline, then build the appendices against it.
      rows.push({
        size,
        text,
        command: "Publish",
        ...(await measure(sim, async () => {
          const r = await publishBaseline(sim.host);
          if (r.status !== "published") throw new Error(r.message);
        })),
      });
      rows.push({
        size,
        text,
        command: "Build",
        ...(await measure(sim, async () => {
          const r = await buildPaper(sim.host, null);
          if ("error" in r) throw new Error(r.error);
        })),
      });

      // Check: the median of five runs.
      const checks = [];
      for (let i = 0; i < 5; i++) checks.push(await measure(sim, () => checkWorkbook(sim.host)));
      checks.sort((a, b) => a.ms - b.ms);
      rows.push({ size, text, command: "Check", ...checks[2]! });
    }
  }
  console.log(
    "  rows  text   command  syncs  refused for size  largest request  largest response  time (simulator)",
  );
  for (const r of rows) {
    console.log(
      `${String(r.size).padStart(6)}  ${r.text.padEnd(5)}  ${r.command.padEnd(7)}  ${String(r.syncs).padStart(5)}  ${String(r.refused).padStart(16)}  ${kb(r.request).padStart(15)}  ${kb(r.response).padStart(16)}  ${r.ms.toFixed(0).padStart(8)} ms`,
    );
  }
  console.log(
    "Refused syncs: Excel on the web refuses a request or response over 5 MB; the add-in then reads in windows of rows.",
  );
  const over = rows.filter((r) => r.request > 5 * 1024 * 1024 || r.response > 5 * 1024 * 1024);
  console.log(
    over.length
      ? `OVER 5 MB: ${over.map((r) => `${r.command} ${r.size}`).join(", ")}`
      : "No request or response over 5 MB.",
  );
}

void main();
