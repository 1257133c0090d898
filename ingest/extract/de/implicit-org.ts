// The organisation a German title implies when the text names none next to it.
import { nameKey } from '../../../src/domain/index.js';
import type { WorkEntity } from '../core/entities.js';
import type { Doc, Sentence } from '../core/types.js';
import { germanOrgHead } from './org-lexicon.js';
import { possessiveBody } from './role-possessive.js';
import { germanTitleKey } from './title-key.js';
import { placeTier, type PlaceTier } from '../gazetteer/index.js';

const plain = (s: string): string => nameKey(s).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');

/** A district's name: "Landkreis X", "Kreis X" or one word ending in "kreis" (not the bare head "Landkreis"). */
const DISTRICT = /^(?:landkreis|kreis) |^(?!landkreis\b)\p{L}+kreis\b/u;

/** Title heads whose body has a typical name shape. */
const HEAD_BODIES: [RegExp, RegExp][] = [
  // "Landkreis X", "Kreis X" and one-word districts ("Nordheidekreis"); a bare "Landkreis" names no district
  [/landrat$/, DISTRICT],
  // titles of the district's own offices: "Kreisbeigeordnete", "Kreisrätin", "Kreisbrandmeister"
  [/^(?:erst\p{L}* )?kreis(?!handwerk)\p{L}{4,}$/u, DISTRICT],
  [/burgermeister$/, /^(?:stadt|gemeinde|markt|hansestadt|samtgemeinde|verbandsgemeinde|ortsgemeinde) /],
  [/^regierungs(?:vize)?prasident$/, /^regierung(?:sprasidium)?\b/],
  [
    /^(?:professor|dekan|rektor|prorektor|prasident|vizeprasident)$/,
    /^(?:tu|fh|technische universitat|universitat|hochschule)\b|\b(?:universitat|hochschule)\b/,
  ],
  [/^(?:minister|staatsminister)$/, /ministerium\b/],
  // a school's head: the one school ("Grundschule am Lindenberg", "Talheimer Gymnasium")
  [/^(?:rektor|konrektor|schulleiter)$/, /schule\b|gymnasium\b/],
  // names are compared without umlaut digraphs: "feuerwehr" reads "feurwehr"
  [/^kommandant$/, /feue?rwehr\b/],
  // without a named district: the district's office ("Landratsamt X", "Kreisverwaltung X")
  [/landrat$/, /^(?:landratsamt|kreisverwaltung)\b/],
  // a clinic's doctors: the one hospital ("Klinikum Talheim", "Kreiskrankenhaus X")
  [/^chefarzt$/, /klinik|krankenhaus|spital/],
];

/** Title heads that name the head of a territory: the town or state itself when no authority is named. */
const HEAD_TERRITORY: [RegExp, (tier: PlaceTier) => boolean][] = [
  [/(?:^|ober|stadt)burgermeister$/, (t) => t === 'big' || t === 'mid' || t === 'small'],
  // a state's government titles: the one Land the release names (a federal "Bundes…" title never)
  [/^(?!bundes)\p{L}*(?:minister|ministerprasident|staatssekretar)$/u, (t) => t === 'region'],
];

/** Titles of a firm's or association's people: they imply the one firm or association the release names. */
const COMPANY_TITLE =
  /^(?:\p{L}*geschaftsfuhrer|inhaber|firmeninhaber|vorstand|vorstandsvorsitzend|prokurist|betriebsleiter|werkleiter|werksleiter|firmenchef|seniorchef|juniorchef|grunder|mitgrunder|eigentumer)$/u;
/** Legal forms that mark a firm or association ("GmbH", "e.V."). */
const LEGAL_FORM = /\b(?:gmbh|ag|kg|se|ohg|ug|eg|mbh|e v|gbr|kgaa|co kg)\b/;

/** Titles of staff of the issuing body: "Geschäftsführer" without organisation works for the publisher. */
const INTERNAL =
  /(?:geschaftsfuhrer|vorstand|vorsitzend|leiter|sprecher|kontakt|ansprechpartner|koordinator|referent|sachbearbeiter|kreishandwerksmeister|obermeister)$/;

/** Compound title → body stem: "Wirtschafts|minister" → "wirtschaftsministerium", "Feuerwehr|kommandant" → "feuerwehr". */
const COMPOUND =
  /^(.{4,}?)(minister|prasident|kommandant|meister|leiter|direktor|chef|kanzler|rektor|sprecher|vorsitzend|mitglied)$/;
const BODY: Record<string, string> = { minister: 'ministerium', prasident: 'prasidium' };

function pick(hits: WorkEntity[], sentence: Sentence | undefined): WorkEntity | undefined {
  if (hits.length === 1) return hits[0];
  if (!sentence) return undefined;
  const near = hits.filter((e) => e.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end));
  return near.length === 1 ? near[0] : undefined;
}

/** Organisation implied by a German title in this release, if exactly one fits. */
export function germanImplicitOrg(
  title: string,
  ents: WorkEntity[],
  ctx: { doc: Doc; sentence: Sentence | undefined; person?: WorkEntity },
): WorkEntity | undefined {
  const key = germanTitleKey(title);
  if (!key) return undefined;
  const orgs = ents.filter((e) => e.type === 'Organisation' || e.type === 'Place');
  const owner = possessiveBody(ctx.doc, title, ents, ctx.sentence, ctx.person);
  if (owner) return owner;
  for (const [re, body] of HEAD_BODIES) {
    if (!re.test(key)) continue;
    const hit = pick(
      orgs.filter((e) => body.test(plain(e.name))),
      ctx.sentence,
    );
    if (hit) return hit;
  }
  // "Kita-Leiterin", "Schul-Sozialarbeiter": a hyphen prefix that is a kind of body names the one body of that kind
  const kindPrefix = /^(\p{L}{3,})[-‐‑–]\p{L}/u.exec(title);
  const prefixed = kindPrefix ? kindBody(orgs, plain(kindPrefix[1]!), ctx.sentence) : undefined;
  if (prefixed) return prefixed;
  // a mayor belongs to the town, never to a body whose name starts like "Bürger…" (Bürgerstiftung, Bürgerverein)
  const m = /burgermeister$/.test(key) ? null : COMPOUND.exec(key);
  if (m) {
    const body = BODY[m[2]!];
    const stem = m[1]!.replace(/s$/, '');
    // "Polizei|präsident" → the Polizeipräsidium; else, when the stem itself names a kind of body, that body
    // ("Hochschul|präsident" → Hochschule X, "Landtags|präsident" → Landtag X; not "Bundes|präsident")
    const stemIsBody = !body || !!germanOrgHead(stem) || !!germanOrgHead(`${stem}e`);
    const hit =
      (body ? compoundBody(orgs, m[1]! + body, true, ctx.sentence) : undefined) ??
      (stemIsBody ? compoundBody(orgs, stem, false, ctx.sentence) : undefined) ??
      kindBody(orgs, m[1]!, ctx.sentence);
    if (hit) return hit;
  }
  // "Bürgermeister Jonas Elberfeld (Gaildorf)", "Bürgermeisterin Greta Wendlandt aus Murrhardt": the town after the name
  if (/burgermeister$|ortsvorsteher$/.test(key) && ctx.person) {
    const town = townAfterName(ctx.doc, ctx.person, orgs);
    if (town) return town;
  }
  for (const [re, tierOk] of HEAD_TERRITORY) {
    if (!re.test(key)) continue;
    const towns = orgs.filter((e) => {
      const tier = e.type === 'Place' ? placeTier(e.name) : null;
      return tier !== null && tierOk(tier);
    });
    const hit =
      pick(towns, ctx.sentence) ?? (/burgermeister$/.test(key) ? townBefore(ctx.doc, towns, ctx.sentence) : undefined);
    if (hit) return hit;
  }
  // a firm title next to a firm ("Nächster Halt war die Talwerk GmbH. Geschäftsführer X …") is that firm's,
  // even when the publisher also has staff of that title
  const nearFirm = COMPANY_TITLE.test(key) ? firmNear(ctx.doc, orgs, ctx.sentence) : undefined;
  if (nearFirm) return nearFirm;
  if (INTERNAL.test(key) && !/politisch/i.test(title) && ctx.doc.release.publisher) {
    const pub = plain(ctx.doc.release.publisher.split(/[,(/;]| - /)[0]!.trim());
    const own = orgs.find(
      (e) => e.type === 'Organisation' && (plain(e.name) === pub || [...e.aliases].some((a) => plain(a) === pub)),
    );
    if (own) return own;
  }
  if (COMPANY_TITLE.test(key)) {
    const firm = firmOf(ctx.doc, orgs, ctx.sentence, ctx.person);
    if (firm) return firm;
  }
  if (INTERNAL.test(key) && !/politisch/i.test(title)) return mainOrganisation(orgs);
  return undefined;
}

/** The one organisation (or the one in the sentence) with a word that starts with (or, inside, contains) `want`. */
function compoundBody(
  orgs: WorkEntity[],
  want: string,
  inside: boolean,
  sentence: Sentence | undefined,
): WorkEntity | undefined {
  const fits = (w: string): boolean => w.startsWith(want) || (inside && w.includes(want));
  return pick(
    orgs.filter((e) => e.type === 'Organisation' && plain(e.name).split(' ').some(fits)),
    sentence,
  );
}

/**
 * "Vereins|vorsitzender" → the one Verein ("Heimatverein Talheim"), "Schul|leiterin" → the one Schule
 * ("Lindenberg-Realschule"), "Bibliotheks|leiter" → the one Bibliothek: a stem that is a kind of body names the one
 * organisation with a word ending in that kind (release-wide, else in the sentence).
 */
function kindBody(orgs: WorkEntity[], stem: string, sentence: Sentence | undefined): WorkEntity | undefined {
  const forms = [stem, stem.replace(/(?:s|n|en)$/, ''), `${stem}e`].filter((f) => f.length >= 4);
  const kind = forms.find((f) => germanOrgHead(f) && plain(germanOrgHead(f)!.head) === f);
  if (!kind) return undefined;
  return pick(
    orgs.filter(
      (e) =>
        e.type === 'Organisation' &&
        plain(e.name)
          .split(' ')
          .some((w) => w.endsWith(kind)),
    ),
    sentence,
  );
}

/**
 * "Die Ministerin besuchte Talheim. Dort begrüßte sie Bürgermeisterin X": a mayor whose sentence names no town is the
 * mayor of the one town the sentence before names.
 */
function townBefore(doc: Doc, towns: WorkEntity[], sentence: Sentence | undefined): WorkEntity | undefined {
  const i = sentence ? doc.sentences.indexOf(sentence) : -1;
  const prev = i > 0 ? doc.sentences[i - 1]! : undefined;
  if (!sentence || !prev) return undefined;
  const inside = (e: WorkEntity, s: Sentence): boolean => e.mentions.some((m) => m.start >= s.start && m.end <= s.end);
  if (towns.some((e) => inside(e, sentence))) return undefined;
  const named = towns.filter((e) => inside(e, prev));
  return named.length === 1 ? named[0] : undefined;
}

/** The one place named in brackets or after "aus" right after a mention of the person. */
function townAfterName(doc: Doc, person: WorkEntity, orgs: WorkEntity[]): WorkEntity | undefined {
  const hits = new Set<WorkEntity>();
  for (const pm of person.mentions)
    for (const e of orgs) {
      if (e.type !== 'Place') continue;
      if (e.mentions.some((m) => m.start > pm.end && /^\s*(?:\(|aus\s+)$/u.test(doc.text.slice(pm.end, m.start))))
        hits.add(e);
    }
  return hits.size === 1 ? [...hits][0] : undefined;
}

/** The organisation the release is about: named at least twice and more often than any other. */
function mainOrganisation(orgs: WorkEntity[]): WorkEntity | undefined {
  const ranked = orgs
    .filter((e) => e.type === 'Organisation')
    .map((e) => ({ e, n: e.mentions.length }))
    .sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  return first && first.n >= 2 && (!second || first.n > second.n) ? first.e : undefined;
}

/** The one firm named in the sentence or the sentence before it. */
function firmNear(doc: Doc, orgs: WorkEntity[], sentence: Sentence | undefined): WorkEntity | undefined {
  if (!sentence) return undefined;
  const i = doc.sentences.indexOf(sentence);
  const from = i > 0 ? doc.sentences[i - 1]!.start : sentence.start;
  const near = firms(doc, orgs).filter((e) => e.mentions.some((m) => m.start >= from && m.end <= sentence.end));
  return near.length === 1 ? near[0] : undefined;
}

/** The firms among the organisations: with a legal form, or introduced as "Firma X", "das Unternehmen X". */
function firms(doc: Doc, orgs: WorkEntity[]): WorkEntity[] {
  return orgs.filter(
    (e) =>
      e.type === 'Organisation' &&
      (LEGAL_FORM.test(plain(e.name)) ||
        e.mentions.some((m) => FIRM_INTRO.test(doc.text.slice(Math.max(0, m.start - 24), m.start)))),
  );
}

/** Words that introduce a firm's name ("die Firma X", "das Unternehmen X", "der Familienbetrieb X"). */
const FIRM_INTRO = /(?:^|\P{L})(?:Firma|Unternehmen|\p{L}*[Bb]etrieb|Familienunternehmen)\s+$/u;

/**
 * The firm a firm title without organisation belongs to: among the firms (legal form, or introduced as "Firma X"),
 * the one named after the person's surname (a family firm), else the only one, else the only one in the sentence.
 */
function firmOf(
  doc: Doc,
  orgs: WorkEntity[],
  sentence: Sentence | undefined,
  person: WorkEntity | undefined,
): WorkEntity | undefined {
  const all = firms(doc, orgs);
  const surname = person && !person.partial ? plain(person.name.split(/\s+/).pop() ?? '') : '';
  const named = (es: WorkEntity[]): WorkEntity[] =>
    surname.length > 2 ? es.filter((e) => plain(e.name).split(' ').includes(surname)) : [];
  const family = named(all);
  // a family business named without legal form ("Bäckerei Lenz", "Lenz Metallbau"): any body with the surname
  const business = family.length === 0 ? named(orgs.filter((e) => e.type === 'Organisation')) : [];
  return (
    (family.length === 1 ? family[0] : undefined) ??
    (business.length === 1 ? business[0] : undefined) ??
    pick(all, sentence)
  );
}
