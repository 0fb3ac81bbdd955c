// The rows an escalation or a raise-as-issue will write, shown before anything is written.
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { ColumnKey } from "../../domain/columns";
import { changeText } from "../../domain/fieldNames";
import type { ConflictChoice, FieldChange, ResyncConflict } from "../../domain/escalation";
import { displayDate } from "../../domain/dates";
import type { Mitigation } from "../../domain/mitigations";
import { severityOf } from "../../domain/scoring";
import type { EscalationPreview, RaiseIssuePreview } from "../../excel/escalate";
import { escapeCancels, useRevealAndFocus } from "../useRevealAndFocus";

interface Props<P> {
  preview: P;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** What a co-author changed since the user last saw the preview: shown, marked, before confirming. */
  changes?: readonly FieldChange[];
}

const shown = (v: unknown) => (v === null || v === undefined || v === "" ? "blank" : String(v));

/** The fields that changed since the last preview, so the user sees what they now approve. */
function ChangedSincePreview({ changes }: { changes?: readonly FieldChange[] }) {
  if (!changes?.length) return null;
  return (
    <div className="rs-changed" role="group" aria-labelledby="changed-title">
      <Body1 id="changed-title">
        <strong>Changed since you looked</strong> (by someone else): confirm again only if this is still
        right.
      </Body1>
      <ul aria-label="Changes since the preview">
        {changes.map((c) => (
          <li key={c.key}>
            {`${c.label}: `}
            <del>{shown(c.previewed)}</del>
            {" → "}
            <mark>{shown(c.now)}</mark>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Marks a previewed value that a co-author changed. */
function Marked({ changed, children }: { changed: boolean; children: ReactNode }) {
  return changed ? <mark>{children}</mark> : <>{children}</>;
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
  confirmDisabled = false,
}: {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  label: string;
  /** Confirm only (Cancel stays available), e.g. until every conflict has a choice. */
  confirmDisabled?: boolean;
}) {
  return (
    <div className="rs-row">
      <Button appearance="primary" onClick={onConfirm} disabled={busy || confirmDisabled}>
        {label}
      </Button>
      <Button onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
    </div>
  );
}

export function EscalationPreviewCard({
  preview,
  busy,
  onConfirm,
  onCancel,
  changes,
}: Props<EscalationPreview>) {
  const p = preview.plan;
  const changed = (k: ColumnKey) => !!changes?.some((c) => c.key === k);
  // Focus moves to the preview when it appears (and again when a co-author's change re-plans it).
  const ref = useRevealAndFocus<HTMLDivElement>(preview);
  const keys = escapeCancels(onCancel, busy);
  if (p.kind === "resync") {
    const nothing = !p.panelUpdates.length && !p.mitigationChanges.length && !p.sourceUpdates.length;
    return (
      <Card ref={ref} tabIndex={-1} onKeyDown={keys} aria-labelledby="escalation-preview-title">
        <CardHeader
          header={
            <Subtitle2
              as="h3"
              id="escalation-preview-title"
            >{`${p.sourceId} is already Panel risk ${p.panelNumber}`}</Subtitle2>
          }
          description={<Caption1>Escalating again never creates a second Panel row; it re-syncs.</Caption1>}
        />
        <ChangedSincePreview changes={changes} />
        {nothing ? (
          <Body1>The Panel risk already agrees with its source: nothing to re-sync.</Body1>
        ) : (
          <ul aria-label="Differences">
            {p.panelUpdates
              .filter((u) => u.key !== "mitigations")
              .map((u) => (
                <li key={u.key}>
                  <Marked changed={changed(u.key)}>{changeText(u.key, u.from, u.to)}</Marked>
                </li>
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
    <Card ref={ref} tabIndex={-1} onKeyDown={keys} aria-labelledby="escalation-preview-title">
      <CardHeader
        header={
          <Subtitle2
            as="h3"
            id="escalation-preview-title"
          >{`Preview: Panel risk ${p.panelNumber}`}</Subtitle2>
        }
        description={
          <Caption1>{`${String(p.row.escalatedFrom)}: a new row of ${preview.targetName} from ${preview.sourceName}.`}</Caption1>
        }
      />
      <ChangedSincePreview changes={changes} />
      <Body1>
        <strong>There is a risk that… </strong>
        <Marked changed={changed("description")}>{String(p.row.description ?? "")}</Marked>
      </Body1>
      <Body1>
        <Marked changed={changed("impact")}>{`Impact ${String(p.row.impact ?? "–")}`}</Marked>
        {" × "}
        <Marked changed={changed("likelihood")}>{`Likelihood ${String(p.row.likelihood ?? "–")}`}</Marked>
        {` = Severity ${sev ?? "–"} (formulas compute severity, band and RAG).`}
      </Body1>
      <Body1>Mitigations (new to the Panel, so the next paper prints them in red):</Body1>
      <Bullets items={p.mitigations} />
      <Caption1>{`${p.sourceId} will record "Escalated to Panel risk ${p.panelNumber}" and the status Escalated; the audit log gets a row.`}</Caption1>
      <Actions busy={busy} onConfirm={onConfirm} onCancel={onCancel} label="Confirm escalation" />
    </Card>
  );
}

export function RaiseIssuePreviewCard({
  preview,
  busy,
  onConfirm,
  onCancel,
  changes,
}: Props<RaiseIssuePreview>) {
  const p = preview.plan;
  const changed = (k: ColumnKey) => !!changes?.some((c) => c.key === k);
  const ref = useRevealAndFocus<HTMLDivElement>(preview);
  return (
    <Card
      ref={ref}
      tabIndex={-1}
      onKeyDown={escapeCancels(onCancel, busy)}
      aria-labelledby="raise-preview-title"
    >
      <CardHeader
        header={<Subtitle2 as="h3" id="raise-preview-title">{`Preview: Issue ${p.issueNumber}`}</Subtitle2>}
        description={<Caption1>{p.summary}</Caption1>}
      />
      <ChangedSincePreview changes={changes} />
      <Body1>{`Date raised ${displayDate(p.row.dateRaised ?? null)}; associated risk ${String(p.row.associatedRisks)}; Impact ${String(p.row.impact ?? "–")}.`}</Body1>
      <Body1>
        <strong>There is an issue that… </strong>
        <Marked changed={changed("description")}>{String(p.row.description ?? "")}</Marked>
      </Body1>
      <Actions busy={busy} onConfirm={onConfirm} onCancel={onCancel} label="Raise the issue" />
    </Card>
  );
}

/**
 * A co-author edited the Panel copy since the re-sync preview: for each such field the user keeps their
 * value or takes the sub-committee's. Nothing is written until every field has a choice.
 */
export function ResyncConflictCard({
  sourceId,
  panelNumber,
  conflicts,
  busy,
  onApply,
  onCancel,
}: {
  sourceId: string;
  panelNumber: number;
  conflicts: readonly ResyncConflict[];
  busy: boolean;
  onApply: (choices: Partial<Record<ColumnKey, ConflictChoice>>) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<Partial<Record<ColumnKey, ConflictChoice>>>({});
  const complete = conflicts.every((c) => choices[c.key]);
  const ref = useRevealAndFocus<HTMLDivElement>(conflicts);
  return (
    <Card
      ref={ref}
      tabIndex={-1}
      onKeyDown={escapeCancels(onCancel, busy)}
      aria-labelledby="conflict-title"
      className="rs-conflict"
    >
      <CardHeader
        header={
          <Subtitle2
            as="h3"
            id="conflict-title"
          >{`Someone changed Panel risk ${panelNumber} since the preview`}</Subtitle2>
        }
        description={
          <Caption1>
            Nothing was written. For each field, keep their value or take {sourceId}&apos;s.
          </Caption1>
        }
      />
      {conflicts.map((c) => (
        <Field key={c.key} label={c.label}>
          <RadioGroup
            value={choices[c.key] ?? ""}
            onChange={(_, d) => setChoices((x) => ({ ...x, [c.key]: d.value as ConflictChoice }))}
          >
            <Radio value="theirs" label={`Keep theirs: ${shown(c.theirs)}`} />
            <Radio value="subCommittee" label={`Take ${sourceId}'s: ${shown(c.subCommittee)}`} />
          </RadioGroup>
          <Caption1>{`In the preview: ${shown(c.previewed)}`}</Caption1>
        </Field>
      ))}
      <Actions
        busy={busy}
        confirmDisabled={!complete}
        onConfirm={() => onApply(choices)}
        onCancel={onCancel}
        label="Apply my choices"
      />
    </Card>
  );
}
