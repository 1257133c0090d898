import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.js';
import type { EntityRef } from '../api/types.js';
import { useI18n } from '../i18n-context.js';
import { highlightParts, isSafeHighlight } from '../lib/mark-safety.js';
import { Link, entityPath, hasNavigated } from '../router.js';

/** State of data loaded for a page. */
export interface AsyncState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload: () => void;
}

/** Loads data when `deps` change, cancelling the request a newer one replaces. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ data: T | null; error: Error | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, error: null, loading: false }),
      (error: Error) => !controller.signal.aborted && setState({ data: null, error, loading: false }),
    );
    return () => controller.abort();
    // The caller lists what `load` depends on in `deps`.
  }, [...deps, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}

/** Text the API highlighted with `<mark>`: inserted as HTML only when it holds no other markup. */
export function Highlight({ html, class: className }: { html: string; class?: string }) {
  if (isSafeHighlight(html)) return <span class={className} dangerouslySetInnerHTML={{ __html: html }} />;
  return (
    <span class={className}>
      {highlightParts(html).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
    </span>
  );
}

/** A link to an entity with a dot in its type's colour. */
export function EntityLink({ entity, extra }: { entity: EntityRef; extra?: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <Link href={entityPath(entity.id)} class={`entity-link type-${entity.type}`} title={t(`type.${entity.type}`)}>
      <span class="type-dot" aria-hidden="true" />
      <span>{entity.name}</span>
      {extra}
      <span class="visually-hidden"> ({t(`type.${entity.type}`)})</span>
    </Link>
  );
}

/** Loading and error messages for a page section. */
export function Status({ loading, error, onRetry }: { loading?: boolean; error?: Error | null; onRetry?: () => void }) {
  const { t } = useI18n();
  if (error) {
    const notFound = error instanceof ApiError && error.code === 'NOT_FOUND';
    return (
      <div class="status error" role="alert">
        <p>{notFound ? t('common.notFound') : t('common.error', { message: error.message })}</p>
        {!notFound && onRetry && (
          <button type="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )}
      </div>
    );
  }
  if (loading)
    return (
      <p class="status loading" role="status">
        {t('common.loading')}
      </p>
    );
  return null;
}

/** Sets the document title and moves focus to the page heading after client-side navigation. */
export function usePageTitle(title: string | null): (el: HTMLHeadingElement | null) => void {
  useEffect(() => {
    document.title = title ? `${title} · civicgraph` : 'civicgraph';
  }, [title]);
  const focused = useRef(false);
  return useCallback((el: HTMLHeadingElement | null) => {
    // Only after an in-app navigation: on first load the browser's own focus order is better.
    if (el && !focused.current && hasNavigated()) {
      focused.current = true;
      el.focus({ preventScroll: true });
    }
  }, []);
}

/** A date or "undated". */
export function DateText({ iso }: { iso: string | null | undefined }) {
  const { date, t } = useI18n();
  return iso ? <time dateTime={iso}>{date(iso)}</time> : <span class="muted">{t('common.undated')}</span>;
}
