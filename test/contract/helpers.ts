// Runs a contract against a simulator the way the Diagnostics view runs it in Excel: in a scratch sheet
// that is removed afterwards.
import type { Contract } from "../../src/excel/contracts/contract";
import { runContract } from "../../src/excel/diagnostics";
import { Simulator } from "../../src/workbench/simulator/simulator";

export async function runOnSimulator(contract: Contract, sim: Simulator = new Simulator()) {
  const result = await runContract(sim.host, contract);
  // The runner leaves the workbook as it found it.
  expect(sim.model.sheets.map((s) => s.name)).not.toContainEqual(expect.stringMatching(/^RS Diagnostics/));
  return result;
}
