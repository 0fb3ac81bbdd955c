// The one way a view tells the user what happened: errors are announced as alerts, the rest politely.
// Every notice can be dismissed; a new notice from the view shows again.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useId, useRef, useState } from "react";

export interface Notice {
  intent: "success" | "error" | "warning" | "info";
  title: string;
  body: string;
  /** Details after the body, one a line (the reports a command added), shown as a list. */
  items?: string[];
}

export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss?: () => void }) {
  // The notice the user dismissed: the view still holds it, but it is not shown again.
  const [dismissed, setDismissed] = useState<Notice | null>(null);
  const titleId = useId();
  const bar = useRef<HTMLDivElement>(null);
  if (!notice || notice === dismissed) return null;
  return (
    <MessageBar ref={bar} intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle id={titleId}>{notice.title}</MessageBarTitle>
        {notice.body}
        {!!notice.items?.length && (
          <ul className="rs-bullets">
            {notice.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          // Named "Dismiss" and described by the notice's title (a name holding the title would match
          // the view's own buttons: "Dismiss: Not saved" contains "Save").
          aria-describedby={titleId}
          onClick={() => {
            // The button disappears with the notice: focus goes on to what followed it, not to the page.
            const next = focusableAfter(bar.current);
            setDismissed(notice);
            onDismiss?.();
            requestAnimationFrame(() => next?.focus());
          }}
        >
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"], [role="tab"]';

/** The first focusable element after `el` in document order, within the pane. */
function focusableAfter(el: HTMLElement | null): HTMLElement | null {
  if (!el) return null;
  const scope = el.closest("main") ?? document.body;
  const all = [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (e) => !e.closest("[data-tabster-dummy]") && !el.contains(e),
  );
  return all.find((e) => el.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) ?? null;
}
