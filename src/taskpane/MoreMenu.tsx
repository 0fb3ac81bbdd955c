// The header's More menu (Diagnostics). Fluent's Menu and its positioning are a fifth of the pane's
// JavaScript, and no first screen needs them open: the button is here, the menu is loaded when the
// button is first pressed (./MoreMenuPopup.tsx), opens at once and takes focus, as a menu button does.
import { Button } from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import { lazyView } from "./lazyViews";

interface Props {
  onDiagnostics: () => void;
}

function MoreButton({ onOpen, busy = false }: { onOpen?: () => void; busy?: boolean }) {
  return (
    <Button
      appearance="subtle"
      aria-label="More"
      aria-haspopup="menu"
      aria-expanded={false}
      aria-busy={busy || undefined}
      onClick={onOpen}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === "ArrowDown" && onOpen) {
          e.preventDefault();
          onOpen();
        }
      }}
    >
      …
    </Button>
  );
}

const Menu = lazyView(
  "the More menu",
  () => import(/* webpackChunkName: "more-menu" */ "./MoreMenuPopup").then((m) => m.MoreMenuPopup),
  <MoreButton busy />,
);

export function MoreMenu({ onDiagnostics }: Props) {
  const [wanted, setWanted] = useState(false);
  return wanted ? <Menu onDiagnostics={onDiagnostics} /> : <MoreButton onOpen={() => setWanted(true)} />;
}
