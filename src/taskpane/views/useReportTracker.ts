// The Reporting view's state (issue 15): the DCC reporting tracker's latest rows, the report whose
// received date is being recorded, and the last command's notice. The view only renders what this holds.
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

export function useReportTracker() {
  const host = useHost();
  const changed = useWorkbookChanged();
  const [list, setList] = useState<TrackerList | null>(null);
  const [message, setMessage] = useState<Notice | null>(null);
  const [recording, setRecording] = useState("");
  const [receivedOn, setReceivedOn] = useState("");
  const { ref: resultRef, shown } = useFocusOnResult<HTMLDivElement>();
  const tell = useCallback(
    (n: Notice) => {
      setMessage(n);
      shown();
    },
    [shown],
  );
  const { busy, run } = useBusyRun(tell, () => setMessage(null), "Retrying is safe.");

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
          title: "DCC reporting tracker created",
          body: `The "DCC Reporting" sheet is ready for the first month's reports; the "Bank Holidays" sheet holds ${result.holidays} England and Wales bank holidays, which you can edit.`,
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
        tell({
          intent: result.added.length ? "success" : "info",
          title: result.added.length ? "New month added" : "Nothing to add",
          body: result.message,
        });
        // Also with nothing added: the Due and Status columns were rewritten, and rows typed on the
        // sheet since the view read it are shown.
        await after();
      } else tell({ intent: "error", title: "The new month was not added", body: result.message });
    });

  const day = receivedOn.trim() ? isoDate(receivedOn) : null;
  const dateProblem = receivedOn.trim() && !day ? "Enter the whole date: day, month and year." : null;
  const chosen = list?.latest.find((i) => itemKey(i) === recording) ?? null;

  const record = () =>
    run("Recording the date…", async () => {
      if (!chosen || !day) return;
      const result = await recordReceived(host, chosen.report, chosen.month, day);
      if (result.status === "done") {
        tell({
          intent: "success",
          title: `${chosen.report} (${chosen.monthLabel}) received`,
          body: result.statusText,
        });
        setReceivedOn("");
        await after();
      } else tell({ intent: "error", title: "The date was not recorded", body: result.message });
    });

  const build = () =>
    run("Building the table…", async () => {
      const result = await buildReportTable(host);
      if (result.status === "done") {
        tell({
          intent: result.lateOrOverdue.length ? "warning" : "success",
          title: `"DCC Reporting Table" built: ${result.rows.length} report(s)`,
          body: result.lateOrOverdue.length
            ? // Each highlight is a sentence of its own ("… was received one Working Day late.").
              `Late or overdue: ${result.lateOrOverdue.join(" ")}`
            : "Nothing is late or overdue.",
        });
        await after();
      } else tell({ intent: "error", title: "The table was not built", body: result.message });
    });

  return {
    busy,
    message,
    resultRef,
    list,
    create,
    newMonth,
    build,
    recording,
    setRecording,
    receivedOn,
    setReceivedOn,
    dateProblem,
    canRecord: !!chosen && !!day,
    record,
  };
}

export type ReportTrackerState = ReturnType<typeof useReportTracker>;
