// One way for a view's hook to run an action: it says what it is doing while it runs (the busy label,
// which disables the view's buttons), clears the view's last notice first, and turns a failure into an
// error notice instead of an unhandled rejection.
import { useState } from "react";
import { errorText } from "./HostContext";
import type { Notice } from "./NoticeBar";

export function useBusyRun(
  tell: (n: Notice) => void,
  clear: () => void,
  /** What the failure notice adds after the error, e.g. "Retrying is safe." */
  afterError = "",
) {
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (label: string, f: () => Promise<void>) => {
    setBusy(label);
    clear();
    try {
      await f();
    } catch (e) {
      tell({
        intent: "error",
        title: "Something went wrong",
        body: afterError ? `${errorText(e)}. ${afterError}` : errorText(e),
      });
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
