// compromise plugin for German: cue-word tags and abbreviations (compromise has no German model).
import type nlp from 'compromise';

type Plugin = Parameters<typeof nlp.plugin>[0];
import { DE_SPEECH_VERBS, DE_VISIT_WORDS } from './cues.js';

/** German abbreviations that end with a period but do not end a sentence. */
export const GERMAN_ABBREVIATIONS = new Set([
  'nr',
  'bzw',
  'ca',
  'dr',
  'prof',
  'st',
  'vgl',
  'ggf',
  'inkl',
  'evtl',
  'str',
  'tel',
  'abs',
  'ca',
  'mio',
  'mrd',
  'u.a',
  'z.b',
  'd.h',
  'u',
  'a',
  'v',
  'i',
  'gem',
  'sog',
  'bspw',
  'insb',
  'zzgl',
  'dipl',
  'ing',
  'med',
  'jur',
  'rer',
  'nat',
  'phil',
  'hc',
  'e.v',
  'e',
  'l',
  'r',
  'lt',
  'max',
  'min',
  'jh',
  'jhd',
  'chr',
  'kath',
  'ev',
  'bürgerm',
  'verw',
  'pd',
  'apl',
  'habil',
]);

// compromise keys its lexicon by the normalised (lower-case, diacritics removed) word
const machine = (w: string): string => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Builds the plugin that adds German cue tags (DeSpeech, DeVisit) and abbreviations to compromise.
 * compromise has one global lexicon, so words it already knows (English "so", "tour") are left out:
 * the TS rules test those through the plain word lists instead.
 */
export function germanPlugin(known: Readonly<Record<string, unknown>>): Plugin {
  const words: Record<string, string> = {};
  const add = (w: string, tag: string): void => {
    const key = machine(w);
    if (!Object.prototype.hasOwnProperty.call(known, key)) words[key] = tag;
  };
  for (const w of DE_SPEECH_VERBS) add(w, 'DeSpeech');
  for (const w of DE_VISIT_WORDS) add(w, 'DeVisit');
  const abbreviations: Record<string, true> = {};
  for (const a of GERMAN_ABBREVIATIONS) if (a.length > 2 && !a.includes('.')) abbreviations[a] = true;
  return {
    tags: { DeSpeech: { isA: 'Verb' }, DeVisit: { isA: 'Verb' } },
    words,
    model: { one: { abbreviations } },
  };
}
