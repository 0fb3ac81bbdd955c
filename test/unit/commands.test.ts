// The ribbon's ExecuteFunction commands (src/commands/ribbon.ts) with a fake Office: a failure is
// told to the user (the pane shown with a notice naming the command and the cause, or a dialog where
// the pane cannot be shown) and the event is completed exactly once, whatever happens.
import { createPaneChannel, type PaneMessage } from "../../src/commands/paneChannel";
import {
  ribbonCommands,
  RIBBON_FUNCTIONS,
  type RibbonDeps,
  type RibbonFunction,
} from "../../src/commands/ribbon";
import type { ExcelHost } from "../../src/excel/host";
import { Simulator } from "../../src/workbench/simulator/simulator";

function fakeOffice(host: ExcelHost, { paneFails = false } = {}) {
  const channel = createPaneChannel();
  const messages: PaneMessage[] = [];
  channel.listen((m) => messages.push(m));
  const shown: number[] = [];
  const dialogs: string[] = [];
  const deps: RibbonDeps = {
    host,
    channel,
    showPane: async () => {
      if (paneFails) throw new Error("showAsTaskpane is not supported");
      shown.push(messages.length);
    },
    tellUser: async (title, body) => void dialogs.push(`${title}: ${body}`),
  };
  let completed = 0;
  const event = { completed: () => void completed++ };
  return { deps, messages, shown, dialogs, event, completions: () => completed };
}

/** A host whose every batch fails, as Excel does when the workbook is protected, for example. */
const failingHost: ExcelHost = {
  run: async () => {
    throw Object.assign(new Error("The workbook is protected"), { code: "AccessDenied" });
  },
  runIn: async () => {
    throw new Error("unused");
  },
  isSetSupported: () => true,
};

describe.each(["createRegisters", "buildAppendices"] as const)("%s on a failing host", (name) => {
  test("shows the pane with a notice naming the command and the cause, and completes once", async () => {
    const office = fakeOffice(failingHost);
    await ribbonCommands(office.deps)[name](office.event);
    expect(office.completions()).toBe(1);
    const notice = office.messages.find((m) => m.kind === "notice");
    expect(notice).toMatchObject({
      notice: { intent: "error", title: `${RIBBON_FUNCTIONS[name]} did not finish` },
    });
    expect(notice?.kind === "notice" && notice.notice.body).toMatch(
      /The workbook is protected \(AccessDenied\)/,
    );
    expect(office.shown).toHaveLength(1);
    expect(office.dialogs).toEqual([]);
  });

  test("where the pane cannot be shown, a dialog says it; still completes once", async () => {
    const office = fakeOffice(failingHost, { paneFails: true });
    await ribbonCommands(office.deps)[name](office.event);
    expect(office.completions()).toBe(1);
    expect(office.dialogs).toEqual([
      expect.stringMatching(
        new RegExp(`^${RIBBON_FUNCTIONS[name]} did not finish: The workbook is protected`),
      ),
    ]);
  });
});

test("Build appendices on a workbook without registers says why, instead of finishing silently", async () => {
  const office = fakeOffice(new Simulator().host);
  await ribbonCommands(office.deps).buildAppendices(office.event);
  expect(office.completions()).toBe(1);
  expect(office.messages).toEqual([
    {
      kind: "notice",
      notice: {
        intent: "error",
        title: "Build appendices did not finish",
        body: expect.stringMatching(
          /^There is no Panel risk register in this workbook: create or adopt it first\. Press Build appendices again/,
        ),
      },
    },
  ]);
  expect(office.shown).toHaveLength(1);
});

test("Create registers succeeds: the pane is told to re-read the workbook; completes once", async () => {
  const sim = new Simulator();
  const office = fakeOffice(sim.host);
  await ribbonCommands(office.deps).createRegisters(office.event);
  expect(office.completions()).toBe(1);
  expect(office.messages).toEqual([
    expect.objectContaining({
      kind: "notice",
      refresh: true,
      notice: expect.objectContaining({ intent: "success" }),
    }),
  ]);
  expect(sim.model.tables.length).toBeGreaterThanOrEqual(3);
});

test.each([
  ["checkRegister", { view: "health", fromSelection: null }],
  ["escalateToPanel", { view: "escalate", fromSelection: "escalate" }],
  ["raiseAsIssue", { view: "escalate", fromSelection: "raise-issue" }],
] as const)("%s tells the mounted pane which view to show, then shows the pane", async (name, route) => {
  const office = fakeOffice(new Simulator().host);
  await ribbonCommands(office.deps)[name as RibbonFunction](office.event);
  expect(office.messages).toEqual([{ kind: "open", route }]);
  expect(office.shown).toEqual([1]); // shown after the message was delivered
  expect(office.completions()).toBe(1);
});

test("an opening command whose pane cannot be shown tells the user, and completes once", async () => {
  const office = fakeOffice(new Simulator().host, { paneFails: true });
  await ribbonCommands(office.deps).escalateToPanel(office.event);
  expect(office.completions()).toBe(1);
  expect(office.dialogs).toEqual([
    expect.stringMatching(/^Escalate to Panel did not finish: showAsTaskpane is not supported/),
  ]);
});

test("messages posted before the pane mounts are delivered when it listens, in order", () => {
  const channel = createPaneChannel();
  channel.post({ kind: "open", route: { view: "health", fromSelection: null } });
  channel.post({ kind: "notice", notice: { intent: "info", title: "a", body: "b" } });
  const got: string[] = [];
  channel.listen((m) => got.push(m.kind));
  expect(got).toEqual(["open", "notice"]);
});
