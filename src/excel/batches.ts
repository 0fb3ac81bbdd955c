// Writes in as few syncs as the 5 MB request limit of Excel on the web allows. A plan's writes are
// queued in order; a sync is made only when the next write would take the request over the budget.

/** Under Excel on the web's 5 MB limit, with room for the request's own framing. */
export const REQUEST_BUDGET_BYTES = 4.5 * 1024 * 1024;

export interface PlannedWrite {
  /** Estimated request bytes. */
  bytes: number;
  queue(context: Excel.RequestContext): void;
}

export function estimateBytes(data: unknown): number {
  return JSON.stringify(data).length + 64;
}

/**
 * Queues the writes and syncs when the budget is reached, then once at the end.
 * Returns the number of syncs made. Order is kept, so a failure leaves a prefix of the plan applied.
 */
export async function applyWrites(
  context: Excel.RequestContext,
  writes: readonly PlannedWrite[],
  budget = REQUEST_BUDGET_BYTES,
): Promise<number> {
  let pending = 0;
  let syncs = 0;
  for (const w of writes) {
    if (pending > 0 && pending + w.bytes > budget) {
      // A sync per budget-full of writes, never per item: the count grows only past 4 MB of changes.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
      pending = 0;
    }
    w.queue(context);
    pending += w.bytes;
  }
  if (pending > 0) {
    await context.sync();
    syncs++;
  }
  return syncs;
}

export function valuesWrite(sheetName: string, address: string, values: unknown[][]): PlannedWrite {
  return {
    bytes: estimateBytes(values),
    queue: (context) => {
      context.workbook.worksheets.getItem(sheetName).getRange(address).values =
        values as Excel.Range["values"];
    },
  };
}

export function formulasWrite(sheetName: string, address: string, formulas: unknown[][]): PlannedWrite {
  return {
    bytes: estimateBytes(formulas),
    queue: (context) => {
      context.workbook.worksheets.getItem(sheetName).getRange(address).formulas =
        formulas as Excel.Range["formulas"];
    },
  };
}

export function numberFormatWrite(
  sheetName: string,
  address: string,
  numberFormat: string[][],
): PlannedWrite {
  return {
    bytes: estimateBytes(numberFormat),
    queue: (context) => {
      context.workbook.worksheets.getItem(sheetName).getRange(address).numberFormat = numberFormat;
    },
  };
}

export function queuedWrite(bytes: number, queue: (context: Excel.RequestContext) => void): PlannedWrite {
  return { bytes, queue };
}
