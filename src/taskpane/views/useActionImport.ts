// The Actions view's state: the pasted minutes and their preview, what the user ticks in it, the log's
// open actions, and the risk an action is being linked to. The view only renders what this holds.
import { useCallback, useEffect, useState } from "react";
import type { CalendarDate } from "../../domain/dates";
import { linkActionToRisk } from "../../excel/actionLink";
import {
  applyActionImport,
  listActionLog,
  previewActionImport,
  type ActionImportPreview,
  type ActionLogList,
} from "../../excel/actionLog";
import { errorText, useHost } from "../HostContext";
import type { Notice } from "../NoticeBar";
import { useBusyRun } from "../useBusyRun";
import { useFocusOnResult, useReturnFocus } from "../useRevealAndFocus";
import { useWorkbookChanged } from "../WorkbookChanged";

/** "2017-08-11" (a date input's value) as a calendar date; null when blank or not a date. */
export function isoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return check.getUTCMonth() === d.month - 1 && check.getUTCDate() === d.day ? d : null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function useActionImport() {
  const host = useHost();
  const changed = useWorkbookChanged();
  const [text, setText] = useState("");
  const [meetingDate, setMeetingDate] = useState("");
  const [list, setList] = useState<ActionLogList | null>(null);
  const [preview, setPreview] = useState<ActionImportPreview | null>(null);
  const [updates, setUpdates] = useState<ReadonlySet<number>>(new Set());
  const [statuses, setStatuses] = useState<ReadonlySet<number>>(new Set());
  const [message, setMessage] = useState<Notice | null>(null);
  // The action whose risk picker is open, and the risk chosen in it.
  const [linking, setLinking] = useState<string | null>(null);
  const [linkRegister, setLinkRegister] = useState("");
  const [linkRisk, setLinkRisk] = useState("");
  const { ref: resultRef, shown } = useFocusOnResult<HTMLDivElement>();
  const opener = useReturnFocus();
  const tell = useCallback(
    (n: Notice) => {
      setMessage(n);
      shown();
    },
    [shown],
  );
  const { busy, run } = useBusyRun(
    tell,
    () => setMessage(null),
    "Nothing was half written; retrying is safe.",
  );

  const load = useCallback(async () => {
    try {
      setList(await listActionLog(host));
    } catch (e) {
      setMessage({ intent: "error", title: "Could not read the action log", body: errorText(e) });
    }
  }, [host]);

  useEffect(() => {
    void load();
  }, [load]);

  const dateGiven = meetingDate.trim() ? isoDate(meetingDate) : null;
  const dateProblem =
    meetingDate.trim() && !dateGiven ? "Enter the date as a date, such as 11/08/2017." : null;

  const showPreview = (p: ActionImportPreview | null) => {
    setPreview(p);
    setUpdates(new Set());
    setStatuses(new Set());
  };

  const startPreview = () => {
    opener.remember();
    return run("Reading the minutes…", async () => {
      showPreview(null);
      const p = await previewActionImport(host, text, dateGiven ? { meetingDate: dateGiven } : {});
      if ("error" in p) tell({ intent: "error", title: "Cannot read actions into the log", body: p.error });
      else showPreview(p);
    });
  };

  const cancelPreview = () => {
    showPreview(null);
    opener.restore();
  };

  const toggle = (set: ReadonlySet<number>, i: number, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(i);
    else next.delete(i);
    return next;
  };
  const chooseUpdate = (i: number, on: boolean) => {
    setUpdates((s) => toggle(s, i, on));
    if (!on) setStatuses((s) => toggle(s, i, false)); // a status goes with its update
  };
  const chooseStatus = (i: number, on: boolean) => setStatuses((s) => toggle(s, i, on));

  const confirm = () =>
    run("Writing the actions…", async () => {
      if (!preview) return;
      const result = await applyActionImport(host, preview, {
        updates: [...updates],
        statuses: [...statuses],
      });
      if (result.status === "done") {
        showPreview(null);
        const parts = [
          result.added.length ? `Added ${result.added.join(", ")}.` : "",
          result.updated.length ? `Updates noted on ${result.updated.join(", ")}.` : "",
          result.statuses.length ? `Status set: ${result.statuses.join(", ")}.` : "",
        ].filter(Boolean);
        tell({
          intent: "success",
          title: result.added.length
            ? `${plural(result.added.length, "action")} added to ${preview.logName}`
            : parts.length
              ? `${preview.logName} updated`
              : "Nothing to write",
          body: parts.join(" ") || "The log already has every action these minutes raise.",
        });
        if (parts.length) {
          changed();
          await load();
        }
      } else if (result.status === "replanned") {
        showPreview(result.preview);
        setMessage({ intent: "warning", title: "Changed since the preview", body: result.message });
      } else tell({ intent: "error", title: "The actions were not written", body: result.message });
    });

  const registers = list?.riskRegisters ?? [];
  const risksOf = (id: string) => registers.find((r) => r.registerId === id)?.risks ?? [];

  const openLink = (number: string) => {
    opener.remember();
    const first = registers[0];
    setLinking(number);
    setLinkRegister(first?.registerId ?? "");
    setLinkRisk(first?.risks[0]?.key ?? "");
  };
  const chooseLinkRegister = (id: string) => {
    setLinkRegister(id);
    setLinkRisk(risksOf(id)[0]?.key ?? "");
  };
  const cancelLink = () => {
    setLinking(null);
    opener.restore();
  };
  const link = () =>
    run("Linking…", async () => {
      if (!linking || !linkRegister || !linkRisk) return;
      const result = await linkActionToRisk(host, linking, linkRegister, linkRisk);
      if (result.status === "linked") {
        setLinking(null);
        tell({
          intent: "success",
          title: `${result.actionNumber} linked to risk ${result.riskId}`,
          body: result.message,
        });
        changed();
        await load();
      } else
        tell({
          intent: result.status === "refused" ? "warning" : "error",
          title: result.status === "refused" ? "Not linked" : "Linking did not finish",
          body: result.message,
        });
    });

  return {
    busy,
    message,
    resultRef,
    text,
    setText,
    meetingDate,
    setMeetingDate,
    dateProblem,
    canPreview: !!text.trim() && !dateProblem,
    startPreview,
    preview,
    updates,
    statuses,
    chooseUpdate,
    chooseStatus,
    canConfirm: !!preview && (preview.plan.add.length > 0 || updates.size > 0),
    confirm,
    cancelPreview,
    list,
    registers,
    linking,
    linkRegister,
    linkRisk,
    linkRisks: risksOf(linkRegister),
    openLink,
    chooseLinkRegister,
    setLinkRisk,
    cancelLink,
    link,
  };
}

export type ActionImportState = ReturnType<typeof useActionImport>;
