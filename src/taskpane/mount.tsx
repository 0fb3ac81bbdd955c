// Renders the task pane for a host: Excel's in Office, the simulator's in the workbench.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createPaneSession, type PaneRoute, type PaneSession } from "../commands/paneChannel";
import type { ExcelHost } from "../excel/host";
import { App } from "./App";
import { SessionProvider } from "./HostContext";

/**
 * Mounts the pane once; the ribbon's later commands reach it through the session's channel, so it
 * is never remounted for them. `hash` (taskpane.html#escalate…) is read here, at the first mount.
 */
export function mountTaskpane(element: HTMLElement, host: ExcelHost | PaneSession, hash = ""): () => void {
  const session = "channel" in host ? host : createPaneSession(host);
  const { view, fromSelection } = routeFromHash(hash);
  const root = createRoot(element);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <SessionProvider session={session}>
        <App initialView={view} fromSelection={fromSelection} inbox={session.channel} />
      </SessionProvider>
    </FluentProvider>,
  );
  return () => root.unmount();
}

/** Deep links into the pane: taskpane.html#health, #escalate, #raise-issue or #paper. */
export function routeFromHash(hash: string): PaneRoute {
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
