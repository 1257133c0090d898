import { useMemo, useState } from 'preact/hooks';
import { ApiError } from '../api/client.js';
import type { ReleaseDetail } from '../api/queries.js';
import { fetchRelease, rejectFact } from '../api/queries.js';
import type { EntityRef } from '../api/types.js';
import { ENTITY_TYPES } from '../api/types.js';
import { DateText, EntityLink, Status, useAsync, usePageTitle } from '../components/common.js';
import { useApiKey } from '../components/key-field.js';
import { useI18n } from '../i18n-context.js';
import { formatPercent } from '../lib/i18n.js';
import type { MessageKey } from '../lib/i18n.js';
import { paragraphs, segmentText } from '../lib/text-segments.js';
import { Link, entityPath } from '../router.js';

/** One release: its text with every extracted entity marked in place, its relations with their sentences, and its metadata. */
export function ReleasePage({ id }: { id: string }) {
  const { t } = useI18n();
  const release = useAsync((signal) => fetchRelease(id, signal), [id]);
  const headingRef = usePageTitle(release.data?.title ?? null);
  if (!release.data) {
    return (
      <div class="release-page">
        <Status loading={release.loading} error={release.error} onRetry={release.reload} />
      </div>
    );
  }
  const r = release.data;
  return (
    <article class="release-page">
      <header class="page-header">
        <p class="kicker">{t('common.release')}</p>
        <h1 ref={headingRef} tabIndex={-1}>
          {r.title}
        </h1>
        {r.subtitle && <p class="subtitle">{r.subtitle}</p>}
        <p class="hit-meta">
          <DateText iso={r.date} />
          {r.publisher && <span> · {r.publisher}</span>}
          <span> · {r.language.toUpperCase()}</span>
        </p>
      </header>
      <div class="release-layout">
        <section class="release-text" aria-labelledby="release-text-heading">
          <h2 id="release-text-heading">{t('release.text')}</h2>
          <Legend release={r} />
          <MarkedText release={r} />
        </section>
        <div class="release-side">
          <Relations release={r} onChange={release.reload} />
          <Metadata release={r} />
        </div>
      </div>
    </article>
  );
}

function Legend({ release }: { release: ReleaseDetail }) {
  const { t } = useI18n();
  const counts = new Map<string, Set<string>>();
  for (const mention of release.mentions) {
    const ids = counts.get(mention.entity.type) ?? new Set();
    ids.add(mention.entity.id);
    counts.set(mention.entity.type, ids);
  }
  return (
    <ul class="legend" aria-label={t('release.legend')}>
      {ENTITY_TYPES.map((type) => (
        <li key={type} class={`legend-item type-${type}`}>
          <span class="mention-sample">{t(`type.plural.${type}`)}</span> {counts.get(type)?.size ?? 0}
        </li>
      ))}
    </ul>
  );
}

function MarkedText({ release }: { release: ReleaseDetail }) {
  const { t, lang } = useI18n();
  const blocks = useMemo(() => paragraphs(segmentText(release.text, release.mentions)), [release]);
  return (
    <div class="marked-text">
      {blocks.map((block, i) => (
        <p key={i}>
          {block.map((segment, j) => {
            if (!segment.mention) return segment.text;
            const m = segment.mention;
            const tip = t('release.mentionTip', {
              type: t(`type.${m.entity.type}` as MessageKey),
              confidence: formatPercent(lang, m.confidence),
            });
            return (
              <Link
                key={j}
                href={entityPath(m.entity.id)}
                class={`mention type-${m.entity.type}`}
                data-tip={`${m.entity.name} · ${tip}`}
                data-entity-id={m.entity.id}
                aria-label={`${segment.text} (${m.entity.name}, ${tip})`}
              >
                {segment.text}
              </Link>
            );
          })}
        </p>
      ))}
    </div>
  );
}

function Relations({ release, onChange }: { release: ReleaseDetail; onChange: () => void }) {
  const { t, lang } = useI18n();
  const key = useApiKey();
  const [message, setMessage] = useState<string | null>(null);
  const facts = [...release.facts].sort((a, b) => a.provenance.start - b.provenance.start);
  const reject = async (factId: string) => {
    if (!window.confirm(t('release.rejectConfirm'))) return;
    try {
      await rejectFact(factId);
      setMessage(t('curate.rejected', { id: factId }));
      onChange();
    } catch (error) {
      const denied = error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN');
      setMessage(denied ? t('curate.denied') : (error as Error).message);
    }
  };
  return (
    <section class="relations" aria-labelledby="relations-heading">
      <h2 id="relations-heading">
        {t('release.relations')} <span class="count">{facts.length}</span>
      </h2>
      {message && (
        <p class="notice" role="status">
          {message}
        </p>
      )}
      {facts.length === 0 && <p class="muted">{t('release.noRelations')}</p>}
      <ul class="fact-list">
        {facts.map((fact) => (
          <li key={fact.id} class="fact" data-fact-id={fact.id}>
            <p class="fact-line">
              <EntityLink entity={fact.from} />{' '}
              <span class={`rel rel-${fact.type}`}>{t(`rel.${fact.type}` as MessageKey) ?? fact.type}</span>{' '}
              {fact.to && <EntityLink entity={fact.to as EntityRef} />}
              {fact.title && <span class="fact-title"> „{fact.title}“</span>}
            </p>
            {/* A quote's sentence already holds the quote (with who said it): show it once. */}
            {fact.quote && !fact.provenance.sentence.includes(fact.quote) && (
              <blockquote class="fact-quote">{fact.quote}</blockquote>
            )}
            <p class={fact.type === 'QUOTED_IN' ? 'fact-sentence fact-quote' : 'fact-sentence'}>
              <span class="visually-hidden">{t('release.sentence')}: </span>
              {fact.provenance.sentence}
            </p>
            <p class="fact-meta">
              {fact.date && <DateText iso={fact.date} />}
              <span> {t('common.confidence', { value: formatPercent(lang, fact.provenance.confidence) })}</span>
              {key && (
                <button type="button" class="small-button danger" onClick={() => void reject(fact.id)}>
                  {t('release.reject')}
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Metadata({ release }: { release: ReleaseDetail }) {
  const { t } = useI18n();
  const rows: [string, preact.ComponentChildren][] = [];
  if (release.publisher) rows.push([t('release.publisher'), release.publisher]);
  rows.push([t('common.date'), <DateText iso={release.date} />]);
  rows.push([t('release.language'), t(release.language === 'de' ? 'language.de' : 'language.en')]);
  if (release.dateline) rows.push([t('release.dateline'), release.dateline]);
  rows.push([t('common.source'), <code>{release.source}</code>]);
  if (release.url && /^https?:\/\//i.test(release.url)) {
    rows.push([
      t('release.url'),
      <a href={release.url} rel="noopener noreferrer">
        {release.url}
      </a>,
    ]);
  }
  if (release.caption) rows.push([t('release.caption'), release.caption]);
  if (release.photoCredit) rows.push([t('release.photoCredit'), release.photoCredit]);
  if (release.contact) rows.push([t('release.contact'), <span class="pre">{release.contact}</span>]);
  if (release.links.length) rows.push([t('release.links'), release.links.join(', ')]);
  const entities = new Map<string, EntityRef>();
  for (const mention of release.mentions) entities.set(mention.entity.id, mention.entity);
  return (
    <section class="metadata" aria-labelledby="metadata-heading">
      <h2 id="metadata-heading">{t('release.metadata')}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} class="meta-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('release.entities')}</h2>
      {ENTITY_TYPES.map((type) => {
        const list = [...entities.values()].filter((e) => e.type === type);
        if (!list.length) return null;
        return (
          <div key={type} class="entity-group">
            <h3>{t(`type.plural.${type}`)}</h3>
            <ul class="inline-list">
              {list.map((entity) => (
                <li key={entity.id}>
                  <Link href={entityPath(entity.id)} class={`entity-link type-${entity.type}`}>
                    <span class="type-dot" aria-hidden="true" />
                    {entity.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
