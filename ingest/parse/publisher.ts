// Who issued a release, where its text says so.

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

/** The publisher the text names (press office line, "issued by", a labelled line), else null. */
export function findPublisher(paragraphs: string[], tail: string[]): string | null {
  for (const line of tail) {
    const m = LABEL.exec(line.trim());
    if (m) {
      const value = m[1]!.split(/,|\s+übermittelt\s+durch\b|\s+\|\s+/u)[0]!.trim();
      if (isNameLike(value)) return value;
    }
  }
  const lead = paragraphs.slice(0, 2).join('\n');
  const issued = ISSUED_BY.exec(lead);
  if (issued && isNameLike(issued[1]!.trim())) return issued[1]!.trim();
  for (const text of [...paragraphs, ...tail]) {
    const office = PRESS_OFFICE.exec(text);
    if (office) return `${nominative(office[1]!)} ${office[2]!.trim()}`;
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
