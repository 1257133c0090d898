/**
 * Search benchmark for the embedded index: `npx tsx scripts/bench-search.ts [releases] [seed]`.
 * Generates seeded German and English releases, indexes them into a temporary store, then times
 * searches and suggestions in-process and prints the figures. Targets: indexing ≥ 1,000 releases/s,
 * search p50 ≤ 5 ms and p99 ≤ 25 ms, suggest p95 ≤ 10 ms. It prints; it asserts nothing.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityType } from '../src/domain/entity.js';
import { entityId } from '../src/domain/ids.js';
import type { SearchDocument, SearchEntity, SearchQuery } from '../src/ports/search-index.js';
import { openDatabase } from '../src/stores/sqlite/open-database.js';
import { SqliteSearchIndex } from '../src/stores/sqlite/sqlite-search-index.js';

const RELEASES = Number(process.argv[2] ?? 10_000);
const SEED = Number(process.argv[3] ?? 20_240_502);
const BATCH = 500;

// mulberry32: small, fast, and the same sequence for the same seed on every machine.
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
const random = rng(SEED);
const { int, pick } = random;

const SYLLABLES = [
  'ke',
  'bsch',
  'ull',
  'bör',
  'ge',
  'ling',
  'hel',
  'mers',
  'kur',
  'ku',
  'wei',
  'ler',
  'stein',
  'bach',
  'mann',
  'berg',
  'hof',
  'feld',
  'rich',
  'ter',
  'wald',
  'ha',
  'sen',
  'dorf',
  'mei',
  'er',
  'schu',
  'ma',
  'cher',
  'lin',
  'gel',
  'brink',
  'kamp',
  'ohl',
  'rup',
  'pert',
  'nie',
  'haus',
  'thal',
  'wig',
];
const FIRST_DE = [
  'Anna',
  'Andrea',
  'Lars',
  'Deniz',
  'Stephan',
  'Olaf',
  'Petra',
  'Julia',
  'Martin',
  'Sabine',
  'Thomas',
  'Katrin',
  'Jörg',
  'Ute',
  'Michael',
  'Birgit',
  'Christian',
  'Heike',
  'Frank',
  'Claudia',
  'Jürgen',
  'Maren',
  'Sönke',
];
const FIRST_EN = ['Julie', 'Mark', 'Rebecca', 'Huw', 'Sian', 'David', 'Emma', 'Gareth', 'Rhian', 'Jeremy', 'Lynne'];
const TITLES_DE = [
  'Landrätin',
  'Landrat',
  'Bürgermeister',
  'Bürgermeisterin',
  'Ministerpräsident',
  'Staatssekretärin',
  'Kreisrat',
  'Sozialdezernentin',
  'Landesbeauftragter für Migration und Teilhabe',
  'Leiterin des Gesundheitsamtes',
];
const TITLES_EN = [
  'Minister for Housing',
  'Councillor',
  'Cabinet Member for Education',
  'Leader of the Council',
  'Chief Executive',
  'Deputy Minister for Climate Change',
];
const PLACES_DE = [
  'Osnabrück',
  'Melle',
  'Bramsche',
  'Quakenbrück',
  'Georgsmarienhütte',
  'Bad Iburg',
  'Bersenbrück',
  'Dissen',
  'Hagen am Teutoburger Wald',
  'Wallenhorst',
  'Belm',
  'Bissendorf',
  'Hannover',
  'Oldenburg',
  'Lingen',
  'Nordhorn',
  'Vechta',
  'Cloppenburg',
  'Meppen',
  'Papenburg',
  'Lüneburg',
  'Göttingen',
  'Hildesheim',
  'Celle',
];
const PLACES_EN = [
  'Port Talbot',
  'Swansea',
  'Cardiff',
  'Newport',
  'Wrexham',
  'Bridgend',
  'Neath',
  'Llanelli',
  'Aberystwyth',
  'Bangor',
  'Caerphilly',
  'Merthyr Tydfil',
];
const STEMS = [
  'Migration',
  'Kreis',
  'Schul',
  'Gesundheit',
  'Jugend',
  'Wirtschaft',
  'Breitband',
  'Klima',
  'Rad',
  'Straßen',
  'Bau',
  'Integration',
  'Katastrophen',
  'Familien',
  'Kinder',
  'Senioren',
  'Pflege',
  'Ausbildung',
  'Fachkräfte',
  'Umwelt',
  'Wasser',
  'Energie',
  'Verkehr',
  'Bürger',
  'Kultur',
  'Sport',
  'Feuerwehr',
  'Wohnungs',
  'Arbeits',
  'Beratungs',
  'Digital',
  'Natur',
  'Landwirtschafts',
  'Tourismus',
  'Hochwasser',
  'Bildungs',
];
const HEADS = [
  'zentrum',
  'amt',
  'verwaltung',
  'förderung',
  'ausbau',
  'sanierung',
  'netz',
  'schutz',
  'programm',
  'konzept',
  'beirat',
  'stelle',
  'haus',
  'projekt',
  'kurs',
  'plan',
  'bündnis',
  'agentur',
  'wache',
  'tag',
  'preis',
  'gipfel',
  'strategie',
  'fonds',
  'initiative',
  'kampagne',
  'netzwerk',
  'messe',
  'zuschuss',
  'dienst',
];
const ORGS_DE = [
  'Jobcenter',
  'MeißelArbeit',
  'Kreisverwaltung',
  'Gesundheitsamt',
  'Volkshochschule',
  'Agentur für Arbeit',
  'Caritasverband',
  'Diakonie',
  'Stadtwerke',
  'Kreishandwerkerschaft',
  'Industrie- und Handelskammer',
  'Polizeidirektion',
];
const ORGS_EN = [
  'Welsh Government',
  'Natural Resources Wales',
  'Swansea Council',
  'Transport for Wales',
  'Public Health Wales',
  'Careers Wales',
  'Cardiff University',
  'Hywel Dda University Health Board',
];
const VERBS_DE = [
  'besuchte',
  'eröffnete',
  'besichtigte',
  'informierte sich über',
  'lobte',
  'unterstützt',
  'stellte vor',
  'übergab',
  'begrüßte',
  'würdigte',
];
const FILLER_DE = [
  'Die Förderung beträgt',
  'Im Mittelpunkt stand',
  'Nach Angaben der Verwaltung',
  'Bis zum Jahresende',
  'Gemeinsam mit den Kommunen',
  'Für die Umsetzung',
  'Zahlreiche Gäste',
  'Im Anschluss',
  'Darüber hinaus',
];
const WORDS_DE = [
  'die',
  'der',
  'das',
  'und',
  'mit',
  'für',
  'im',
  'am',
  'Projekt',
  'Verwaltung',
  'Menschen',
  'Region',
  'Angebot',
  'Beratung',
  'Zukunft',
  'Millionen',
  'Euro',
  'Jahr',
  'Ziel',
  'Arbeit',
  'Unterstützung',
  'Kommunen',
  'Ehrenamt',
  'Landkreis',
  'Gemeinde',
  'Stadt',
  'neue',
  'wichtige',
  'gemeinsam',
  'erfolgreich',
  'künftig',
  'bereits',
];
const TOPICS_EN = [
  'flood defence scheme',
  'bus services',
  'social care',
  'school places',
  'broadband rollout',
  'affordable housing',
  'active travel routes',
  'coastal path',
  'mental health support',
  'apprenticeships',
  'renewable energy projects',
  'town centre regeneration',
  'childcare offer',
  'road safety',
];
const WORDS_EN = [
  'the',
  'and',
  'with',
  'for',
  'new',
  'funding',
  'community',
  'residents',
  'council',
  'million',
  'pounds',
  'support',
  'project',
  'local',
  'people',
  'Wales',
  'announced',
  'welcomed',
  'visited',
  'programme',
];

// A Zipf-distributed vocabulary of made-up words: a few very common, most rare, as in real text.
const LETTERS = ['a', 'e', 'i', 'o', 'u', 'ä', 'ü', 'ö', 'ei', 'au', 'ie'];
const CONSONANTS = [
  'b',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'w',
  'z',
  'sch',
  'st',
  'ch',
  'ng',
  'ß',
];
const syllable = () => pick(CONSONANTS) + pick(LETTERS) + (random.next() < 0.5 ? pick(CONSONANTS) : '');
const LEXICON = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + int(3) }, syllable).join(''));
const ZIPF = (() => {
  const weights = LEXICON.map((_, rank) => 1 / (rank + 1) ** 1.05);
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((weight) => (sum += weight / total));
})();
const lexiconWord = () => {
  const x = random.next();
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return LEXICON[lo]!;
};
const fillerWord = () => (random.next() < 0.45 ? pick(WORDS_DE) : random.next() < 0.3 ? capitalWord() : lexiconWord());
const capitalWord = () => {
  const word = lexiconWord();
  return word[0]!.toUpperCase() + word.slice(1);
};

const surname = () => {
  const s = Array.from({ length: 2 + int(2) }, () => pick(SYLLABLES)).join('');
  return s[0]!.toUpperCase() + s.slice(1);
};
const compound = () => `${pick(STEMS)}${pick(HEADS)}`;
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

// A pool of recurring people, organisations and initiatives, as a real corpus has.
const PEOPLE_DE = Array.from({ length: 400 }, () => `${pick(FIRST_DE)} ${surname()}`);
const PEOPLE_EN = Array.from({ length: 150 }, () => `${pick(FIRST_EN)} ${surname()}`);
const COMPOUND_ORGS = Array.from({ length: 300 }, () => `${capital(compound())} ${pick(PLACES_DE)}`);
const INITIATIVES = Array.from({ length: 120 }, () => `${capital(compound())} ${2020 + int(8)}`);
const PUBLISHERS_DE = [
  'Landkreis Osnabrück',
  'Stadt Osnabrück',
  'MeißelArbeit',
  'Niedersächsische Staatskanzlei',
  'Landkreis Emsland',
  'Stadt Melle',
  'Landkreis Vechta',
  'Region Hannover',
];
const PUBLISHERS_EN = ['Welsh Government', 'Swansea Council', 'Neath Port Talbot Council', 'Cardiff Council'];

const sentence = (words: string[]) => `${capital(words.join(' '))}.`;

function germanRelease(i: number): SearchDocument {
  const person = pick(PEOPLE_DE);
  const other = pick(PEOPLE_DE);
  const org = random.next() < 0.5 ? pick(ORGS_DE) : pick(COMPOUND_ORGS);
  const place = pick(PLACES_DE);
  const initiative = pick(INITIATIVES);
  // A release is about one topic: its compounds recur, others appear now and then.
  const topics = Array.from({ length: 1 + int(2) }, () => capital(compound()));
  const topic = topics[0]!;
  const aboutTopic = () => (random.next() < 0.85 ? pick(topics) : capital(compound()));
  const title = pick(TITLES_DE);
  const paragraphs = Array.from({ length: 4 + int(5) }, () =>
    Array.from({ length: 2 + int(3) }, () =>
      pick([
        () => `${title} ${person} ${pick(VERBS_DE)} das ${topic} in ${place}.`,
        () => `${pick(FILLER_DE)} ${int(900) + 10} ${pick(['Tausend', 'Millionen'])} Euro für ${aboutTopic()}.`,
        () => `„${sentence(Array.from({ length: 6 + int(8) }, fillerWord))}“, sagte ${person.split(' ')[1]}.`,
        () => `Auch ${other} vom ${org} nahm an dem Termin in der ${surname()}straße ${1 + int(120)} teil.`,
        () => `Die Initiative „${initiative}“ ${pick(VERBS_DE)} ${int(40) + 2} ${aboutTopic()}e.`,
        () => sentence(Array.from({ length: 8 + int(12) }, () => (random.next() < 0.08 ? aboutTopic() : fillerWord()))),
      ])(),
    ).join(' '),
  );
  const entities: SearchEntity[] = [
    ...(
      [
        ['Person', person],
        ['Person', other],
        ['Organisation', org],
        ['Place', place],
        ['Initiative', initiative],
      ] as [EntityType, string][]
    ).map(([type, name]) => ({ id: entityId(type, name), name, type })),
  ];
  return {
    id: `rel_${i.toString(16).padStart(16, '0')}`,
    title: `${title} ${person.split(' ')[1]} ${pick(VERBS_DE)} ${topic} in ${place}`,
    subtitle: random.next() < 0.3 ? `${initiative}: ${capital(compound())} gestartet` : null,
    body: paragraphs.join('\n\n'),
    date: `${2019 + int(7)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`,
    publisher: pick(PUBLISHERS_DE),
    language: 'de',
    entities,
  };
}

function englishRelease(i: number): SearchDocument {
  const person = pick(PEOPLE_EN);
  const title = pick(TITLES_EN);
  const place = pick(PLACES_EN);
  const org = pick(ORGS_EN);
  const topic = pick(TOPICS_EN);
  const paragraphs = Array.from({ length: 3 + int(5) }, () =>
    Array.from({ length: 2 + int(3) }, () =>
      pick([
        () => `The ${title}, ${person}, visited the ${topic} in ${place}.`,
        () => `${org} announced £${int(90) + 1} million for ${pick(TOPICS_EN)} across ${place}.`,
        () => `"${sentence(Array.from({ length: 8 + int(8) }, () => pick(WORDS_EN)))}" said ${person.split(' ')[1]}.`,
        () =>
          sentence(Array.from({ length: 10 + int(12) }, () => (random.next() < 0.6 ? pick(WORDS_EN) : lexiconWord()))),
      ])(),
    ).join(' '),
  );
  const entities: SearchEntity[] = (
    [
      ['Person', person],
      ['Organisation', org],
      ['Place', place],
    ] as [EntityType, string][]
  ).map(([type, name]) => ({ id: entityId(type, name), name, type }));
  return {
    id: `rel_${i.toString(16).padStart(16, '0')}`,
    title: `${title} visits ${topic} in ${place}`,
    subtitle: null,
    body: paragraphs.join('\n\n'),
    date: `${2019 + int(7)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`,
    publisher: pick(PUBLISHERS_EN),
    language: 'en',
    entities,
  };
}

// One edit inside the word (not at its end, where prefix search would hide the typo).
function typo(word: string): string {
  const at = 1 + int(Math.max(1, word.length - 3));
  const kind = int(3);
  const letter = pick([...'aeinrst']);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + letter + word.slice(at);
  return word.slice(0, at) + (word[at] === letter ? 'o' : letter) + word.slice(at + 1);
}

function queries(docs: SearchDocument[]): string[] {
  const germanWords = docs
    .filter((doc) => doc.language === 'de')
    .slice(0, 500)
    .flatMap((doc) => doc.title.split(/\s+/))
    .filter((word) => /^\p{L}{5,}$/u.test(word));
  const surnames = PEOPLE_DE.map((name) => name.split(' ')[1]!);
  const makers: (() => string)[] = [
    () => pick(germanWords).slice(0, 3 + int(4)), // prefix as typed
    () => pick(germanWords), // whole word
    () => typo(pick(germanWords.filter((word) => word.length >= 6))), // typo
    () => typo(pick(surnames)), // misspelt official
    () => pick(HEADS.filter((head) => head.length >= 4)), // compound part
    () => `${pick(TITLES_DE.slice(0, 4))} ${pick(surnames)}`, // title and name
    () => `${pick(STEMS)}${pick(HEADS)} ${pick(PLACES_DE)}`.toLowerCase(), // compound and place
    () => `${pick(WORDS_DE.slice(8))} ${pick(HEADS)} ${pick(PLACES_DE).split(' ')[0]!.slice(0, 4)}`, // three words
    () =>
      pick(TOPICS_EN)
        .split(' ')
        .slice(0, 1 + int(2))
        .join(' '), // English
    () => `${pick(PLACES_EN)} ${pick(['fund', 'council', 'minis'])}`, // English with prefix
  ];
  return Array.from({ length: 200 }, (_, i) => makers[i % makers.length]!());
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// Wall time, and CPU time of this process: on a busy machine the wall time includes waiting for a
// core, the CPU time is what the query itself costs (SQLite runs on this thread).
async function time<T>(run: () => Promise<T>): Promise<[number, T, number]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return [performance.now() - start, result, (used.user + used.system) / 1000];
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'civicgraph-bench-'));
  const file = join(dir, 'bench.db');
  try {
    const docs = Array.from({ length: RELEASES }, (_, i) =>
      random.next() < 0.8 ? germanRelease(i) : englishRelease(i),
    );
    const words = docs.reduce((sum, doc) => sum + doc.body.split(/\s+/).length, 0);
    console.log(
      `civicgraph search benchmark: ${RELEASES} releases (seed ${SEED}), ${Math.round(words / RELEASES)} words each on average`,
    );
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')}`,
    );

    const db = openDatabase(file);
    const index = new SqliteSearchIndex(db, file);
    const [indexMs, , indexCpu] = await time(async () => {
      for (let i = 0; i < docs.length; i += BATCH) await index.index(docs.slice(i, i + BATCH));
    });
    console.log(
      `${`indexing, batches of ${BATCH}`.padEnd(28)} ${Math.round(RELEASES / (indexMs / 1000))} releases/s` +
        ` (${(indexMs / 1000).toFixed(2)} s; by CPU time ${Math.round(RELEASES / (indexCpu / 1000))}/s)  target ≥ 1000/s`,
    );

    // The ingest path writes one release per call: time that too, on copies under new ids.
    const single = docs.slice(0, 500).map((doc, i) => ({ ...doc, id: `rel_single_${i}` }));
    const [singleMs] = await time(async () => {
      for (const doc of single) await index.index([doc]);
    });
    console.log(`${'indexing, one per call'.padEnd(28)} ${Math.round(single.length / (singleMs / 1000))} releases/s`);
    await index.remove(single.map((doc) => doc.id));

    const mixed = queries(docs);
    const run = async (make: (query: string) => SearchQuery) => {
      const samples: number[] = [];
      const cpu: number[] = [];
      let empty = 0;
      for (const query of mixed) {
        const [took, result, used] = await time(() => index.search(make(query)));
        samples.push(took);
        cpu.push(used);
        if (result.total === 0) empty++;
      }
      return { samples, cpu, empty };
    };
    const line = (label: string, { samples, cpu }: { samples: number[]; cpu: number[] }) =>
      console.log(
        `${label.padEnd(28)} p50 ${ms(percentile(samples, 50))}  p99 ${ms(percentile(samples, 99))}` +
          `  (CPU p50 ${ms(percentile(cpu, 50))}, p99 ${ms(percentile(cpu, 99))})`,
      );
    const cold = await run((query) => ({ query, first: 10 }));
    const warm = await run((query) => ({ query, first: 10 }));
    line(`search, ${mixed.length} queries, 1st pass`, cold);
    line(`search, ${mixed.length} queries, 2nd pass`, warm);
    console.log(`  target p50 ≤ 5 ms, p99 ≤ 25 ms; ${warm.empty} of ${mixed.length} queries without hits`);
    line(
      'search + filter + 4 facets',
      await run((query) => ({
        query,
        first: 10,
        facets: ['publisher', 'year', 'Person', 'Place'],
        filter: { language: ['de', 'en'], dateFrom: '2020-01-01' },
      })),
    );
    line('search sorted by date', await run((query) => ({ query, first: 10, sort: 'date_desc' })));
    const [browseMs] = await time(() =>
      index.search({
        query: '',
        first: 10,
        facets: ['publisher', 'year', 'Person', 'Organisation', 'Place', 'Initiative'],
      }),
    );
    console.log(`${'browse all + 6 facets'.padEnd(28)} ${ms(browseMs)}`);

    const names = [...new Set(docs.flatMap((doc) => doc.entities.map((entity) => entity.name)))];
    const prefixes = Array.from({ length: 200 }, () => {
      const parts = pick(names).split(' ');
      const word = pick(parts);
      return word.slice(0, Math.min(word.length, 2 + int(5)));
    });
    const suggestSamples: number[] = [];
    const suggestCpu: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const prefix of prefixes) {
        const [took, , used] = await time(() => index.suggest(prefix, undefined, 10));
        if (round === 1) suggestSamples.push(took);
        if (round === 1) suggestCpu.push(used);
      }
    }
    console.log(
      `${`suggest, ${prefixes.length} prefixes`.padEnd(28)} p50 ${ms(percentile(suggestSamples, 50))}  p95 ${ms(percentile(suggestSamples, 95))}` +
        `  (CPU p95 ${ms(percentile(suggestCpu, 95))})  target p95 ≤ 10 ms`,
    );

    db.pragma('wal_checkpoint(TRUNCATE)');
    const vocabulary = db.prepare('SELECT COUNT(*) FROM search_vocab').pluck().get() as number;
    const entities = db.prepare('SELECT COUNT(*) FROM search_entities').pluck().get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const inUse =
      ((db.pragma('page_count', { simple: true }) as number) -
        (db.pragma('freelist_count', { simple: true }) as number)) *
      pageSize;
    db.close();
    const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
    console.log(
      `${'index size on disk'.padEnd(28)} ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${(inUse / 1024 / 1024).toFixed(1)} MiB in use` +
        ` (${vocabulary} vocabulary words, ${entities} entities)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
