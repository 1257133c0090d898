// German place rules: gazetteer with context, datelines, buildings and sites.
import type { Candidate, Doc } from '../core/types.js';
import { isCapWord, startsParagraph } from '../core/tokens.js';
import { maxPlaceWords, placeTier } from '../gazetteer/index.js';
import { DE_SITE_PREFIX, headGender, isSiteWord } from './org-lexicon.js';
import { DE_FUNCTION_WORDS, DE_LOCATIVE, DE_PLACE_HOMOGRAPHS } from './words.js';
import { isProperWord } from './organisations.js';

/** Finds place candidates in a German release. */
export function findGermanPlaces(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  const maxW = maxPlaceWords();
  for (const s of doc.sentences) {
    for (let k = s.from; k < s.to; k++) {
      const t = toks[k]!;
      if (!t.cap) continue;
      // dateline: "Talheim. Großes Lob …", "KLEINFURT – Einen …"
      if (startsParagraph(doc, t) && /^(?:\.\s|\s[–-]\s|\s\(|\/)/.test(t.post) && isCapWord(t)) {
        const tier = placeTier(t.text);
        if (tier || /^[A-ZÄÖÜ]{3,}$/.test(t.text)) {
          out.push(place(t.text, t.start, t.end, 0.9, 'de-plc-dateline'));
          continue;
        }
      }
      // buildings and sites
      if (isSiteWord(t.text)) {
        let end = k;
        if (DE_SITE_PREFIX.has(t.norm) && isProperWord(toks[k + 1]) && k + 1 < s.to) end = k + 1;
        else if (isProperWord(toks[k + 1]) && k + 1 < s.to && placeTier(toks[k + 1]!.text) && /^ $/.test(t.post))
          end = k + 1;
        // a capitalised adjective names the building: "im Alten Rathaus" → "Altes Rathaus"
        const adj = toks[k - 1];
        const named =
          !!adj &&
          k - 2 >= s.from &&
          /^\p{Lu}\p{Ll}+(?:e|en|es|er)$/u.test(adj.text) &&
          /^ $/.test(adj.post) &&
          !DE_FUNCTION_WORDS.has(adj.norm) &&
          /^(?:im|in|am|zum|vom|beim|das|dem|des)$/i.test(toks[k - 2]!.text);
        const startTok = named ? adj! : t;
        const adjText = named
          ? `${adj!.text.replace(/(?:en|e|er|es)$/, '')}${{ f: 'e', m: 'er', n: 'es' }[headGender(t.text)]} `
          : '';
        const name = adjText + doc.text.slice(t.start, toks[end]!.end);
        if (end > k || !DE_SITE_PREFIX.has(t.norm))
          out.push(place(name, startTok.start, toks[end]!.end, 0.7, 'de-plc-site'));
        k = end;
        continue;
      }
      if (DE_SITE_PREFIX.has(t.norm) && isProperWord(toks[k + 1]) && k + 1 < s.to && /^ $/.test(t.post)) {
        out.push(place(doc.text.slice(t.start, toks[k + 1]!.end), t.start, toks[k + 1]!.end, 0.7, 'de-plc-site'));
        k++;
        continue;
      }
      // "Haus der Vereine" style quoted sites
      if (/[„"“]$/.test(t.pre) && t.norm === 'haus' && toks[k + 1]?.norm === 'des') {
        const e = k + 2;
        if (e < s.to && /[“"”]/.test(toks[e]!.post)) {
          out.push(place(doc.text.slice(t.start, toks[e]!.end), t.start, toks[e]!.end, 0.8, 'de-plc-site-quoted'));
          k = e;
          continue;
        }
      }
      // gazetteer, longest match first
      for (let w = Math.min(maxW, s.to - k); w >= 1; w--) {
        const last = toks[k + w - 1]!;
        if (w > 1 && !toks.slice(k, k + w).every((x) => x.cap || /^(?:am|an|der|im|in|ob|bei|upon|on)$/.test(x.text)))
          continue;
        const surface = doc.text.slice(t.start, last.end);
        let name = surface;
        let tier = placeTier(surface);
        // genitive: "Bayerns", "Niedersachsens"
        if (!tier && w === 1 && /s$/.test(surface)) {
          const base = surface.slice(0, -1);
          const bt = placeTier(base);
          if (bt === 'region' || bt === 'country' || bt === 'big') {
            tier = bt;
            name = base;
          }
        }
        if (!tier) continue;
        const prev = toks[k - 1];
        const locative = !!prev && k > s.from && (DE_LOCATIVE.has(prev.norm) || isListAfterPlace(out, doc, k));
        const homograph = DE_PLACE_HOMOGRAPHS.has(t.norm) && w === 1;
        const strong = tier === 'country' || tier === 'region' || tier === 'big';
        if ((strong && !homograph) || (locative && !(homograph && tier !== 'big' && !strong))) {
          if (homograph && !locative) break;
          out.push(place(name, t.start, last.end, strong ? 0.8 : 0.65, `de-plc-gaz-${tier}`));
          k += w - 1;
          break;
        }
        break;
      }
    }
  }
  return out;
}

function place(name: string, start: number, end: number, confidence: number, rule: string): Candidate {
  return { type: 'Place', name, start, end, confidence, rule };
}

/** "in Talheim, Kleinfurt und auf Lindwerder": a list continuing after a place. */
function isListAfterPlace(found: Candidate[], doc: Doc, k: number): boolean {
  const last = found[found.length - 1];
  const prev = doc.tokens[k - 1];
  if (!last || !prev) return false;
  if (prev.end === last.end && /^,\s/.test(prev.post)) return true;
  const p2 = doc.tokens[k - 2];
  return /^(?:und|sowie|oder)$/.test(prev.norm) && !!p2 && p2.end === last.end;
}
