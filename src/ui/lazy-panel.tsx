import { type ComponentType, lazy, Suspense, useState } from "react";
import { useTranslate } from "./use-translate";

/** A part of the screen (a component without props) whose module is fetched on first use. */
export interface LazyModule {
  preload: () => Promise<unknown>;
  /** The component once its module has arrived. */
  loaded: () => ComponentType | null;
  /** The same component through `React.lazy`, for a first draw before its module has arrived. */
  Lazy: ComponentType;
}

const modules: LazyModule[] = [];

/**
 * A part that needs a user action (another tab, a form) and so stays out of the JavaScript loaded before the map's
 * first frame: its module is fetched when the part is first drawn, or by `preloadLazyParts` once the map has painted.
 */
export function lazyModule(load: () => Promise<ComponentType>): LazyModule {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const module: LazyModule = { preload, loaded: () => loaded, Lazy: lazy(async () => ({ default: await preload() })) };
  modules.push(module);
  return module;
}

/** Fetches every lazy part's module when the page is idle; returns a function that cancels a fetch not yet started. */
export function preloadLazyParts(): () => void {
  const start = () => {
    for (const module of modules) void module.preload().catch(() => undefined);
  };
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(start, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(start, 200);
  return () => clearTimeout(handle);
}

/**
 * Draws a lazy part: at once when its module has arrived, else a translated line saying it is loading until it has.
 * The component is chosen once per mount, so the part is never remounted (losing its state) when its module arrives.
 */
export function LazyPart({ part }: { part: LazyModule }) {
  const [Component] = useState<ComponentType>(() => part.loaded() ?? part.Lazy);
  return (
    <Suspense fallback={<PartLoading />}>
      <Component />
    </Suspense>
  );
}

function PartLoading() {
  const { t } = useTranslate();
  return (
    <p className="part-loading" role="status">
      {t("panel.loading")}
    </p>
  );
}
