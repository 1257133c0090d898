import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, messages, readAll, type TempDir } from './read-helpers.js';

const PAGE = `<!DOCTYPE html>
<html lang="de-DE">
<head>
  <meta charset="utf-8">
  <title>Radweg eröffnet | Landkreis Beispiel</title>
  <meta property="og:title" content="Landrätin eröffnet Radweg">
  <meta property="article:published_time" content="2024-03-12T10:00:00+01:00">
  <meta name="author" content="Pressestelle">
  <meta property="og:site_name" content="Landkreis Beispiel">
  <link rel="canonical" href="https://www.landkreis-beispiel.de/presse/radweg">
</head>
<body>
  <header><nav><ul><li><a href="/">Startseite</a></li><li><a href="/presse">Presse</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></header>
  <div id="cookie-banner" class="cookie-consent">
    <p>Wir verwenden Cookies, um Ihnen das beste Nutzungserlebnis zu bieten. Bitte stimmen Sie der Verwendung zu.</p>
    <button>Alle akzeptieren</button>
  </div>
  <main>
    <article>
      <div class="consent-notice"><p>Diese Seite nutzt Cookies für Statistik und eingebettete Videos. Mit „Akzeptieren“ stimmen Sie der Nutzung zu.</p></div>
      <h1>Landrätin eröffnet Radweg</h1>
      <p>Bramsche. Landrätin Petra Beispiel hat am Montag den neuen Radweg zwischen Bramsche und Wallenhorst eröffnet.
      Die Strecke ist <strong>vier Kilometer</strong> lang.</p>
      <p>„Der Radweg verbindet zwei Gemeinden“, sagte Beispiel bei der Eröffnung vor rund fünfzig Gästen aus beiden Orten.</p>
      <p>Die Kosten von 1,2 Millionen Euro teilen sich <a href="https://example.org/land">das Land</a> und der Landkreis.</p>
    </article>
  </main>
  <footer><p>Impressum · Datenschutz · © 2024 Landkreis Beispiel</p></footer>
</body>
</html>`;

describe('HTML reader', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('keeps the article, drops navigation, cookie banner and footer, and separates paragraphs by blank lines', async () => {
    const { docs, failures } = await readAll(dir.write('radweg.html', PAGE));
    expect(failures).toEqual([]);
    expect(docs[0]!.raw).toBe(
      'Landrätin eröffnet Radweg\n\n' +
        'Bramsche. Landrätin Petra Beispiel hat am Montag den neuen Radweg zwischen Bramsche und Wallenhorst eröffnet. Die Strecke ist vier Kilometer lang.\n\n' +
        '„Der Radweg verbindet zwei Gemeinden“, sagte Beispiel bei der Eröffnung vor rund fünfzig Gästen aus beiden Orten.\n\n' +
        'Die Kosten von 1,2 Millionen Euro teilen sich das Land und der Landkreis.',
    );
  });

  it('fills SourceMeta from og:title, article:published_time, site name, lang and the canonical link', async () => {
    const path = dir.write('radweg.html', PAGE);
    const { docs } = await readAll(path);
    expect(docs[0]!.meta).toEqual({
      source: path,
      title: 'Landrätin eröffnet Radweg',
      date: '2024-03-12T10:00:00+01:00',
      publisher: 'Landkreis Beispiel',
      language: 'de',
      url: 'https://www.landkreis-beispiel.de/presse/radweg',
    });
  });

  it('uses <meta name="date"> and <meta name="publisher"> and the <title> when there are no Open Graph tags', async () => {
    const page = `<html lang="en"><head><title>Council approves budget</title><meta name="date" content="2023-11-02">
      <meta name="publisher" content="City of Springfield"></head><body><div class="content"><p>The council approved the 2024 budget on Thursday after a long debate about the new library and the harbour.</p></div></body></html>`;
    const { docs } = await readAll(dir.write('budget.htm', page));
    expect(docs[0]!.meta).toMatchObject({
      title: 'Council approves budget',
      date: '2023-11-02',
      publisher: 'City of Springfield',
      language: 'en',
    });
    expect(docs[0]!.raw).toContain('The council approved the 2024 budget on Thursday');
  });

  it('decodes a page that declares windows-1252', async () => {
    const page =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Straßenfest</title></head><body><p>Das Straßenfest in Göttingen lockte über 3000 Gäste an, „ein Erfolg“, sagt die Stadt.</p></body></html>';
    const { docs } = await readAll(dir.write('fest.html', iconv.encode(page, 'win1252')));
    expect(docs[0]!.raw).toContain('Das Straßenfest in Göttingen lockte über 3000 Gäste an, „ein Erfolg“');
  });

  it('fails a page without body text as not a release', async () => {
    const path = dir.write('head-only.html', '<!DOCTYPE html><html><head><title>Leer</title></head></html>');
    const { docs, failures } = await readAll(path);
    expect(docs).toEqual([]);
    expect(messages(failures)).toEqual([`${path}: HTML page has no <body> text; nothing to read`]);
    expect(failures[0]!.error.code).toBe('NOT_A_RELEASE');
  });
});
