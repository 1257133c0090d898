import { useState } from 'preact/hooks';
import { ApiError } from '../api/client.js';
import type { EntityDetail } from '../api/queries.js';
import { fetchEntity, mergeEntities, rejectFact, renameEntity } from '../api/queries.js';
import type { EntityRef, Provenance, ReleaseSummary, Role, Visit } from '../api/types.js';
import { DateText, EntityLink, Status, useAsync, usePageTitle } from '../components/common.js';
import { EntityPicker } from '../components/entity-picker.js';
import { useApiKey } from '../components/key-field.js';
import { useI18n } from '../i18n-context.js';
import { formatPercent } from '../lib/i18n.js';
import { Link, entityPath, graphPath, navigate, releasePath } from '../router.js';

/** An entity: a person's dated roles, visits on a timeline, quotes and releases; for others their people, visitors, units and releases; connected entities ranked. */
export function EntityPage({ id }: { id: string }) {
  const { t } = useI18n();
  const entity = useAsync((signal) => fetchEntity(id, signal), [id]);
  const headingRef = usePageTitle(entity.data?.name ?? null);
  const key = useApiKey();
  if (!entity.data) {
    return (
      <div class="entity-page">
        <Status loading={entity.loading} error={entity.error} onRetry={entity.reload} />
      </div>
    );
  }
  const e = entity.data;
  const canReject = key ? (factId: string) => rejectAndReload(factId, entity.reload) : null;
  return (
    <article class={`entity-page type-${e.type}`}>
      <header class="page-header entity-header">
        <p class="kicker">
          <span class="type-dot" aria-hidden="true" /> {t(`type.${e.type}`)}
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          {e.name}
        </h1>
        {e.aliases.filter((a) => a !== e.name).length > 0 && (
          <p class="aliases">
            {t('entity.aliases')}: {e.aliases.filter((a) => a !== e.name).join(' · ')}
          </p>
        )}
        <p class="hit-meta">
          {t('entity.releaseCount', { count: e.releaseCount })} ·{' '}
          <Link href={graphPath(e.id)} class="button-link">
            {t('entity.explore')}
          </Link>
        </p>
      </header>
      <div class="entity-layout">
        <div class="entity-main">
          {e.type === 'Person' ? (
            <PersonSections entity={e} reject={canReject} />
          ) : (
            <OtherSections entity={e} reject={canReject} />
          )}
          <ReleaseList releases={e.releases} total={e.releaseCount} />
        </div>
        <div class="entity-side">
          <Connections entity={e} />
          {key && <EntityCuration entity={e} onRenamed={entity.reload} />}
        </div>
      </div>
    </article>
  );
}

async function rejectAndReload(factId: string, reload: () => void): Promise<void> {
  await rejectFact(factId);
  reload();
}

type Reject = ((factId: string) => Promise<void>) | null;

function Section({
  title,
  count,
  children,
  id,
}: {
  title: string;
  count?: number;
  children: preact.ComponentChildren;
  id: string;
}) {
  return (
    <section class="entity-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} {count !== undefined && <span class="count">{count}</span>}
      </h2>
      {children}
    </section>
  );
}

function Evidence({
  sentence,
  release,
  confidence,
  factId,
  reject,
}: {
  sentence: string;
  release: Provenance['release'];
  confidence: number;
  factId: string;
  reject: Reject;
}) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="evidence">
      <p class="fact-sentence">{sentence}</p>
      <p class="fact-meta">
        <Link href={releasePath(release.id)}>{release.title}</Link>
        <span> · {t('common.confidence', { value: formatPercent(lang, confidence) })}</span>
        {reject && (
          <button
            type="button"
            class="small-button danger"
            onClick={() => {
              if (!window.confirm(t('release.rejectConfirm'))) return;
              reject(factId).catch((failure: Error) =>
                setError(
                  failure instanceof ApiError && (failure.code === 'UNAUTHENTICATED' || failure.code === 'FORBIDDEN')
                    ? t('curate.denied')
                    : failure.message,
                ),
              );
            }}
          >
            {t('release.reject')}
          </button>
        )}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function RoleList({ roles, showPerson, reject }: { roles: Role[]; showPerson: boolean; reject: Reject }) {
  const { t } = useI18n();
  if (!roles.length) return <p class="muted">{t('common.none')}</p>;
  const sorted = [...roles].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return (
    <ul class="role-list">
      {sorted.map((role) => (
        <li key={role.provenance.factId} class="role">
          <p class="role-line">
            <DateText iso={role.date} /> — {showPerson && <EntityLink entity={role.person} />}{' '}
            <strong>{role.title}</strong>
            {role.organisation && !showPerson && (
              <>
                {' '}
                {t('entity.at')} <EntityLink entity={role.organisation} />
              </>
            )}
          </p>
          <Evidence {...role.provenance} reject={reject} />
        </li>
      ))}
    </ul>
  );
}

/** Visits as a vertical timeline, grouped by year, newest first. */
function VisitTimeline({ visits, side, reject }: { visits: Visit[]; side: 'target' | 'visitor'; reject: Reject }) {
  const { t } = useI18n();
  if (!visits.length) return <p class="muted">{t('common.none')}</p>;
  const sorted = [...visits].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  let year = '';
  return (
    <ol class="timeline" aria-label={t('entity.visitsTimeline')}>
      {sorted.map((visit) => {
        const y = visit.date?.slice(0, 4) ?? '—';
        const marker = y !== year ? y : null;
        year = y;
        const other = side === 'target' ? visit.target : visit.visitor;
        return (
          <li key={visit.provenance.factId} class="timeline-item">
            {marker && <span class="timeline-year">{marker}</span>}
            <span class="timeline-dot" aria-hidden="true" />
            <div class="timeline-body">
              <p class="timeline-head">
                <DateText iso={visit.date} /> — {side === 'target' ? t('rel.VISITED') : ''}{' '}
                <EntityLink entity={other} />
              </p>
              <Evidence {...visit.provenance} reject={reject} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function PersonSections({ entity, reject }: { entity: EntityDetail; reject: Reject }) {
  const { t } = useI18n();
  return (
    <>
      <Section id="roles" title={t('entity.roles')} count={entity.roles.length}>
        <RoleList roles={entity.roles} showPerson={false} reject={reject} />
      </Section>
      <Section id="visits" title={t('entity.visits')} count={entity.visitsTotal}>
        <VisitTimeline visits={entity.visits} side="target" reject={reject} />
      </Section>
      <Section id="quotes" title={t('entity.quotes')} count={entity.quotesTotal}>
        {entity.quotes.length === 0 && <p class="muted">{t('common.none')}</p>}
        <ul class="quote-list">
          {entity.quotes.map((quote) => (
            <li key={quote.provenance.factId}>
              <blockquote class="fact-quote">{quote.text}</blockquote>
              <p class="fact-meta">
                <DateText iso={quote.provenance.release.date} /> ·{' '}
                <Link href={releasePath(quote.provenance.release.id)}>{quote.provenance.release.title}</Link>
              </p>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function RefList({ refs }: { refs: EntityRef[] }) {
  return (
    <ul class="inline-list">
      {refs.map((ref) => (
        <li key={ref.id}>
          <EntityLink entity={ref} />
        </li>
      ))}
    </ul>
  );
}

function OtherSections({ entity, reject }: { entity: EntityDetail; reject: Reject }) {
  const { t } = useI18n();
  return (
    <>
      {entity.type !== 'Place' && (
        <Section id="people" title={t('entity.people')} count={entity.people.length}>
          <RoleList roles={entity.people} showPerson reject={reject} />
        </Section>
      )}
      <Section id="visitors" title={t('entity.visitors')} count={entity.visitorsTotal}>
        <VisitTimeline visits={entity.visitors} side="visitor" reject={reject} />
      </Section>
      {entity.parts.length > 0 && (
        <Section id="parts" title={t('entity.parts')} count={entity.parts.length}>
          <RefList refs={entity.parts} />
        </Section>
      )}
      {entity.partOf.length > 0 && (
        <Section id="part-of" title={t('entity.partOf')}>
          <RefList refs={entity.partOf} />
        </Section>
      )}
      {entity.locatedIn.length > 0 && (
        <Section id="located-in" title={t('entity.locatedIn')}>
          <RefList refs={entity.locatedIn} />
        </Section>
      )}
      {entity.contains.length > 0 && (
        <Section id="contains" title={t('entity.contains')} count={entity.contains.length}>
          <RefList refs={entity.contains} />
        </Section>
      )}
    </>
  );
}

function ReleaseList({ releases, total }: { releases: ReleaseSummary[]; total: number }) {
  const { t } = useI18n();
  return (
    <Section id="releases" title={t('entity.releases')} count={total}>
      <ul class="release-list">
        {[...releases]
          .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
          .map((release) => (
            <li key={release.id}>
              <Link href={releasePath(release.id)}>{release.title}</Link>
              <span class="hit-meta">
                {' '}
                · <DateText iso={release.date} />
                {release.publisher && ` · ${release.publisher}`}
              </span>
            </li>
          ))}
      </ul>
    </Section>
  );
}

function Connections({ entity }: { entity: EntityDetail }) {
  const { t } = useI18n();
  const max = Math.max(1, ...entity.connections.map((c) => c.sharedReleases + c.sharedFacts));
  return (
    <Section id="connections" title={t('entity.connections')}>
      {entity.connections.length === 0 && <p class="muted">{t('common.none')}</p>}
      <ol class="connection-list">
        {entity.connections.map((link) => {
          const score = link.sharedReleases + link.sharedFacts;
          return (
            <li key={link.entity.id}>
              <EntityLink entity={link.entity} />
              <span class="bar" aria-hidden="true">
                <span class={`bar-fill type-${link.entity.type}`} style={{ width: `${(100 * score) / max}%` }} />
              </span>
              <span class="small muted">
                {t('entity.connectionScore', { releases: link.sharedReleases, facts: link.sharedFacts })}
              </span>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

function EntityCuration({ entity, onRenamed }: { entity: EntityDetail; onRenamed: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(entity.name);
  const [other, setOther] = useState<EntityRef | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fail = (error: Error) =>
    setMessage({
      text:
        error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')
          ? t('curate.denied')
          : error.message,
      error: true,
    });
  return (
    <Section id="curate" title={t('curate.title')}>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          renameEntity(entity.id, name.trim()).then((renamed) => {
            setMessage({ text: t('curate.renamed', { name: renamed.name }), error: false });
            onRenamed();
          }, fail);
        }}
      >
        <label for="rename-name">{t('curate.renameName')}</label>
        <div class="row">
          <input
            id="rename-name"
            type="text"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
            required
          />
          <button type="submit">{t('curate.renameButton')}</button>
        </div>
      </form>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!other || other.id === entity.id) {
            setMessage({ text: t('curate.sameEntity'), error: true });
            return;
          }
          mergeEntities([entity.id, other.id]).then((merged) => {
            setMessage({ text: t('curate.merged', { name: merged.name }), error: false });
            setOther(null);
            if (merged.id !== entity.id) navigate(entityPath(merged.id));
            else onRenamed();
          }, fail);
        }}
      >
        <EntityPicker
          label={t('curate.mergeWith')}
          value={other}
          onChange={setOther}
          type={entity.type}
          id="merge-other"
        />
        <p class="help">{t('curate.mergeHelp')}</p>
        <button type="submit" disabled={!other}>
          {t('curate.mergeButton')}
        </button>
      </form>
      {message && (
        <p class={message.error ? 'error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </Section>
  );
}
