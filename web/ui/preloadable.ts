import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  startTransition,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';

export type Preloadable<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  /** Loads the component's code; once it has, the component renders without suspending. */
  preload: () => Promise<ComponentType<P>>;
};

/**
 * A lazily loaded component that can be loaded ahead of rendering. A page rendered ahead of
 * time loads what it shows first and then hydrates: had the component suspended there, an
 * update arriving before it finished would throw the page's HTML away. One lazy component
 * either way, so loading never changes its type (which would mount it afresh).
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return loading;
  };
  const Lazy = lazy(() => {
    const ready = loaded;
    // Already here: a thenable that answers at once, so React does not suspend for it.
    if (ready)
      return {
        // biome-ignore lint/suspicious/noThenProperty: React.lazy reads a thenable; this one answers synchronously
        then: (resolve: (module: { default: ComponentType<P> }) => void) =>
          resolve({ default: ready }),
      } as Promise<{ default: ComponentType<P> }>;
    return preload().then((component) => ({ default: component }));
  });
  return Object.assign(Lazy, { preload });
}

const never = () => () => {};
const notHydrating = () => false;
const hydrating = () => true;

/**
 * False while the page renders ahead of time and while the browser hydrates that HTML; true
 * afterwards. What needs the run, or code loaded later, waits for it behind a frame.
 *
 * A part hydrated from HTML turns true as a transition, rendered in slices that yield to the
 * browser, instead of in one synchronous render of everything that waited. React itself
 * answers "hydrating?" (the server snapshot is read only then), so a part hydrated late, in a
 * boundary whose code came after the rest, still starts from what its HTML shows. A part below
 * the first screen (`whenIdle`) turns true once the browser is next idle: its own render and
 * commit, not one long task with the rest.
 */
export function useHydrated(whenIdle = false): boolean {
  const isHydrating = useSyncExternalStore(never, notHydrating, hydrating);
  const [fromHtml] = useState(isHydrating);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!fromHtml || shown) return;
    const show = () => startTransition(() => setShown(true));
    // A browser without requestIdleCallback waits a moment instead.
    if (!whenIdle) show();
    else if (typeof requestIdleCallback === 'function')
      requestIdleCallback(show, { timeout: 1000 });
    else setTimeout(show, 50);
  }, [fromHtml, shown, whenIdle]);
  return fromHtml ? shown : true;
}
