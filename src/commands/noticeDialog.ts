// The last resort for telling the user a ribbon command failed, where the task pane cannot be shown:
// an Office dialog (Dialog API 1.1: Windows, Mac and the web) on a page of our own domain that shows
// the title and message it is given.
// https://learn.microsoft.com/en-us/office/dev/add-ins/develop/dialog-api-in-office-add-ins

export function noticeDialogUrl(origin: string, title: string, body: string): string {
  return `${origin}/notice.html?${new URLSearchParams({ title, body }).toString()}`;
}

export function showNoticeDialog(title: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      noticeDialogUrl(window.location.origin, title, body),
      { height: 30, width: 35, displayInIframe: true },
      (result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error)),
    );
  });
}
