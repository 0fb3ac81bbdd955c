// The pane's tabs. A pane is 270–350 px wide by default: tabs that do not fit move into a "more" menu
// (Fluent UI's Overflow), the selected tab always stays visible, and the arrow keys reach the menu.
// The menu itself (Fluent's Menu and its positioning, most of this strip's code) loads when "More" is
// first pressed (./PaneTabsMenu.tsx): a workbook's first screen does not need it.
import {
  Button,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useMergedRefs,
  useOverflowCount,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type ComponentProps, type KeyboardEvent, type Ref } from "react";
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
  // A tab chosen from the menu is shown in the strip; focus goes to it, not back to the page, once the
  // menu has closed (the menu gives focus back to its button, which may have gone).
  const [fromMenu, setFromMenu] = useState(0);
  useEffect(() => {
    if (!fromMenu) return;
    let tries = 0;
    let frame = 0;
    // The strip makes room for the tab a frame or two later; until then it is not focusable.
    const focusSelected = () => {
      const tab = listRef.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
      tab?.focus();
      if (document.activeElement !== tab && ++tries < 20) frame = requestAnimationFrame(focusSelected);
    };
    frame = requestAnimationFrame(focusSelected);
    return () => cancelAnimationFrame(frame);
  }, [fromMenu]);
  return (
    <Overflow minimumVisible={1}>
      <TabList
        ref={listRef}
        className="rs-tabs"
        selectedValue={selected}
        onTabSelect={(_, d) => onSelect(d.value as V)}
        aria-label="Views"
      >
        {tabs.map((t) => (
          <OverflowItem key={t.value} id={t.value} priority={t.value === selected ? 2 : 1}>
            <Tab value={t.value}>{t.label}</Tab>
          </OverflowItem>
        ))}
        <MoreViews
          tabs={tabs}
          onSelect={(v) => {
            onSelect(v);
            setFromMenu((k) => k + 1);
          }}
        />
      </TabList>
    </Overflow>
  );
}

const MoreViewsMenu = lazyView(
  "the views menu",
  () => import(/* webpackChunkName: "tabs-menu" */ "./PaneTabsMenu").then((m) => m.PaneTabsMenu),
  ({ trigger }) => trigger, // the More tab stays as it is while its menu loads
);

function MoreViews<V extends string>({ tabs, onSelect }: Omit<Props<V>, "selected">) {
  const overflowCount = useOverflowCount();
  const [wanted, setWanted] = useState(false);
  if (overflowCount === 0) return null;
  // Until it is wanted, the More tab opens (loads) the menu itself; then the loaded menu's trigger does.
  const more = <MoreTab overflowCount={overflowCount} onOpen={wanted ? undefined : () => setWanted(true)} />;
  if (!wanted) return more;
  return (
    <MoreViewsMenu
      tabs={tabs as readonly PaneTab<string>[]}
      onSelect={onSelect as (v: string) => void}
      trigger={more}
    />
  );
}

type MoreTabProps = ComponentProps<typeof Button> & { overflowCount: number; onOpen?: () => void };

/**
 * The More tab. It registers itself with the strip's Overflow on mount (useOverflowMenu), so that the
 * strip keeps room for it: it is mounted afresh when the loaded menu wraps it. The menu's trigger
 * props (and ref) arrive as props and go to the button.
 */
function MoreTab({ overflowCount, onOpen, ref, ...triggerProps }: MoreTabProps) {
  const overflow = useOverflowMenu<HTMLButtonElement>();
  const merged = useMergedRefs(overflow.ref, ref as Ref<HTMLButtonElement> | undefined);
  return (
    // role="tab" puts the button in the tab list's arrow-key order, as Fluent's example does.
    <Button
      appearance="transparent"
      role="tab"
      aria-haspopup="menu"
      {...triggerProps}
      ref={merged}
      aria-label={`More (${overflowCount} views)`}
      className="rs-tabs-more"
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
    </Button>
  );
}
