// The rows an escalation or a raise-as-issue will write, shown before anything is written.
import { Body1, Button, Caption1, Card, CardHeader, Subtitle2 } from "@fluentui/react-components";
import type { Mitigation } from "../../domain/mitigations";
import { severityOf } from "../../domain/scoring";
import type { EscalationPreview, RaiseIssuePreview } from "../../excel/escalate";

interface Props<P> {
  preview: P;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

function Bullets({ items }: { items: readonly Mitigation[] }) {
  return (
    <ul className="rs-bullets" aria-label="Mitigations">
      {items.map((m, i) => (
        <li key={i} className={m.state === "planned" ? "rs-planned" : undefined}>
          {m.text}
          {m.status ? ` – ${m.status}` : ""}
          <Caption1>{m.state === "planned" ? " (planned/ongoing)" : " (in place)"}</Caption1>
        </li>
      ))}
    </ul>
  );
}

function Actions({
  busy,
  onConfirm,
  onCancel,
  label,
}: {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  label: string;
}) {
  return (
    <div className="rs-row">
      <Button appearance="primary" onClick={onConfirm} disabled={busy}>
        {label}
      </Button>
      <Button onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
    </div>
  );
}

export function EscalationPreviewCard({ preview, busy, onConfirm, onCancel }: Props<EscalationPreview>) {
  const p = preview.plan;
  if (p.kind === "resync") {
    const nothing = !p.panelUpdates.length && !p.mitigationChanges.length && !p.sourceUpdates.length;
    return (
      <Card aria-labelledby="escalation-preview-title">
        <CardHeader
          header={
            <Subtitle2
              as="h3"
              id="escalation-preview-title"
            >{`${p.sourceId} is already Panel risk ${p.panelNumber}`}</Subtitle2>
          }
          description={<Caption1>Escalating again never creates a second Panel row; it re-syncs.</Caption1>}
        />
        {nothing ? (
          <Body1>The Panel risk already agrees with its source: nothing to re-sync.</Body1>
        ) : (
          <ul aria-label="Differences">
            {p.panelUpdates
              .filter((u) => u.key !== "mitigations")
              .map((u) => (
                <li key={u.key}>{`${u.key}: ${String(u.from ?? "blank")} → ${String(u.to ?? "blank")}`}</li>
              ))}
            {p.mitigationChanges.map((m, i) => (
              <li key={`m${i}`}>{`Mitigation ${m.kind}: ${m.text}`}</li>
            ))}
            {p.sourceUpdates.length > 0 && <li>{`The link on ${p.sourceId} is repaired.`}</li>}
          </ul>
        )}
        {nothing ? (
          <Actions busy={busy} onConfirm={onCancel} onCancel={onCancel} label="Close" />
        ) : (
          <Actions busy={busy} onConfirm={onConfirm} onCancel={onCancel} label="Apply re-sync" />
        )}
      </Card>
    );
  }
  const sev = severityOf(p.row.impact, p.row.likelihood);
  return (
    <Card aria-labelledby="escalation-preview-title">
      <CardHeader
        header={
          <Subtitle2
            as="h3"
            id="escalation-preview-title"
          >{`Preview: Panel risk ${p.panelNumber}`}</Subtitle2>
        }
        description={<Caption1>{String(p.row.escalatedFrom)}</Caption1>}
      />
      <Body1>
        <strong>There is a risk that… </strong>
        {String(p.row.description ?? "")}
      </Body1>
      <Body1>{`Impact ${String(p.row.impact ?? "–")} × Likelihood ${String(p.row.likelihood ?? "–")} = Severity ${sev ?? "–"} (formulas compute severity, band and RAG).`}</Body1>
      <Body1>Mitigations (new to the Panel, so the next paper prints them in red):</Body1>
      <Bullets items={p.mitigations} />
      <Caption1>{`${p.sourceId} will record "Escalated to Panel risk ${p.panelNumber}" and the status Escalated; the audit log gets a row.`}</Caption1>
      <Actions busy={busy} onConfirm={onConfirm} onCancel={onCancel} label="Confirm escalation" />
    </Card>
  );
}

export function RaiseIssuePreviewCard({ preview, busy, onConfirm, onCancel }: Props<RaiseIssuePreview>) {
  const p = preview.plan;
  return (
    <Card aria-labelledby="raise-preview-title">
      <CardHeader
        header={<Subtitle2 as="h3" id="raise-preview-title">{`Preview: Issue ${p.issueNumber}`}</Subtitle2>}
        description={<Caption1>{p.summary}</Caption1>}
      />
      <Body1>{`Date raised ${String(p.row.dateRaised)}; associated risk ${String(p.row.associatedRisks)}; Impact ${String(p.row.impact ?? "–")}.`}</Body1>
      <Body1>
        <strong>There is an issue that… </strong>
        {String(p.row.description ?? "")}
      </Body1>
      <Actions busy={busy} onConfirm={onConfirm} onCancel={onCancel} label="Raise the issue" />
    </Card>
  );
}
