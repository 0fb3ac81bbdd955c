// Simulated workbooks for tests: blank, or holding the seed registers as pasted from the papers.
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";
import { opsgPaste } from "../fixtures/seeds";
import { panelIssuePaste } from "../fixtures/seeds";
import { panelRiskPaste } from "../fixtures/seeds";

export const NOW = new Date("2026-11-22T09:00:00Z");

/** The registers the seed papers print (the action log is kept in the minutes, not pasted from a paper). */
export const PASTED_REGISTERS = DEFAULT_SETTINGS.registers.filter((d) => d.kind !== "action");

export function pasted(): Simulator {
  const sim = new Simulator();
  putCells(sim, "Panel Risks", "A1", [["Appendix A - SEC Panel Risks"], [], ...panelRiskPaste()]);
  putCells(sim, "Panel Issues", "A1", panelIssuePaste());
  putCells(sim, "OPSG Risks", "B2", opsgPaste());
  return sim;
}

/** The three seed registers, adopted. */
export async function adoptedSeeds(): Promise<Simulator> {
  const sim = pasted();
  for (const def of PASTED_REGISTERS) {
    const preview = await previewAdoption(sim.host, def.id, def.sheet);
    if (!preview.ok) throw new Error(preview.message);
    const result = await adoptRegister(sim.host, preview.preview, NOW);
    if (result.status !== "adopted") throw new Error(JSON.stringify(result));
  }
  return sim;
}

/** Reads a sheet's cell values as the grid shows them. */
export function cellValue(sim: Simulator, sheet: string, row: number, col: number) {
  return sim.model.sheetByName(sheet)?.cell(row, col)?.value ?? null;
}
