// The Office.js that bench/pane.mjs serves in place of Microsoft's CDN (unreachable here), so that the
// page that ships, taskpane.html and its bundle, runs as in Excel: Office.onReady fires once the page
// has loaded, and Excel.run reaches a simulated blank workbook. Bundled on its own, never shipped.
import { Simulator } from "../src/workbench/simulator/simulator";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

const sim = new Simulator();
const info = { host: "Excel", platform: "OfficeOnline" };
const ready = new Promise<typeof info>((resolve) => {
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", () => resolve(info), { once: true });
  else resolve(info);
});

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
