// Diagnostics: runs the simulator's contracts in this Excel, so anyone can see which behaviours hold on
// their host (platform and build) and send the report.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import type { DiagnosticResult } from "../../excel/diagnostics";
import { INSTRUCTION_DELAY_S, useDiagnostics } from "./useDiagnostics";

const BADGE = {
  held: { color: "success", text: "Held" },
  differs: { color: "danger", text: "Differs" },
  "not-run": { color: "informative", text: "Not run" },
} as const;

function Outcome({ result }: { result: DiagnosticResult | undefined }) {
  if (!result) return <Badge appearance="outline">Not yet run</Badge>;
  const b = BADGE[result.outcome];
  return (
    <Badge appearance="filled" color={b.color}>
      {b.text}
    </Badge>
  );
}

export function DiagnosticsView() {
  const d = useDiagnostics();
  const busy = d.running !== null;
  return (
    <section aria-labelledby="diagnostics-title" className="rs-stack">
      <Subtitle2 as="h2" id="diagnostics-title">
        Diagnostics
      </Subtitle2>
      <Body1>
        Checks that this Excel behaves as Register Steward expects. Each check runs in a scratch sheet that is
        removed afterwards; your registers are not touched.
      </Body1>
      <Caption1>{`Host: ${d.info.platform}, build ${d.info.version}, ExcelApi ${d.info.excelApi}`}</Caption1>
      <div className="rs-row">
        <Button appearance="primary" onClick={() => void d.runAll()} disabled={busy}>
          Run diagnostics
        </Button>
        <Button onClick={() => void d.copy()} disabled={busy || d.results.size === 0}>
          Copy report
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={`Running ${d.running}…`} />}
      {d.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Diagnostics stopped</MessageBarTitle>
            {d.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {d.copied && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{d.copied}</MessageBarBody>
        </MessageBar>
      )}
      <ul className="rs-diagnostics" aria-label="Behaviours">
        {d.contracts.map((c) => {
          const r = d.results.get(c.id);
          return (
            <li key={c.id} className="rs-stack rs-diagnostic">
              <div className="rs-row">
                <Outcome result={r} />
                <Body1 as="h3" className="rs-diagnostic-title">
                  {c.title}
                </Body1>
              </div>
              <Caption1>{`Expected: ${c.expected}`}</Caption1>
              {r && <Caption1>{`Observed: ${r.observed}`}</Caption1>}
              {c.instruction && (
                <div className="rs-stack">
                  <Caption1>{`${c.instruction} It runs ${INSTRUCTION_DELAY_S} seconds after you press Run.`}</Caption1>
                  <Button size="small" onClick={() => void d.runOne(c)} disabled={busy}>
                    {`Run "${c.title}"`}
                  </Button>
                </div>
              )}
              <Caption1>
                {c.sources.map((s, i) => (
                  <span key={s}>
                    {i > 0 && " · "}
                    <Link href={s} target="_blank" rel="noreferrer">{`Source ${i + 1}`}</Link>
                  </span>
                ))}
              </Caption1>
            </li>
          );
        })}
      </ul>
      {d.results.size > 0 && (
        <Textarea aria-label="Diagnostics report" readOnly value={d.report} resize="vertical" rows={8} />
      )}
    </section>
  );
}
