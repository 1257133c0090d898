import { useState } from 'preact/hooks';
import { ApiError } from '../api/client.js';
import { fetchCurationLog, mergeEntities, rejectFact, renameEntity } from '../api/queries.js';
import type { EntityRef } from '../api/types.js';
import { EntityLink, Status, useAsync, usePageTitle } from '../components/common.js';
import { EntityPicker } from '../components/entity-picker.js';
import { KeyField, useApiKey } from '../components/key-field.js';
import { useI18n } from '../i18n-context.js';

interface Outcome {
  text: string;
  error: boolean;
  entity?: EntityRef;
}

/** Curation for keyed users: merge two entities, rename one, reject a fact; the log shows each change at once. */
export function CuratePage() {
  const { t, date } = useI18n();
  const headingRef = usePageTitle(t('curate.title'));
  const key = useApiKey();
  const log = useAsync(() => fetchCurationLog(20), [key]);
  const [keep, setKeep] = useState<EntityRef | null>(null);
  const [away, setAway] = useState<EntityRef | null>(null);
  const [renameTarget, setRenameTarget] = useState<EntityRef | null>(null);
  const [newName, setNewName] = useState('');
  const [factId, setFactId] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const fail = (error: Error) =>
    setOutcome({
      text:
        error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')
          ? t('curate.denied')
          : error.message,
      error: true,
    });
  const done = (result: Outcome) => {
    setOutcome(result);
    log.reload();
  };

  return (
    <div class="curate-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('curate.title')}
      </h1>
      <KeyField />
      {!key && <p class="muted">{t('curate.keyMissing')}</p>}
      {outcome && (
        <p
          class={outcome.error ? 'error' : 'notice'}
          role={outcome.error ? 'alert' : 'status'}
          data-testid="curation-outcome"
        >
          {outcome.text} {outcome.entity && <EntityLink entity={outcome.entity} />}
        </p>
      )}
      <div class="curate-grid">
        <form
          class="card stack"
          aria-labelledby="merge-heading"
          onSubmit={(event) => {
            event.preventDefault();
            if (!keep || !away || keep.id === away.id) return setOutcome({ text: t('curate.sameEntity'), error: true });
            mergeEntities([keep.id, away.id]).then((merged) => {
              setAway(null);
              setKeep(merged);
              done({ text: t('curate.merged', { name: merged.name }), error: false, entity: merged });
            }, fail);
          }}
        >
          <h2 id="merge-heading">{t('curate.merge')}</h2>
          <p class="help">{t('curate.mergeHelp')}</p>
          <EntityPicker id="merge-keep" label={t('curate.mergeKeep')} value={keep} onChange={setKeep} />
          <EntityPicker
            id="merge-away"
            label={t('curate.mergeInto')}
            value={away}
            onChange={setAway}
            type={keep?.type}
          />
          <button type="submit" disabled={!key || !keep || !away}>
            {t('curate.mergeButton')}
          </button>
        </form>
        <form
          class="card stack"
          aria-labelledby="rename-heading"
          onSubmit={(event) => {
            event.preventDefault();
            if (!renameTarget || !newName.trim()) return;
            renameEntity(renameTarget.id, newName.trim()).then((renamed) => {
              setRenameTarget(renamed);
              done({ text: t('curate.renamed', { name: renamed.name }), error: false, entity: renamed });
            }, fail);
          }}
        >
          <h2 id="rename-heading">{t('curate.rename')}</h2>
          <EntityPicker
            id="rename-target"
            label={t('curate.renameEntity')}
            value={renameTarget}
            onChange={setRenameTarget}
          />
          <label for="rename-new">{t('curate.renameName')}</label>
          <input
            id="rename-new"
            type="text"
            value={newName}
            onInput={(event) => setNewName(event.currentTarget.value)}
          />
          <button type="submit" disabled={!key || !renameTarget || !newName.trim()}>
            {t('curate.renameButton')}
          </button>
        </form>
        <form
          class="card stack"
          aria-labelledby="reject-heading"
          onSubmit={(event) => {
            event.preventDefault();
            const id = factId.trim();
            if (!id) return;
            rejectFact(id).then(() => {
              setFactId('');
              done({ text: t('curate.rejected', { id }), error: false });
            }, fail);
          }}
        >
          <h2 id="reject-heading">{t('curate.reject')}</h2>
          <label for="reject-id">{t('curate.rejectId')}</label>
          <input
            id="reject-id"
            type="text"
            value={factId}
            placeholder="fct_…"
            onInput={(event) => setFactId(event.currentTarget.value)}
          />
          <button type="submit" disabled={!key || !factId.trim()}>
            {t('curate.rejectButton')}
          </button>
        </form>
      </div>
      <section class="curation-log" aria-labelledby="log-heading">
        <h2 id="log-heading">{t('curate.log')}</h2>
        <Status loading={log.loading && !log.data} error={log.error} onRetry={log.reload} />
        {log.data && log.data.length === 0 && <p class="muted">{t('curate.logEmpty')}</p>}
        <ul class="log-list">
          {log.data?.map((record, i) => (
            <li key={`${record.at}-${i}`}>
              <time dateTime={record.at}>{date(record.at.slice(0, 10))}</time> {record.at.slice(11, 16)} ·{' '}
              <strong>{record.action}</strong> · {record.actor}
              <code class="log-details">{record.details}</code>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
