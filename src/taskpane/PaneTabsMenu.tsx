// The tabs' "More" menu, loaded by ./PaneTabs.tsx when More is first pressed: it mounts open (so that
// press opens it), around the More tab it was given, and is an ordinary Fluent menu from then on.
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { PaneTab } from "./PaneTabs";

interface Props {
  /** The tabs hidden for want of room, in the strip's order. */
  tabs: readonly PaneTab<string>[];
  onSelect: (value: string) => void;
  /** The More tab, which opens and closes the menu. */
  trigger: ReactElement;
}

export function PaneTabsMenu({ tabs, onSelect, trigger }: Props) {
  return (
    <Menu defaultOpen>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((t) => (
            <MenuItem key={t.value} onClick={() => onSelect(t.value)}>
              {t.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
