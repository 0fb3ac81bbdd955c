// The workbooks the workbench opens with: the seed registers governed, as pasted, or a blank workbook.
import { columnLetters } from "../domain/address";
import type { ColumnKey } from "../domain/columns";
import { computedFormulas, type ColumnLetters } from "../domain/formulas";
import { mapHeaders } from "../domain/headerMapping";
import { DEFAULT_SETTINGS } from "../domain/settings";
import { adoptRegister, previewAdoption } from "../excel/adoptRegister";
import { opsgPaste } from "./seeds/opsgRisks";
import { panelIssuePaste } from "./seeds/panelIssues";
import { PANEL_RISK_2, panelRiskPaste } from "./seeds/panelRisks";
import { WorkbookModel } from "./simulator/model";
import { putCells, Simulator } from "./simulator/simulator";

export type PresetName = "governed" | "pasted" | "blank";

export const PRESETS: Array<{ name: PresetName; label: string }> = [
  { name: "governed", label: "Seed registers, governed (Panel Jan 2019, OPSG Jul 2021)" },
  { name: "pasted", label: "Seed appendices as pasted, ready to adopt" },
  { name: "blank", label: "Blank workbook" },
];

function putPasted(sim: Simulator) {
  putCells(sim, "Panel Risks", "A1", panelRiskPaste());
  putCells(sim, "Panel Issues", "A1", panelIssuePaste());
  putCells(sim, "OPSG Risks", "A1", opsgPaste());
  sim.model.sheets = sim.model.sheets.filter((s) => s.name !== "Sheet1");
  sim.model.activeSheetId = sim.model.sheets[0]!.id;
  sim.model.selection = { sheetId: sim.model.sheets[0]!.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
}

/** Loads a preset into the simulator; the governed one is adopted by the add-in's own code. */
export async function loadPreset(sim: Simulator, name: PresetName): Promise<void> {
  sim.replaceModel(new WorkbookModel());
  if (name === "blank") return;
  putPasted(sim);
  if (name === "governed") {
    for (const def of DEFAULT_SETTINGS.registers.filter((d) => d.kind !== "action")) {
      const preview = await previewAdoption(sim.host, def.id, def.sheet);
      if (!preview.ok) throw new Error(preview.message);
      const result = await adoptRegister(sim.host, preview.preview);
      if (result.status !== "adopted") throw new Error(`Preset: ${def.name} was not adopted.`);
    }
    // The register the secretariat keeps also holds risk 2, which became issue 1 (see the fixture).
    await sim.host.run(async (context) => {
      const table = context.workbook.tables.getItem("PanelRisks");
      const header = table.getHeaderRowRange();
      header.load("values, columnIndex");
      const body = table.getDataBodyRange();
      body.load("rowIndex, rowCount");
      await context.sync();
      const headers = header.values[0]!.map(String);
      const mapping = mapHeaders(headers, "risk");
      const letters: ColumnLetters = {};
      for (const [key, i] of Object.entries(mapping.columns) as Array<[ColumnKey, number]>)
        letters[key] = columnLetters(header.columnIndex + i);
      const sheetRow = body.rowIndex + body.rowCount + 1;
      const formulas = computedFormulas("risk", letters, sheetRow, DEFAULT_SETTINGS);
      const values: Partial<Record<ColumnKey, string | number>> = {
        ...formulas,
        number: PANEL_RISK_2.number,
        description: PANEL_RISK_2.description,
        status: PANEL_RISK_2.status,
        associatedIssue: PANEL_RISK_2.associatedIssue,
      };
      const byIndex = new Map(
        (Object.entries(mapping.columns) as Array<[ColumnKey, number]>).map(([k, i]) => [i, k]),
      );
      table.rows.add(undefined, [headers.map((_, i) => values[byIndex.get(i)!] ?? "")]);
      await context.sync();
    });
  }
  sim.resetCounters();
  sim.notify();
}
