// German initiative rules: cue word + quoted name, "Betrieb des Monats", "Tag des …", compound cues.
import { fold } from '../../../src/domain/index.js';
import type { Candidate, Doc } from '../core/types.js';
import { isProperWord } from './organisations.js';
import { denominalizeGenitive } from './words.js';
import { GERMAN_MONTHS } from '../../calendar/calendar-names.js';

const MONTH_NORMS: ReadonlySet<string> = new Set(GERMAN_MONTHS.map(fold));

const QUOTE_CUES =
  /(?:initiative|programm|projekt|kampagne|wettbewerb|preis|aktion|veranstaltung|reihe|motto|titel|auszeichnung|festival|tour|fonds|strategie|plan|paket|netzwerk|buendnis|modell|konzept|slogan|leitbild|format|angebot)(?:s|es|e|en)?$/;
const COMPOUND_CUES = /(?:preis|tour|gartenschau|wettbewerb|kampagne|fonds|festival|initiative)(?:es|s)?$/;
const NOT_COMPOUND =
  /^(?:preis|tour|initiative|kampagne|fonds|festival|wettbewerb|integrationsinitiative)|(?:kauf|miet|strom|energie|gas|oel|benzin|lebensmittel|grundstuecks|boden|eintritts|fahr|end|verkaufs|markt|erzeuger|sprit|heiz)preis/;
const INDEFINITE = /^(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|jede|jeder|jedes)$/;
const OF_THE =
  /^(?:projekt|ort|kommune|unternehmen|verein|schule|dorf|betrieb|gemeinde|initiative|buch|baum|vogel|wort)$/;

/** Finds initiative candidates in a German release. */
export function findGermanInitiatives(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  for (const s of doc.sentences) {
    for (let k = s.from; k < s.to; k++) {
      const t = toks[k]!;
      const next = toks[k + 1];
      // "Betrieb des Monats Mai", "Unternehmen des Jahres"
      if (OF_THE.test(t.norm) && next?.norm === 'des' && /^(?:monats|jahres)$/.test(toks[k + 2]?.norm ?? '')) {
        let e = k + 2;
        const m = toks[k + 3];
        if (m && (MONTH_NORMS.has(m.norm) || /^\d{4}$/.test(m.norm)) && !/[,;:.]/.test(toks[e]!.post)) e++;
        out.push(
          ini(doc.text.slice(t.start, toks[e]!.end), t.start, toks[e]!.end, 0.85, 'de-ini-of-the', [
            doc.text.slice(t.start, toks[k + 2]!.end),
          ]),
        );
        k = e;
        continue;
      }
      // "(internationaler) Tag des Ehrenamtes"
      if (t.norm === 'tag' && (next?.norm === 'des' || next?.norm === 'der') && toks[k + 2]?.cap && k + 2 < s.to) {
        const p = toks[k - 1];
        const st =
          p && !p.cap && /(?:e|en|er)$/.test(p.text) && /^(?:international|europ|bundesweit|national|welt)/.test(p.norm)
            ? p
            : t;
        out.push(ini(doc.text.slice(st.start, toks[k + 2]!.end), st.start, toks[k + 2]!.end, 0.75, 'de-ini-day'));
        k += 2;
        continue;
      }
      // cue word followed by a quoted name: Initiative „Talheim hilft mit“
      if (
        t.cap &&
        QUOTE_CUES.test(t.norm) &&
        next &&
        /[„"“‚]$/.test(next.pre) &&
        k + 1 < s.to &&
        /^\s*[„"“‚]?$/.test(t.post)
      ) {
        let e = k + 1;
        while (e < s.to && e < k + 12 && !/[“”"‘]/.test(toks[e]!.post)) e++;
        if (e < s.to && e < k + 12) {
          const name = doc.text.slice(next.start, toks[e]!.end);
          out.push(
            ini(name, next.start, toks[e]!.end, 0.85, 'de-ini-quoted', [doc.text.slice(t.start, toks[e]!.end + 1)]),
          );
          k = e;
        }
        continue;
      }
      // compound cue: "Nachbarschaftspreis (des Landkreises Kleinfurt)", "Herbsttour", "Landesblumenschau Kleinfurt 2021"
      if (t.cap && COMPOUND_CUES.test(t.norm) && !NOT_COMPOUND.test(t.norm) && !/preistraeger/.test(t.norm)) {
        let e = k;
        if (isProperWord(toks[e + 1]) && e + 1 < s.to && !/[,;:.]/.test(toks[e]!.post)) e++;
        if (/^\d{4}$/.test(toks[e + 1]?.text ?? '') && e + 1 < s.to && !/[,;:.]/.test(toks[e]!.post)) e++;
        const g = toks[e + 1];
        if (
          g &&
          (g.norm === 'des' || g.norm === 'der') &&
          /^(?:landkreises|kreises|landes|bundes|stadt|freistaates|bezirks)$/.test(toks[e + 2]?.norm ?? '') &&
          isProperWord(toks[e + 3]) &&
          e + 3 < s.to &&
          !/[,;:.]/.test(toks[e]!.post)
        )
          e += 3;
        const prev = toks[k - 1];
        // a bare compound after an indefinite article is a thing of its kind, not a name ("einen Geldpreis")
        if (e === k && prev && INDEFINITE.test(prev.norm)) continue;
        const genitive = prev && /^(?:des|eines)$/.test(prev.norm);
        const head = genitive ? denominalizeGenitive(t.text) : t.text;
        const name = head + doc.text.slice(t.end, toks[e]!.end);
        out.push(ini(name, t.start, toks[e]!.end, e > k ? 0.8 : 0.7, 'de-ini-compound', [t.text]));
        k = e;
      }
    }
  }
  return out;
}

function ini(
  name: string,
  start: number,
  end: number,
  confidence: number,
  rule: string,
  aliases: string[] = [],
): Candidate {
  return {
    type: 'Initiative',
    name,
    start,
    end,
    confidence,
    rule,
    aliases: aliases.filter((a) => fold(a) !== fold(name)),
  };
}
