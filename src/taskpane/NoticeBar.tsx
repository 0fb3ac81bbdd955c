// The one way a view tells the user what happened: errors are announced as alerts, the rest politely.
// Every notice can be dismissed; a new notice from the view shows again.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useId, useState } from "react";

export interface Notice {
  intent: "success" | "error" | "warning" | "info";
  title: string;
  body: string;
}

export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss?: () => void }) {
  // The notice the user dismissed: the view still holds it, but it is not shown again.
  const [dismissed, setDismissed] = useState<Notice | null>(null);
  const titleId = useId();
  if (!notice || notice === dismissed) return null;
  return (
    <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle id={titleId}>{notice.title}</MessageBarTitle>
        {notice.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          // Named "Dismiss" and described by the notice's title (a name holding the title would match
          // the view's own buttons: "Dismiss: Not saved" contains "Save").
          aria-describedby={titleId}
          onClick={() => {
            setDismissed(notice);
            onDismiss?.();
          }}
        >
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
