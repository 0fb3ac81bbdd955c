// Keyboard first: what an action shows (a preview, a result) is scrolled into view and takes focus, so
// nobody has to hunt for it with Tab; Escape cancels a preview and focus goes back to what opened it.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";

/** Scrolls the element into view (its top first if it is taller than its scroller) and focuses it. */
export function reveal(el: HTMLElement | null): void {
  if (!el) return;
  el.scrollIntoView?.({ block: "nearest" });
  const scroller = scrollParent(el);
  if (scroller && el.getBoundingClientRect().top < scroller.getBoundingClientRect().top)
    el.scrollIntoView?.({ block: "start" });
  el.focus({ preventScroll: true });
}

function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === "auto" || overflowY === "scroll") && p.scrollHeight > p.clientHeight) return p;
  }
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : null;
}

/**
 * A ref for an element (give it tabIndex={-1}) that is revealed and focused whenever `trigger` changes to
 * a truthy value: a new preview object, or a counter bumped when an action's result is shown.
 */
export function useRevealAndFocus<T extends HTMLElement>(trigger: unknown): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (trigger) reveal(ref.current);
  }, [trigger]);
  return ref;
}

/**
 * An action's result that takes focus each time it is shown: call `shown()` when it is set (the same
 * message twice still moves focus), and put `ref` on its element.
 */
export function useFocusOnResult<T extends HTMLElement>(): { ref: RefObject<T | null>; shown: () => void } {
  const [count, setCount] = useState(0);
  const ref = useRevealAndFocus<T>(count);
  const shown = useCallback(() => setCount((k) => k + 1), []);
  return { ref, shown };
}

/**
 * Remembers the control that opened a preview (call `remember` in its handler, before the action makes
 * it busy) and puts focus back on it when the preview is cancelled.
 */
export function useReturnFocus(): { remember: () => void; restore: () => void } {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => {
    const el = document.activeElement;
    opener.current = el instanceof HTMLElement && el !== document.body ? el : null;
  }, []);
  const restore = useCallback(() => {
    const el = opener.current;
    opener.current = null;
    // After the preview has gone and the opener is enabled again.
    if (el) setTimeout(() => el.isConnected && el.focus(), 0);
  }, []);
  return { remember, restore };
}

/** onKeyDown for a preview: Escape cancels it (not while its action runs). */
export function escapeCancels(onCancel: () => void, busy = false) {
  return (e: KeyboardEvent) => {
    if (e.key !== "Escape" || busy || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    onCancel();
  };
}
