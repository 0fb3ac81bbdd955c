// The DCC reporting tracker (issue 15): each report's latest month with its delivery status, a new
// month in one click, a received date recorded, and the Sub-Committee Report's table built. State
// lives in useReportTracker; this renders it.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { NoticeBar } from "../NoticeBar";
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
        <NoticeBar notice={s.message} />
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
          {list.latest.length === 0 && (
            <Body1>No reports yet: add the first month&apos;s rows on the DCC Reporting sheet.</Body1>
          )}
          <ul className="rs-findings" aria-label="Latest reports">
            {list.latest.map((item) => (
              <li key={itemKey(item)} className="rs-candidate">
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
              </li>
            ))}
          </ul>
          {list.latest.length > 0 && (
            <div role="group" aria-labelledby="reporting-record-title" className="rs-stack">
              <Subtitle2 as="h3" id="reporting-record-title">
                Record a report received
              </Subtitle2>
              <Field label="Report">
                <Select
                  className="rs-fit"
                  value={s.recording}
                  onChange={(_, d) => s.setRecording(d.value)}
                  disabled={busy}
                >
                  <option value="">Choose a report</option>
                  {list.latest.map((item) => (
                    <option key={itemKey(item)} value={itemKey(item)}>
                      {`${item.report} (${item.monthLabel})`}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Received on" validationMessage={s.dateProblem ?? undefined}>
                <Input
                  className="rs-fit"
                  type="date"
                  value={s.receivedOn}
                  onChange={(_, d) => s.setReceivedOn(d.value)}
                  disabled={busy}
                />
              </Field>
              <Button onClick={() => void s.record()} disabled={busy || !s.canRecord}>
                Record
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
