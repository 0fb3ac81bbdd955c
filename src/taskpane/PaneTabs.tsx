// The pane's tabs. A pane is 270–350 px wide by default: tabs that do not fit move into a "more" menu
// (Fluent UI's Overflow), the selected tab always stays visible, and the arrow keys reach the menu.
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";

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

function MoreViews<V extends string>({ tabs, onSelect }: Omit<Props<V>, "selected">) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* role="tab" puts the button in the tab list's arrow-key order, as Fluent's example does. */}
        <Button
          ref={ref}
          appearance="transparent"
          role="tab"
          aria-label={`More (${overflowCount} views)`}
          className="rs-tabs-more"
        >
          More
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((t) => (
            <HiddenTabItem key={t.value} tab={t} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A menu item for a tab only while that tab is hidden for want of room. */
function HiddenTabItem<V extends string>({ tab, onSelect }: { tab: PaneTab<V>; onSelect: (v: V) => void }) {
  const visible = useIsOverflowItemVisible(tab.value);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.value)}>{tab.label}</MenuItem>;
}
