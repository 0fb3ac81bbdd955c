// The paper's file and print actions under Build: the Word document (or, on Excel on Mac, the paper on
// the clipboard for Word) and "Print the paper only". Renders; usePaperFile holds the state.
import { Button, Caption1, Spinner } from "@fluentui/react-components";
import { NoticeBar } from "../NoticeBar";
import { usePaperFile } from "./usePaperFile";

export function PaperFileActions({ baselineId, built }: { baselineId: string | null; built: unknown }) {
  const f = usePaperFile(baselineId, built);
  const busy = f.busy !== null;
  return (
    <div className="rs-stack">
      <div ref={f.resultRef} tabIndex={-1}>
        <NoticeBar notice={f.notice} />
      </div>
      <div className="rs-row">
        <Button onClick={() => void f.getPaper()} disabled={busy}>
          {f.copyInstead ? "Copy the paper for Word" : "Download the paper (.docx)"}
        </Button>
        {f.hasPaper &&
          (f.hiddenForPrint.length ? (
            <Button onClick={() => void f.showAll()} disabled={busy}>
              Show every sheet again
            </Button>
          ) : (
            <Button onClick={() => void f.printOnly()} disabled={busy}>
              Print the paper only
            </Button>
          ))}
        {busy && <Spinner size="tiny" label={f.busy} />}
      </div>
      {f.hiddenForPrint.length > 0 && (
        <Caption1>Hidden while the paper prints: {f.hiddenForPrint.join(", ")}.</Caption1>
      )}
    </div>
  );
}
