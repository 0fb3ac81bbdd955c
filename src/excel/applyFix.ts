// Applying a finding's fix: the computed column's formula put back in its cell (reads 2 syncs, writes 1).
import { cellAddress, columnLetters } from "../domain/address";
import type { ColumnKey } from "../domain/columns";
import type { Finding } from "../domain/findings";
import { computedFormulas, type ColumnLetters } from "../domain/formulas";
import { mapHeaders } from "../domain/headerMapping";
import { queueAudit } from "./audit";
import type { ExcelHost } from "./host";
import { readWorkbookState } from "./readRegisters";

export async function restoreFormula(
  host: ExcelHost,
  finding: Finding,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; message: string }> {
  const fix = finding.restoreFormula;
  if (!fix) return { ok: false, message: "This finding has no fix the add-in can apply." };
  const state = await readWorkbookState(host);
  const snapshot = state.registers.find((r) => r.def.id === finding.registerId);
  if (!snapshot) return { ok: false, message: `${finding.registerName} is no longer in the workbook.` };
  const mapping = mapHeaders(snapshot.headers, snapshot.def.kind);
  const letters: ColumnLetters = {};
  for (const [k, i] of Object.entries(mapping.columns) as Array<[ColumnKey, number]>)
    letters[k] = columnLetters(snapshot.left + i);
  const col = mapping.columns[fix.key];
  const formula = computedFormulas(snapshot.def.kind, letters, fix.sheetRow + 1, state.settings.settings)[
    fix.key
  ];
  if (col === undefined || !formula)
    return { ok: false, message: `${finding.column} is not a computed column of ${finding.registerName}.` };
  const address = cellAddress(fix.sheetRow, snapshot.left + col);
  if (address !== finding.address)
    return { ok: false, message: "The register changed since the check: check again." };
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(snapshot.sheet).getRange(address).formulas = [[formula]];
    queueAudit(
      context,
      {
        action: "Restore formula",
        register: snapshot.def.name,
        target: `${snapshot.sheet}!${address}`,
        summary: `${finding.column} of ${finding.rowLabel ?? "row"}: was ${finding.message}`,
      },
      now,
    );
    await context.sync();
  });
  return { ok: true };
}
