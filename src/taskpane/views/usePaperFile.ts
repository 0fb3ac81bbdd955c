// The Paper view's file actions: the paper in Word (a download where the host saves one, the clipboard
// as rich HTML on Excel on Mac, which saves no download from an add-in), and printing the paper only.
// The docx library is loaded only when the user asks for the file.
import { useCallback, useEffect, useMemo, useState } from "react";
import { paperHtml, paperPlainText } from "../../domain/paperHtml";
import { describeHost } from "../../excel/hostInfo";
import { readPaperDocument } from "../../excel/paperDocument";
import { printPaperOnly, readPrintScope, showEverySheet } from "../../excel/printScope";
import { cannotDownload, copyRich, download } from "../handFile";
import { useHost } from "../HostContext";
import type { Notice } from "../NoticeBar";
import { useBusyRun } from "../useBusyRun";
import { useFocusOnResult } from "../useRevealAndFocus";
import { useWorkbookChanged } from "../WorkbookChanged";

/** `built`: what the view built last, so the print actions appear once there is a paper. */
export function usePaperFile(baselineId: string | null, built: unknown) {
  const host = useHost();
  const changed = useWorkbookChanged();
  const copyInstead = useMemo(() => cannotDownload(describeHost(host).platform), [host]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [hiddenForPrint, setHiddenForPrint] = useState<string[]>([]);
  const [hasPaper, setHasPaper] = useState(false);
  const { ref: resultRef, shown } = useFocusOnResult<HTMLDivElement>();
  const tell = (n: Notice) => {
    setNotice(n);
    shown();
  };

  const refresh = useCallback(async () => {
    const scope = await readPrintScope(host);
    setHiddenForPrint(scope.hidden);
    setHasPaper(scope.paperSheets.length > 0);
  }, [host]);
  useEffect(() => {
    refresh().catch(() => undefined);
  }, [refresh, built]);

  const { busy, run } = useBusyRun(tell, () => setNotice(null));

  const getPaper = () =>
    run(copyInstead ? "Copying the paper…" : "Writing the paper…", async () => {
      const r = await readPaperDocument(host, baselineId);
      if (!r.ok) {
        tell({ intent: "error", title: "The paper was not made", body: r.error });
        return;
      }
      if (copyInstead) {
        const copied = await copyRich(paperHtml(r.paper), paperPlainText(r.paper), r.fileName);
        tell(
          copied.how === "copied"
            ? {
                intent: "success",
                title: "The paper is on the clipboard",
                body: "Excel on Mac cannot save a file from an add-in: open a new Word document and paste (⌘V). The tables, colours, red and italic bullets and the footnotes come with it.",
              }
            : {
                intent: "error",
                title: "The paper could not be copied",
                body: `Excel on Mac saves no download from an add-in, and ${copied.how === "failed" ? copied.why : "the clipboard was refused"}. Build the appendices and print them, or use Excel on the web or Windows for the .docx.`,
              },
        );
        return;
      }
      const { paperDocxBytes, DOCX_TYPE } = await import(
        /* webpackChunkName: "docx" */ "../../documents/paperDocx"
      );
      download(await paperDocxBytes(r.paper), r.fileName, DOCX_TYPE);
      tell({
        intent: "success",
        title: `Downloaded ${r.fileName}`,
        body: "The cover note with its footnotes, Figure 1 and Appendix A, B and C, as a Word document.",
      });
    });

  const printOnly = () =>
    run("Hiding the other sheets…", async () => {
      const r = await printPaperOnly(host);
      if (!r.ok) {
        tell({ intent: "error", title: "Nothing to print yet", body: r.error });
        return;
      }
      changed();
      await refresh();
      tell({
        intent: "success",
        title: "Only the paper's sheets are showing",
        body: `Print the workbook now (File > Print > Print Entire Workbook): the cover note, Figure 1 and the appendices, in that order. ${r.hid.length ? `Hidden for now: ${r.hid.join(", ")}.` : ""} Show them again below when you have printed.`,
      });
    });

  const showAll = () =>
    run("Showing the sheets…", async () => {
      const r = await showEverySheet(host);
      changed();
      await refresh();
      tell({
        intent: "success",
        title: "Every sheet is showing again",
        body: r.shown.length ? `Shown: ${r.shown.join(", ")}.` : "No sheet was hidden for printing.",
      });
    });

  return { copyInstead, busy, notice, resultRef, hiddenForPrint, hasPaper, getPaper, printOnly, showAll };
}
