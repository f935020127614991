/** The browser pieces URL sync needs; injected so it can be tested without a DOM. */
export interface UrlEnvironment {
  search: () => string;
  push: (search: string) => void;
  replace: (search: string) => void;
  onPopState: (listener: () => void) => () => void;
}

/** The real browser environment. */
export function browserUrlEnvironment(): UrlEnvironment {
  return {
    search: () => window.location.search,
    push: (search) => window.history.pushState(null, "", `${window.location.pathname}${search}`),
    replace: (search) => window.history.replaceState(null, "", `${window.location.pathname}${search}`),
    onPopState: (listener) => {
      window.addEventListener("popstate", listener);
      return () => window.removeEventListener("popstate", listener);
    },
  };
}
