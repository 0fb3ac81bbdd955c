// The workbench page: the real task pane beside a simulated workbook.
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Title3,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { createPaneSession } from "../commands/paneChannel";
import { ribbonCommands, type RibbonFunction } from "../commands/ribbon";
import { mountTaskpane } from "../taskpane/mount";
import { Grid } from "./Grid";
import { loadPreset, PRESETS, type PresetName } from "./presets";
import type { Simulator } from "./simulator/simulator";
import { PANE_WIDTHS, paneWidthFromUrl, setPaneWidthInUrl } from "./paneWidth";

export function Workbench({ sim }: { sim: Simulator }) {
  const [version, setVersion] = useState(0);
  const [preset, setPreset] = useState<PresetName>("governed");
  const [paneKey, setPaneKey] = useState(0);
  // Shown or hidden, as Office.addin.showAsTaskpane() and the pane's close box do: hiding keeps it mounted.
  const [paneOpen, setPaneOpen] = useState(true);
  const [dialog, setDialog] = useState<string | null>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  // Each host opens the pane at its own width; ?width= in the address keeps the choice (tests use it).
  const [paneWidth, setPaneWidth] = useState(paneWidthFromUrl);

  useEffect(() => sim.subscribe(() => setVersion((v) => v + 1)), [sim]);

  // One pane page, as in Excel's shared runtime: the pane and the ribbon's commands share its session.
  const session = useMemo(() => createPaneSession(sim.host), [sim]);
  const commands = useMemo(
    () =>
      ribbonCommands({
        host: session.host,
        channel: session.channel,
        showPane: async () => setPaneOpen(true),
        tellUser: async (title, body) => setDialog(`${title}: ${body}`),
      }),
    [session],
  );

  // The task pane has its own React root, as it has its own page in Excel. It is mounted once (a reset
  // or an import reopens it); the ribbon's buttons reach the mounted pane as in Excel.
  useEffect(() => {
    if (!paneRef.current) return;
    return mountTaskpane(paneRef.current, session, "");
  }, [session, paneKey]);

  const ribbon = (name: RibbonFunction) => void commands[name]({ completed: () => undefined });

  const [fileError, setFileError] = useState<string | null>(null);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    try {
      const { importXlsx } = await import(/* webpackChunkName: "xlsx" */ "./xlsx");
      sim.replaceModel(await importXlsx(await file.arrayBuffer()));
      setPaneKey((k) => k + 1);
    } catch (e) {
      setFileError(`${file.name} could not be read as an .xlsx workbook: ${(e as Error).message}`);
    }
  };

  const exportFile = async () => {
    // ExcelJS is loaded only when asked for, so it does not slow the page's first load.
    const { exportXlsx } = await import(/* webpackChunkName: "xlsx" */ "./xlsx");
    const data = await exportXlsx(sim.model);
    const url = URL.createObjectURL(
      new Blob([data], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    );
    const a = document.createElement("a");
    a.href = url;
    a.download = "register-steward-workbench.xlsx";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  const reset = async (name: PresetName) => {
    await loadPreset(sim, name);
    setPaneKey((k) => k + 1);
  };

  return (
    <div className="wb-page">
      <header className="wb-header">
        <Title3 as="h1">Register Steward workbench</Title3>
        <MessageBar intent="info" className="wb-banner">
          <MessageBarBody>
            <MessageBarTitle>Simulated workbook</MessageBarTitle>
            This is not Excel: the add-in's own task pane and code run against a workbook simulated in this
            page. Nothing leaves the page.
          </MessageBarBody>
        </MessageBar>
        <div className="wb-controls">
          <Field label="Workbook">
            <Select value={preset} onChange={(_, d) => setPreset(d.value as PresetName)}>
              {PRESETS.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => void reset(preset)}>Reset</Button>
          <div className="wb-import">
            <label htmlFor="wb-import-file">Import .xlsx</label>
            <input
              id="wb-import-file"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => void importFile(e.target.files?.[0])}
            />
          </div>
          <Button onClick={() => void exportFile()}>Export .xlsx</Button>
          <Field label="Pane width">
            <Select
              value={String(paneWidth)}
              onChange={(_, d) => {
                setPaneWidth(Number(d.value));
                setPaneWidthInUrl(Number(d.value));
              }}
            >
              {PANE_WIDTHS.map((w) => (
                <option key={w.px} value={w.px}>
                  {w.label}
                </option>
              ))}
            </Select>
          </Field>
          <div role="toolbar" aria-label="Ribbon" className="wb-ribbon">
            {/* As manifest.xml's buttons; Create registers is on the pane's first page here. */}
            <Button onClick={() => setPaneOpen(true)}>Open Register Steward</Button>
            <Button onClick={() => ribbon("checkRegister")}>Check register</Button>
            <Button onClick={() => ribbon("escalateToPanel")}>Escalate to Panel</Button>
            <Button onClick={() => ribbon("raiseAsIssue")}>Raise as issue</Button>
            <Button onClick={() => ribbon("buildAppendices")}>Build appendices</Button>
          </div>
          <span className="wb-syncs" aria-live="off">{`${sim.syncCount} syncs`}</span>
        </div>
        {dialog && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{`Dialog: ${dialog}`}</MessageBarBody>
          </MessageBar>
        )}
        {fileError && (
          <MessageBar intent="error">
            <MessageBarBody>{fileError}</MessageBarBody>
          </MessageBar>
        )}
      </header>
      <div className="wb-body">
        <Grid sim={sim} version={version} />
        {/* The pane is its own page in Excel, with its own main landmark: no landmark around it here. */}
        <div className="wb-pane-frame" hidden={!paneOpen}>
          <Button
            size="small"
            appearance="subtle"
            className="wb-pane-close"
            onClick={() => setPaneOpen(false)}
          >
            Close task pane
          </Button>
          <div
            className="wb-pane"
            key={paneKey}
            ref={paneRef}
            style={{ width: paneWidth }}
            data-pane-width={paneWidth}
          />
        </div>
      </div>
    </div>
  );
}
