// "Check register": every finding, grouped and counted; selecting one selects its cell.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../domain/findings";
import { restoreFormula } from "../../excel/applyFix";
import { checkWorkbook, type CheckResult } from "../../excel/check";
import { selectCell } from "../../excel/selection";
import { errorText, useHost } from "../HostContext";
import { useRevealAndFocus } from "../useRevealAndFocus";
import { useWorkbookChanged } from "../WorkbookChanged";

export function HealthView() {
  const host = useHost();
  const changed = useWorkbookChanged();
  const [result, setResult] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  // Each check's summary (or its failure) takes focus: Tab goes on to the findings.
  const summaryRef = useRevealAndFocus<HTMLDivElement>(result);
  const errorRef = useRevealAndFocus<HTMLDivElement>(error);

  const reviewsDue = result?.findings.filter((f) => f.rule === "review-overdue").length ?? 0;

  async function check() {
    setBusy(true);
    setError(null);
    try {
      setResult(await checkWorkbook(host, new Date()));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function fixIt(f: Finding) {
    setBusy(true);
    setError(null);
    try {
      const r = await restoreFormula(host, f);
      if (!r.ok) setError(r.message);
      else changed();
      setResult(await checkWorkbook(host, new Date()));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function select(f: Finding) {
    setSelected(`${f.sheet}!${f.address}`);
    try {
      await selectCell(host, f.sheet, f.address);
    } catch (e) {
      setError(`Could not select ${f.sheet}!${f.address}: ${errorText(e)}`);
    }
  }

  return (
    <section aria-labelledby="health-title" className="rs-stack">
      <Subtitle2 as="h2" id="health-title">
        Register health
      </Subtitle2>
      <Body1>Check reads every register and lists each problem with its cell. It changes nothing.</Body1>
      <Button appearance="primary" onClick={check} disabled={busy}>
        Check register
      </Button>
      {busy && <Spinner size="tiny" label="Checking…" />}
      {error && (
        <MessageBar intent="error" ref={errorRef} tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>Check failed</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <div role="status" aria-live="polite" ref={summaryRef} tabIndex={-1} className="rs-result">
          {result.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>No problems found</MessageBarTitle>
                {`${result.checkedRows} rows in ${result.state.registers.length} registers checked.`}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <Body1>{`${result.counts.error} error(s) and ${result.counts.warning} warning(s) in ${result.checkedRows} rows.`}</Body1>
          )}
          {reviewsDue > 0 && (
            <Body1>{`Reviews due: ${reviewsDue === 1 ? "one risk is" : `${reviewsDue} risks are`} overdue for review (listed under Reviews due).`}</Body1>
          )}
          {result.state.settings.state === "invalid" && (
            <Body1>
              The settings sheet is invalid ({result.state.settings.errors.join("; ")}); the default policy
              was used.
            </Body1>
          )}
        </div>
      )}
      {result && result.groups.length > 0 && (
        <Accordion multiple collapsible aria-label="Findings by kind">
          {result.groups.map((g) => (
            <AccordionItem key={g.rule} value={g.rule}>
              <AccordionHeader>
                <span className="rs-row">
                  <Badge appearance="filled" color={g.severity === "error" ? "danger" : "warning"}>
                    {g.findings.length}
                  </Badge>
                  {g.title}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className="rs-findings" aria-label={g.title}>
                  {g.findings.map((f) => {
                    const where = `${f.sheet}!${f.address}`;
                    return (
                      <li key={`${where}-${f.rule}`}>
                        <Button
                          appearance={selected === where ? "secondary" : "subtle"}
                          onClick={() => select(f)}
                          className="rs-finding"
                        >
                          <span>
                            <strong>{where}</strong> {f.rowLabel ? `(${f.registerName} ${f.rowLabel})` : ""} —{" "}
                            {f.message}
                            {f.fix && (
                              <>
                                <br />
                                <Caption1>Fix: {f.fix}</Caption1>
                              </>
                            )}
                          </span>
                        </Button>
                        {f.restoreFormula && (
                          <Button size="small" onClick={() => void fixIt(f)} disabled={busy}>
                            {`Restore the formula in ${where}`}
                          </Button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
