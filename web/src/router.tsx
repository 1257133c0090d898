import type { AnchorHTMLAttributes, ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The current location, as the app reads it. */
export interface Location {
  path: string;
  search: string;
}

const read = (): Location => ({ path: window.location.pathname, search: window.location.search });

let navigated = false;

/** True after the first in-app navigation (or back/forward), when focus should move to the new page's heading. */
export function hasNavigated(): boolean {
  return navigated;
}

/** Goes to an in-app URL without reloading; `replace` keeps the history entry (typing, filters). */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  const target = new URL(url, window.location.href);
  const next = target.pathname + target.search + target.hash;
  if (next === window.location.pathname + window.location.search + window.location.hash) return;
  if (options.replace) window.history.replaceState(null, '', next);
  else {
    navigated = true;
    window.history.pushState(null, '', next);
  }
  window.dispatchEvent(new Event('civicgraph:navigate'));
}

/** The current location, updated on navigation and back/forward. */
export function useLocation(): Location {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = () => setLocation(read());
    const back = () => {
      navigated = true;
      update();
    };
    window.addEventListener('popstate', back);
    window.addEventListener('civicgraph:navigate', update);
    return () => {
      window.removeEventListener('popstate', back);
      window.removeEventListener('civicgraph:navigate', update);
    };
  }, []);
  return location;
}

/** An in-app link: a real `<a href>` (open in new tab works) that navigates without reloading on a plain click. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; children?: ComponentChildren }) {
  const { href, onClick, ...rest } = props;
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        if (typeof onClick === 'function') onClick.call(event.currentTarget, event);
        if (
          event.defaultPrevented ||
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        )
          return;
        event.preventDefault();
        navigate(href);
      }}
    />
  );
}

/** Path of an entity's page. */
export const entityPath = (id: string): string => `/entity/${encodeURIComponent(id)}`;
/** Path of a release's page. */
export const releasePath = (id: string): string => `/release/${encodeURIComponent(id)}`;
/** Path of the network view around an entity. */
export const graphPath = (id: string): string => `/graph?focus=${encodeURIComponent(id)}`;
