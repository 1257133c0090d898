import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../../ingest/parse/parse-release.js';
import { analyze } from '../../../ingest/extract/nlp/analyze.js';
import { recogniseEnglish } from '../../../ingest/extract/en/recognise.js';
import { applyCandidateProposals } from '../../../ingest/extract/en/resolve.js';
import type { Candidate } from '../../../ingest/extract/core/types.js';
import { extractText, triples } from '../helpers.js';

/** The English rules' candidates (no tagger) for a one-paragraph invented release. */
const recognise = (body: string) =>
  recogniseEnglish(analyze(parseRelease(`Headline\n\n${body}`, { source: 'test.txt', language: 'en' })));
const named = (body: string, name: string): Candidate | undefined =>
  recognise(body).candidates.find((c) => c.name === name);
const titles = (c: Candidate | undefined) => (c?.roles ?? []).map((r) => [r.title, r.organisation]);

describe('English person rules', () => {
  it('reads a peer as the whole name (en-per-peer)', () => {
    expect(named('Yesterday Lord Fenwright opened the hall.', 'Lord Fenwright')?.rule).toBe('en-per-peer');
  });

  it('reads a first name with one or two name words inside a run (en-per-name)', () => {
    const c = named('The plan was presented by Marla Quenby at the meeting.', 'Marla Quenby');
    expect(c).toMatchObject({ type: 'Person', rule: 'en-per-name', partial: false });
  });

  it('reads an honorific and a surname as a partial person (en-per-honorific)', () => {
    expect(named('The award went to Dr Pellwick last week.', 'Pellwick')).toMatchObject({
      rule: 'en-per-honorific',
      partial: true,
    });
  });

  it('reads an ordinary word after an honorific and a first name as the surname', () => {
    expect(named('The motion was moved by Cllr Maud Baker at the meeting.', 'Maud Baker')?.rule).toBe(
      'en-per-honorific',
    );
  });

  it('does not take an ordinary word after a first name without an honorific into the name', () => {
    expect(named('The cup went to Stanley Casino staff.', 'Stanley Casino')).toBeUndefined();
  });

  it('reads two titles joined by "and" after a name as one role with its organisation', () => {
    const body = 'Ned Carrow, the founder and managing director of Brindlecraft, said the plan was sound.';
    expect(titles(named(body, 'Ned Carrow'))).toEqual([['founder and managing director', 'Brindlecraft']]);
  });

  it('takes an ordinary surname into the name when two joined titles follow', () => {
    const body = 'Ned Baker, the owner and chief executive of Brindlecraft, said the plan was sound.';
    expect(named(body, 'Ned Baker')?.type).toBe('Person');
  });

  it('gives no role when the words after "and" are no title of an organisation', () => {
    const body = 'Ned Carrow, the founder and the town, said the plan was sound.';
    expect(titles(named(body, 'Ned Carrow'))).toEqual([]);
  });

  it('reads two unknown name words before "said" as a speaker (en-per-speaker)', () => {
    expect(named('“We are ready,” Brask Vendle said.', 'Brask Vendle')?.rule).toBe('en-per-speaker');
  });

  it('gives a role post-nominal to the name before it', () => {
    expect(titles(named('The bill was backed by Hannah Trelby MP on Tuesday.', 'Hannah Trelby'))).toContainEqual([
      'MP',
      null,
    ]);
  });
});

describe('English title rules', () => {
  it('reads title + name with the title as the role (en-per-title)', () => {
    const c = named('Transport Minister Elin Varrow visited the depot.', 'Elin Varrow');
    expect(c?.rule).toBe('en-per-title');
    expect(titles(c)).toEqual([['Transport Minister', null]]);
  });

  it('makes a title without a name a title reference and the role of the name after it', () => {
    const x = recognise('The Cabinet Secretary for Housing, Rhodri Pell said the plan was ready.');
    expect(x.titleRefs.map((r) => r.title)).toContain('Cabinet Secretary for Housing');
    expect(titles(x.candidates.find((c) => c.name === 'Rhodri Pell'))).toContainEqual([
      'Cabinet Secretary for Housing',
      null,
    ]);
  });

  it('gives "in her role as <title>" to the person before it, through a role proposal', () => {
    const c = named('Ann Corvell spoke in her role as Chair of the Valley Trust.', 'Ann Corvell');
    expect(titles(c)).toContainEqual(['Chair of the Valley Trust', 'Valley Trust']);
  });

  it('reads a lower-case title after "the" as a reference', () => {
    expect(recognise('Later the minister thanked the crews.').titleRefs.map((r) => r.title)).toContain('minister');
  });
});

describe('English appositions', () => {
  it('takes an organisation named before the title (", Kelmor Trust Chief Executive")', () => {
    const x = recognise('The event was opened by Dana Whitlock, Kelmor Trust Chief Executive, on Friday.');
    expect(titles(x.candidates.find((c) => c.name === 'Dana Whitlock'))).toEqual([['Chief Executive', 'Kelmor Trust']]);
    expect(x.candidates.find((c) => c.name === 'Kelmor Trust')?.rule).toBe('en-org-apposition');
  });

  it('takes the organisation after "of" in a capitalised title (", Leader of Brenmoor Council")', () => {
    const x = recognise('The scheme was welcomed by Councillor Tom Ashby, Leader of Brenmoor Council, today.');
    expect(titles(x.candidates.find((c) => c.name === 'Tom Ashby'))).toContainEqual([
      'Leader of Brenmoor Council',
      'Brenmoor Council',
    ]);
  });

  it('reads a lower-case role of an organisation (" owner of Copper & Vine Bakery")', () => {
    const x = recognise('We spoke to Lena Hartwell, owner of Copper & Vine Bakery, about prices.');
    expect(titles(x.candidates.find((c) => c.name === 'Lena Hartwell'))).toEqual([['owner', 'Copper & Vine Bakery']]);
  });

  it('splits a plain apposition at "and" into two titles', () => {
    const x = recognise('The prize went to Greta Holm, Founder and Director, last night.');
    expect(titles(x.candidates.find((c) => c.name === 'Greta Holm'))).toEqual([
      ['Founder', null],
      ['Director', null],
    ]);
  });
});

describe('English organisation and initiative rules', () => {
  it('reads an organisation head at the end of a run (en-org-head)', () => {
    expect(named('Funding was agreed by Dunmere District Council last night.', 'Dunmere District Council')?.rule).toBe(
      'en-org-head',
    );
  });

  it('reads a programme head at the end of a run (en-ini-head)', () => {
    expect(named('Applications to the Green Harbour Fund are open.', 'Green Harbour Fund')).toMatchObject({
      type: 'Initiative',
      rule: 'en-ini-head',
    });
  });

  it('reads a run before a lower-case cue as an initiative (en-ini-cue)', () => {
    expect(named('Residents joined the Clean Shores campaign this spring.', 'Clean Shores')?.rule).toBe('en-ini-cue');
  });

  it('reads a quoted name after a cue word as an initiative (en-ini-quoted)', () => {
    expect(named('The council published its strategy ‘Brighter Lanes 2030’ today.', 'Brighter Lanes 2030')?.rule).toBe(
      'en-ini-quoted',
    );
  });

  it('reads an unknown multi-word name mid-sentence as a weak organisation (en-org-unknown)', () => {
    expect(named('The contract went to Vorlane Kestrix after a tender.', 'Vorlane Kestrix')).toMatchObject({
      type: 'Organisation',
      rule: 'en-org-unknown',
    });
  });
});

describe('English place rules', () => {
  it('reads a natural feature (en-plc-natural) and a site head (en-plc-site)', () => {
    const x = recognise('Walkers met at the River Tamsey near Oldgate Castle on Sunday.');
    expect(x.candidates.find((c) => c.name === 'River Tamsey')?.rule).toBe('en-plc-natural');
    expect(x.candidates.find((c) => c.name === 'Oldgate Castle')?.rule).toBe('en-plc-site');
  });

  it('keeps the article of a site named only by its head (en-plc-the-site)', () => {
    expect(named('Guests gathered at The Quay for the launch.', 'The Quay')?.rule).toBe('en-plc-the-site');
  });

  it('reads a country anywhere in the sentence from the gazetteer', () => {
    expect(named('Exports to Norway grew last year.', 'Norway')?.type).toBe('Place');
  });
});

describe('English owner rule and the resolver', () => {
  it('turns "X, owned and run by Y" into an owner role and a retype proposal, applied once', () => {
    const x = recognise('We visited Millbrook Castle, owned and run by Petra Lowell, on Monday.');
    expect(x.candidates.find((c) => c.name === 'Millbrook Castle')?.type).toBe('Organisation');
    expect(titles(x.candidates.find((c) => c.name === 'Petra Lowell'))).toContainEqual(['owner', 'Millbrook Castle']);
  });

  it('applies role and retype proposals without changing the proposed candidates', () => {
    const org: Candidate = { type: 'Place', name: 'Elm Farm', start: 0, end: 8, confidence: 0.7, rule: 'r' };
    const person: Candidate = {
      type: 'Person',
      name: 'Ida Rook',
      start: 20,
      end: 28,
      confidence: 0.8,
      rule: 'r',
      roles: [],
    };
    const role = { title: 'owner', organisation: 'Elm Farm', confidence: 0.7 };
    const [o, p] = applyCandidateProposals(
      [org, person],
      [
        { kind: 'retype', target: org, type: 'Organisation' },
        { kind: 'role', target: person, role },
      ],
    );
    expect(o?.type).toBe('Organisation');
    expect(p?.roles).toEqual([role]);
    expect(org.type).toBe('Place');
    expect(person.roles).toEqual([]);
  });
});

describe('English places after a locative and press contacts', () => {
  it('reads unknown capitalised words after "in"/"near" as a place (en-plc-locative)', () => {
    const x = recognise('The new bridge in Pentrefor opened. Talks near Aberwen Vale continue.');
    expect(x.candidates.filter((c) => c.rule === 'en-plc-locative').map((c) => c.name)).toEqual([
      'Pentrefor',
      'Aberwen Vale',
    ]);
  });

  it('does not read months, common words or first names after "in" as places', () => {
    const x = recognise('Sales in May rose. He works in Marketing now. It was built in Anna’s time.');
    expect(x.candidates.filter((c) => c.rule === 'en-plc-locative')).toEqual([]);
  });

  it('reads the name after a "Contact:" label as a person with the label as role (en-per-contact)', () => {
    const c = named('Issued 3 May. Media Contact: Vantrel Oskby (555) 123-456', 'Vantrel Oskby');
    expect(c?.rule).toBe('en-per-contact');
    expect(titles(c)).toEqual([['Media Contact', null]]);
  });

  it('reads two name words before a title apposition as a person (en-per-apposition)', () => {
    const c = named('The event was opened by Ivo Marsh, managing director, in the morning.', 'Ivo Marsh');
    expect(c).toMatchObject({ type: 'Person', rule: 'en-per-apposition' });
  });
});

describe('English place kinds as site heads', () => {
  it('reads buildings, streets, regions and landforms as places, not organisations', () => {
    const x = recognise(
      'Guests met at Ravelstone House, walked down Kelmor Avenue and saw Dunmere County and Bryce Plateau.',
    );
    const types = Object.fromEntries(x.candidates.map((c) => [c.name, c.type]));
    expect(types).toMatchObject({
      'Ravelstone House': 'Place',
      'Kelmor Avenue': 'Place',
      'Dunmere County': 'Place',
      'Bryce Plateau': 'Place',
    });
  });

  it('keeps a council of a county an organisation', () => {
    expect(named('Funding came from Dunmere County Council this year.', 'Dunmere County Council')?.type).toBe(
      'Organisation',
    );
  });
});

describe('English organisation short forms', () => {
  it('gives a short mention the long name when "X UK" is named in the same release (en-org-short-form)', () => {
    const x = recognise('Jobs at Kelmor Foods were saved. Funding came from Kelmor Foods UK and others.');
    expect(x.candidates.filter((c) => c.type === 'Organisation').map((c) => c.name)).toEqual([
      'Kelmor Foods UK',
      'Kelmor Foods UK',
    ]);
  });

  it('gives "Orlby University" the name "University of Orlby" seen first in the release', () => {
    const x = recognise('Staff at the University of Orlby met. Orlby University said the lab would open.');
    expect(x.candidates.map((c) => c.name)).toEqual(['University of Orlby', 'University of Orlby']);
  });

  it('keeps two universities named after different places apart', () => {
    const x = recognise('Staff at the University of Orlby met. Tarnby University said the lab would open.');
    expect(x.candidates.map((c) => c.name)).toEqual(['University of Orlby', 'Tarnby University']);
  });

  it('reads "X UK’s" at a sentence start as the firm, not the country', () => {
    const x = recognise('Kelmor Foods UK’s new plant opened.');
    expect(x.candidates.map((c) => [c.type, c.name])).toEqual([['Organisation', 'Kelmor Foods UK']]);
  });
});

describe('English "-based" places', () => {
  it('reads the place in a "-based" compound and no visit to it (en-plc-based)', () => {
    const x = recognise('He met staff of the Pentrefor-based firm Kelmor Holdings.');
    expect(x.candidates.find((c) => c.rule === 'en-plc-based')).toMatchObject({ type: 'Place', name: 'Pentrefor' });
    const visits = triples(
      extractText('Headline\n\nMinister Ann Rook visited the Pentrefor-based firm Kelmor Holdings.', 'en'),
    );
    expect(visits).toContainEqual(['VISITED', 'Ann Rook', 'Kelmor Holdings']);
    expect(visits).not.toContainEqual(['VISITED', 'Ann Rook', 'Pentrefor']);
  });

  it('does not read a common word before "-based" as a place ("community-based", "Evidence-based")', () => {
    expect(recognise('Evidence-based care works.').candidates.filter((c) => c.rule === 'en-plc-based')).toEqual([]);
  });
});

describe('English sentence openers', () => {
  it('keeps "St." at a sentence start as part of the name after it', () => {
    expect(named('St. Anselm Regional School held a fair.', 'St. Anselm Regional School')?.type).toBe('Organisation');
  });

  it('still drops an ordinary opener before a name', () => {
    expect(named('Tomorrow Quenby Primary School opens.', 'Tomorrow Quenby Primary School')).toBeUndefined();
  });
});

describe('English "and" between two bodies', () => {
  it('splits "University of X and Y College" into two organisations', () => {
    const x = recognise('The University of Orlby and Tarnby College will share the lab.').candidates.map((c) => c.name);
    expect(x).toEqual(expect.arrayContaining(['University of Orlby', 'Tarnby College']));
  });

  it('splits after a legal form ("… CIC and …")', () => {
    const x = recognise('Staff from Tarnby Homes CIC and Orlwick Care Ltd attended.').candidates.map((c) => c.name);
    expect(x).toEqual(expect.arrayContaining(['Tarnby Homes CIC', 'Orlwick Care Ltd']));
  });

  it('keeps "Department of A and B C" one body when the right side is ordinary words', () => {
    const x = recognise('The Department of Health and Social Care agreed the plan.').candidates.map((c) => c.name);
    expect(x).toContain('Department of Health and Social Care');
  });

  it('keeps "Office of A Water and B Water" one body: a head word inside the remit does not end the name', () => {
    const x = recognise('Staff from the Office of Clean Water and Waste Water met.').candidates.map((c) => c.name);
    expect(x).toContain('Office of Clean Water and Waste Water');
    const y = recognise('Talby Water and Kleinfurt Council met.').candidates.map((c) => c.name);
    expect(y).toEqual(expect.arrayContaining(['Talby Water', 'Kleinfurt Council']));
  });
});

describe('English acronyms spelled out for a body', () => {
  const orgs = (body: string) =>
    extractText(body, 'en')
      .entities.filter((e) => e.type === 'Organisation')
      .map((e) => [e.name, ...e.aliases]);

  it('an acronym in brackets after the name is its alias, so later mentions join it', () => {
    // the letters need not start the name: "U.S. Environmental …" (EPA)
    const o = orgs('The Talbury Water Protection Agency (WPA) opened a lab. The WPA will hire staff.');
    expect(o).toContainEqual(expect.arrayContaining(['Talbury Water Protection Agency', 'WPA']));
    expect(o.filter((x) => x[0] === 'WPA')).toEqual([]);
  });

  it('"known by its acronym X" names the body even when the letters do not fit', () => {
    const o = orgs('She toured the Orlby Teaching Hospital, known by its French acronym HUO. HUO has 900 staff.');
    expect(o).toContainEqual(expect.arrayContaining(['Orlby Teaching Hospital', 'HUO']));
  });

  it('bracketed letters that are no initials of the name are no alias', () => {
    const o = orgs('The Talbury Water Protection Agency (KLM) opened a lab.');
    expect(o.find((x) => x[0] === 'Talbury Water Protection Agency')).toEqual(['Talbury Water Protection Agency']);
  });
});

describe('English school names and parties', () => {
  it('an Irish school head keeps its article and the name after it (en-org-irish-school)', () => {
    expect(named('The Minister visited Gaelscoil an Locha Mhóir in Talby.', 'Gaelscoil an Locha Mhóir')?.rule).toBe(
      'en-org-irish-school',
    );
    expect(named('She met staff at Naíscoil na Mara yesterday.', 'Naíscoil na Mara')?.type).toBe('Organisation');
  });

  it('a kind of school alone is no school ("in Primary School")', () => {
    const x = recognise('It helps in their first years in Primary School and beyond.').candidates.map((c) => c.name);
    expect(x).not.toContain('Primary School');
    expect(named('Pupils of Talby Primary School sang.', 'Talby Primary School')?.type).toBe('Organisation');
  });

  it('a known party at a sentence start keeps its first word ("Plaid …")', () => {
    expect(named('Plaid Cymru said it would vote against.', 'Plaid Cymru')?.rule).toBe('en-org-known');
  });
});

describe('English organisations after a title', () => {
  it('a named body after "Title of the" is an organisation, a bare head only a reference', () => {
    expect(named('Anna Berg, Chair of the Talby Harbour Trust, agreed.', 'Talby Harbour Trust')?.partial).toBeFalsy();
    expect(named('He thanked Mara Quist, Director of the Centre, for her work.', 'Centre')?.partial).toBe(true);
  });
});

describe('English governments named by their leader', () => {
  const orgs = (body: string) =>
    extractText(body, 'en')
      .entities.filter((e) => e.type === 'Organisation')
      .map((e) => [e.name, ...e.aliases]);

  it('"the Quenby Government" is the one government named by its territory', () => {
    expect(
      orgs('A new round of the Quenby Government’s Talby Fund pays out. Schools wrote to the Scottish Government.'),
    ).toEqual([['Scottish Government', 'Quenby Government']]);
  });

  it('with two territorial governments the leader form stays apart', () => {
    const o = orgs(
      'A new round of the Quenby Government’s Talby Fund pays out. The Welsh Government and the Scottish Government agreed.',
    );
    expect(o.map((x) => x[0])).toContain('Quenby Government');
  });
});

describe('English names the tagger reads better than the rules', () => {
  it('reads an unknown name behind a title no list knows as the person the tagger sees, not a guessed body', () => {
    const x = extractText('Visit\n\nTaoiseach Dervla Quinlan today visited the new school in Kelby.', 'en');
    expect(x.entities.filter((e) => e.name === 'Dervla Quinlan').map((e) => e.type)).toEqual(['Person']);
  });

  it("reads a saint's day as no name", () => {
    const x = extractText('Parade\n\nThe Mayor, Anne Ross, joined the parade on St David’s Day in the town.', 'en');
    expect(x.entities.map((e) => e.name)).not.toContain('David');
  });
});

describe('English heads of government', () => {
  it('reads "Taoiseach" as a title before the name', () => {
    const x = extractText('Visit\n\nTaoiseach Dervla Quinlan spoke at the harbour in Kelby on Monday.', 'en');
    expect(triples(x)).toContainEqual(['HOLDS_ROLE', 'Dervla Quinlan', null]);
  });
});

describe('English surnames that are ordinary words', () => {
  it('reads a first name and a capitalised ordinary word as a person ("Anna Reed welcomed")', () => {
    expect(named('Yesterday Anna Reed welcomed the new depot.', 'Anna Reed')?.type).toBe('Person');
  });

  it('does not read an adjective that is also a first name as one ("the Irish Medium sector")', () => {
    expect(recognise('Pupils are taught in the Irish Medium sector.').candidates.map((c) => c.name)).not.toContain(
      'Irish Medium',
    );
  });
});
