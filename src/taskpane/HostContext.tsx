// The task pane reaches the workbook only through src/excel, given this host: the pane session's,
// which waits (and says so) while the user is editing a cell (src/excel/cellEdit.ts).
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import type { PaneSession, WaitingStore } from "../commands/paneChannel";
import { CELL_EDIT_WAITING_TEXT } from "../excel/cellEdit";
import type { ExcelHost } from "../excel/host";

export const HostContext = createContext<ExcelHost | null>(null);
const WaitingContext = createContext<WaitingStore | null>(null);

export function useHost(): ExcelHost {
  const host = useContext(HostContext);
  if (!host) throw new Error("The task pane was rendered without an Excel host.");
  return host;
}

/** Provides the session's host to the views, and its count of batches waiting for a cell edit. */
export function SessionProvider({ session, children }: { session: PaneSession; children: ReactNode }) {
  return (
    <HostContext.Provider value={session.host}>
      <WaitingContext.Provider value={session.waiting}>{children}</WaitingContext.Provider>
    </HostContext.Provider>
  );
}

const noWaiting: WaitingStore = { count: 0, subscribe: () => () => undefined };

/** "Finish editing the cell to continue", while a command waits for the user's cell edit to end. */
export function CellEditNotice() {
  const store = useContext(WaitingContext) ?? noWaiting;
  const count = useSyncExternalStore(
    (l) => store.subscribe(l),
    () => store.count,
  );
  if (count === 0) return null;
  return (
    <MessageBar intent="info" role="status">
      <MessageBarBody>
        <MessageBarTitle>{CELL_EDIT_WAITING_TEXT}</MessageBarTitle>
        Excel is in cell-edit mode: press Enter or Esc in the cell and the add-in carries on.
      </MessageBarBody>
    </MessageBar>
  );
}

// Views import errorText from here; it lives with the other Office-error code.
export { errorText } from "../excel/errorText";
