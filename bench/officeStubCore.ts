// The Office.js that bench/pane.mjs serves in place of Microsoft's CDN (unreachable here), so that the
// page that ships, taskpane.html and its bundle, runs as in Excel: Office.onReady fires once the page
// has loaded (and the workbook is ready), and Excel.run reaches the simulated workbook. Never shipped.
import type { Simulator } from "../src/workbench/simulator/simulator";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export function installOfficeStub(sim: Simulator, workbookReady: Promise<void> = Promise.resolve()): void {
  const info = { host: "Excel", platform: "OfficeOnline" };
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === "loading")
      document.addEventListener("DOMContentLoaded", () => resolve(), { once: true });
    else resolve();
  });
  const ready = Promise.all([loaded, workbookReady]).then(() => info);

  Object.assign(window, {
    Excel: {
      run: <T>(a: Batch<T> | object, b?: Batch<T>) =>
        sim.host.run(typeof a === "function" ? (a as Batch<T>) : b!),
    },
    Office: {
      onReady: (callback?: (i: typeof info) => void) => ready.then((i) => (callback?.(i), i)),
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => sim.host.isSetSupported(name, version),
        },
        diagnostics: { platform: "OfficeOnline", version: "bench stub", host: "Excel" },
        ui: { displayDialogAsync: () => undefined },
      },
      actions: { associate: () => undefined },
      addin: { showAsTaskpane: () => Promise.resolve() },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    },
  });
}
