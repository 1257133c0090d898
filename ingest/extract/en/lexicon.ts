// English titles, organisation heads and cue words.

/** Title heads (lower case); multi-word titles are built from these plus "of/for" complements. */
export const EN_TITLE_HEADS = new Set(
  (
    'secretary minister commissioner mayor councillor cllr governor principal president chancellor senator ' +
    'representative chair chairman chairwoman chairperson director executive officer manager leader head ' +
    'professor lecturer dean provost vice-principal vice-chancellor headteacher teacher superintendent ' +
    'inspector constable commander chief ambassador envoy minister spokesperson spokesman spokeswoman ' +
    'founder owner co-founder partner coordinator co-ordinator adviser advisor technician engineer ' +
    'sheriff judge bishop archbishop reverend mp msp ms am mep mla deputy assistant treasurer clerk ' +
    'trustee patron curator captain general admiral premier registrar officer apprentice contact ceo member ' +
    'administrator director-general ' +
    // the Irish head of government and deputy, written as titles before the name
    'taoiseach tánaiste tanaiste'
  ).split(' '),
);

/** Honorifics that precede names and are not part of them (except peers: Lord/Lady/Baroness). */
export const EN_HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'rt',
  'hon',
  'the',
  'prof',
  'cllr',
  'rev',
  'revd',
]);
/** Peerage titles: "Lord Ashcombe" is the name as used. */
export const EN_PEERS = new Set(['lord', 'lady', 'baroness', 'baron', 'viscount', 'earl']);
/** Post-nominal letters that state a role. */
export const EN_POSTNOMINALS = new Set([
  'MP',
  'MS',
  'MSP',
  'AM',
  'MEP',
  'MLA',
  'QC',
  'KC',
  'OBE',
  'MBE',
  'CBE',
  'PhD',
  'Ph.D',
]);
export const EN_ROLE_POSTNOMINALS = new Set(['MP', 'MS', 'MSP', 'AM', 'MEP', 'MLA']);

/** Organisation heads that end a capitalised name ("Northshire Council", "Borders Office"). */
export const EN_ORG_HEADS = new Set(
  (
    'council government office department agency trust board authority commission university college ' +
    'school institute association society foundation service services police committee parliament assembly ' +
    'senedd ministry company group ltd limited plc inc llc bank party union network partnership academy ' +
    'hospital museum library chamber court cabinet treasury executive corporation federation confederation ' +
    'charity centre center directorate inspectorate unit team club church cathedral army navy force ' +
    'forces brigade regiment fire rescue ombudsman regulator tribunal secretariat bureau institution farm brewery distillery ' +
    'consortium alliance coalition organisation organization water energy railways airways ' +
    'holdings industries enterprises technologies laboratories labs ventures associates'
  ).split(' '),
);

/** Well-known organisation names and acronyms. */
export const EN_ORG_NAMES = new Set(
  (
    'NHS EU UN UNICEF WHO BBC DWP HMRC DfE MoD FCDO DEFRA Defra DVLA Ofsted Ofcom Ofgem NATO OECD IMF ' +
    'Labour Conservatives Conservative SNP Reform Senedd Parliament DUP SDLP UUP'
  ).split(' '),
);
export const EN_PARTIES = [
  'Labour Party',
  'Conservative Party',
  'Liberal Democrats',
  'Green Party',
  'Reform UK',
  'Scottish National Party',
  'Plaid Cymru',
  'Sinn Féin',
  'Fianna Fáil',
  'Fine Gael',
  'Social Democrats',
  'Alliance Party',
  'Democratic Unionist Party',
  'Ulster Unionist Party',
  'Social Democratic and Labour Party',
  'Democratic Party',
  'Republican Party',
  'Liberal Party',
  'National Party',
  'Greens',
];

/** Initiative heads that end a capitalised name ("Coastal Towns Fund", "Year of Rail"). */
export const EN_INITIATIVE_HEADS = new Set(
  (
    'fund programme program programmes scheme initiative campaign strategy award awards prize day week ' +
    'tour pilot pilots policy plan deal festival challenge project projects month year fortnight ' +
    'package grant grants framework charter pledge competition games conference summit ' +
    'accelerator bursary bursaries scholarship scholarships fellowship exhibition expo fair marathon guarantee ' +
    'compact accord covenant roadmap blueprint hackathon championship championships cup trophy show series ' +
    'days weeks festivals carnival parade gala showcase bootcamp bootcamps pact symposium medal medals ' +
    'decoration decorations honours'
  ).split(' '),
);

/** Words after which a capitalised name is a place. */
export const EN_LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'across',
  'around',
  'throughout',
  'visit',
  'visited',
  'visiting',
  'toured',
  'outside',
  'within',
  'of',
]);

/** Speech verbs. */
export const EN_SPEECH = new Set([
  'said',
  'says',
  'say',
  'added',
  'adds',
  'explained',
  'commented',
  'told',
  'announced',
  'stated',
  'remarked',
  'noted',
  'urged',
  'welcomed',
  'praised',
  'highlighted',
  'stressed',
  'emphasised',
  'emphasized',
  'insisted',
  'continued',
  'concluded',
  'exclaimed',
  'explains',
  'notes',
  'continues',
  'concludes',
  'comments',
  'states',
  'recalled',
  'recalls',
  'reflected',
  'acknowledged',
  'warned',
  'pointed',
  'observed',
  'declared',
  'affirmed',
  'confirmed',
  'replied',
  'agreed',
  'adding',
  'saying',
  'commenting',
]);

/** Site heads: a capitalised name ending in these is a place ("Kelby Castle"). */
export const EN_SITE_HEADS = new Set([
  'castle',
  'park',
  'square',
  'hall',
  'shipyard',
  'shipyards',
  'stadium',
  'bridge',
  'harbour',
  'port',
  'quay',
  'pier',
  'gardens',
  'garden',
  'street',
  'road',
  'town',
  'village',
  'estate',
  'site',
  'works',
  'freeport',
  'island',
  'valley',
  'waterfront',
  'campus',
  // places by their kind: buildings, streets, regions, landforms
  'house',
  'courthouse',
  'avenue',
  'province',
  'county',
  'plateau',
  'cave',
  'beach',
  'reservoir',
  'canal',
  'coast',
  'mountains',
  // landforms and built sites that are rarely surnames ("Kelby Hill" is left out: Hill names people too)
  'hills',
  'moor',
  'moors',
  'downs',
  'wetlands',
  'lighthouse',
  'airport',
  'station',
  'arena',
  'pavilion',
  'wharf',
  'marina',
  'dock',
  'docks',
  'barracks',
  'colliery',
  'quarry',
  'plaza',
  'crescent',
  'terrace',
  // water and land at the end of a name ("Kelby River", "Oxley Brook", "Marden Junction")
  'river',
  'brook',
  'pond',
  'creek',
  'estuary',
  'junction',
  'township',
  'region',
  'peninsula',
  'headland',
  'forest',
  'islands',
  'isles',
]);
