/**
 * Deterministic generator of realistic press releases (German and English) for benchmarks and tests:
 * officials with titles visit projects, organisations and places, are quoted, and take part in initiatives.
 * The same seed always gives the same releases.
 */

/** One generated release as plain fields, before it is written in some format. */
export interface GeneratedRelease {
  index: number;
  language: 'de' | 'en';
  title: string;
  subtitle: string;
  date: string;
  dateline: string;
  publisher: string;
  paragraphs: string[];
  caption: string;
  credit: string;
}

/** A small, fast seeded PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DE = {
  first: [
    'Anna',
    'Petra',
    'Cornelia',
    'Sabine',
    'Julia',
    'Katrin',
    'Thomas',
    'Michael',
    'Stefan',
    'Jörg',
    'Mehmet',
    'Ayşe',
    'Lukas',
    'Sven',
    'Birgit',
    'Uwe',
  ],
  last: [
    'Müller',
    'Schmidt',
    'Hasselbrink',
    'Weißenfels',
    'Kowalski',
    'Brückner',
    'Öztekin',
    'Hoffmann',
    'Lehmann',
    'Große-Kleve',
    'Wagner',
    'Becker',
    'Schäfer',
    'Köhler',
  ],
  places: [
    'Osnabrück',
    'Diepholz',
    'Bramsche',
    'Görlitz',
    'Passau',
    'Kassel',
    'Bielefeld',
    'Syke',
    'Lingen',
    'Meppen',
    'Cloppenburg',
    'Vechta',
  ],
  roles: [
    ['Landrätin', 'Landrat', 'Landkreis'],
    ['Bürgermeisterin', 'Bürgermeister', 'Stadt'],
    ['Oberbürgermeisterin', 'Oberbürgermeister', 'Stadt'],
    ['Sozialministerin', 'Sozialminister', 'Ministerium'],
    ['Staatssekretärin', 'Staatssekretär', 'Ministerium'],
  ],
  projects: [
    'Migrationszentrum',
    'Familienzentrum',
    'Jugendwerkstatt',
    'Bildungshaus',
    'Gründerzentrum',
    'Pflegestützpunkt',
    'Stadtteiltreff',
  ],
  initiatives: ['Zukunft Ehrenamt', 'Starke Familien', 'Digital vor Ort', 'Gemeinsam stark', 'Klimaschutz jetzt'],
  verbs: ['besuchte', 'besichtigte', 'informierte sich im'],
};

const EN = {
  first: ['Sarah', 'James', 'Emma', 'Owen', 'Siobhan', 'David', 'Rhian', 'Aled', 'Claire', 'Tom'],
  last: ['Evans', 'Hughes', 'Patel', 'Morgan', "O'Connor", 'Thompson', 'Griffiths', 'Clarke', 'Walsh', 'Davies'],
  places: ['Cardiff', 'Swansea', 'Leeds', 'Sunderland', 'Port Talbot', 'Wrexham', 'Newport', 'Galway'],
  roles: [
    ['Minister for Housing', 'Minister for Housing', 'Welsh Government'],
    ['Mayor', 'Mayor', 'City Council'],
    ['Councillor', 'Councillor', 'County Council'],
    ['Chief Executive', 'Chief Executive', 'Health Board'],
  ],
  projects: ['community hub', 'skills centre', 'flood defence scheme', 'youth workshop', 'health centre', 'food bank'],
  initiatives: ['Levelling Up Fund', 'Shared Prosperity Fund', 'Green Homes Grant', 'Skills for Life'],
  verbs: ['visited', 'toured', 'opened'],
};

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Generates release number `index` of the corpus seeded with `seed` (German about two thirds of the time). */
export function generateRelease(seed: number, index: number): GeneratedRelease {
  const random = seededRandom(seed * 1_000_003 + index);
  const language = random() < 0.66 ? 'de' : 'en';
  const year = 2015 + Math.floor(random() * 11);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return language === 'de' ? germanRelease(random, index, date) : englishRelease(random, index, date);
}

function germanRelease(random: () => number, index: number, date: string): GeneratedRelease {
  const female = random() < 0.5;
  const [titleF, titleM, body] = pick(random, DE.roles);
  const title = female ? titleF : titleM;
  const first = pick(random, DE.first);
  const last = pick(random, DE.last);
  const place = pick(random, DE.places);
  const project = pick(random, DE.projects);
  const initiative = pick(random, DE.initiatives);
  const head = `${pick(random, DE.first)} ${pick(random, DE.last)}`;
  const org = body === 'Ministerium' ? 'Ministerium für Soziales, Gesundheit und Gleichstellung' : `${body} ${place}`;
  const verb = pick(random, DE.verbs);
  const [y, m, d] = date.split('-');
  return {
    index,
    language: 'de',
    title: `${title} ${last} ${verb === 'besuchte' ? 'besucht' : 'informiert sich im'} ${project} ${place}`,
    subtitle: `Initiative „${initiative}“ stellt Arbeit vor Ort vor`,
    date,
    dateline: place,
    publisher: body === 'Ministerium' ? org : `${body} ${place}`,
    paragraphs: [
      `${place}. ${title} ${first} ${last} ${verb} am ${Number(d)}.${Number(m)}.${y} das ${project} ${place}. ` +
        `Begleitet wurde ${female ? 'sie' : 'er'} von ${head} aus der Projektleitung. Das Projekt ist Teil der Initiative „${initiative}“.`,
      `„Hier wird jeden Tag großartige Arbeit für die Menschen in ${place} geleistet“, sagte ${last}. ` +
        `Seit der Gründung haben mehr als ${10 + Math.floor(random() * 900)} Menschen das Angebot genutzt.`,
      `Die ${body === 'Landkreis' ? 'Kreisverwaltung' : 'Verwaltung'} fördert das ${project} in diesem Jahr mit ${5 + Math.floor(random() * 95)}.000 Euro. ` +
        `Weitere Informationen gibt es unter www.${place
          .toLowerCase()
          .replace(/ö/g, 'oe')
          .replace(/ü/g, 'ue')
          .replace(/ä/g, 'ae')
          .replace(/[^a-z]/g, '')}.example.`,
    ],
    caption: `${title} ${first} ${last} (links) im Gespräch mit ${head}.`,
    credit: `${body} ${place}`,
  };
}

function englishRelease(random: () => number, index: number, date: string): GeneratedRelease {
  const [title, , body] = pick(random, EN.roles);
  const first = pick(random, EN.first);
  const last = pick(random, EN.last);
  const place = pick(random, EN.places);
  const project = pick(random, EN.projects);
  const fund = pick(random, EN.initiatives);
  const org = body === 'Welsh Government' ? body : `${place} ${body}`;
  const verb = pick(random, EN.verbs);
  return {
    index,
    language: 'en',
    title: `${title} ${verb} new ${project} in ${place}`,
    subtitle: `${fund} backs local work`,
    date,
    dateline: place.toUpperCase(),
    publisher: org,
    paragraphs: [
      `${place.toUpperCase()} – The ${title}, ${first} ${last}, ${verb} the new ${project} in ${place} on ${date}. ` +
        `The project received £${1 + Math.floor(random() * 9)} million from the ${fund}.`,
      `“This ${project} will make a real difference to families in ${place},” said ${first} ${last}. ` +
        `${org} staff showed the visitors around.`,
      `More than ${20 + Math.floor(random() * 400)} people are expected to use the ${project} each week.`,
    ],
    caption: `${first} ${last} at the ${project} in ${place}.`,
    credit: org,
  };
}

/** The release as plain text, the way press offices write it. */
export function toText(release: GeneratedRelease): string {
  const header = release.language === 'de' ? 'Pressemitteilung' : 'Press release';
  const captionLabel = release.language === 'de' ? 'Bildunterschrift' : 'Caption';
  const creditLabel = release.language === 'de' ? 'Foto' : 'Photo';
  return [
    header,
    release.title,
    release.subtitle,
    ...release.paragraphs,
    `${captionLabel}:\n${release.caption}\n${creditLabel}: ${release.credit}`,
  ].join('\n\n');
}

/** The release as Markdown. */
export function toMarkdown(release: GeneratedRelease): string {
  return [
    `# ${release.title}`,
    `**${release.subtitle}**`,
    ...release.paragraphs,
    `*${release.caption}* (${release.credit})`,
  ].join('\n\n');
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The release as a saved web page with navigation and a cookie banner around the article. */
export function toHtml(release: GeneratedRelease): string {
  return `<!doctype html><html lang="${release.language}"><head><meta charset="utf-8">
<title>${escapeXml(release.title)}</title>
<meta property="article:published_time" content="${release.date}"><meta name="author" content="${escapeXml(release.publisher)}">
</head><body><nav><a href="/">Start</a> <a href="/presse">Presse</a></nav>
<div class="cookie-banner">Wir verwenden Cookies. <button>OK</button></div>
<main><article><h1>${escapeXml(release.title)}</h1><p class="lead">${escapeXml(release.subtitle)}</p>
${release.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n')}
<figure><figcaption>${escapeXml(release.caption)} Foto: ${escapeXml(release.credit)}</figcaption></figure></article></main>
<footer>Impressum · Datenschutz</footer></body></html>`;
}

/** A CSV export (header and one row per release) like a CMS produces. */
export function toCsv(releases: GeneratedRelease[]): string {
  const cell = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  const rows = releases.map((r) =>
    [r.date, r.title, `https://presse.example/${r.index}`, r.publisher, [r.subtitle, ...r.paragraphs].join('\n\n')]
      .map(cell)
      .join(','),
  );
  return `date,title,url,publisher,body\n${rows.join('\n')}\n`;
}

/** A JSONL export, one release per line. */
export function toJsonl(releases: GeneratedRelease[]): string {
  return (
    releases
      .map((r) =>
        JSON.stringify({
          title: r.title,
          date: r.date,
          url: `https://presse.example/${r.index}`,
          publisher: r.publisher,
          text: [r.subtitle, ...r.paragraphs].join('\n\n'),
        }),
      )
      .join('\n') + '\n'
  );
}

/** An RSS 2.0 feed with one item per release. */
export function toRss(releases: GeneratedRelease[]): string {
  const items = releases
    .map(
      (r) => `<item><title>${escapeXml(r.title)}</title><link>https://presse.example/${r.index}</link>
<pubDate>${new Date(`${r.date}T10:00:00Z`).toUTCString()}</pubDate>
<description>${escapeXml(r.paragraphs.map((p) => `<p>${p}</p>`).join(''))}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Pressemitteilungen</title><link>https://presse.example/</link><description>Presse</description>\n${items}\n</channel></rss>\n`;
}
