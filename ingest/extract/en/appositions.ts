// English role phrases next to names: appositions (", Chief Executive of X", " owner of X") and "as <title>".
import type { Candidate, Doc } from '../core/types.js';
import { EN_ORG_HEADS } from './lexicon.js';
import { CONNECT, isTitleWord } from './words.js';

/** What the apposition readers share with the run classifier. */
export interface EnContext {
  doc: Doc;
  out: Candidate[];
  push: (
    type: Candidate['type'],
    a: number,
    b: number,
    confidence: number,
    rule: string,
    extra?: Partial<Candidate>,
  ) => Candidate;
  /** Last token index already read as an apposition. */
  consumed: number;
}

/** "in her role as Chair of the Harbour Board": role of the last person before it in the sentence. */
export function roleAfterAs(ctx: EnContext, a: number, title: string): void {
  const { doc, out } = ctx;
  const toks = doc.tokens;
  const sent = toks[a]!.sent;
  const p = [...out]
    .reverse()
    .find((c) => c.type === 'Person' && toks[a]!.start > c.end && doc.sentences[sent]!.start <= c.start);
  if (!p) return;
  const of = /\bof (?:the )?(.+)$/.exec(title);
  const org = of && EN_ORG_HEADS.has((of[1]!.split(/\s+/).pop() ?? '').toLowerCase()) ? of[1]! : null;
  p.roles!.push({ title, organisation: org, confidence: 0.7 });
}

/** ", Northvale Trust Chief Executive", " owner of Stone & Crust Bakery", ", Process Development Technician". */
export function readApposition(ctx: EnContext, p: Candidate, endIdx: number): void {
  const { doc, push } = ctx;
  const toks = doc.tokens;
  const lastName = toks[endIdx]!;
  const n = toks[endIdx + 1];
  if (!n || n.sent !== lastName.sent) return;
  const comma = /^,\s*$/.test(lastName.post);
  let k = endIdx + 1;
  if (n.norm === 'the' || n.norm === 'a') k++;
  const r = toks[k];
  if (!r) return;
  // lower-case role: "owner of X", "head of X"
  if (!r.cap && isTitleWord(r) && toks[k + 1]?.norm === 'of') {
    const orgStart = k + 2;
    let e = orgStart;
    while (
      e + 1 < toks.length &&
      toks[e + 1]!.sent === r.sent &&
      (toks[e + 1]!.cap || toks[e + 1]!.text === '&') &&
      !/[,;:.]/.test(toks[e]!.post)
    )
      e++;
    if (toks[orgStart]?.cap) {
      const org = push('Organisation', orgStart, e, 0.65, 'en-org-role-of');
      p.roles!.push({ title: r.text, organisation: org.name, orgStart: org.start, confidence: 0.75 });
    }
    return;
  }
  if (!comma || !r.cap) return;
  let e = k;
  while (
    e + 1 < toks.length &&
    toks[e + 1]!.sent === r.sent &&
    !/[,;:.()]/.test(toks[e]!.post) &&
    (toks[e + 1]!.cap || CONNECT.has(toks[e + 1]!.norm))
  )
    e++;
  const seg = toks.slice(k, e + 1);
  const ti = seg.findIndex(isTitleWord);
  if (ti < 0) return;
  ctx.consumed = e;
  const span: [number, number] = [seg[0]!.start, seg[seg.length - 1]!.end];
  const lead = seg.slice(0, ti);
  // an organisation named before the title ("Northvale Trust Chief Executive"), unless the words belong to the title
  const leadIsTitle =
    lead.length === 0 ||
    /^(?:Senior|Deputy|Assistant|Chief|Vice|Process|Development|Principal|Head|Executive|Lead|Managing|General|Fine|Finance|Prime|First)$/.test(
      lead[0]!.text,
    );
  if (!leadIsTitle) {
    const org = push('Organisation', k, k + ti - 1, 0.6, 'en-org-apposition');
    const titleStart =
      ti > 0 && /^(?:Chief|Deputy|Vice|Senior|Managing|Executive|General|Assistant)$/.test(seg[ti - 1]!.text)
        ? ti - 1
        : ti;
    if (titleStart < ti) org.end = seg[titleStart - 1]!.end;
    if (titleStart < ti) org.name = doc.text.slice(org.start, org.end);
    p.roles!.push({
      title: doc.text.slice(seg[titleStart]!.start, seg[seg.length - 1]!.end),
      organisation: org.name,
      orgStart: org.start,
      span,
      confidence: 0.75,
    });
    return;
  }
  const text = doc.text.slice(seg[0]!.start, seg[seg.length - 1]!.end);
  // "Leader of Cumberland Council": the organisation after "of"
  const ofAt = seg.findIndex((w, i) => i > ti && w.norm === 'of');
  if (ofAt > 0 && ofAt < seg.length - 1 && EN_ORG_HEADS.has(seg[seg.length - 1]!.norm)) {
    const startOrg = seg[ofAt + 1]!.norm === 'the' ? ofAt + 2 : ofAt + 1;
    if (startOrg < seg.length) {
      const org = push('Organisation', k + startOrg, e, 0.7, 'en-org-role-of');
      p.roles!.push({ title: text, organisation: org.name, orgStart: org.start, span, confidence: 0.75 });
      return;
    }
  }
  for (const part of text.split(/\s+and\s+/))
    p.roles!.push({ title: part.trim(), organisation: null, span, confidence: 0.7 });
}
