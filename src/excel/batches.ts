// Writes in as few syncs as the 5 MB request limit of Excel on the web allows. A plan's writes are
// queued in order; a sync is made only when the next write would take the request over the budget.
// A write larger than the budget by itself (a long register's values) is split into row windows before
// anything is sent, so no request is planned over the limit.
import { parseRange, rangeAddress } from "../domain/address";
import { estimateBytes, isTooLarge, REQUEST_BUDGET_BYTES } from "./payload";

export { estimateBytes, REQUEST_BUDGET_BYTES };
export { utf8Bytes } from "./payload";

export interface PlannedWrite {
  /** Estimated request bytes. */
  bytes: number;
  queue(context: Excel.RequestContext): void;
  /** The same write as two smaller ones (rows split in half), where it can be split. */
  split?: () => [PlannedWrite, PlannedWrite];
}

/** Splits every write over the budget (and splittable) until each fits, keeping order. */
export function fitToBudget(writes: readonly PlannedWrite[], budget: number): PlannedWrite[] {
  const out: PlannedWrite[] = [];
  const visit = (w: PlannedWrite) => {
    const parts = w.bytes > budget ? w.split?.() : undefined;
    if (parts) parts.forEach(visit);
    else out.push(w);
  };
  writes.forEach(visit);
  return out;
}

/**
 * Queues the writes and syncs when the budget is reached, then once at the end.
 * Returns the number of syncs made. Order is kept, so a failure leaves a prefix of the plan applied.
 * Should Excel refuse a sync for its size all the same (a refused request runs none of its
 * operations), the same writes are sent again in two halves.
 */
export async function applyWrites(
  context: Excel.RequestContext,
  writes: readonly PlannedWrite[],
  budget = REQUEST_BUDGET_BYTES,
): Promise<number> {
  let syncs = 0;
  const send = async (batch: PlannedWrite[]): Promise<void> => {
    for (const w of batch) w.queue(context);
    const planned = batch.reduce((s, w) => s + w.bytes, 0);
    try {
      syncs++;
      // A sync per budget-full of writes, never per item: the count grows only past 4 MB of changes.
      await context.sync();
    } catch (e) {
      const halves = isTooLarge(e, planned) ? halve(batch) : null;
      if (!halves) throw e;
      for (const half of halves) await send(half);
    }
  };
  let batch: PlannedWrite[] = [];
  let pending = 0;
  for (const w of fitToBudget(writes, budget)) {
    if (batch.length > 0 && pending + w.bytes > budget) {
      await send(batch);
      batch = [];
      pending = 0;
    }
    batch.push(w);
    pending += w.bytes;
  }
  if (batch.length > 0) await send(batch);
  return syncs;
}

function halve(batch: PlannedWrite[]): PlannedWrite[][] | null {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const parts = batch[0]?.split?.();
  return parts ? [[parts[0]], [parts[1]]] : null;
}

/** A write of a 2-D array to a range, splittable by rows. */
function gridWrite(
  sheetName: string,
  address: string,
  data: unknown[][],
  set: (range: Excel.Range, data: unknown[][]) => void,
): PlannedWrite {
  const write: PlannedWrite = {
    bytes: estimateBytes(data),
    queue: (context) => set(context.workbook.worksheets.getItem(sheetName).getRange(address), data),
  };
  if (data.length > 1)
    write.split = () => {
      const ref = parseRange(address);
      const mid = Math.floor(data.length / 2);
      return [
        gridWrite(sheetName, rangeAddress({ ...ref, bottom: ref.top + mid - 1 }), data.slice(0, mid), set),
        gridWrite(sheetName, rangeAddress({ ...ref, top: ref.top + mid }), data.slice(mid), set),
      ];
    };
  return write;
}

export function valuesWrite(sheetName: string, address: string, values: unknown[][]): PlannedWrite {
  return gridWrite(sheetName, address, values, (range, data) => {
    range.values = data as Excel.Range["values"];
  });
}

export function formulasWrite(sheetName: string, address: string, formulas: unknown[][]): PlannedWrite {
  return gridWrite(sheetName, address, formulas, (range, data) => {
    range.formulas = data as Excel.Range["formulas"];
  });
}

export function numberFormatWrite(
  sheetName: string,
  address: string,
  numberFormat: string[][],
): PlannedWrite {
  return gridWrite(sheetName, address, numberFormat, (range, data) => {
    range.numberFormat = data as string[][];
  });
}

export function queuedWrite(bytes: number, queue: (context: Excel.RequestContext) => void): PlannedWrite {
  return { bytes, queue };
}
