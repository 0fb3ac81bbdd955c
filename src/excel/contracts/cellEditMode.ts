import { isCellEditError, runAfterCellEdit } from "../cellEdit";
import { expectThat, type Contract } from "./contract";

const POLL_MS = 250;
const GIVE_UP_MS = 30_000;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const cellEditMode: Contract = {
  id: "cell-edit-mode",
  title: "While a cell is being edited, a batch fails at once unless it asks to wait",
  expected:
    "Without delayForCellEdit a batch fails with InvalidOperationInCellEditMode while the user edits a cell; with delayForCellEdit: true it waits and runs once the edit ends.",
  sources: [
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions",
    "https://github.com/OfficeDev/office-js/issues/3388",
  ],
  instruction:
    "When the RS Diagnostics sheet appears with A1 selected, type a word into A1, wait two seconds, then press Enter.",
  async run(host, sheet) {
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange("A1").select();
      await context.sync();
    });
    // Ask without waiting until Excel refuses: the person has started editing.
    const readA1 = async (context: Excel.RequestContext) => {
      const a1 = context.workbook.worksheets.getItem(sheet).getRange("A1");
      a1.load("values");
      await context.sync();
      return String(a1.values[0]?.[0] ?? "");
    };
    let refused = "";
    for (const started = Date.now(); !refused && Date.now() - started < GIVE_UP_MS;) {
      try {
        await host.run(readA1, { delayForCellEdit: false });
        await pause(POLL_MS);
      } catch (e) {
        if (!isCellEditError(e)) throw e;
        refused = String((e as { code?: unknown }).code);
      }
    }
    if (!refused)
      return { outcome: "not-run", observed: "No batch was refused within 30 s: was a cell being edited?" };
    // Now ask to wait: the batch runs only after the edit, so it reads what was typed.
    let typed: string;
    try {
      typed = await host.run(readA1, { delayForCellEdit: true });
    } catch (e) {
      if (!isCellEditError(e)) throw e;
      // This build does not wait: let the edit end so the runner can remove its sheet.
      await runAfterCellEdit(host, readA1, POLL_MS);
      return expectThat(false, `without delayForCellEdit: ${refused}; with it, the batch failed too`);
    }
    return expectThat(
      refused === "InvalidOperationInCellEditMode" && typed !== "",
      `without delayForCellEdit: ${refused}; with it, the batch ran after the edit and read ${JSON.stringify(typed)}`,
    );
  },
};
