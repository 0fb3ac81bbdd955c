// The workbench entry: a simulated workbook preloaded with the seed registers, the task pane beside it,
// and window.workbench for automation (load, snapshot, reset).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import "../taskpane/taskpane.css";
import "./workbench.css";
import { loadPreset, type PresetName } from "./presets";
import { Simulator } from "./simulator/simulator";
import { fromJson, toJson, type WorkbookJson } from "./simulator/workbookJson";
import { Workbench } from "./Workbench";

declare global {
  interface Window {
    workbench: {
      load(workbook: WorkbookJson): void;
      snapshot(): WorkbookJson;
      reset(preset?: PresetName): Promise<void>;
      simulator: Simulator;
      ready: Promise<void>;
    };
  }
}

const params = new URLSearchParams(window.location.search);
// ?platform=Mac|PC|OfficeOnline: the host the pane believes it runs in (what it may do with a file).
const sim = new Simulator({ platform: params.get("platform") ?? undefined });
// ?preset=blank|pasted|governed picks the workbook the page opens with.
const requested = params.get("preset");
const ready = loadPreset(sim, requested === "blank" || requested === "pasted" ? requested : "governed");
window.workbench = {
  load: (workbook) => sim.replaceModel(fromJson(workbook)),
  snapshot: () => toJson(sim.model),
  reset: (preset = "governed") => loadPreset(sim, preset),
  simulator: sim,
  ready,
};

void ready.then(() => {
  const root = createRoot(document.getElementById("workbench")!);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Workbench sim={sim} />
    </FluentProvider>,
  );
});
