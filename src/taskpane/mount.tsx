// Renders the task pane for a host: Excel's in Office, the simulator's in the workbench.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { ExcelHost } from "../excel/host";
import { App, type ViewName } from "./App";
import type { SelectionAction } from "./views/EscalateView";
import { HostContext } from "./HostContext";

/** Mounts the pane; `hash` is the page's location hash, which the ribbon's buttons set. */
export function mountTaskpane(element: HTMLElement, host: ExcelHost, hash = ""): () => void {
  const { view, fromSelection } = routeFromHash(hash);
  const root = createRoot(element);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <HostContext.Provider value={host}>
        <App initialView={view} fromSelection={fromSelection} />
      </HostContext.Provider>
    </FluentProvider>,
  );
  return () => root.unmount();
}

/** The ribbon opens the pane at taskpane.html#health, #escalate, #raise-issue or #paper. */
export function routeFromHash(hash: string): { view: ViewName; fromSelection: SelectionAction } {
  switch (hash.replace("#", "")) {
    case "health":
      return { view: "health", fromSelection: null };
    case "escalate":
      return { view: "escalate", fromSelection: "escalate" };
    case "paper":
      return { view: "paper", fromSelection: null };
    case "raise-issue":
      return { view: "escalate", fromSelection: "raise-issue" };
    default:
      return { view: "registers", fromSelection: null };
  }
}
