import { useApiKey } from './components/key-field.js';
import { useI18n } from './i18n-context.js';
import { CuratePage } from './pages/curate-page.js';
import { EntityPage } from './pages/entity-page.js';
import { GraphPage } from './pages/graph-page.js';
import { ReleasePage } from './pages/release-page.js';
import { SearchPage } from './pages/search-page.js';
import { Link, useLocation } from './router.js';

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The page for a path; null when no page matches. */
function route(path: string, search: string) {
  if (path === '/' || path === '/search') return <SearchPage search={search} />;
  const release = /^\/release\/([^/]+)\/?$/.exec(path);
  if (release && decodeSegment(release[1]!)) return <ReleasePage key={release[1]} id={decodeSegment(release[1]!)!} />;
  const entity = /^\/entity\/([^/]+)\/?$/.exec(path);
  if (entity && decodeSegment(entity[1]!)) return <EntityPage key={entity[1]} id={decodeSegment(entity[1]!)!} />;
  if (path === '/graph') return <GraphPage search={search} />;
  if (path === '/curate') return <CuratePage />;
  return null;
}

/** The app shell: skip link, header with navigation and language switch, the routed page, footer. */
export function App() {
  const { t, lang, setLang } = useI18n();
  const { path, search } = useLocation();
  const key = useApiKey();
  const page = route(path, search);
  const section = path.startsWith('/graph')
    ? 'graph'
    : path.startsWith('/curate')
      ? 'curate'
      : path === '/'
        ? 'search'
        : '';
  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="app-header">
        <Link href="/" class="brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{t('app.title')}</span>
        </Link>
        <nav aria-label={t('nav.main')} class="main-nav">
          <Link href="/" aria-current={section === 'search' ? 'page' : undefined}>
            {t('nav.search')}
          </Link>
          <Link href="/graph" aria-current={section === 'graph' ? 'page' : undefined}>
            {t('nav.graph')}
          </Link>
          <Link href="/curate" aria-current={section === 'curate' ? 'page' : undefined}>
            {t('nav.curate')}
            {key && (
              <span class="key-dot" title={t('curate.keySet')}>
                <span class="visually-hidden"> ({t('curate.keySet')})</span>
              </span>
            )}
          </Link>
        </nav>
        <button
          type="button"
          class="lang-switch"
          lang={lang === 'de' ? 'en' : 'de'}
          title={t('lang.switchTitle')}
          onClick={() => setLang(lang === 'de' ? 'en' : 'de')}
        >
          <span aria-hidden="true">{lang === 'de' ? 'EN' : 'DE'}</span>
          <span class="visually-hidden">{t('lang.switch')}</span>
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {page ?? (
          <div>
            <h1>404</h1>
            <p>{t('common.notFound')}</p>
            <Link href="/">{t('nav.search')}</Link>
          </div>
        )}
      </main>
      <footer class="app-footer">
        <span>{t('app.tagline')}</span> · <a href="/graphql">{t('footer.api')}</a>
      </footer>
    </>
  );
}
