// Cell-edit mode. While the user is typing in a cell, Excel refuses every batch at once with
// InvalidOperationInCellEditMode, unless the batch was run with delayForCellEdit, which makes it wait
// until the edit ends (https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions). The
// user can click the task pane without leaving the cell (office-js #3388), so a button can meet it.
// This file is the one place that recognises the error and decides how to wait.
import type { ExcelHost } from "./host";

export const CELL_EDIT_ERROR_CODE = "InvalidOperationInCellEditMode";

/** What the pane says while a user's command waits for the cell edit to end. */
export const CELL_EDIT_WAITING_TEXT = "Finish editing the cell to continue";

/** Is this the error Excel gives a batch while the user is editing a cell? */
export function isCellEditError(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const { code, debugInfo } = e as { code?: unknown; debugInfo?: { code?: unknown } };
  return code === CELL_EDIT_ERROR_CODE || debugInfo?.code === CELL_EDIT_ERROR_CODE;
}

/** How long to wait before asking again where a build does not honour delayForCellEdit. */
export const CELL_EDIT_RETRY_MS = 1000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs the batch once the user is not editing a cell: with delayForCellEdit, and, on a build that
 * still refuses it, again after a pause. For background reads (selection, pastes): they never fail
 * for an edit and say nothing about it.
 */
export async function runAfterCellEdit<T>(
  host: ExcelHost,
  batch: (context: Excel.RequestContext) => Promise<T>,
  retryMs = CELL_EDIT_RETRY_MS,
): Promise<T> {
  for (;;) {
    try {
      return await host.run(batch, { delayForCellEdit: true });
    } catch (e) {
      if (!isCellEditError(e)) throw e;
      await pause(retryMs);
    }
  }
}

/**
 * The host the pane and the ribbon commands use. A batch is tried at once; if Excel refuses it because a
 * cell is being edited, `onWaiting(true)` lets the user know, the batch runs again once the edit ends
 * (a refused sync applies nothing, and every command is safe to run again), then `onWaiting(false)`.
 * A caller that passes delayForCellEdit: true (a background read) waits silently.
 */
export function waitingForCellEdit(host: ExcelHost, onWaiting: (waiting: boolean) => void): ExcelHost {
  return {
    runIn: (context, batch) => host.runIn(context, batch),
    isSetSupported: (name, version) => host.isSetSupported(name, version),
    ...(host.describe ? { describe: host.describe.bind(host) } : {}),
    run: async (batch, options) => {
      if (options?.delayForCellEdit) return runAfterCellEdit(host, batch);
      // An explicit false asks for Excel's own behaviour (the Diagnostics contract probes with it).
      if (options?.delayForCellEdit === false) return host.run(batch);
      try {
        return await host.run(batch);
      } catch (e) {
        if (!isCellEditError(e)) throw e;
        onWaiting(true);
        try {
          return await runAfterCellEdit(host, batch);
        } finally {
          onWaiting(false);
        }
      }
    },
  };
}
