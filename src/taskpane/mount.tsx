// Renders the task pane for a host: Excel's in Office, the simulator's in the workbench.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { ExcelHost } from "../excel/host";
import { App, type ViewName } from "./App";
import { HostContext } from "./HostContext";

export function mountTaskpane(
  element: HTMLElement,
  host: ExcelHost,
  initialView: ViewName = "registers",
): () => void {
  const root = createRoot(element);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <HostContext.Provider value={host}>
        <App initialView={initialView} />
      </HostContext.Provider>
    </FluentProvider>,
  );
  return () => root.unmount();
}

export function viewFromHash(hash: string): ViewName {
  return hash.replace("#", "") === "health" ? "health" : "registers";
}
