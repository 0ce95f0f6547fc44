import { type ComponentType, useEffect, useState } from 'react';
import { afterPageDrawn } from './page-drawn.ts';

/**
 * A component whose code loads once the page has drawn its first view (page-drawn.ts): until
 * then `Placeholder` stands in (looking the same, doing nothing yet; `null` draws nothing). The
 * code starts loading then whether or not the component is on screen, so it is there when
 * needed. A failed load keeps the placeholder.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  Placeholder: ComponentType<P> | null,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  const ready = afterPageDrawn()
    .then(load)
    .then((component) => {
      loaded = component;
      return component;
    });
  ready.catch(() => undefined); // the placeholder stays; the next page load tries again
  function Deferred(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      void ready.then(
        (component) => live && setComponent(() => component),
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, [Component]);
    if (Component) return <Component {...props} />;
    return Placeholder ? <Placeholder {...props} /> : null;
  }
  return Deferred;
}

/**
 * A module loaded once the page has drawn its first view, as a hook: `null` until it is there,
 * then the module (the component re-renders once).
 */
export function deferredModule<M>(load: () => Promise<M>): () => M | null {
  let loaded: M | null = null;
  const ready = afterPageDrawn()
    .then(load)
    .then((module) => {
      loaded = module;
      return module;
    });
  ready.catch(() => undefined);
  return function useDeferredModule() {
    const [module, setModule] = useState<M | null>(() => loaded);
    useEffect(() => {
      if (module) return;
      let live = true;
      void ready.then(
        (m) => live && setModule(() => m),
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, [module]);
    return module;
  };
}
