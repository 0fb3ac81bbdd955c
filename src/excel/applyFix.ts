// Applying a finding's fix: the computed column's formula put back in its cell (reads 2 syncs, the audit
// log's last row 1, writes 1).
import { cellAddress, columnLetters } from "../domain/address";
import type { ColumnKey } from "../domain/columns";
import type { Finding } from "../domain/findings";
import { computedFormulas, type ColumnLetters } from "../domain/formulas";
import { registerMapping } from "../domain/register";
import { formulaTest } from "../domain/formulaCells";
import { checkRegisters } from "../domain/validation";
import { queueAudit, queueLastAuditRow, recordsAction, type AuditEntry } from "./audit";
import { AUDIT_TABLE } from "./layout";
import { keptValueWrites } from "./keptValues";
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
  const mapping = registerMapping(snapshot.headers, snapshot.def);
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
  // A co-author may have typed another value in the cell, or restored it, since the check: the fix the
  // user saw applies only to the finding as they saw it.
  const still = checkRegisters(state.registers, state.settings.settings).some(
    (f) => f.rule === finding.rule && f.address === finding.address && f.message === finding.message,
  );
  if (!still)
    return {
      ok: false,
      message: `${snapshot.sheet}!${address} changed since the check. Nothing was written: check again to see it as it is now.`,
    };
  // Excel may fill the formula over the column's other typed values (a calculated column): the values
  // typed in the column's other rows are written back in the same batch.
  const isFormula = formulaTest(snapshot.formulaCells, snapshot.top + 1, snapshot.left, snapshot.values);
  const kept = snapshot.values
    .map((row, i) => ({ row: snapshot.top + 1 + i, value: row[col] ?? null }))
    .filter((k) => k.row !== fix.sheetRow && !isFormula(k.row, snapshot.left + col));
  const entry: AuditEntry = {
    action: "Restore formula",
    register: snapshot.def.name,
    target: `${snapshot.sheet}!${address}`,
    summary: `${finding.column} of ${finding.rowLabel ?? "row"}: was ${finding.message}`,
  };
  await host.run(async (context) => {
    // The audit row goes first, and a retry moments after a cut-short attempt finds it and adds none.
    const last = state.tableNames.has(AUDIT_TABLE.toLowerCase()) ? queueLastAuditRow(context) : null;
    if (last) await context.sync();
    if (!(last && recordsAction(last(), entry, now))) queueAudit(context, entry, now);
    context.workbook.worksheets.getItem(snapshot.sheet).getRange(address).formulas = [[formula]];
    for (const w of keptValueWrites(snapshot.sheet, snapshot.left + col, kept)) w.queue(context);
    await context.sync();
  });
  return { ok: true };
}
