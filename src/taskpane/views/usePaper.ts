// The Paper view's state: the baselines and what changed, the first paper's choice (today's register as
// the baseline, or bullets marked new by hand), Check's verdict on a build, and what was built. The view
// only renders.
import { useCallback, useEffect, useState } from "react";
import type { Baseline } from "../../domain/baseline";
import type { EntryChange } from "../../domain/changes";
import type { Finding } from "../../domain/findings";
import type { MarkableEntry } from "../../domain/paper";
import { publishBaseline, type BaselineInfo } from "../../excel/baselineStore";
import { setBulletMarks } from "../../excel/bulletMarks";
import { buildPaper, whatChanged, type BuildResult, type CheckStop } from "../../excel/paper";
import { selectCell } from "../../excel/selection";
import { errorText, useHost } from "../HostContext";
import type { Notice } from "../NoticeBar";
import { useBusyRun } from "../useBusyRun";
import { useFocusOnResult } from "../useRevealAndFocus";
import { useWorkbookChanged } from "../WorkbookChanged";

export function usePaper() {
  const host = useHost();
  const changed = useWorkbookChanged();
  const [baselines, setBaselines] = useState<BaselineInfo[]>([]);
  const [baselineId, setBaselineId] = useState<string>("");
  const [baseline, setBaseline] = useState<Baseline | null>(null);
  const [changes, setChanges] = useState<EntryChange[]>([]);
  const [entries, setEntries] = useState<MarkableEntry[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [marking, setMarking] = useState(false);
  const [message, setMessage] = useState<Notice | null>(null);
  const [built, setBuilt] = useState<BuildResult | null>(null);
  const [stop, setStop] = useState<CheckStop["check"] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  // What Publish, Build and Copy did takes focus (the message says it), scrolled into view.
  const { ref: resultRef, shown } = useFocusOnResult<HTMLDivElement>();
  const tell = (n: Notice) => {
    setMessage(n);
    shown();
  };

  const refresh = useCallback(
    async (id: string) => {
      const r = await whatChanged(host, id || null);
      if ("error" in r) {
        setMessage({ intent: "error", title: "Could not compare", body: r.error });
        return;
      }
      setBaselines(r.baselines);
      setBaseline(r.baseline);
      setChanges(r.changes);
      setEntries(r.entries);
      setLoaded(true);
      if (!id && r.baseline) setBaselineId(r.baselines[0]?.id ?? "");
    },
    [host],
  );

  useEffect(() => {
    refresh(baselineId).catch((e) =>
      setMessage({ intent: "error", title: "Could not read the workbook", body: errorText(e) }),
    );
  }, [refresh, baselineId]);

  const { busy, run } = useBusyRun(tell, () => setMessage(null));

  const publish = (firstPaper = false) =>
    run("Publishing…", async () => {
      const r = await publishBaseline(host);
      if (r.status === "published") {
        tell({
          intent: r.baseline.label.includes("(version") ? "warning" : "success",
          title: `Published the ${r.baseline.label} baseline`,
          body: `${r.baseline.registers.map((x) => `${x.name}: ${x.rows.length}`).join("; ")}. ${firstPaper ? "Today's register is the baseline: nothing in this paper is red unless you mark it. " : ""}${r.message}`,
        });
        setBaselineId(r.baseline.id);
        setMarking(false);
        changed();
        await refresh(r.baseline.id);
      } else if (r.status === "already") {
        tell({ intent: "info", title: "Already published", body: r.message });
        setBaselineId(r.baseline.id);
        await refresh(r.baseline.id);
      } else tell({ intent: "error", title: "Publishing did not finish", body: r.message });
    });

  /** Marks one bullet new this month (or not): stored beside the baselines, the cell keeps its words. */
  const mark = (entry: MarkableEntry, index: number, isNew: boolean) =>
    run("Saving the mark…", async () => {
      const b = entry.bullets[index]!;
      await setBulletMarks(host, [
        {
          registerId: entry.registerId,
          registerName: entry.registerName,
          key: entry.key,
          id: entry.id,
          text: b.words,
          isNew,
        },
      ]);
      await refresh(baselineId);
    });

  /** Build; `anyway` after the user has seen Check's warnings. Errors always stop it. */
  const build = (anyway = false) =>
    run("Building the appendices…", async () => {
      const r = await buildPaper(host, baselineId || null, new Date(), {
        warnings: anyway ? "build" : "stop",
      });
      if ("check" in r) {
        setStop(r.check);
        setBuilt(null);
        tell({
          intent: r.check.errors.length ? "error" : "warning",
          title: r.check.errors.length ? "Build is blocked by Check" : "Check found warnings",
          body: r.error,
        });
      } else if ("error" in r) tell({ intent: "error", title: "Build did not finish", body: r.error });
      else {
        setStop(null);
        setBuilt(r);
        changed();
        tell({
          intent: r.richText === "rich text" ? "success" : "warning",
          title: `Built ${r.sheets.join(", ")}`,
          body:
            (r.richText === "rich text"
              ? "New mitigations are red and planned ones italic, bullet by bullet."
              : `Rich text was not available (${r.richText.replace("fallback: ", "")}): each mitigation is on its own row, still red and italic.`) +
            (r.printSetup
              ? " Print setup: landscape A4, one page wide, header row on every page."
              : " This Excel lacks ExcelApi 1.9: set the print layout by hand.") +
            (r.warnings.length
              ? ` Built with ${r.warnings.length === 1 ? "one warning" : `${r.warnings.length} warnings`} from Check.`
              : ""),
        });
      }
    });

  const select = async (f: Finding) => {
    setSelected(`${f.sheet}!${f.address}`);
    try {
      await selectCell(host, f.sheet, f.address);
    } catch (e) {
      tell({ intent: "error", title: `Could not select ${f.sheet}!${f.address}`, body: errorText(e) });
    }
  };

  const copy = () =>
    void navigator.clipboard
      ?.writeText(built?.coverNote.join("\n") ?? "")
      .then(() =>
        tell({ intent: "success", title: "Copied", body: "The cover note draft is on the clipboard." }),
      )
      .catch(() =>
        tell({ intent: "warning", title: "Copy was refused", body: "Select the text above and copy it." }),
      );

  return {
    baselines,
    baselineId,
    setBaselineId,
    baseline,
    changes,
    entries,
    /** No baseline has been published: the first paper's choice is offered. */
    firstPaper: loaded && baselines.length === 0,
    marking,
    setMarking,
    busy,
    message,
    resultRef,
    built,
    stop,
    selected,
    publish,
    mark,
    build,
    select,
    copy,
  };
}
