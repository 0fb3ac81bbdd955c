// How a ribbon command reaches the task pane. With the shared runtime (manifest <Runtimes>) the
// commands run in the pane's own page, so a message is a function call: no storage, no reload. The
// workbench's ribbon uses the same channel, so it exercises the path Excel takes.
import { waitingForCellEdit } from "../excel/cellEdit";
import type { ExcelHost } from "../excel/host";
import type { Notice } from "../taskpane/NoticeBar";
import type { ViewName } from "../taskpane/App";
import type { SelectionAction } from "../taskpane/views/EscalateView";

export interface PaneRoute {
  view: ViewName;
  /** Act on the register row under Excel's selection (Escalate, Raise as issue). */
  fromSelection: SelectionAction;
}

export type PaneMessage =
  /** Show a view (and act on the selection): a ribbon button pressed, with the pane open or not. */
  | { kind: "open"; route: PaneRoute }
  /** Tell the user what a command did; `refresh` re-reads the workbook (registers were created). */
  | { kind: "notice"; notice: Notice; refresh?: boolean };

export interface PaneChannel {
  post(message: PaneMessage): void;
  /** The mounted pane listens; messages posted before it mounts are delivered then, in order. */
  listen(listener: (message: PaneMessage) => void): () => void;
}

export function createPaneChannel(): PaneChannel {
  let listener: ((message: PaneMessage) => void) | null = null;
  const queued: PaneMessage[] = [];
  return {
    post(message) {
      if (listener) listener(message);
      else queued.push(message);
    },
    listen(l) {
      listener = l;
      for (const m of queued.splice(0)) l(m);
      return () => {
        if (listener === l) listener = null;
      };
    },
  };
}

/** How many batches are waiting for the user to finish editing a cell (the pane shows a notice). */
export interface WaitingStore {
  readonly count: number;
  subscribe(listener: () => void): () => void;
}

/** One pane page: the host its views and the ribbon's commands share, its channel and its waits. */
export interface PaneSession {
  host: ExcelHost;
  channel: PaneChannel;
  waiting: WaitingStore;
}

export function createPaneSession(rawHost: ExcelHost): PaneSession {
  let count = 0;
  const listeners = new Set<() => void>();
  const waiting: WaitingStore = {
    get count() {
      return count;
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const host = waitingForCellEdit(rawHost, (w) => {
    count = Math.max(0, count + (w ? 1 : -1));
    for (const l of listeners) l();
  });
  return { host, channel: createPaneChannel(), waiting };
}
