import { useEffect, useId, useState } from 'preact/hooks';
import { getApiKey, setApiKey } from '../api/client.js';
import { useI18n } from '../i18n-context.js';

/** The API key of this tab (sessionStorage), updated when it is set or forgotten anywhere in the app. */
export function useApiKey(): string | null {
  const [key, setKey] = useState(getApiKey);
  useEffect(() => {
    const update = () => setKey(getApiKey());
    window.addEventListener('civicgraph:key', update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener('civicgraph:key', update);
      window.removeEventListener('storage', update);
    };
  }, []);
  return key;
}

/** Enter, use and forget the API key that curation needs. */
export function KeyField() {
  const { t } = useI18n();
  const key = useApiKey();
  const [draft, setDraft] = useState('');
  const id = useId();
  if (key) {
    return (
      <div class="key-field key-set">
        <p>
          <span class="key-badge">{t('curate.keySet')}</span>{' '}
          <code aria-label={t('curate.key')}>{'•'.repeat(8) + key.slice(-4)}</code>
        </p>
        <button type="button" onClick={() => setApiKey(null)}>
          {t('curate.keyForget')}
        </button>
      </div>
    );
  }
  return (
    <form
      class="key-field"
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.trim()) setApiKey(draft.trim());
        setDraft('');
      }}
    >
      <label for={`${id}-key`}>{t('curate.key')}</label>
      <p id={`${id}-help`} class="help">
        {t('curate.keyHelp')}
      </p>
      <div class="row">
        <input
          id={`${id}-key`}
          type="password"
          autoComplete="off"
          aria-describedby={`${id}-help`}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">{t('curate.keySave')}</button>
      </div>
    </form>
  );
}
