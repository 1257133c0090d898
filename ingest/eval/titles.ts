// Title comparison for role scoring and coreference.
import { fold, nameKey } from '../../src/domain/index.js';

/**
 * Normalised title key. Rule (documented in ingest/extract/README.md):
 * fold(); drop parentheticals ("(bisher)"); drop an organisation prefix before a hyphen ("TU-Präsident" → "Präsident");
 * cut genitive/locative complements (" des|der|vom|im|am|at|of the …", but keep "für/for/of" complements that name the
 * remit, "Landesbeauftragte für Migration"); then per word: umlaut digraphs → base vowel, strip a feminine "-in/-innen",
 * then a plural/genitive -s after -er/-or/-ent/…, then one inflection ending (-er/-en/-es/-em/-e/-n/-s). So Landrätin = Landrat, Landesbeauftragter = Landesbeauftragte,
 * Präsidenten = Präsident, Commissioners = Commissioner.
 */
export function titleKey(title: string): string {
  let t = fold(title).replace(/\([^)]*\)/g, ' ');
  t = t.replace(/^[\p{L}\d&.]+-(?=\p{L}{3,})/u, '');
  t = t.replace(/\s+(?:des|der|vom|von der|im|am|beim|bei der|at|of the|at the)\s+.*$/u, '');
  return t
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean)
    .map((w) => {
      let x = w.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
      if (x.length > 5) x = x.replace(/innen$/, '').replace(/in$/, '');
      x = x.replace(/(?<=er|or|ent|ant|ist|ef|at|ar)s$/, ''); // plural / genitive -s
      if (x.length > 4) x = x.replace(/(?:er|en|es|em|e|n|s)$/, '');
      return x;
    })
    .join(' ');
}

/** True when two titles name the same function under the rule of `titleKey`. */
export function titlesMatch(a: string, b: string): boolean {
  const ka = titleKey(a);
  const kb = titleKey(b);
  return ka === kb && ka !== '';
}

/** True when a predicted organisation string names the gold organisation (any of its keys). */
export function orgMatches(pred: string | null, goldKeys: ReadonlySet<string> | null): boolean {
  if (pred === null || goldKeys === null) return pred === null && goldKeys === null;
  return goldKeys.has(nameKey(pred));
}

/** SCHEMA.md title rule: one title contains the other after name normalisation (NFC, case, marks, spaces). */
export function titlesCompatible(predicted: string | undefined, gold: string | undefined): boolean {
  if (gold === undefined || gold.trim() === '') return true;
  if (predicted === undefined) return false;
  const p = nameKey(predicted);
  const g = nameKey(gold);
  return p !== '' && g !== '' && (p.includes(g) || g.includes(p));
}
