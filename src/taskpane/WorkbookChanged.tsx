// How a view tells the pane that it changed the workbook (escalate, raise, publish, build, save, restore):
// the pane re-reads the workbook, so the Registers summary and every view opened next show it as it now
// is. The view that acted reloads its own data; it is not remounted, so its notice stays.
import { createContext, useContext } from "react";

const WorkbookChangedContext = createContext<() => void>(() => undefined);

export const WorkbookChangedProvider = WorkbookChangedContext.Provider;

/** Call after any write to the workbook succeeds. */
export function useWorkbookChanged(): () => void {
  return useContext(WorkbookChangedContext);
}
