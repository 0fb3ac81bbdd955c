// Renders the task pane for a host: Excel's in Office, the simulator's in the workbench.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createPaneSession, type PaneRoute, type PaneSession } from "../commands/paneChannel";
import type { ExcelHost } from "../excel/host";
import { readWorkbookState, type WorkbookState } from "../excel/readRegisters";
import { App } from "./App";
import { SessionProvider } from "./HostContext";

/** How long the first render waits for the workbook's first read before it shows "Reading the workbook…". */
const FIRST_READ_WAIT_MS = 150;

/**
 * Mounts the pane once; the ribbon's later commands reach it through the session's channel, so it
 * is never remounted for them. `hash` (taskpane.html#escalate…) is read here, at the first mount.
 * The workbook's first read starts at once; if it is back within FIRST_READ_WAIT_MS the pane's first
 * render is its first screen (no spinner rendered and replaced), else the spinner shows meanwhile.
 */
export function mountTaskpane(element: HTMLElement, host: ExcelHost | PaneSession, hash = ""): () => void {
  const session = "channel" in host ? host : createPaneSession(host);
  const { view, fromSelection } = routeFromHash(hash);
  const root = createRoot(element);
  const pending = readWorkbookState(session.host);
  let unmounted = false;
  const render = (state: WorkbookState | null) =>
    unmounted ||
    root.render(
      <FluentProvider theme={webLightTheme}>
        <SessionProvider session={session}>
          <App
            initialView={view}
            fromSelection={fromSelection}
            inbox={session.channel}
            firstRead={{ pending, state }}
          />
        </SessionProvider>
      </FluentProvider>,
    );
  let timer = 0;
  void Promise.race([
    pending.catch(() => null), // a failed read is reported by the pane, from `pending`
    new Promise<null>((resolve) => (timer = window.setTimeout(() => resolve(null), FIRST_READ_WAIT_MS))),
  ]).then((state) => {
    window.clearTimeout(timer);
    render(state);
  });
  return () => {
    unmounted = true;
    root.unmount();
  };
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
