// compromise plugin for English press releases: honorifics and title abbreviations.
import type nlp from 'compromise';

type Plugin = Parameters<typeof nlp.plugin>[0];

/** Adds UK/US title abbreviations (Cllr, Rt Hon) as EnTitle so sentences do not split after them. */
export const englishPlugin: Plugin = {
  tags: { EnTitle: { isA: 'Noun' } },
  words: { cllr: 'EnTitle', councillor: 'EnTitle', mayor: 'EnTitle', governor: 'EnTitle' },
  model: { one: { abbreviations: { cllr: true, hon: true, rt: true, gov: true, sen: true, rep: true } } },
};
