// The Reporting view's state (issue 15): the DCC reporting tracker's latest rows, the report whose
// received date is being recorded (its date field open on its own line of the list), and the last
// command's notice: a short title, a line at most, and the detail (the reports added, what is late)
// as a list. A date recorded is told on the report's own line, where the user is, not at the top of
// a long list. The view only renders what this holds.
import { useCallback, useEffect, useState } from "react";
import {
  addNextMonth,
  buildReportTable,
  createReportTracker,
  listReportTracker,
  recordReceived,
  type TrackerList,
} from "../../excel/reportTracker";
import { errorText, useHost } from "../HostContext";
import type { Notice } from "../NoticeBar";
import { useBusyRun } from "../useBusyRun";
import { useFocusOnResult } from "../useRevealAndFocus";
import { useWorkbookChanged } from "../WorkbookChanged";
import { isoDate } from "./useActionImport";

/** A row of the list by its key: the report and its month. */
export const itemKey = (item: { report: string; month: { year: number; month: number } }) =>
  `${item.report}|${item.month.year}-${item.month.month}`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The notice for a new month added: the paper month(s) in the title ("September 2018 paper added"),
 * the reports added as a list, each with its period ("Performance Measurement Report – July 2018").
 */
export function addedNotice(added: readonly string[], paperMonths: string): Notice {
  return {
    intent: "success",
    title: `${paperMonths} ${paperMonths.includes(" and ") || paperMonths.includes(" to ") ? "papers" : "paper"} added`,
    body: `${plural(added.length, "report")}:`,
    items: [...added],
  };
}

export function useReportTracker() {
  const host = useHost();
  const changed = useWorkbookChanged();
  const [list, setList] = useState<TrackerList | null>(null);
  const [message, setMessage] = useState<Notice | null>(null);
  const [recording, setRecording] = useState("");
  const [receivedOn, setReceivedOn] = useState("");
  /** The last date recorded (or refused), told on its report's line: the report's key and the notice. */
  const [recorded, setRecorded] = useState<{ key: string; notice: Notice } | null>(null);
  const { ref: resultRef, shown } = useFocusOnResult<HTMLDivElement>();
  const { ref: recordedRef, shown: recordedShown } = useFocusOnResult<HTMLDivElement>();
  const tell = useCallback(
    (n: Notice) => {
      setMessage(n);
      shown();
    },
    [shown],
  );
  const tellRecorded = (key: string, notice: Notice) => {
    setRecorded({ key, notice });
    recordedShown();
  };
  const { busy, run } = useBusyRun(
    tell,
    () => {
      setMessage(null);
      setRecorded(null);
    },
    "Retrying is safe.",
  );

  const load = useCallback(async () => {
    try {
      setList(await listReportTracker(host));
    } catch (e) {
      setMessage({ intent: "error", title: "Could not read the DCC reporting tracker", body: errorText(e) });
    }
  }, [host]);

  useEffect(() => {
    void load();
  }, [load]);

  const after = async () => {
    changed();
    await load();
  };

  const create = () =>
    run("Creating the tracker…", async () => {
      const result = await createReportTracker(host);
      if (result.status === "done") {
        tell({
          intent: "success",
          title: "Tracker created",
          body: "Two sheets added:",
          items: ["DCC Reporting", `Bank Holidays (${plural(result.holidays, "holiday")}, editable)`],
        });
        await after();
      } else
        tell({
          intent: result.status === "exists" ? "info" : "error",
          title: result.status === "exists" ? "Already there" : "Not created",
          body: result.message,
        });
    });

  const newMonth = () =>
    run("Adding the new month…", async () => {
      const result = await addNextMonth(host);
      if (result.status === "done") {
        tell(
          result.added.length
            ? addedNotice(result.added, result.paperMonthsLabel)
            : { intent: "info", title: "Nothing to add", body: result.message },
        );
        // Also with nothing added: the Due and Status columns were rewritten, and rows typed on the
        // sheet since the view read it are shown.
        await after();
      } else tell({ intent: "error", title: "The new month was not added", body: result.message });
    });

  const day = receivedOn.trim() ? isoDate(receivedOn) : null;
  const dateProblem = receivedOn.trim() && !day ? "Enter the whole date: day, month and year." : null;
  const chosen = list?.latest.find((i) => itemKey(i) === recording) ?? null;

  /** Opens the date field of a report in the list (one at a time), empty. */
  const openRecord = (key: string) => {
    setRecording(key);
    setRecorded(null);
    setReceivedOn("");
  };
  const cancelRecord = () => {
    setRecording("");
    setReceivedOn("");
  };

  const record = () =>
    run("Recording the date…", async () => {
      if (!chosen || !day) return;
      const result = await recordReceived(host, chosen.report, chosen.month, day);
      const key = itemKey(chosen);
      if (result.status === "done") {
        // On the report's line, under its name: the status the date gives it is all it needs to say.
        tellRecorded(key, { intent: "success", title: "Date recorded", body: result.statusText });
        setRecording("");
        setReceivedOn("");
        await after();
      } else tellRecorded(key, { intent: "error", title: "Not recorded", body: result.message });
    });

  const build = () =>
    run("Building the table…", async () => {
      const result = await buildReportTable(host);
      if (result.status === "done") {
        const late = result.lateOrOverdue.length;
        tell({
          intent: late ? "warning" : "success",
          title: `Table built: ${plural(result.rows.length, "report")}`,
          body: late
            ? `On the "DCC Reporting Table" sheet. Late or overdue (${late}):`
            : `On the "DCC Reporting Table" sheet. Nothing is late or overdue.`,
          // Each highlight is a sentence of its own ("… was received one Working Day late.").
          items: result.lateOrOverdue,
        });
        await after();
      } else tell({ intent: "error", title: "The table was not built", body: result.message });
    });

  return {
    busy,
    message,
    dismissMessage: () => setMessage(null),
    resultRef,
    recorded,
    dismissRecorded: () => setRecorded(null),
    recordedRef,
    list,
    create,
    newMonth,
    build,
    recording,
    openRecord,
    cancelRecord,
    receivedOn,
    setReceivedOn,
    dateProblem,
    canRecord: !!chosen && !!day,
    record,
  };
}

export type ReportTrackerState = ReturnType<typeof useReportTracker>;
