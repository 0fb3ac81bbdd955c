// The More menu itself, loaded by ./MoreMenu.tsx when its button is first pressed: it mounts open (so
// that press opens it) and is an ordinary Fluent menu from then on.
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";

export function MoreMenuPopup({ onDiagnostics }: { onDiagnostics: () => void }) {
  return (
    <Menu defaultOpen>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" aria-label="More">
          …
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={onDiagnostics}>Diagnostics</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
