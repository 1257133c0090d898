// Rule "visit-fronted": in a visit programme, a sentence that opens with the place it happens at and names the
// visitor only by a pronoun, title, name or party noun ("Im Jugendzentrum X erfuhr er, …", "In der Stadt Y sprach
// die Ministerin mit …", "Bei der Firma Z stellte Inhaberin B der Delegation … vor") states a stop even without a
// visit word.
import type { Located } from './located.js';
import type { Sentence } from './types.js';
import { mentionsIn, type VisitContext, type VisitProgramme } from './visit-sentence.js';

/** How many sentences after the last visit sentence the programme still runs. */
const PROGRAMME_REACH = 6;

/** The stop a sentence opens with, when it continues the programme of the current visitors; undefined otherwise. */
export function frontedStop(ctx: VisitContext, s: Sentence, si: number, prog: VisitProgramme): Located | undefined {
  const opener = ctx.cues.frontedStop;
  const last = prog.lastVisitors;
  if (!opener || last.length === 0 || si - prog.lastVisitSentence > PROGRAMME_REACH) return undefined;
  const m = opener.exec(s.text);
  if (!m) return undefined;
  const inS = mentionsIn(ctx, s);
  const at = s.start + m.index + m[0].length;
  const stop = inS.find((l) => l.start === at && l.entity.type !== 'Person');
  if (!stop || last.some((x) => x.id === stop.id)) return undefined;
  const persons = inS.filter((l) => l.entity.type === 'Person');
  // anyone else named there may be the one acting ("Im Rathaus dankte Bürgermeister B der Ministerin"), unless a
  // party noun names the visitors ("In der X erläuterte Inhaberin B den Gästen …": B hosts them)
  const group = !!ctx.cues.frame?.group.test(s.text) || hostsThem(ctx, s, persons, last);
  if (!group && persons.some((p) => !last.some((x) => x.id === p.id))) return undefined;
  if (group) return stop;
  const pronoun = ctx.doc.tokens.slice(s.from, s.to).some((t) => ctx.pack.pronouns.has(t.norm));
  const named = persons.some((p) => last.some((x) => x.id === p.id));
  const ref = ctx.looseRefs.some((o) => o >= s.start && o < s.end);
  return pronoun || named || ref ? stop : undefined;
}

/** "At the X, director B showed them …": the others named before a host verb with a guest pronoun host the visitors. */
function hostsThem(ctx: VisitContext, s: Sentence, persons: Located[], last: Located[]): boolean {
  const host = ctx.cues.host?.exec(s.text);
  const guest = ctx.cues.guestPronoun;
  if (!host || !guest) return false;
  const at = s.start + host.index;
  const others = persons.filter((p) => !last.some((x) => x.id === p.id));
  return others.every((p) => p.end <= at) && guest.test(s.text.slice(host.index + host[0].length));
}
