// The ribbon's ExecuteFunction commands, free of Office globals so that tests and the workbench run
// them as Excel does. Each one completes its event exactly once, and a failure is never swallowed:
// the pane is shown with a notice naming the command and the cause, or, where the pane cannot be
// shown, a dialog says it.
import { createRegisters } from "../excel/createRegisters";
import { errorText } from "../excel/errorText";
import type { PaneRoute, PaneSession } from "./paneChannel";

export interface CommandEvent {
  completed(): void;
}

export interface RibbonDeps extends Pick<PaneSession, "host" | "channel"> {
  /** Office.addin.showAsTaskpane(): shows the pane, loaded or not (shared runtime). */
  showPane(): Promise<void>;
  /** The last resort where the pane cannot be shown: an Office dialog with the message. */
  tellUser(title: string, body: string): Promise<void>;
}

/** Every ExecuteFunction in manifest.xml, with its label in the ribbon. */
export const RIBBON_FUNCTIONS = {
  createRegisters: "Create registers",
  checkRegister: "Check register",
  escalateToPanel: "Escalate to Panel",
  raiseAsIssue: "Raise as issue",
  buildAppendices: "Build appendices",
} as const;

export type RibbonFunction = keyof typeof RIBBON_FUNCTIONS;

export function ribbonCommands(
  deps: RibbonDeps,
): Record<RibbonFunction, (event: CommandEvent) => Promise<void>> {
  /** Runs a command, tells the user of any failure, and completes the event once whatever happens. */
  const command =
    (name: RibbonFunction, body: () => Promise<void>) =>
    async (event: CommandEvent): Promise<void> => {
      try {
        await body();
      } catch (e) {
        await reportFailure(deps, RIBBON_FUNCTIONS[name], errorText(e));
      } finally {
        event.completed();
      }
    };

  const open = (name: RibbonFunction, route: PaneRoute) =>
    command(name, async () => {
      // The message first: the mounted pane switches view whether it was open, hidden or just loading.
      deps.channel.post({ kind: "open", route });
      await deps.showPane();
    });

  return {
    createRegisters: command("createRegisters", async () => {
      const r = await createRegisters(deps.host);
      deps.channel.post({
        kind: "notice",
        refresh: true,
        notice: {
          intent: "success",
          title: r.created.length ? `Created ${r.created.join(", ")}` : "The registers already exist",
          body: r.created.length ? "Nothing that was there before was changed." : "Nothing was changed.",
        },
      });
    }),
    checkRegister: open("checkRegister", { view: "health", fromSelection: null }),
    escalateToPanel: open("escalateToPanel", { view: "escalate", fromSelection: "escalate" }),
    raiseAsIssue: open("raiseAsIssue", { view: "escalate", fromSelection: "raise-issue" }),
    buildAppendices: command("buildAppendices", async () => {
      // The appendices' code is large and only this command and the Paper view need it: loaded here.
      const { buildPaper } = await import(/* webpackChunkName: "paper" */ "../excel/paper");
      const r = await buildPaper(deps.host, null);
      if ("error" in r) throw new Error(r.error);
      deps.channel.post({
        kind: "notice",
        notice: {
          intent: "success",
          title: `Built ${r.sheets.join(", ")}`,
          body: `Against ${r.baseline ? "the newest baseline" : "no baseline"}.`,
        },
      });
    }),
  };
}

/** Shows the pane with an error notice; if the pane cannot be shown, a dialog; never throws. */
async function reportFailure(deps: RibbonDeps, label: string, cause: string): Promise<void> {
  const title = `${label} did not finish`;
  const body = `${cause.replace(/\.$/, "")}. Press ${label} again once that is put right.`;
  deps.channel.post({ kind: "notice", notice: { intent: "error", title, body } });
  try {
    await deps.showPane();
    return;
  } catch {
    // The pane could not be shown (no shared runtime on this host): fall back to a dialog.
  }
  try {
    await deps.tellUser(title, body);
  } catch {
    // Nothing else can reach the user; the event is still completed.
  }
}
