// The German language pack: wires the German rules into the shared pipeline.
import { fold, nameKey } from '../../../src/domain/index.js';
import type { WorkEntity } from '../core/entities.js';
import type { LanguagePack } from '../core/pack.js';
import { findGermanDate } from '../core/dates.js';
import { isFirstName } from '../gazetteer/index.js';
import { DE_SPEECH_VERBS } from './cues.js';
import { findGermanInitiatives } from './initiatives.js';
import { findGermanOrganisations, setFirstNameCheck } from './organisations.js';
import { findGermanPersons } from './persons.js';
import { findGermanPlaces } from './places.js';
import { germanTitle } from './titles.js';
import { impliedDistrict } from './implied-district.js';

setFirstNameCheck(isFirstName);

const SPEECH = new Set(DE_SPEECH_VERBS.map((w) => fold(w)));
const VISIT_TOKEN = /^(?:(?:\p{L}*besuch(?:e|s|es|en)?)|besucht|besuchte|besuchten|besuchen|besichtig\p{L}*|rundgang|stippvisite|visite|gast|gaeste|station|\p{L}*tour|informationsreise|bereisung|kreisbereisung)$/u;
const VISIT_PHRASE = /\b(?:zu Gast|vor Ort|Goldene[ns]? Buch|machte? Station|stattete\p{L}* .{0,60}Besuch)/u;

/** Gender/case-neutral key of a German title: "Landrätin" → "landrat", "Landesbeauftragten" → "landesbeauftragt". */
export function germanTitleKey(title: string): string | null {
  const words = title.split(/\s+(?:des|der|für|von|vom|im|am|zu)\s+/)[0]!.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  const m = germanTitle(head);
  const base = fold(head.split(/[-‐‑–]/).pop() ?? head);
  if (!m) return base || null;
  const stem = base.slice(0, base.length - (base.length - base.lastIndexOf(m.head.slice(0, 3)))) || '';
  void stem;
  return base
    .replace(/innen$|in$/, '')
    .replace(/(?:beauftragt|vorsitzend|abgeordnet|beigeordnet)(?:e|er|en|es|em)$/, (x) => x.replace(/(?:e|er|en|es|em)$/, ''))
    .replace(/(?:ent|ant|or|ar|eur)(?:en|s|es)$/, (x) => x.replace(/(?:en|es|s)$/, ''))
    .replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

const HEAD_STEMS: [RegExp, (e: WorkEntity) => boolean][] = [
  [/landrat$/, (e) => /^(?:landkreis|kreis) /.test(nameKey(e.name))],
  [/burgermeister$/, (e) => /^(?:stadt|gemeinde|markt|hansestadt|samtgemeinde) /.test(nameKey(e.name))],
  [/regierungs(?:vize)?prasident$/, (e) => /^regierung(?:sprasidium)? /.test(nameKey(e.name).replace(/ae/g, 'a'))],
];

/** Organisation implied by a bare title in this release. */
function implicitOrg(title: string, ents: WorkEntity[]): WorkEntity | undefined {
  const key = germanTitleKey(title);
  if (!key) return undefined;
  const orgs = ents.filter((e) => e.type === 'Organisation' || e.type === 'Place');
  for (const [re, test] of HEAD_STEMS) {
    if (!re.test(key)) continue;
    const hits = orgs.filter(test);
    return hits.length === 1 ? hits[0] : undefined;
  }
  // compound titles point at the body named by their first part: Wirtschafts|minister → …wirtschaftsministerium
  const m = /^(.*?)(minister|prasident|kommandant|meister|leiter|direktor|chef|kanzler|rektor)$/.exec(key);
  if (!m) return undefined;
  const stem = m[1]!.replace(/s$/, '');
  const bodies: Record<string, string> = { minister: 'ministerium', prasident: 'prasidium', kommandant: '', meister: '', leiter: '', direktor: '', chef: '', kanzler: '', rektor: '' };
  const want = stem.length >= 4 ? stem : m[2] === 'minister' ? bodies.minister! : '';
  if (!want) return undefined;
  const hits = orgs.filter((e) => e.type === 'Organisation' && nameKey(e.name).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/ /g, '').includes(want + (m[2] === 'minister' && stem.length >= 4 ? 'ministerium' : '')));
  return hits.length === 1 ? hits[0] : undefined;
}

/** German language pack. */
export const germanPack: LanguagePack = {
  language: 'de',
  recognise(doc) {
    const p = findGermanPersons(doc);
    const candidates = [...p.persons, ...p.orgs, ...findGermanOrganisations(doc), ...findGermanPlaces(doc), ...findGermanInitiatives(doc)];
    candidates.push(...impliedDistrict(doc, candidates));
    return { candidates, titleRefs: p.titleRefs };
  },
  visitCue(doc, s) {
    for (let i = s.from; i < s.to; i++) {
      const t = doc.tokens[i]!;
      if (VISIT_TOKEN.test(t.norm) || t.tags.has('DeVisit') && /besuch|besicht/.test(t.norm)) return i;
    }
    const m = VISIT_PHRASE.exec(s.text);
    if (m) {
      const at = s.start + m.index;
      for (let i = s.from; i < s.to; i++) if (doc.tokens[i]!.end > at) return i;
    }
    return -1;
  },
  isSpeechCue: (t) => SPEECH.has(t.norm) || t.tags.has('DeSpeech'),
  pronouns: new Set(['er', 'sie']),
  titleKey: germanTitleKey,
  implicitOrg,
  findDate: findGermanDate,
};
