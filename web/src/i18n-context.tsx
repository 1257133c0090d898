import { createContext } from 'preact';
import type { ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang, MessageKey } from './lib/i18n.js';
import { formatDate, pickLanguage, translate } from './lib/i18n.js';

const LANG_STORAGE = 'civicgraph.lang';

interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  date: (iso: string | null | undefined) => string;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n | null>(null);

function storedLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE);
  } catch {
    return null;
  }
}

/** Provides the interface language: the stored choice, else the browser's languages. */
export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLangState] = useState<Lang>(() =>
    pickLanguage(navigator.languages ?? [navigator.language], storedLang()),
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(LANG_STORAGE, next);
    } catch {
      // Without storage the choice lasts for this page view.
    }
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: (key, params) => translate(lang, key, params),
      date: (iso) => formatDate(lang, iso),
      setLang,
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The interface language and its texts. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
