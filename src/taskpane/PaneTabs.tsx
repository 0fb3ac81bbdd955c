// The pane's tabs. A pane is 270–350 px wide by default: tabs that do not fit move into a "More" menu,
// the selected tab always stays visible, and the arrow keys move along the strip (More included).
// Not Fluent's TabList and Overflow: with their focus manager (tabster) they are 30 kB gzipped, which
// either weighs on the first screen or, loaded later, lands after Create has written the registers the
// strip shows, on the one thread that also runs the workbook (issue 13; `npm run bench:pane`). This
// strip is a WAI-ARIA tab list (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): one Tab stop (the
// selected tab), arrows and Home/End to move, Enter or Space to choose; styled as Fluent's tabs
// (taskpane.css, with Fluent's theme tokens). The menu (Fluent's Menu, ./PaneTabsMenu.tsx) loads when
// More is first pressed: a workbook's first screen does not need it.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type KeyboardEvent,
  type Ref,
} from "react";
import { fittingTabs } from "./fittingTabs";
import { lazyView } from "./lazyViews";

export interface PaneTab<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  tabs: readonly PaneTab<V>[];
  selected: V;
  onSelect: (value: V) => void;
}

export function PaneTabs<V extends string>({ tabs, selected, onSelect }: Props<V>) {
  const listRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  // Each tab's width, measured while all are shown (the first layout, or after the labels change).
  const widths = useRef<{ labels: string; tabs: number[]; more: number } | null>(null);
  const labels = tabs.map((t) => t.label).join("\n");
  const [room, setRoom] = useState<number | null>(null);
  const shown = widths.current?.labels === labels && room !== null;
  const visible = shown
    ? fittingTabs(
        widths.current!.tabs,
        widths.current!.more,
        room,
        tabs.map((t) => t.value).indexOf(selected),
      )
    : tabs.map(() => true);
  const hidden = tabs.filter((_, i) => !visible[i]);

  // Before the first paint: measure every tab, then show those that fit (one render more, not a flash).
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    if (widths.current?.labels !== labels) {
      const buttons = [...list.querySelectorAll<HTMLElement>("[data-tab]")];
      widths.current = {
        labels,
        tabs: buttons.map((b) => b.getBoundingClientRect().width),
        more: moreRef.current?.getBoundingClientRect().width ?? 0,
      };
    }
    setRoom(list.clientWidth);
  }, [labels]);
  // The pane resized: the same widths, more or less room.
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setRoom(list.clientWidth));
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  // A tab chosen from the menu is shown in the strip; focus goes to it once the menu has closed (the
  // menu gives focus back to its button, which may have gone).
  const [fromMenu, setFromMenu] = useState(0);
  useEffect(() => {
    if (!fromMenu) return;
    let tries = 0;
    let frame = 0;
    const focusSelected = () => {
      const tab = listRef.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
      tab?.focus();
      if (document.activeElement !== tab && ++tries < 20) frame = requestAnimationFrame(focusSelected);
    };
    frame = requestAnimationFrame(focusSelected);
    return () => cancelAnimationFrame(frame);
  }, [fromMenu]);

  const onKeyDown = useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    const stops = [...(listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]:not([hidden])') ?? [])];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at < 0 || !stops.length) return;
    const next = {
      ArrowRight: (at + 1) % stops.length,
      ArrowLeft: (at - 1 + stops.length) % stops.length,
      Home: 0,
      End: stops.length - 1,
    }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    stops[next]?.focus();
  }, []);

  return (
    <div ref={listRef} role="tablist" aria-label="Views" className="rs-tabs" onKeyDown={onKeyDown}>
      {tabs.map((t, i) => (
        <button
          key={t.value}
          type="button"
          role="tab"
          data-tab={t.value}
          data-label={t.label}
          className="rs-tab"
          aria-selected={t.value === selected}
          tabIndex={t.value === selected ? 0 : -1}
          hidden={!visible[i]}
          onClick={() => onSelect(t.value)}
        >
          {t.label}
        </button>
      ))}
      {/* Rendered while measuring (its width is needed), then only when a tab is hidden. */}
      {(!shown || hidden.length > 0) && (
        <MoreViews
          hidden={hidden}
          moreRef={moreRef}
          measuring={!shown}
          onSelect={(v) => {
            onSelect(v);
            setFromMenu((k) => k + 1);
          }}
        />
      )}
    </div>
  );
}

const MoreViewsMenu = lazyView(
  "the views menu",
  () => import(/* webpackChunkName: "tabs-menu" */ "./PaneTabsMenu").then((m) => m.PaneTabsMenu),
  ({ trigger }) => trigger, // the More tab stays as it is while its menu loads
);

interface MoreViewsProps<V extends string> {
  hidden: readonly PaneTab<V>[];
  moreRef: Ref<HTMLButtonElement>;
  measuring: boolean;
  onSelect: (value: V) => void;
}

function MoreViews<V extends string>({ hidden, moreRef, measuring, onSelect }: MoreViewsProps<V>) {
  const [wanted, setWanted] = useState(false);
  // Until it is wanted, the More tab opens (loads) the menu itself; then the loaded menu's trigger does.
  const more = (
    <MoreTab
      count={hidden.length}
      measuring={measuring}
      ownRef={moreRef}
      onOpen={wanted ? undefined : () => setWanted(true)}
    />
  );
  if (!wanted) return more;
  return (
    <MoreViewsMenu
      tabs={hidden as readonly PaneTab<string>[]}
      onSelect={onSelect as (v: string) => void}
      trigger={more}
    />
  );
}

type MoreTabProps = ComponentProps<"button"> & {
  count: number;
  measuring: boolean;
  ownRef: Ref<HTMLButtonElement>;
  onOpen?: () => void;
};

/** The More tab. The menu's trigger props (and ref) arrive as props and go to the button. */
function MoreTab({ count, measuring, ownRef, onOpen, ref, ...triggerProps }: MoreTabProps) {
  return (
    // role="tab" puts the button in the tab list's arrow-key order, as Fluent's overflow example does.
    <button
      type="button"
      role="tab"
      aria-selected={false}
      aria-haspopup="menu"
      tabIndex={-1}
      {...triggerProps}
      ref={mergeRefs(ownRef, ref)}
      aria-label={`More (${count} views)`}
      aria-hidden={measuring || undefined}
      className="rs-tab rs-tabs-more"
      {...(onOpen
        ? {
            onClick: onOpen,
            onKeyDown: (e: KeyboardEvent) => {
              if (e.key === "ArrowDown") {
                e.preventDefault();
                onOpen();
              }
            },
          }
        : {})}
    >
      More
    </button>
  );
}

function mergeRefs<T>(...refs: (Ref<T> | undefined)[]): (node: T | null) => void {
  return (node) => {
    for (const r of refs)
      if (typeof r === "function") r(node);
      else if (r) (r as { current: T | null }).current = node;
  };
}
