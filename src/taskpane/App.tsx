// The task pane: first run offers Create or Adopt; once registers exist, Registers and Health views.
import {
  Body1,
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title3,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { readWorkbookState, type WorkbookState } from "../excel/readRegisters";
import { watchScales, type ScaleReport } from "../excel/scaleWatcher";
import type { PaneChannel } from "../commands/paneChannel";
import { CellEditNotice, errorText, useHost } from "./HostContext";
import { EscalateView, type SelectionAction } from "./views/EscalateView";
import { EditView } from "./views/EditView";
import { HealthView } from "./views/HealthView";
import { SettingsView } from "./views/SettingsView";
import { PaperView } from "./views/PaperView";
import { DiagnosticsView } from "./views/DiagnosticsView";
import { WelcomeView, type Notice } from "./views/WelcomeView";

export type ViewName = "registers" | "edit" | "health" | "escalate" | "paper" | "settings" | "diagnostics";

export function App({
  initialView = "registers",
  fromSelection = null,
  inbox,
}: {
  initialView?: ViewName;
  fromSelection?: SelectionAction;
  /** The ribbon's commands, delivered to the mounted pane (src/commands/paneChannel.ts). */
  inbox?: PaneChannel;
}) {
  const host = useHost();
  const [state, setState] = useState<WorkbookState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<ViewName>(initialView);
  // What the ribbon last asked for: each press gets a new `seq`, so the view acts again even if open.
  const [ribbon, setRibbon] = useState({ fromSelection, seq: 0 });
  const [reports, setReports] = useState<ScaleReport[]>([]);
  const [generation, setGeneration] = useState(0);

  const [notice, setNotice] = useState<Notice | null>(null);
  const refresh = useCallback((n: Notice) => {
    setNotice(n);
    setGeneration((g) => g + 1);
  }, []);

  useEffect(
    () =>
      inbox?.listen((m) => {
        if (m.kind === "open") {
          setView(m.route.view);
          setRibbon((r) => ({ fromSelection: m.route.fromSelection, seq: r.seq + 1 }));
        } else if (m.refresh) refresh(m.notice);
        else setNotice(m.notice);
      }),
    [inbox, refresh],
  );

  useEffect(() => {
    let cancelled = false;
    readWorkbookState(host)
      .then((s) => !cancelled && setState(s))
      .catch((e) => !cancelled && setError(errorText(e)));
    return () => {
      cancelled = true;
    };
  }, [host, generation]);

  // Re-check pasted scores on every register sheet while the pane is open.
  useEffect(() => {
    if (!state || state.registers.length === 0) return;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    watchScales(
      host,
      state.registers.map((r) => ({ def: r.def, sheet: r.sheet })),
      (report) => setReports((list) => [...list.slice(-4), report]),
    )
      .then((s) => (cancelled ? void s() : (stop = s)))
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (stop) void stop();
    };
  }, [host, state]);

  const hasRegisters = !!state && state.registers.length > 0;

  return (
    <main className="rs-pane">
      <header className="rs-header">
        <Title3 as="h1">Register Steward</Title3>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button appearance="subtle" aria-label="More">
              …
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => setView("diagnostics")}>Diagnostics</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </header>
      <CellEditNotice />
      {reports.map((r, i) => (
        <MessageBar key={`${r.changedAddress}-${i}`} intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{`Scores outside 1–5 pasted into ${r.register}`}</MessageBarTitle>
            {r.problems.map((p) => `${r.sheet}!${p.address}: ${p.message}`).join(" ")}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setReports((list) => list.filter((x) => x !== r))}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      {notice && (
        <MessageBar intent={notice.intent} aria-live="polite">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.body}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setNotice(null)}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Could not read the workbook</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {!state && !error && <Spinner size="small" label="Reading the workbook…" />}
      {view === "diagnostics" && (
        <>
          <Button appearance="subtle" onClick={() => setView("registers")}>
            Back to the registers
          </Button>
          <DiagnosticsView />
        </>
      )}
      {state && !hasRegisters && view !== "diagnostics" && (
        <WelcomeView
          settings={state.settings.state === "absent" ? null : state.settings.settings}
          missing={state.missing.map((m) => m.name)}
          onChanged={refresh}
        />
      )}
      {state && hasRegisters && view !== "diagnostics" && (
        <>
          <TabList
            selectedValue={view}
            onTabSelect={(_, d) => {
              setView(d.value as ViewName);
              setRibbon((r) => ({ ...r, fromSelection: null })); // a tab is not a ribbon press
            }}
            aria-label="Views"
          >
            <Tab value="registers">Registers</Tab>
            <Tab value="edit">Edit</Tab>
            <Tab value="health">Health</Tab>
            <Tab value="escalate">Escalate</Tab>
            <Tab value="paper">Paper</Tab>
            <Tab value="settings">Settings</Tab>
          </TabList>
          {view === "registers" && (
            <>
              <Body1>{`Governed: ${state.registers.map((r) => `${r.def.name} (${r.values.length} rows, sheet ${r.sheet})`).join("; ")}.`}</Body1>
              <WelcomeView
                settings={state.settings.settings}
                missing={state.missing.map((m) => m.name)}
                onChanged={refresh}
              />
            </>
          )}
          {view === "health" && <HealthView key={ribbon.seq} />}
          {view === "escalate" && <EscalateView key={ribbon.seq} fromSelection={ribbon.fromSelection} />}
          {view === "paper" && <PaperView />}
          {view === "edit" && <EditView />}
          {view === "settings" && <SettingsView />}
        </>
      )}
    </main>
  );
}
