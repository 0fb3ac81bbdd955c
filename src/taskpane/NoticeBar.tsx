// The one way a view tells the user what happened: errors are announced as alerts, the rest politely.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface Notice {
  intent: "success" | "error" | "warning" | "info";
  title: string;
  body: string;
}

export function NoticeBar({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.body}
      </MessageBarBody>
    </MessageBar>
  );
}
