// The Diagnostics view's state: which contracts have run, their results, and the copy of the report.
import { useCallback, useMemo, useState } from "react";
import { CONTRACTS } from "../../excel/contracts";
import type { Contract } from "../../excel/contracts/contract";
import { runContract, type DiagnosticResult } from "../../excel/diagnostics";
import { describeHost } from "../../excel/hostInfo";
import { errorText, useHost } from "../HostContext";
import { diagnosticsReport } from "./diagnosticsReport";

/** Seconds a person gets to start editing a cell before a contract that needs it runs. */
export const INSTRUCTION_DELAY_S = 5;

export function useDiagnostics() {
  const host = useHost();
  const info = useMemo(() => describeHost(host), [host]);
  const [results, setResults] = useState<Map<string, DiagnosticResult>>(new Map());
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const record = (r: DiagnosticResult) => setResults((m) => new Map(m).set(r.contract.id, r));

  /** Runs every contract that needs no person, one after another. */
  const runAll = useCallback(async () => {
    setError(null);
    setCopied(null);
    try {
      for (const c of CONTRACTS) {
        if (c.instruction) continue;
        setRunning(c.id);
        record(await runContract(host, c));
      }
    } catch (e) {
      setError(errorText(e));
    } finally {
      setRunning(null);
    }
  }, [host]);

  /** Runs one contract; one with an instruction waits so the person can do what it asks. */
  const runOne = useCallback(
    async (c: Contract) => {
      setError(null);
      setRunning(c.id);
      try {
        if (c.instruction) await new Promise((r) => setTimeout(r, INSTRUCTION_DELAY_S * 1000));
        record(await runContract(host, c));
      } catch (e) {
        setError(errorText(e));
      } finally {
        setRunning(null);
      }
    },
    [host],
  );

  const ordered = CONTRACTS.map((c) => results.get(c.id)).filter((r): r is DiagnosticResult => !!r);
  const report = diagnosticsReport(info, ordered, new Date());

  const copy = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(report);
      setCopied("The report is on the clipboard.");
    } catch {
      // Some hosts' webviews refuse the clipboard API: the report stays selectable in the text box.
      setCopied("The clipboard is not available here: select the report below and copy it.");
    }
  }, [report]);

  return { info, contracts: CONTRACTS, results, running, error, report, copy, copied, runAll, runOne };
}
