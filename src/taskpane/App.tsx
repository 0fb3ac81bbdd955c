// The task pane: first run offers Create or Adopt; once registers exist, Registers and Health views.
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { readWorkbookState, type WorkbookState } from "../excel/readRegisters";
import { watchScales, type ScaleReport } from "../excel/scaleWatcher";
import type { PaneChannel } from "../commands/paneChannel";
import { CellEditNotice, errorText, useHost } from "./HostContext";
import { MoreMenu } from "./MoreMenu";
import { WorkbookChangedProvider } from "./WorkbookChanged";
import { PaneTabs, type PaneTab } from "./PaneTabs";
import { useRevealAndFocus } from "./useRevealAndFocus";
// What is not on the first screen loads when shown (a spinner meanwhile; Retry if the load fails).
import {
  ActionsView,
  DiagnosticsView,
  EditView,
  EscalateView,
  HealthView,
  PaperView,
  ReportingView,
  SettingsView,
} from "./lazyViews";
import type { SelectionAction } from "./views/EscalateView";
import { WelcomeView, type Notice } from "./views/WelcomeView";

export type ViewName =
  | "registers"
  | "edit"
  | "health"
  | "escalate"
  | "paper"
  | "settings"
  | "actions"
  | "reporting"
  | "diagnostics";

const TABS: readonly PaneTab<ViewName>[] = [
  { value: "registers", label: "Registers" },
  { value: "edit", label: "Edit" },
  { value: "health", label: "Health" },
  { value: "escalate", label: "Escalate" },
  { value: "paper", label: "Paper" },
  { value: "settings", label: "Settings" },
  // After Settings: at 500 px it is the tab that goes into More, not Paper or Settings.
  { value: "actions", label: "Actions" },
  { value: "reporting", label: "Reporting" },
];

export function App({
  initialView = "registers",
  fromSelection = null,
  inbox,
  firstRead,
}: {
  initialView?: ViewName;
  fromSelection?: SelectionAction;
  /** The ribbon's commands, delivered to the mounted pane (src/commands/paneChannel.ts). */
  inbox?: PaneChannel;
  /** The workbook's first read, started before the pane was rendered (./mount.tsx), and its result if it had come. */
  firstRead?: { pending: Promise<WorkbookState>; state: WorkbookState | null };
}) {
  const host = useHost();
  const [state, setState] = useState<WorkbookState | null>(firstRead?.state ?? null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<ViewName>(initialView);
  // What the ribbon last asked for: each press gets a new `seq`, so the view acts again even if open.
  const [ribbon, setRibbon] = useState({ fromSelection, seq: 0 });
  const [reports, setReports] = useState<ScaleReport[]>([]);
  const [generation, setGeneration] = useState(0);

  // A notice belongs to the view that was showing when it came (a ribbon command's, Create's, Adopt's):
  // other tabs do not show it.
  const [notice, setNotice] = useState<{ view: ViewName; notice: Notice } | null>(null);
  const viewRef = useRef(view);
  viewRef.current = view;
  const tell = useCallback((n: Notice) => setNotice({ view: viewRef.current, notice: n }), []);
  // A view wrote to the workbook: read it again, so the summary and the views opened next are current.
  const changed = useCallback(() => setGeneration((g) => g + 1), []);
  // What Create, Adopt or a ribbon command did takes focus: the view that had it may be replaced.
  const noticeRef = useRevealAndFocus<HTMLDivElement>(notice);
  // The state a command read back in its own last sync: shown as it is, without reading again.
  const readBack = useRef<WorkbookState | null>(null);
  const refresh = useCallback(
    (n: Notice, state?: WorkbookState) => {
      tell(n);
      // Shown in the same commit as the notice (one render, not the notice and then the registers).
      if (state) setState(state);
      readBack.current = state ?? null;
      changed();
    },
    [tell, changed],
  );

  useEffect(
    () =>
      inbox?.listen((m) => {
        if (m.kind === "open") {
          setView(m.route.view);
          viewRef.current = m.route.view;
          setRibbon((r) => ({ fromSelection: m.route.fromSelection, seq: r.seq + 1 }));
        } else if (m.refresh) {
          refresh(m.notice);
          // A ribbon command changed the workbook under the open view: it is mounted afresh (and does
          // not act on the selection again).
          setRibbon((r) => ({ fromSelection: null, seq: r.seq + 1 }));
        } else tell(m.notice);
      }),
    [inbox, refresh, tell],
  );

  const first = useRef(firstRead);
  useEffect(() => {
    let cancelled = false;
    // The first read may have started before the pane was rendered; every later one starts here.
    const started = first.current;
    first.current = undefined;
    if (started?.state) return;
    if (readBack.current) {
      readBack.current = null; // already shown, with the notice (refresh)
      return;
    }
    (started?.pending ?? readWorkbookState(host))
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
    // A task after the registers are shown: registering the handlers is not part of showing them.
    const timer = setTimeout(() => {
      watchScales(
        host,
        state.registers.map((r) => ({ def: r.def, sheet: r.sheet })),
        (report) => setReports((list) => [...list.slice(-4), report]),
      )
        .then((s) => (cancelled ? void s() : (stop = s)))
        .catch(() => undefined);
    }, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      if (stop) void stop();
    };
  }, [host, state]);

  const hasRegisters = !!state && state.registers.length > 0;

  const pane = (
    <main className="rs-pane">
      <header className="rs-header">
        <Title3 as="h1">Register Steward</Title3>
        <MoreMenu onDiagnostics={() => setView("diagnostics")} />
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
      {notice && notice.view === view && (
        <MessageBar intent={notice.notice.intent} aria-live="polite" ref={noticeRef} tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>{notice.notice.title}</MessageBarTitle>
            {notice.notice.body}
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
      {state && view !== "diagnostics" && (
        // One WelcomeView, in the same place before and after Create: the first screen's view is updated
        // (and lists the sheets again), not replaced, when the registers it created appear above it.
        <>
          {hasRegisters && (
            <PaneTabs
              tabs={TABS}
              selected={view}
              onSelect={(v) => {
                setView(v);
                setRibbon((r) => ({ ...r, fromSelection: null })); // a tab is not a ribbon press
              }}
            />
          )}
          {hasRegisters && view === "registers" && (
            <Body1>{`Governed: ${state.registers.map((r) => `${r.def.name} (${r.values.length} rows, sheet ${r.sheet})`).join("; ")}.`}</Body1>
          )}
          {(!hasRegisters || view === "registers") && (
            <WelcomeView
              settings={hasRegisters || state.settings.state !== "absent" ? state.settings.settings : null}
              missing={state.missing.map((m) => m.name)}
              onChanged={refresh}
            />
          )}
          {hasRegisters && view === "health" && <HealthView key={ribbon.seq} />}
          {hasRegisters && view === "escalate" && (
            <EscalateView key={ribbon.seq} fromSelection={ribbon.fromSelection} />
          )}
          {hasRegisters && view === "actions" && <ActionsView key={ribbon.seq} />}
          {hasRegisters && view === "reporting" && <ReportingView key={ribbon.seq} />}
          {hasRegisters && view === "paper" && <PaperView key={ribbon.seq} />}
          {hasRegisters && view === "edit" && <EditView key={ribbon.seq} />}
          {hasRegisters && view === "settings" && <SettingsView key={ribbon.seq} />}
        </>
      )}
    </main>
  );
  return <WorkbookChangedProvider value={changed}>{pane}</WorkbookChangedProvider>;
}
