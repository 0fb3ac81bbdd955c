// Cell-edit mode, as Excel has it while a person types in a cell or the formula bar. A sync that reaches
// Excel then fails at once with InvalidOperationInCellEditMode, unless its Excel.run asked for
// delayForCellEdit: then it waits until the edit ends, and runs
// (https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions; the error and its message:
// https://github.com/OfficeDev/office-js/issues/3388). While editing, the selection cannot move, so no
// selection event is raised; the typed value is written, with its change event, when the edit is
// committed (Enter, Tab or selecting another cell), and nothing is written if it is cancelled (Esc).
import { simError } from "./model";

export const CELL_EDIT_MESSAGE =
  "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.";

export interface CellEdit {
  sheetId: string;
  row: number;
  col: number;
  /** What the person has typed so far. */
  text: string;
}

export class CellEditMode {
  current: CellEdit | null = null;
  /** Imitates a build that ignores delayForCellEdit: every batch fails while editing. */
  honoursDelay = true;
  private readonly delayed = new WeakSet<object>();
  private waiters: Array<() => void> = [];

  /** Marks a context whose Excel.run asked to wait for the edit to end. */
  markDelayed(context: object) {
    this.delayed.add(context);
  }

  /** Called before a sync reaches the workbook: refuses it, or waits, while a cell is being edited. */
  async gate(context: { queue: unknown[] }): Promise<void> {
    while (this.current) {
      if (!this.honoursDelay || !this.delayed.has(context)) {
        context.queue.length = 0; // the request is refused whole
        throw simError("InvalidOperationInCellEditMode", CELL_EDIT_MESSAGE);
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  begin(edit: CellEdit) {
    this.current = edit;
  }

  /** Ends the edit and lets the batches that were waiting for it run. */
  end(): CellEdit | null {
    const ended = this.current;
    this.current = null;
    const waiting = this.waiters.splice(0);
    for (const w of waiting) w();
    return ended;
  }
}
