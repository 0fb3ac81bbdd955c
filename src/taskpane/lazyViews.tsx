// What is not on the pane's first screen, each in a chunk of its own, loaded when first shown (issue 13:
// the first screen loads only what it needs): the views behind the tabs and the More menu, and the tab
// strip, which only a workbook with registers shows. While a chunk loads a spinner says so; if it fails
// to load (the connection dropped, a deployment replaced it) a message says so and offers Retry.
// Nothing is prefetched: the first load fetches nothing the first screen does not use.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";

export const EscalateView = lazyView("the Escalate view", () =>
  import(/* webpackChunkName: "view-escalate" */ "./views/EscalateView").then((m) => m.EscalateView),
);
export const EditView = lazyView("the Edit view", () =>
  import(/* webpackChunkName: "view-edit" */ "./views/EditView").then((m) => m.EditView),
);
export const HealthView = lazyView("the Health view", () =>
  import(/* webpackChunkName: "view-health" */ "./views/HealthView").then((m) => m.HealthView),
);
export const SettingsView = lazyView("the Settings view", () =>
  import(/* webpackChunkName: "view-settings" */ "./views/SettingsView").then((m) => m.SettingsView),
);
export const PaperView = lazyView("the Paper view", () =>
  import(/* webpackChunkName: "view-paper" */ "./views/PaperView").then((m) => m.PaperView),
);
export const DiagnosticsView = lazyView("the Diagnostics view", () =>
  import(/* webpackChunkName: "view-diagnostics" */ "./views/DiagnosticsView").then((m) => m.DiagnosticsView),
);
// Generic (PaneTabs<V>), which a lazy component cannot be: typed as the component it loads.
export const PaneTabs = lazyView(
  "the tabs",
  () => import(/* webpackChunkName: "tabs" */ "./PaneTabs").then((m) => m.PaneTabs),
  // The strip's height, so the view below does not jump when it arrives.
  <div style={{ minHeight: 44 }} />,
) as unknown as typeof import("./PaneTabs").PaneTabs;

/**
 * A component that loads `load`'s component on first render. React.lazy keeps a failed load for good,
 * so Retry makes a new lazy component; webpack forgets a chunk whose load failed, so it asks again.
 */
export function lazyView<P extends object>(
  what: string,
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = <Spinner size="small" label={`Loading ${what}…`} />,
): ComponentType<P> {
  const makeLazy = () => lazy(() => load().then((c) => ({ default: c })));
  const current = { Lazy: makeLazy() };
  function LazyView(props: P) {
    // The lazy component and how many times it was retried: a retry remounts the boundary, cleared.
    const [{ Lazy, attempt }, setLoad] = useState(() => ({ Lazy: current.Lazy, attempt: 0 }));
    const retry = () => {
      current.Lazy = makeLazy(); // opened later elsewhere, it uses the new one too
      setLoad({ Lazy: current.Lazy, attempt: attempt + 1 });
    };
    return (
      <LoadBoundary key={attempt} what={what} onRetry={retry}>
        <Suspense fallback={fallback}>
          <Lazy {...props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  LazyView.displayName = `Lazy(${what})`;
  return LazyView;
}

interface BoundaryProps {
  what: string;
  onRetry: () => void;
  children: ReactNode;
}

/** Says why something could not be shown, with Retry, instead of leaving the pane blank. */
class LoadBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const what = this.props.what.replace(/^the/, "The");
    // webpack names a failed chunk load ChunkLoadError; anything else is the component's own failure.
    const chunk = error.name === "ChunkLoadError";
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{chunk ? `${what} could not be loaded` : `${what} failed`}</MessageBarTitle>
          {chunk
            ? "Its code did not arrive: the connection may have dropped. Check it, then retry."
            : error.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.props.onRetry}>Retry</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
