// Handing a file the pane made to the user, the way each host allows (office-js issues #2700, #4681,
// #3385, #1793): Excel on Windows (WebView2) and on the web save an <a download> of a Blob URL; Excel on
// Mac (WKWebView) ignores it without an error, so there the paper goes to the clipboard as rich HTML
// for pasting into Word.

export type Handed =
  | { how: "downloaded"; name: string }
  | { how: "copied"; name: string }
  | { how: "failed"; name: string; why: string };

/** Hosts whose webview does not save downloads (Office.context.diagnostics.platform). */
export const cannotDownload = (platform: string) => platform === "Mac" || platform === "iOS";

export function download(bytes: Uint8Array, name: string, type: string): Handed {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  try {
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.rel = "noopener";
    document.body.appendChild(a);
    a.click();
    a.remove();
    return { how: "downloaded", name };
  } finally {
    // Revoked after the click has been handled: the browser has taken its own reference by then.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Rich HTML (and plain text) on the clipboard; the selection-and-copy route where the async API is refused. */
export async function copyRich(html: string, text: string, name: string): Promise<Handed> {
  try {
    if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return { how: "copied", name };
    }
  } catch {
    // Falls through to the older route below.
  }
  const holder = document.createElement("div");
  holder.contentEditable = "true";
  holder.style.position = "fixed";
  holder.style.left = "-10000px";
  holder.innerHTML = html;
  document.body.appendChild(holder);
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const ok = document.execCommand("copy");
    selection?.removeAllRanges();
    return ok ? { how: "copied", name } : { how: "failed", name, why: "this Excel refused the clipboard" };
  } finally {
    holder.remove();
  }
}
