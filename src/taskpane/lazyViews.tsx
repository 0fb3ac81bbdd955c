// What is not on the pane's first screen, each in a chunk of its own, loaded when first shown (issue 13:
// the first screen loads only what it needs): the views behind the tabs, the tabs' More menu and the
// header's menu. While a chunk loads a spinner says so; if it fails to load (the connection dropped, a
// deployment replaced it) a message says so and offers Retry. Nothing is prefetched: the first load
// fetches nothing the first screen does not use. The tab strip itself is small and in the first
// bundle (./PaneTabs.tsx says why).
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { Component, useEffect, useState, type ComponentType, type ReactNode } from "react";

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
export const ActionsView = lazyView("the Actions view", () =>
  import(/* webpackChunkName: "view-actions" */ "./views/ActionsView").then((m) => m.ActionsView),
);
export const ReportingView = lazyView("the Reporting view", () =>
  import(/* webpackChunkName: "view-reporting" */ "./views/ReportingView").then((m) => m.ReportingView),
);
export const DiagnosticsView = lazyView("the Diagnostics view", () =>
  import(/* webpackChunkName: "view-diagnostics" */ "./views/DiagnosticsView").then((m) => m.DiagnosticsView),
);
/** A component that is loaded on first use, and a way to start loading it before it is shown. */
export type LazyView<P> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * A component that loads `load`'s component on first render; `preload()` starts that earlier (a view
 * that knows it is about to be shown, e.g. the adoption preview while its sheet is read). Not
 * React.lazy and Suspense: React 19 holds a suspended boundary's content back until 300 ms after its
 * fallback showed, so each lazy chunk would cost at least that; here the fallback is an ordinary
 * render and the component shows the moment its chunk has run. Once loaded it renders at once, with
 * no fallback. A failed load is forgotten (webpack asks again), so Retry loads it again.
 */
export function lazyView<P extends object>(
  what: string,
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode | ((props: P) => ReactNode) = <Spinner size="small" label={`Loading ${what}…`} />,
): LazyView<P> {
  const cache: { component: ComponentType<P> | null; loading: Promise<ComponentType<P>> | null } = {
    component: null,
    loading: null,
  };
  const preload = () =>
    (cache.loading ??= load().then(
      (c) => (cache.component = c),
      (e: unknown) => {
        cache.loading = null;
        throw e;
      },
    ));
  function LazyView(props: P) {
    const [attempt, setAttempt] = useState(0);
    const [failure, setFailure] = useState<Error | null>(null);
    const [, setLoaded] = useState(!!cache.component);
    useEffect(() => {
      // Also when the load ended between this render and now: the fallback shown must be replaced.
      let live = true;
      preload().then(
        () => live && setLoaded(true),
        (e: unknown) => live && setFailure(e instanceof Error ? e : new Error(String(e))),
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    const retry = () => {
      setFailure(null);
      setAttempt((a) => a + 1); // remounts the boundary, cleared, and loads again if need be
    };
    if (failure) return <LoadFailure what={what} error={failure} onRetry={retry} />;
    const Loaded = cache.component;
    if (!Loaded) return <>{typeof fallback === "function" ? fallback(props) : fallback}</>;
    return (
      <LoadBoundary key={attempt} what={what} onRetry={retry}>
        <Loaded {...props} />
      </LoadBoundary>
    );
  }
  LazyView.displayName = `Lazy(${what})`;
  return Object.assign(LazyView, { preload });
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
    return <LoadFailure what={this.props.what} error={error} onRetry={this.props.onRetry} />;
  }
}

/** A chunk that did not arrive (webpack's ChunkLoadError) or a component that failed, with Retry. */
function LoadFailure({ what, error, onRetry }: { what: string; error: Error; onRetry: () => void }) {
  const title = what.replace(/^the/, "The");
  const chunk = error.name === "ChunkLoadError";
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{chunk ? `${title} could not be loaded` : `${title} failed`}</MessageBarTitle>
        {chunk
          ? "Its code did not arrive: the connection may have dropped. Check it, then retry."
          : error.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>Retry</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
