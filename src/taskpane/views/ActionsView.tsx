// The action log (issue 14, item 4): paste a meeting's minutes, preview the actions they raise and the
// updates to earlier ones, confirm to write them; below, the log's open actions, each linkable as a
// risk's mitigation. State lives in useActionImport; this renders it.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Checkbox,
  Field,
  Input,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { formatPaperDate } from "../../domain/dates";
import type { ActionImportPreview } from "../../excel/actionLog";
import { NoticeBar } from "../NoticeBar";
import { escapeCancels, useRevealAndFocus } from "../useRevealAndFocus";
import { useActionImport, type ActionImportState } from "./useActionImport";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A due date as the paper prints it: "14 September 2017", "September 2017" for a month. */
function dueOf(row: ActionImportPreview["plan"]["add"][number]["row"]): string {
  const due = row.dueDate;
  if (due) {
    if (due.precision === "day") return formatPaperDate(due.date);
    const month = new Date(Date.UTC(due.date.year, due.date.month - 1, 1));
    return month.toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
  }
  return row.dueText ? `${row.dueText} (no date)` : "not given";
}

function PreviewCard({ s, preview }: { s: ActionImportState; preview: ActionImportPreview }) {
  // The preview takes focus when it appears (and again when a co-author's change re-plans it).
  const ref = useRevealAndFocus<HTMLDivElement>(preview);
  const { plan, extracted } = preview;
  const busy = !!s.busy;
  const notes = [...extracted.warnings, ...plan.messages];
  return (
    <Card
      ref={ref}
      tabIndex={-1}
      onKeyDown={escapeCancels(s.cancelPreview, busy)}
      aria-labelledby="actions-preview-title"
      className="rs-changed"
    >
      <CardHeader
        header={
          <Subtitle2 as="h3" id="actions-preview-title">
            {`Preview: ${plural(plan.add.length, "new action")}`}
          </Subtitle2>
        }
        description={
          <Caption1>{`Into ${preview.logName}${extracted.meeting ? `, from the minutes of ${extracted.meeting}` : ""}. Nothing is written until you confirm.`}</Caption1>
        }
      />
      {notes.length > 0 && (
        <ul className="rs-bullets" aria-label="About these minutes">
          {notes.map((n, i) => (
            <li key={i}>
              <Caption1>{n}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {plan.add.length > 0 && (
        <ul className="rs-findings" aria-label="New actions">
          {plan.add.map((a) => (
            <li key={a.row.number} className="rs-candidate">
              <span className="rs-row">
                <strong>{a.row.number}</strong>
                {a.numberProposed && (
                  <Badge appearance="tint" color="warning">
                    Number proposed
                  </Badge>
                )}
              </span>
              <Caption1>{`Owner: ${a.row.owner ?? "not named"} · Due: ${dueOf(a.row)}`}</Caption1>
              <Body1>{a.row.description}</Body1>
            </li>
          ))}
        </ul>
      )}
      {plan.updates.length > 0 && (
        <div role="group" aria-labelledby="actions-updates-title" className="rs-stack">
          <Body1 id="actions-updates-title">
            <strong>Updates to actions in the log</strong> (added to their Updates cell if ticked)
          </Body1>
          {plan.updates.map((u, i) => (
            <div key={`${u.number}-${i}`} className="rs-stack">
              <Checkbox
                checked={s.updates.has(i)}
                onChange={(_, d) => s.chooseUpdate(i, !!d.checked)}
                label={`${u.number}: ${u.line}`}
                disabled={busy}
              />
              {u.proposedStatus && (
                <Checkbox
                  checked={s.statuses.has(i)}
                  onChange={(_, d) => s.chooseStatus(i, !!d.checked)}
                  label={`Also set ${u.number}'s status to ${u.proposedStatus}`}
                  disabled={busy || !s.updates.has(i)}
                />
              )}
            </div>
          ))}
        </div>
      )}
      {plan.differences.length > 0 && (
        <ul className="rs-bullets" aria-label="In the log with other words">
          {plan.differences.map((d) => (
            <li key={d.number}>
              <Caption1>{`${d.number}: the log's ${d.fields.join(" and ")} reads differently; the log is kept as it is.`}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {plan.unknownReferences.length > 0 && (
        <div role="group" aria-labelledby="actions-unknown-title">
          <Body1 id="actions-unknown-title">
            <strong>Mentions of actions not in the log</strong>
          </Body1>
          <ul className="rs-bullets">
            {plan.unknownReferences.map((r, i) => (
              <li key={i}>
                <Caption1>{r.update.text}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="rs-row">
        <Button appearance="primary" onClick={() => void s.confirm()} disabled={busy || !s.canConfirm}>
          Confirm
        </Button>
        <Button onClick={s.cancelPreview} disabled={busy}>
          Cancel
        </Button>
      </div>
    </Card>
  );
}

function LinkPicker({ s, number }: { s: ActionImportState; number: string }) {
  const ref = useRevealAndFocus<HTMLDivElement>(number);
  const busy = !!s.busy;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-label={`Link ${number} to a risk`}
      className="rs-fieldset rs-result"
      onKeyDown={escapeCancels(s.cancelLink, busy)}
    >
      {s.registers.length > 1 && (
        <Field label="Risk register">
          <Select
            className="rs-fit"
            value={s.linkRegister}
            onChange={(_, d) => s.chooseLinkRegister(d.value)}
          >
            {s.registers.map((r) => (
              <option key={r.registerId} value={r.registerId}>
                {r.registerName}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Risk" hint="The action becomes a planned mitigation of the risk.">
        <Select className="rs-fit" value={s.linkRisk} onChange={(_, d) => s.setLinkRisk(d.value)}>
          {s.linkRisks.map((r) => (
            <option key={r.key} value={r.key}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className="rs-row">
        <Button appearance="primary" onClick={() => void s.link()} disabled={busy || !s.linkRisk}>
          Link
        </Button>
        <Button onClick={s.cancelLink} disabled={busy}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

export function ActionsView() {
  const s = useActionImport();
  const busy = !!s.busy;
  const list = s.list;
  return (
    <section aria-labelledby="actions-title" className="rs-stack">
      <Subtitle2 as="h2" id="actions-title">
        {list?.logName ?? "Action log"}
      </Subtitle2>
      <div ref={s.resultRef} tabIndex={-1} className="rs-result">
        <NoticeBar notice={s.message} />
      </div>
      {busy && <Spinner size="tiny" label={s.busy} />}
      {list?.problem && <Body1>{list.problem}</Body1>}
      <Field
        label="Paste the minutes"
        hint={
          'Every "ACTION SECP47/02: …" becomes an action; a mention of an earlier action is an update to it.'
        }
      >
        <Textarea resize="vertical" rows={6} value={s.text} onChange={(_, d) => s.setText(d.value)} />
      </Field>
      <Field
        label="Meeting date (if the minutes do not give it)"
        validationMessage={s.dateProblem ?? undefined}
      >
        <Input
          className="rs-fit"
          type="date"
          value={s.meetingDate}
          onChange={(_, d) => s.setMeetingDate(d.value)}
        />
      </Field>
      <Button onClick={() => void s.startPreview()} disabled={busy || !s.canPreview || !!list?.problem}>
        Preview actions
      </Button>
      {s.preview && <PreviewCard s={s} preview={s.preview} />}
      {list && !list.problem && (
        <>
          <Subtitle2 as="h3">{`Open actions (${list.open.length} of ${list.total})`}</Subtitle2>
          {list.open.length === 0 && <Body1>No open actions.</Body1>}
          <ul className="rs-findings" aria-label="Open actions">
            {list.open.map((a) => (
              <li key={a.number} className="rs-candidate">
                <span className="rs-row">
                  <strong>{a.number}</strong>
                  {a.status && <Badge appearance="tint">{a.status}</Badge>}
                </span>
                <Caption1>{`Owner: ${a.owner || "not named"} · Due: ${a.due || "not given"}`}</Caption1>
                <Body1>{a.text}</Body1>
                {a.linkedRisks && <Caption1>{`Linked risks: ${a.linkedRisks}`}</Caption1>}
                {/* Kept while its picker is open, so that Escape gives focus back to it. */}
                <Button
                  size="small"
                  aria-expanded={s.linking === a.number}
                  onClick={() => s.openLink(a.number)}
                  disabled={busy || s.registers.every((r) => r.risks.length === 0)}
                >
                  Link to a risk
                </Button>
                {s.linking === a.number && <LinkPicker s={s} number={a.number} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
