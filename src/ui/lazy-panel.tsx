import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { useTranslate } from "./use-translate";

/**
 * A component whose module is fetched the first time it is drawn, so a part of the screen that needs a user action
 * (another tab, a table, a form) stays out of the JavaScript loaded before the map's first frame.
 */
export function lazyComponent<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  return lazy(async () => ({ default: await load() }));
}

/** Draws `children` once their module has arrived, and meanwhile a translated line saying the part is loading. */
export function LazyPart({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PartLoading />}>{children}</Suspense>;
}

function PartLoading() {
  const { t } = useTranslate();
  return (
    <p className="part-loading" role="status">
      {t("panel.loading")}
    </p>
  );
}
