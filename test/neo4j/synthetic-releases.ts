// Seeded generator of realistic extracted press releases (German, public sector), for the Neo4j
// large-batch tests and scripts/bench-neo4j.ts. Same seed, same releases.
import type { EntityType, ExtractedEntity } from '../../src/domain/entity.js';
import type { ReleaseFacts } from '../../src/domain/extraction.js';
import { entityId, releaseId } from '../../src/domain/ids.js';
import type { ExtractedRelation } from '../../src/domain/relation.js';
import type { Release } from '../../src/domain/release.js';

/** Sizes of the name pools; larger pools mean fewer releases per entity. */
export interface SyntheticOptions {
  seed?: number;
  officials?: number;
  organisations?: number;
  places?: number;
  initiatives?: number;
}

/** A pool of people, organisations, places and initiatives, and releases drawn from it. */
export interface SyntheticCorpus {
  /** The officials (Person entity ids) that releases are about, most active first. */
  officialIds: string[];
  /** The `index`-th release; `version` > 0 gives a changed text from the same source. */
  release(index: number, version?: number): ReleaseFacts;
}

const FIRST = [
  'Anna',
  'Jörg',
  'Jürgen',
  'Sören',
  'Björn',
  'Ülkü',
  'Özlem',
  'Käthe',
  'Günter',
  'Marie-Luise',
  'Hans-Peter',
  'Claudia',
  'Stefan',
  'Birgit',
  'Thomas',
  'Sabine',
  'Andreas',
  'Petra',
  'Matthias',
  'Ines',
  'Ahmet',
  'Fatma',
  'Ludger',
  'Heike',
  'Maximilian',
  'Lea',
  'Jan-Hendrik',
  'Gesa',
  'Tobias',
  'Ursula',
];
const LAST = [
  'Ahlerding',
  'Weiß-Müller',
  'Großmann',
  'Schäfer',
  'Müller',
  'Krämer',
  'Bäumer',
  'Strauß',
  'Öztürk',
  'Yılmaz',
  'Hoffmann',
  'Wagner',
  'Becker',
  'Schulze',
  'Meyer-Lüerßen',
  'Fuß',
  'Köhler',
  'Lüdtke',
  'Voß',
  'Brückner',
  'Dreßler',
  'Jäger',
  'Hübner',
  'Nußbaum',
  'Große-Kathöfer',
  'Wendt',
  'Timmermann',
  'Rühl',
  'Sielmann',
  'Thöne',
];
const TOWNS = [
  'Osnabrück',
  'Diepholz',
  'Syke',
  'Görlitz',
  'Kassel',
  'Bielefeld',
  'Passau',
  'Lüneburg',
  'Gießen',
  'Münster',
  'Düsseldorf',
  'Fürth',
  'Würzburg',
  'Tübingen',
  'Märkisch-Oderland',
  'Bad Kötzting',
  'Neustadt an der Weinstraße',
  'Halle (Saale)',
  'Frankfurt (Oder)',
  'St. Ingbert',
];
const ORG_KINDS = [
  'Grundschule',
  'Kita',
  'Jobcenter',
  'Familienzentrum',
  'Migrationszentrum',
  'Feuerwehr',
  'Musikschule',
  'Stadtwerke',
  'Tafel',
  'Bauhof',
  'Jugendzentrum',
  'Klinikum',
  'Volkshochschule',
  'Sportverein',
  'Tischlerei',
];
const INITIATIVES = [
  'Zukunftswerkstatt',
  'Ehrenamtspreis',
  'Vorbild des Monats',
  'Innovationspreis Kommune digital',
  'Grüne Straße',
  'Sprach-Kita',
  'Bündnis für Familie',
  'Klimapakt',
  'Digitalpakt Schule',
  'Starke Quartiere',
];
const TITLES: [string, string][] = [
  ['Landrätin', 'Landkreis'],
  ['Landrat', 'Landkreis'],
  ['Bürgermeisterin', 'Stadt'],
  ['Oberbürgermeister', 'Stadt'],
  ['Erste Kreisrätin', 'Landkreis'],
  ['Staatssekretär', 'Ministerium für Soziales'],
  ['Ministerin', 'Ministerium für Kultus'],
  ['Geschäftsführerin', 'Jobcenter'],
];
const VERBS = [
  'besuchte am Montag',
  'besichtigte am Dienstag',
  'informierte sich am Mittwoch über',
  'war am Donnerstag zu Gast bei',
];
const FILLERS = [
  'Im Mittelpunkt standen die Angebote für Familien, die Zusammenarbeit mit Schulen und Vereinen sowie die Frage, wie Fachkräfte für die Region gewonnen werden können. Die Verantwortlichen stellten aktuelle Zahlen vor und erläuterten, welche Vorhaben im kommenden Jahr umgesetzt werden sollen.',
  'Seit der Gründung hat sich die Einrichtung zu einer festen Anlaufstelle entwickelt. Rund 40 haupt- und ehrenamtliche Kräfte betreuen jede Woche mehrere hundert Menschen, beraten in Fragen rund um Arbeit, Wohnen und Gesundheit und vermitteln bei Bedarf weitere Hilfen.',
  'Finanziert wird das Vorhaben aus Mitteln des Landes und des Europäischen Sozialfonds (ESF Plus). Der Landkreis beteiligt sich mit einem Eigenanteil von 25 Prozent; weitere Unterstützung leisten örtliche Unternehmen und Stiftungen.',
  'Beim anschließenden Rundgang ließen sich die Gäste die neuen Räume zeigen: Werkstatt, Lernküche und ein barrierefreier Besprechungsraum wurden in den vergangenen Monaten umgebaut. Die Arbeiten lagen im Zeit- und Kostenrahmen.',
  'Die Kreisverwaltung will die Zusammenarbeit mit den Städten und Gemeinden weiter ausbauen. Geplant sind unter anderem gemeinsame Sprechstunden, ein digitales Antragsverfahren und regelmäßige Netzwerktreffen der Beteiligten.',
  'Auch die Nachwuchsgewinnung war Thema. Junge Menschen sollen früher mit Betrieben in Kontakt kommen, etwa über Praktikumstage, Berufsorientierungsmessen und Patenschaften zwischen Auszubildenden und Schülerinnen und Schülern.',
  'Zum Abschluss dankten die Gäste allen Beteiligten für ihr Engagement. Die Ergebnisse des Austauschs sollen in die Fortschreibung des Sozialberichts einfließen, der im Herbst dem Kreistag vorgelegt wird.',
];
const ORG_SUFFIXES = [
  'am Markt',
  'Am Bahnhof',
  'Sonnenschein',
  'Lindenhof',
  '„Regenbogen“',
  'St. Marien',
  'im Quartier',
];
const QUOTES = [
  'Hier wird großartige Arbeit geleistet',
  'Das ist ein Vorbild für den ganzen Landkreis',
  'Wir wollen die Angebote vor Ort weiter stärken',
  'Ohne das Ehrenamt ginge es nicht',
  'Die Zusammenarbeit mit den Kommunen ist ausgezeichnet',
  'Gute Bildung beginnt in der Kita',
];

/** Small, fast, seedable PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Official {
  name: string;
  surname: string;
  title: string;
  organisation: string;
}

/** Builds a pool and a release generator; the pool is fixed by the seed. */
export function syntheticCorpus(options: SyntheticOptions = {}): SyntheticCorpus {
  const seed = options.seed ?? 42;
  const poolRandom = random(seed);
  const pick = <T>(list: readonly T[], r: () => number = poolRandom): T => list[Math.floor(r() * list.length)]!;
  const towns = TOWNS.flatMap((town) => [town, ...['Nord', 'Süd', 'Ost', 'West'].map((part) => `${town}-${part}`)]);
  const places = distinct(shuffle(towns, poolRandom), options.places ?? 100);
  const names = distinct(
    shuffle(
      FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`)),
      poolRandom,
    ),
    options.officials ?? 300,
  );
  const officials: Official[] = names.map((name, i) => {
    const [title, body] = pick(TITLES);
    return {
      name,
      surname: name.replace(/ \d+$/, '').split(' ').at(-1)!,
      title,
      organisation: `${body} ${places[i % places.length]}`,
    };
  });
  const orgNames = ORG_KINDS.flatMap((kind) =>
    ORG_SUFFIXES.flatMap((suffix) => places.map((place) => `${kind} ${suffix} ${place}`)),
  );
  const organisations = distinct(shuffle(orgNames, poolRandom), options.organisations ?? 2000);
  const initiativeNames = INITIATIVES.flatMap((name) => places.map((place) => `${name} ${place}`));
  const initiatives = distinct(shuffle(initiativeNames, poolRandom), options.initiatives ?? 300);

  // Some officials appear far more often than others, as in real press coverage.
  const zipf = (r: () => number, n: number): number => Math.min(n - 1, Math.floor(n * r() ** 2.2));

  return {
    officialIds: officials.map((official) => entityId('Person', official.name)),
    release(index: number, version = 0): ReleaseFacts {
      const r = random(seed * 1_000_003 + index * 7919 + version);
      const official = officials[zipf(r, officials.length)]!;
      const guest = r() < 0.35 ? officials[zipf(r, officials.length)]! : undefined;
      const place = pick(places, r);
      const targets = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(organisations, r)))];
      const initiative = r() < 0.5 ? pick(initiatives, r) : undefined;
      const date = `20${22 + Math.floor(r() * 4)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
      const builder = new ReleaseBuilder();

      const title = `${official.title} ${official.surname} besucht ${targets[0]}`;
      builder.paragraph(title);
      builder.sentence(`${place}.`, [['Place', place]]);
      const visit = builder.sentence(`${official.title} ${official.name} ${pick(VERBS, r)} ${targets.join(' und ')}.`, [
        ['Person', official.name],
        ...targets.map((t): [EntityType, string] => ['Organisation', t]),
      ]);
      builder.relation({
        type: 'HOLDS_ROLE',
        from: ['Person', official.name],
        to: ['Organisation', official.organisation],
        title: official.title,
        date,
        evidence: visit,
      });
      builder.entity('Organisation', official.organisation);
      for (const target of targets)
        builder.relation({
          type: 'VISITED',
          from: ['Person', official.name],
          to: ['Organisation', target],
          date,
          evidence: visit,
        });
      for (const target of targets) {
        if (r() < 0.4)
          builder.relation({
            type: 'LOCATED_IN',
            from: ['Organisation', target],
            to: ['Place', place],
            evidence: visit,
          });
      }
      for (const filler of shuffle(FILLERS, r).slice(0, 3 + Math.floor(r() * 3))) builder.paragraph(filler);
      const quote = pick(QUOTES, r);
      const said = builder.sentence(`„${quote}“, sagte ${official.surname}.`, [
        ['Person', official.name, official.surname],
      ]);
      builder.relation({ type: 'QUOTED_IN', from: ['Person', official.name], to: null, quote, evidence: said });
      if (guest && guest.name !== official.name) {
        const withGuest = builder.sentence(`Begleitet wurde ${official.surname} von ${guest.title} ${guest.name}.`, [
          ['Person', official.name, official.surname],
          ['Person', guest.name],
        ]);
        builder.relation({
          type: 'HOLDS_ROLE',
          from: ['Person', guest.name],
          to: r() < 0.8 ? ['Organisation', guest.organisation] : null,
          title: guest.title,
          evidence: withGuest,
        });
        if (r() < 0.8) builder.entity('Organisation', guest.organisation);
      }
      if (initiative) {
        const part = builder.sentence(`${targets[0]} ist Teil der Initiative ${initiative}.`, [
          ['Organisation', targets[0]!],
          ['Initiative', initiative],
        ]);
        builder.relation({
          type: 'PART_OF',
          from: ['Organisation', targets[0]!],
          to: ['Initiative', initiative],
          evidence: part,
        });
      }
      if (version > 0)
        builder.paragraph(`Aktualisierte Fassung ${version}: Die Angaben zu den Terminen wurden ergänzt.`);
      builder.paragraph(
        `Weitere Informationen gibt es unter www.${place.toLowerCase().replace(/[^a-z]+/g, '-')}.example.`,
      );
      return builder.build({
        source: `synthetic/${seed}/${index}.txt`,
        title,
        date,
        publisher: official.organisation,
        dateline: place,
      });
    },
  };
}

type EntityRef = [type: EntityType, name: string];
type Evidence = ExtractedRelation['evidence'];

/** Appends text and records where each entity occurs, so offsets are always right. */
class ReleaseBuilder {
  readonly #paragraphs: string[] = [];
  #current = '';
  readonly #entities = new Map<string, ExtractedEntity>();
  readonly #relations: ExtractedRelation[] = [];

  paragraph(text: string): void {
    this.#flush();
    this.#paragraphs.push(text);
  }

  /** Adds a sentence; each `[type, name, surface?]` is looked up in it and recorded as a mention. */
  sentence(text: string, refs: [EntityType, string, string?][]): Evidence {
    if (this.#current) this.#current += ' ';
    const start = this.#offset() + this.#current.length;
    this.#current += text;
    for (const [type, name, surface = name] of refs) {
      const at = text.indexOf(surface);
      if (at < 0) throw new Error(`synthetic release: "${surface}" not in "${text}"`);
      const entity = this.entity(type, name);
      if (surface !== name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
      entity.mentions.push({ start: start + at, end: start + at + surface.length, text: surface });
    }
    return { sentence: text, start, end: start + text.length };
  }

  entity(type: EntityType, name: string): ExtractedEntity {
    const id = entityId(type, name);
    let entity = this.#entities.get(id);
    if (!entity) {
      entity = { id, type, name, aliases: [], mentions: [], roles: [], confidence: 0.7 + (name.length % 3) / 10 };
      this.#entities.set(id, entity);
    }
    return entity;
  }

  relation(spec: {
    type: ExtractedRelation['type'];
    from: EntityRef;
    to: EntityRef | null;
    title?: string;
    quote?: string;
    date?: string | null;
    evidence: Evidence;
  }): void {
    this.#relations.push({
      type: spec.type,
      from: this.entity(...spec.from).id,
      to: spec.to ? this.entity(...spec.to).id : null,
      title: spec.title,
      quote: spec.quote,
      date: spec.date ?? null,
      evidence: spec.evidence,
      confidence: 0.75,
    });
  }

  build(meta: { source: string; title: string; date: string; publisher: string; dateline: string }): ReleaseFacts {
    this.#flush();
    const text = this.#paragraphs.join('\n\n');
    const release: Release = {
      id: releaseId(text),
      source: meta.source,
      url: null,
      title: meta.title,
      subtitle: null,
      date: meta.date,
      dateline: meta.dateline,
      publisher: meta.publisher,
      language: 'de',
      paragraphs: this.#paragraphs.slice(1),
      caption: null,
      photoCredit: null,
      contact: 'Pressestelle, presse@landkreis.example',
      links: [],
      text,
    };
    return { release, extraction: { entities: [...this.#entities.values()], relations: this.#relations } };
  }

  #offset(): number {
    return this.#paragraphs.reduce((sum, paragraph) => sum + paragraph.length + 2, 0);
  }

  #flush(): void {
    if (!this.#current) return;
    this.#paragraphs.push(this.#current);
    this.#current = '';
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Fisher-Yates on a copy. */
function shuffle<T>(list: T[], r: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The first `n` names; past the end of the list, numbered repeats ("… 2") keep them distinct. */
function distinct(names: string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    i < names.length ? names[i]! : `${names[i % names.length]} ${Math.floor(i / names.length) + 1}`,
  );
}
