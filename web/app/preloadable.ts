import { type ComponentType, createElement, lazy, useSyncExternalStore } from 'react';

export interface Preloadable<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  /** Loads the component's code; once it has, the component renders without suspending. */
  preload: () => Promise<unknown>;
}

/**
 * A lazily loaded component that can be loaded ahead of rendering. A page rendered ahead of
 * time loads what it shows first and then hydrates: had the component suspended there, an
 * update arriving before it finished would throw the page's HTML away.
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
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Component = (props: P) => createElement(loaded ?? Lazy, props);
  Component.preload = preload;
  return Component;
}

const never = () => () => {};

/**
 * False while the page renders ahead of time and while the browser hydrates that HTML; true
 * afterwards. What needs the run, or code loaded later, waits for it behind a frame.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
