// Runs the contracts (src/excel/contracts) on this host: each in a scratch sheet of its own that is
// removed afterwards, whatever the contract did, so the user's workbook is left as it was.
import { CONTRACTS } from "./contracts";
import type { Contract, ContractResult } from "./contracts/contract";
import type { ExcelHost } from "./host";

export interface DiagnosticResult extends ContractResult {
  contract: Contract;
}

export const SCRATCH_SHEET_PREFIX = "RS Diagnostics";

/** Counts scratch sheets made by this pane: a retry within the same millisecond still gets a new name. */
let scratchCount = 0;

/** Runs one contract in its own scratch sheet; any error is reported as the observation. */
export async function runContract(host: ExcelHost, contract: Contract): Promise<DiagnosticResult> {
  if (contract.requires && !host.isSetSupported(contract.requires.set, contract.requires.version))
    return {
      contract,
      outcome: "not-run",
      observed: `This host does not support ${contract.requires.set} ${contract.requires.version}.`,
    };
  // Time and a counter: unique although a failed run's sheet may still be there when the retry starts.
  scratchCount += 1;
  const sheet = `${SCRATCH_SHEET_PREFIX} ${Date.now().toString(36).slice(-5)}${scratchCount.toString(36)}`;
  try {
    // Inside the try: an add whose reply was lost has made the sheet, and the finally removes it.
    await host.run(async (context) => {
      context.workbook.worksheets.add(sheet);
      await context.sync();
    });
  } catch (e) {
    await removeScratchSheets(host);
    return {
      contract,
      outcome: "not-run",
      observed: `Could not add the scratch sheet: ${(e as Error).message}`,
    };
  }
  try {
    return { contract, ...(await contract.run(host, sheet)) };
  } catch (e) {
    const code =
      e && typeof e === "object" && "code" in e ? ` (${String((e as { code: unknown }).code)})` : "";
    return { contract, outcome: "differs", observed: `Failed: ${(e as Error).message ?? String(e)}${code}` };
  } finally {
    await removeScratchSheets(host);
  }
}

/** Deletes every scratch sheet a run left, including one from a run that was cut short. */
export async function removeScratchSheets(host: ExcelHost): Promise<void> {
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    for (const s of sheets.items) if (s.name.startsWith(SCRATCH_SHEET_PREFIX)) s.delete();
    await context.sync();
  });
}

/** Runs every contract in turn (not in parallel: each adds and removes a sheet). */
export async function runDiagnostics(
  host: ExcelHost,
  onResult: (r: DiagnosticResult) => void = () => undefined,
  contracts: readonly Contract[] = CONTRACTS,
): Promise<DiagnosticResult[]> {
  const results: DiagnosticResult[] = [];
  for (const c of contracts) {
    const r = await runContract(host, c);
    results.push(r);
    onResult(r);
  }
  return results;
}
