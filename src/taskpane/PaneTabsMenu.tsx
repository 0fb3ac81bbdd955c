// The tabs' "More" menu, loaded by ./PaneTabs.tsx when More is first pressed: it mounts open (so that
// press opens it), around the More tab it was given, and is an ordinary Fluent menu from then on.
import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { PaneTab } from "./PaneTabs";

interface Props {
  tabs: readonly PaneTab<string>[];
  onSelect: (value: string) => void;
  /** The More tab (with the strip's overflow ref), which opens and closes the menu. */
  trigger: ReactElement;
}

export function PaneTabsMenu({ tabs, onSelect, trigger }: Props) {
  return (
    <Menu defaultOpen>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
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
function HiddenTabItem({ tab, onSelect }: { tab: PaneTab<string>; onSelect: (v: string) => void }) {
  const visible = useIsOverflowItemVisible(tab.value);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.value)}>{tab.label}</MenuItem>;
}
