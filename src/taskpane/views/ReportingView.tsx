// The DCC reporting tracker (issue 15): each report's latest month with its delivery status, a new
// month in one click, a received date recorded, and the Sub-Committee Report's table built. State
// lives in useReportTracker; this renders it. A report's received date is recorded from its own line
// of the list (its whole name is there, where a 270 px dropdown cut "Certificate Signing Request
// (CS…"): its button opens the date field under it and focus moves into it; Escape or Cancel closes
// it and gives focus back to the button; the date recorded is told there, and takes focus.
import { Badge, Body1, Button, Caption1, Field, Input, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useRef } from "react";
import type { TrackerListItem } from "../../excel/reportTracker";
import { NoticeBar } from "../NoticeBar";
import { escapeCancels, useRevealAndFocus } from "../useRevealAndFocus";
import { itemKey, useReportTracker, type ReportTrackerState } from "./useReportTracker";

export function ReportingView() {
  return <ReportingPanel s={useReportTracker()} />;
}

/** The view as rendered from its hook's state (so each state can be rendered by itself). */
export function ReportingPanel({ s }: { s: ReportTrackerState }) {
  const busy = !!s.busy;
  const list = s.list;
  return (
    <section aria-labelledby="reporting-title" className="rs-stack">
      <Subtitle2 as="h2" id="reporting-title">
        DCC reporting
      </Subtitle2>
      <div ref={s.resultRef} tabIndex={-1} className="rs-result">
        <NoticeBar notice={s.message} onDismiss={s.dismissMessage} />
      </div>
      {busy && <Spinner size="tiny" label={s.busy} />}
      {list && !list.exists && (
        <>
          <Body1>
            This workbook has no DCC reporting tracker yet. Create it to keep one row per DCC report and
            month, with due dates worked out in working days.
          </Body1>
          <Button appearance="primary" onClick={() => void s.create()} disabled={busy}>
            Create the tracker
          </Button>
        </>
      )}
      {list?.exists && (
        <>
          {/* Enabled with no rows read: the first month's rows are typed on the sheet while the view is
              open, and each command reads the tracker afresh (and says when it has no rows). */}
          <div className="rs-row">
            <Button appearance="primary" onClick={() => void s.newMonth()} disabled={busy}>
              Add the new month
            </Button>
            <Button onClick={() => void s.build()} disabled={busy}>
              Build the report&apos;s table
            </Button>
          </div>
          {list.problems.length > 0 && (
            <ul className="rs-bullets" aria-label="Rows the tracker cannot work with">
              {list.problems.map((p, i) => (
                <li key={i}>
                  <Caption1>{p}</Caption1>
                </li>
              ))}
            </ul>
          )}
          <Subtitle2 as="h3">Latest reports</Subtitle2>
          {list.paperMonthLabel && (
            <Caption1>
              The {list.paperMonthLabel} paper&apos;s reports, and any earlier one still overdue.
            </Caption1>
          )}
          {list.latest.length === 0 && (
            <Body1>No reports yet: add the first month&apos;s rows on the DCC Reporting sheet.</Body1>
          )}
          <ul className="rs-findings" aria-label="Latest reports">
            {list.latest.map((item) => (
              <ReportItem key={itemKey(item)} s={s} item={item} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A report's latest month: its status, and (when it is owed this month) its received date recorded. */
function ReportItem({ s, item }: { s: ReportTrackerState; item: TrackerListItem }) {
  const busy = !!s.busy;
  const key = itemKey(item);
  const open = s.recording === key;
  const opener = useRef<HTMLButtonElement>(null);
  const label = `${item.report} (${item.monthLabel})`;
  const action = item.received ? "Change received date" : "Record received";
  return (
    <li className="rs-candidate">
      <span className="rs-row">
        <strong>{item.report}</strong>
        {/* A status can be long ("Overdue: not received, two Working Days after it was due"):
            the badge grows to its lines rather than its text spilling out of a 20 px pill. */}
        <Badge
          appearance="tint"
          color={item.lateOrOverdue ? "danger" : "informative"}
          style={{ height: "auto", minHeight: "20px", paddingBlock: "2px", textAlign: "start" }}
        >
          {item.status}
        </Badge>
      </span>
      <Caption1>
        {item.dueThisMonth
          ? `${item.monthLabel} · Due: ${item.due || "timing not specified"} · Received: ${item.received || "not yet"}`
          : `${item.monthLabel} · not owed this month`}
      </Caption1>
      {/* Nothing to receive in a month the report is not owed. The button stays while its field is
          open, so that Escape gives focus back to it. */}
      {item.dueThisMonth && (
        <span className="rs-row">
          <Button
            ref={opener}
            size="small"
            aria-label={`${action}: ${label}`}
            aria-expanded={open}
            onClick={() => (open ? s.cancelRecord() : s.openRecord(key))}
            disabled={busy}
          >
            {action}
          </Button>
        </span>
      )}
      {s.recorded?.key === key && (
        <div ref={s.recordedRef} tabIndex={-1} className="rs-result">
          <NoticeBar notice={s.recorded.notice} onDismiss={s.dismissRecorded} />
        </div>
      )}
      {open && (
        <ReceivedForm
          s={s}
          label={label}
          onCancel={() => {
            s.cancelRecord();
            // After the field has gone (a click on Safari does not focus the button by itself).
            requestAnimationFrame(() => opener.current?.focus());
          }}
        />
      )}
    </li>
  );
}

/** The received date of the report being recorded: focused when it opens; Enter records, Escape cancels. */
function ReceivedForm({
  s,
  label,
  onCancel,
}: {
  s: ReportTrackerState;
  label: string;
  onCancel: () => void;
}) {
  const busy = !!s.busy;
  const input = useRevealAndFocus<HTMLInputElement>(label);
  return (
    <form
      aria-label={`Received date of ${label}`}
      className="rs-fieldset"
      onKeyDown={escapeCancels(onCancel, busy)}
      onSubmit={(e) => {
        e.preventDefault();
        if (s.canRecord && !busy) void s.record();
      }}
    >
      <Field label="Received on" validationMessage={s.dateProblem ?? undefined}>
        <Input
          ref={input}
          className="rs-fit"
          type="date"
          value={s.receivedOn}
          onChange={(_, d) => s.setReceivedOn(d.value)}
          disabled={busy}
        />
      </Field>
      <div className="rs-row">
        <Button type="submit" appearance="primary" disabled={busy || !s.canRecord}>
          Record
        </Button>
        <Button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
