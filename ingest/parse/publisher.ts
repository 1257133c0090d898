// Who issued a release, where its text says so.
import { isLetterheadName } from './head-lines.js';

// Genitive heads of authority names and their nominative ("des Landkreises Muster" → "Landkreis Muster").
const GENITIVE: [RegExp, string][] = [
  [/^des\s+Landkreises$/u, 'Landkreis'],
  [/^des\s+Kreises$/u, 'Kreis'],
  [/^des\s+Landratsamte?s$/u, 'Landratsamt'],
  [/^des\s+Bezirksamte?s$/u, 'Bezirksamt'],
  [/^des\s+Polizeipräsidiums$/u, 'Polizeipräsidium'],
  [/^des\s+Regierungspräsidiums$/u, 'Regierungspräsidium'],
  [/^des\s+Jobcenters$/u, 'Jobcenter'],
  [
    /^der\s+(Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Kreisstadt|Hansestadt|Landeshauptstadt|Stadtverwaltung|Kreisverwaltung|Regierung|Bezirksregierung|Polizeidirektion|Polizeiinspektion|Hochschule|Universität|Handwerkskammer|Staatskanzlei|Senatskanzlei)$/u,
    '$1',
  ],
];
const GENITIVE_HEAD = String.raw`(?:des\s+(?:Landkreises|Kreises|Landratsamte?s|Bezirksamte?s|Polizeipräsidiums|Regierungspräsidiums|Jobcenters)|der\s+(?:Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Kreisstadt|Hansestadt|Landeshauptstadt|Stadtverwaltung|Kreisverwaltung|Regierung|Bezirksregierung|Polizeidirektion|Polizeiinspektion|Hochschule|Universität|Handwerkskammer|Staatskanzlei|Senatskanzlei))`;
const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+(?:an\s+der|am|im|in|ob\s+der|bei)\s+[\p{Lu}][\p{L}'’.-]*|\s+[\p{Lu}][\p{L}'’.-]*|\s+\([\p{Lu}][\p{L}\s.]{1,20}\)){0,3}`;
// "Pressestelle des Landkreises Muster", "Presseamt der Stadt Musterstadt"
const PRESS_OFFICE = new RegExp(
  String.raw`\b(?:Pressestelle|Presseamt|Pressereferat|Pressesprecher(?:in)?|Öffentlichkeitsarbeit)\s+(${GENITIVE_HEAD})\s+(${NAME})`,
  'u',
);
// "The press release issued by the Ministry of Housing on 3 May 2024."
const ISSUED_BY =
  /\b(?:issued|published|released)\s+by\s+(?:the\s+)?([\p{Lu}][\p{L}'’&,\- ]{2,80}?)(?=\s+on\b|\s+at\b|\s+today\b|[.;]|$)/u;
// Labelled lines: "Herausgeber: …", "Herausgegeben von …", "Issued by: …", presseportal's "Original-Content von: …".
const LABEL =
  /^(?:herausgeber(?:in)?\s*:|herausgegeben\s+(?:von|durch)\s*:?|issued\s+by\s*:|published\s+by\s*:|original-content\s+von\s*:|quelle\s*:)\s*(?:(?:dt|fr|it|rm|de|en)\s+(?=\p{Lu}))?(.+)$/iu;

/**
 * The publisher the text names, else null: a labelled line ("Herausgeber:", "Original-Content von:"), an
 * "issued by" sentence, a press office line ("Pressestelle des Landkreises X"), last an authority credited for
 * the photos ("© Stadt X"), which is the publisher's own press photo far more often than not.
 */
export function findPublisher(paragraphs: string[], tail: string[], credits: string[] = []): string | null {
  const short = paragraphs.filter((paragraph) => paragraph.length <= 120);
  for (const line of [...tail, ...short]) {
    // The label may follow another one on the joined line ("Gremium: Rat Quelle: Kanzlei X").
    const at = line.search(
      /(?:^|\s)(?:(?:quelle|herausgeber(?:in)?|issued by|published by|original-content von)\s*:|herausgegeben\s+(?:von|durch)\b)/iu,
    );
    const m = at < 0 ? null : LABEL.exec(line.slice(at).trim());
    if (m) {
      const value = m[1]!.split(/,|\s+übermittelt\s+durch\b|\s+\|\s+/u)[0]!.trim();
      if (isNameLike(value)) return value;
    }
  }
  const lead = paragraphs.slice(0, 2).join('\n');
  const issued = ISSUED_BY.exec(lead);
  if (issued && isNameLike(issued[1]!.trim())) return issued[1]!.trim();
  for (const text of [...paragraphs, ...tail]) {
    // A cheap test first: the pattern is costly and most paragraphs name no press office.
    if (!/Presse|Öffentlichkeitsarbeit/u.test(text)) continue;
    const office = PRESS_OFFICE.exec(text);
    if (office) return `${nominative(office[1]!)} ${office[2]!.trim()}`;
  }
  for (const line of tail) {
    // "Pressestelle Landkreis Muster" as a line of its own.
    const m = /^(?:Pressestelle|Presseamt|Pressereferat|Press Office)\s+(?:des\s+|der\s+|of\s+the\s+)?(.+)$/u.exec(
      line.trim(),
    );
    if (m && isLetterheadName(m[1]!)) return m[1]!;
  }
  for (const credit of credits) {
    const holder = credit
      .replace(/^(?:©|\(c\))\s*/iu, '')
      .replace(/^(?:19|20)\d{2}\s+/u, '')
      .trim();
    if (isLetterheadName(holder)) return holder;
  }
  return null;
}

function nominative(head: string): string {
  const normal = head.replace(/\s+/gu, ' ');
  for (const [pattern, replacement] of GENITIVE) if (pattern.test(normal)) return normal.replace(pattern, replacement);
  return normal;
}

function isNameLike(value: string): boolean {
  const words = value.split(/\s+/u).filter(Boolean);
  return (
    /^[\p{Lu}\d]/u.test(value) &&
    words.length >= 1 &&
    words.length <= 10 &&
    value.length <= 100 &&
    !/@|https?:|www\.|\d{3,}/u.test(value)
  );
}
