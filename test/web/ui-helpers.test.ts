import { describe, expect, it } from 'vitest';
import {
  addEdge,
  datesInRange,
  edgeId,
  emptyGraph,
  mergeNeighbourhood,
  syntheticGraph,
  visibleGraph,
} from '../../web/src/lib/graph-model.js';
import { LANGUAGES, MESSAGES, formatDate, pickLanguage, translate } from '../../web/src/lib/i18n.js';
import { decodeEntities, highlightParts, isSafeHighlight } from '../../web/src/lib/mark-safety.js';
import { paragraphs, segmentText } from '../../web/src/lib/text-segments.js';
import {
  decodeSearchState,
  defaultSearchState,
  encodeSearchState,
  hasFilters,
  toggleFilter,
} from '../../web/src/lib/url-state.js';

describe('search state in the URL', () => {
  it('round-trips query, sort, page and filters', () => {
    const state = {
      ...defaultSearchState(),
      q: 'Landrätin & Jobcenter',
      sort: 'date_desc' as const,
      page: 3,
      filters: {
        ...defaultSearchState().filters,
        publisher: ['Landkreis Diepholz'],
        year: ['2025'],
        person: ['per:anja-ahlerding', 'per:ayşe'],
      },
    };
    const encoded = encodeSearchState(state);
    expect(encoded).toContain('q=Landr%C3%A4tin+%26+Jobcenter');
    expect(decodeSearchState(`?${encoded}`)).toEqual(state);
  });

  it('leaves defaults out so links stay short and stable', () => {
    expect(encodeSearchState(defaultSearchState())).toBe('');
    const a = encodeSearchState({
      ...defaultSearchState(),
      filters: { ...defaultSearchState().filters, place: ['plc:b', 'plc:a'] },
    });
    const b = encodeSearchState({
      ...defaultSearchState(),
      filters: { ...defaultSearchState().filters, place: ['plc:a', 'plc:b'] },
    });
    expect(a).toBe(b);
  });

  it('ignores malformed values', () => {
    const state = decodeSearchState('q=x&sort=sideways&page=-2&year=twenty&year=2024&language=&unknown=1');
    expect(state).toMatchObject({ q: 'x', sort: 'relevance', page: 1 });
    expect(state.filters.year).toEqual(['2024']);
    expect(state.filters.language).toEqual([]);
    expect(decodeSearchState('page=2.5').page).toBe(1);
    expect(decodeSearchState('page=4').page).toBe(4);
  });

  it('drops duplicate values and toggles filters back to page 1', () => {
    expect(decodeSearchState('person=a&person=a').filters.person).toEqual(['a']);
    const on = toggleFilter({ ...defaultSearchState(), page: 5 }, 'language', 'de');
    expect(on.page).toBe(1);
    expect(on.filters.language).toEqual(['de']);
    expect(hasFilters(on)).toBe(true);
    expect(toggleFilter(on, 'language', 'de').filters.language).toEqual([]);
  });
});

describe('highlight safety', () => {
  it('accepts escaped text with bare <mark> tags', () => {
    expect(isSafeHighlight('… im <mark>Migrationszentrum</mark> des Landkreises &amp; der Stadt &#39;x&#39; …')).toBe(
      true,
    );
    expect(isSafeHighlight('plain text')).toBe(true);
  });

  it('rejects any other markup, attributes, unbalanced marks and raw characters', () => {
    for (const html of [
      '<mark>a</mark><script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<mark onclick="x">a</mark>',
      '<mark>a',
      'a</mark>',
      '<mark><mark>a</mark></mark>',
      'a < b',
      'a > b',
      'AT&T',
      '<MARK>a</MARK>',
      '<mark>a</mark',
    ]) {
      expect(isSafeHighlight(html), html).toBe(false);
    }
  });

  it('splits safe markup into parts and flattens unsafe markup to text', () => {
    expect(highlightParts('a <mark>b &amp; c</mark> d')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b & c', mark: true },
      { text: ' d', mark: false },
    ]);
    expect(highlightParts('<b>x</b> <mark>y</mark>')).toEqual([{ text: 'x y', mark: false }]);
    expect(decodeEntities('&lt;&gt;&quot;&#x41;&#66;&apos;')).toBe('<>"AB\'');
  });
});

describe('interface texts', () => {
  it('has every text in German and English', () => {
    const keys = Object.keys(MESSAGES.de).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(keys);
    for (const lang of LANGUAGES)
      for (const key of keys) expect(MESSAGES[lang][key as keyof typeof MESSAGES.de], `${lang} ${key}`).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.de) as (keyof typeof MESSAGES.de)[]) {
      expect(placeholders(MESSAGES.en[key]), key).toEqual(placeholders(MESSAGES.de[key]));
    }
  });

  it('picks the language from the stored choice, then the browser, else English', () => {
    expect(pickLanguage(['de-AT', 'en'])).toBe('de');
    expect(pickLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLanguage(['fr'])).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
    expect(pickLanguage(['de'], 'en')).toBe('en');
    expect(pickLanguage(['en'], 'xx')).toBe('en');
  });

  it('fills placeholders and formats dates per language', () => {
    expect(translate('de', 'search.results', { count: 3 })).toBe('3 Treffer');
    expect(translate('en', 'search.results', { count: 3 })).toBe('3 results');
    expect(translate('en', 'search.page', { page: 1 })).toBe('Page 1 of {pages}');
    expect(formatDate('de', '2025-03-11')).toBe('11.03.2025');
    expect(formatDate('en', '2025-03-11')).toBe('11 Mar 2025');
    expect(formatDate('en', null)).toBe('');
    expect(formatDate('en', 'soon')).toBe('soon');
  });
});

describe('release text segments', () => {
  const entity = (id: string) => ({ id, type: 'Person', name: id });
  it('cuts text into plain runs and mentions, every character once', () => {
    const text = 'Landrätin Anja Ahlerding besuchte Diepholz.';
    const segments = segmentText(text, [
      { start: 34, end: 42, entity: entity('plc'), confidence: 0.9 },
      { start: 10, end: 24, entity: entity('per'), confidence: 0.8 },
      { start: 15, end: 24, entity: entity('overlap'), confidence: 0.5 },
      { start: 40, end: 99, entity: entity('outside'), confidence: 0.5 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mention).map((s) => s.text)).toEqual(['Anja Ahlerding', 'Diepholz']);
  });

  it('splits paragraphs at blank lines without cutting mentions', () => {
    const text = 'Titel\n\nErster Absatz mit Syke.\n\n\nZweiter.';
    const start = text.indexOf('Syke');
    const blocks = paragraphs(segmentText(text, [{ start, end: start + 4, entity: entity('syke'), confidence: 1 }]));
    expect(blocks.map((b) => b.map((s) => s.text).join(''))).toEqual(['Titel', 'Erster Absatz mit Syke.', 'Zweiter.']);
    expect(blocks[1]!.find((s) => s.mention)?.text).toBe('Syke');
  });
});

describe('network model', () => {
  const a = { id: 'per:a', name: 'A', type: 'Person' };
  const b = { id: 'org:b', name: 'B', type: 'Organisation' };
  const c = { id: 'plc:c', name: 'C', type: 'Place' };

  it('merges a neighbourhood: co-mentions dated by shared releases, relations directed', () => {
    const model = mergeNeighbourhood(emptyGraph(), {
      center: a,
      releases: [
        { id: 'r1', date: '2024-05-01' },
        { id: 'r2', date: '2025-01-10' },
      ],
      neighbours: [
        { entity: b, sharedReleases: 2, releases: [{ id: 'r1', date: '2024-05-01' }] },
        { entity: c, sharedReleases: 1, releases: null },
      ],
      relations: [{ type: 'VISITED', from: a, to: c, date: '2025-01-10' }],
    });
    expect(model.nodes.get('per:a')!.expanded).toBe(true);
    expect(model.edges.get(edgeId('MENTIONED_WITH', 'per:a', 'org:b'))).toMatchObject({
      source: 'org:b',
      target: 'per:a',
      dates: ['2024-05-01'],
      weight: 2,
    });
    expect(model.edges.get('VISITED|per:a|plc:c')!.dates).toEqual(['2025-01-10']);
    expect(edgeId('MENTIONED_WITH', 'b', 'a')).toBe(edgeId('MENTIONED_WITH', 'a', 'b'));
  });

  it('filters by relation type and date range, keeping pinned nodes', () => {
    const model = emptyGraph();
    addEdge(model, 'VISITED', a, b, ['2024-02-01']);
    addEdge(model, 'MENTIONED_WITH', a, c, []);
    const visits = visibleGraph(model, { types: new Set(['VISITED']) });
    expect(visits.edges.map((e) => e.type)).toEqual(['VISITED']);
    expect(visits.nodes.map((n) => n.id).sort()).toEqual(['org:b', 'per:a']);
    const later = visibleGraph(model, {
      types: new Set(['VISITED', 'MENTIONED_WITH']),
      from: '2025-01-01',
      pinned: new Set(['per:a']),
    });
    expect(later.edges).toEqual([]);
    expect(later.nodes.map((n) => n.id)).toEqual(['per:a']);
    expect(datesInRange(['2024-06-30'], '2024-01-01', '2024-12-31')).toBe(true);
    expect(datesInRange([], undefined, undefined)).toBe(true);
  });

  it('generates a deterministic synthetic network of the requested size', () => {
    const one = syntheticGraph(300);
    expect(one.nodes.size).toBe(300);
    expect(one.edges.size).toBeGreaterThanOrEqual(299);
    expect([...syntheticGraph(300).edges.keys()]).toEqual([...one.edges.keys()]);
  });
});
