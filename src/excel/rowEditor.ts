// The row form's reads and saves. Where each register is comes from one read of the workbook; after
// that, following the selection costs one sync per settled selection, and a save two (check, write).
import { cellAddress } from "../domain/address";
import { asText } from "../domain/cellText";
import { displayDate } from "../domain/dates";
import type { ColumnKey } from "../domain/columns";
import { fieldName } from "../domain/fieldNames";
import { registerMapping, type CellValue, type RegisterSnapshot } from "../domain/register";
import { EDITABLE, formFromRow, formUpdates, type RowForm } from "../domain/rowForm";
import type { RegisterDefinition } from "../domain/settings";
import { queueAudit } from "./audit";
import { runAfterCellEdit } from "./cellEdit";
import type { ExcelHost } from "./host";
import { formatBeforeWrite } from "./layout";
import { queueDateOrderRead } from "./locale";

export interface RegisterLayout {
  def: RegisterDefinition;
  sheet: string;
  /** 0-based sheet row of the header and column of its first cell. */
  top: number;
  left: number;
  headers: string[];
  columns: Partial<Record<ColumnKey, number>>;
}

export function layoutsOf(registers: readonly RegisterSnapshot[]): RegisterLayout[] {
  return registers.map((s) => ({
    def: s.def,
    sheet: s.sheet,
    top: s.top,
    left: s.left,
    headers: s.headers,
    columns: registerMapping(s.headers, s.def).columns,
  }));
}

/** Where the selection is, said plainly, when it is on no register row. */
function outsideMessage(layouts: readonly RegisterLayout[], sheet: string, sheetRow: number): string {
  const here = layouts.find((l) => l.sheet === sheet);
  const where = here
    ? sheetRow === here.top
      ? `: it is the header row of ${here.def.name}`
      : `: it is above ${here.def.name}`
    : `: ${sheet} holds no register`;
  return `The selection (${sheet} row ${sheetRow + 1}) is outside every register${where}. Select a cell in a register row to edit it.`;
}

export type RowRead =
  | { status: "row"; form: RowForm; layout: RegisterLayout }
  | { status: "none"; message: string }
  | { status: "moved" };

function cellsOf(layout: RegisterLayout, row: CellValue[]): Partial<Record<ColumnKey, CellValue>> {
  const out: Partial<Record<ColumnKey, CellValue>> = {};
  for (const [k, i] of Object.entries(layout.columns) as Array<[ColumnKey, number]>)
    out[k] = row[i] === "" ? null : (row[i] ?? null);
  return out;
}

/** One sync: the register row at a sheet row, and the header to make sure the register has not moved. */
export async function readRow(
  host: ExcelHost,
  layouts: readonly RegisterLayout[],
  sheet: string,
  sheetRow: number,
): Promise<RowRead> {
  const layout = layouts.find((l) => l.sheet === sheet && sheetRow > l.top);
  if (!layout) return { status: "none", message: outsideMessage(layouts, sheet, sheetRow) };
  // A background read (the selection follower): it waits for a cell edit to end instead of failing.
  return runAfterCellEdit(host, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const header = ws.getRangeByIndexes(layout.top, layout.left, 1, layout.headers.length);
    const row = ws.getRangeByIndexes(sheetRow, layout.left, 1, layout.headers.length);
    header.load("values");
    row.load("values");
    const dateOrder = queueDateOrderRead(context, host);
    // The data body as it is now (grown by a typed row, or above a totals row).
    const body = context.workbook.tables.getItem(layout.def.table).getDataBodyRange();
    body.load("rowIndex, rowCount");
    await context.sync();
    if ((header.values[0] ?? []).map(String).join("\u0000") !== layout.headers.join("\u0000"))
      return { status: "moved" } as const;
    if (sheetRow >= body.rowIndex + body.rowCount || sheetRow < body.rowIndex)
      return {
        status: "none",
        message: `The selection (${sheet} row ${sheetRow + 1}) is outside every register: it is below ${layout.def.name}'s rows, or on its totals row. Select a cell in a register row to edit it.`,
      } as const;
    const cells = cellsOf(layout, row.values[0] as CellValue[]);
    if (!cells.number && !cells.description)
      return {
        status: "none",
        message: `${sheet} row ${sheetRow + 1} is an empty row of ${layout.def.name}.`,
      } as const;
    return {
      status: "row",
      layout,
      form: formFromRow(
        layout.def.id,
        layout.def.kind,
        sheet,
        sheetRow,
        cells,
        dateOrder(),
        layout.def.ongoingStyle,
      ),
    } as const;
  });
}

export type SaveResult =
  | { status: "saved"; written: number }
  | { status: "unchanged" }
  | { status: "conflict"; current: Partial<Record<ColumnKey, CellValue>>; changed: ColumnKey[] }
  | { status: "failed"; message: string };

/**
 * Two syncs: read the row again and stop if anything changed since it was loaded (a co-author, or typing
 * in the grid), then write the changed cells in one batch. `overwrite` saves over such a change.
 */
export async function saveRow(
  host: ExcelHost,
  layout: RegisterLayout,
  form: RowForm,
  overwrite = false,
  now = new Date(),
): Promise<SaveResult> {
  const updates = formUpdates(form);
  if (!updates.length) return { status: "unchanged" };
  try {
    return await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(layout.sheet);
      const row = ws.getRangeByIndexes(form.sheetRow, layout.left, 1, layout.headers.length);
      row.load("values");
      await context.sync();
      const current = cellsOf(layout, row.values[0] as CellValue[]);
      const watched: ColumnKey[] = ["number", ...EDITABLE];
      // A cell that already holds what this save writes (a save whose reply was lost, retried) is
      // neither someone else's change nor written again.
      const landed = (k: ColumnKey) =>
        updates.some((u) => u.key === k && asText(current[k]) === asText(u.to));
      const changed = watched.filter(
        (k) => k in form.loaded && asText(current[k]) !== asText(form.loaded[k]) && !landed(k),
      );
      if (changed.includes("number"))
        return {
          status: "failed",
          message: `The row now holds ${asText(current.number) || "no"} register number: the register was sorted or edited. Select the row again.`,
        } as const;
      if (changed.length && !overwrite) return { status: "conflict", current, changed } as const;
      const pending = updates.filter((u) => !landed(u.key));
      // Every cell holds the save already: its audit row went in the same batch, so nothing is added.
      if (!pending.length) return { status: "saved", written: updates.length } as const;
      for (const u of pending) {
        const col = layout.columns[u.key];
        if (col === undefined) continue;
        const cell = ws.getRange(cellAddress(form.sheetRow, layout.left + col));
        // Text stays text and a date is written as a serial with a date format: Excel re-reads neither.
        const format = u.numberFormat ?? formatBeforeWrite(layout.def.kind, u.key, u.to);
        if (format) cell.numberFormat = [[format]];
        cell.values = [[u.to ?? ""]];
      }
      queueAudit(
        context,
        {
          action: "Edit row",
          register: layout.def.name,
          target: form.id,
          summary: updates
            .map(
              (u) =>
                `${fieldName(u.key)}: ${(u.key === "lastReviewed" || u.key === "targetDate" ? displayDate(u.to) : asText(u.to)).slice(0, 200)}`,
            )
            .join("; "),
        },
        now,
      );
      await context.sync();
      return { status: "saved", written: updates.length } as const;
    });
  } catch (e) {
    return {
      status: "failed",
      message: `Saving stopped (${(e as Error).message}). Nothing was half written that a second save would not repair.`,
    };
  }
}

/**
 * Calls back with (sheet, row) when the selection moves on any sheet (one with no register too, so the
 * form never keeps showing a row the user has left); resolves to a stop function. Two syncs, once.
 */
export async function watchSelection(
  host: ExcelHost,
  layouts: readonly RegisterLayout[],
  onSelect: (sheet: string, row: number) => void,
): Promise<() => Promise<void>> {
  return runAfterCellEdit(host, async (context) => {
    const all = context.workbook.worksheets;
    all.load("items/name");
    await context.sync();
    const sheets = [...new Set([...layouts.map((l) => l.sheet), ...all.items.map((w) => w.name)])];
    const results = sheets.map((name) =>
      context.workbook.worksheets
        .getItem(name)
        .onSelectionChanged.add(async (args: Excel.WorksheetSelectionChangedEventArgs) => {
          const m = /(\d+)/.exec(args.address.split("!").pop() ?? "");
          if (m) onSelect(name, Number(m[1]) - 1);
        }),
    );
    await context.sync();
    return async () => {
      await host.runIn(context, async (ctx) => {
        for (const r of results) r.remove();
        await ctx.sync();
      });
    };
  });
}
