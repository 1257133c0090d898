// German cue words (plain data, shared by the compromise plugin and the TS rules).

/** Verbs and verb particles that introduce or attribute direct speech. */
export const DE_SPEECH_VERBS = [
  'sagt', 'sagte', 'sagten', 'betont', 'betonte', 'betonten', 'erklärt', 'erklärte', 'erklärten',
  'so', 'ergänzt', 'ergänzte', 'unterstreicht', 'unterstrich', 'bekräftigt', 'bekräftigte',
  'begründet', 'begründete', 'meint', 'meinte', 'erläutert', 'erläuterte', 'berichtet', 'berichtete',
  'hebt', 'hob', 'hervor', 'lobt', 'lobte', 'freut', 'freute', 'resümiert', 'resümierte', 'fasst',
  'fasste', 'zusammen', 'versichert', 'versicherte', 'stellt', 'stellte', 'fest', 'bilanziert',
  'bilanzierte', 'weiß', 'wusste', 'fordert', 'forderte', 'appelliert', 'appellierte', 'dankt',
  'dankte', 'zitiert', 'äußert', 'äußerte', 'mahnt', 'mahnte', 'warnt', 'warnte', 'kommentiert',
  'kommentierte', 'verdeutlicht', 'verdeutlichte', 'ergänzend', 'sprach', 'spricht', 'Worten',
  'Ausspruch', 'Aussage', 'zeigte', 'zeigt', 'brachte', 'bringt', 'wünschte', 'wünscht',
  'bedankte', 'bedankt', 'begrüßte', 'begrüßt', 'erinnerte', 'erinnert', 'wichtig',
];

/** Verbs and nouns that state a visit. */
export const DE_VISIT_WORDS = [
  'besucht', 'besuchte', 'besuchten', 'besuchen', 'Besuch', 'Besuchs', 'Besuches', 'Besuche',
  'Antrittsbesuch', 'Kreisbesuch', 'Arbeitsbesuch', 'Informationsbesuch', 'Firmenbesuch',
  'Betriebsbesuch', 'Gast', 'Gäste', 'besichtigt', 'besichtigte', 'besichtigten', 'Besichtigung',
  'Rundgang', 'Stippvisite', 'Visite', 'empfing', 'empfängt', 'empfangen', 'Empfangen', 'Station',
  'informierte', 'informierten', 'informiert', 'Sommertour', 'Tour', 'Rundreise', 'Reise',
  'Termin', 'Termine', 'Auftakt', 'kommt', 'kam', 'führt', 'führte', 'begrüßte', 'begrüßen',
  'begrüßt', 'Begleitet', 'begleitet', 'stattete', 'abstatten', 'trugen', 'trug', 'eingetragen',
];
