import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, messages, readAll, type TempDir } from './read-helpers.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Landkreis Beispiel</title>
    <link>https://www.landkreis-beispiel.de/</link>
    <language>de-de</language>
    <item>
      <title>Landrätin eröffnet Radweg</title>
      <link>https://www.landkreis-beispiel.de/presse/radweg</link>
      <pubDate>Tue, 12 Mar 2024 10:00:00 +0100</pubDate>
      <description>Kurzfassung</description>
      <content:encoded><![CDATA[<p>Bramsche. Die Landrätin hat den Radweg eröffnet.</p><p>„Ein guter Tag“, sagte sie.</p>]]></content:encoded>
    </item>
    <item>
      <title>Kreistag tagt</title>
      <guid isPermaLink="false">pm-2024-99</guid>
      <pubDate>Wed, 13 Mar 2024 09:00:00 +0100</pubDate>
      <description>Der Kreistag tagt am Donnerstag &amp; berät den Haushalt.</description>
    </item>
    <item>
      <title>Nur ein Titel</title>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>City of Springfield</title>
  <entry>
    <title type="html">Council approves &lt;em&gt;budget&lt;/em&gt;</title>
    <link rel="self" href="https://springfield.example/feed/1"/>
    <link rel="alternate" href="https://springfield.example/news/budget"/>
    <updated>2024-03-14T08:00:00Z</updated>
    <published>2024-03-13T18:00:00-05:00</published>
    <content type="html">&lt;p&gt;The council approved the budget.&lt;/p&gt;&lt;p&gt;The vote was 7 to 2.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain summary</title>
    <updated>2024-03-15T08:00:00Z</updated>
    <summary type="text">A summary in plain text, with a &lt;not-a-tag&gt; kept as written.</summary>
  </entry>
</feed>`;

describe('feed reader', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('reads RSS 2.0 items: content:encoded through the HTML path, link as source, channel as publisher', async () => {
    const path = dir.write('presse.rss', RSS);
    const { docs, failures } = await readAll(path);
    expect(docs).toEqual([
      {
        raw: 'Landrätin eröffnet Radweg\n\nBramsche. Die Landrätin hat den Radweg eröffnet.\n\n„Ein guter Tag“, sagte sie.',
        meta: {
          source: 'https://www.landkreis-beispiel.de/presse/radweg',
          title: 'Landrätin eröffnet Radweg',
          date: 'Tue, 12 Mar 2024 10:00:00 +0100',
          publisher: 'Landkreis Beispiel',
          language: 'de',
          url: 'https://www.landkreis-beispiel.de/presse/radweg',
        },
      },
      {
        raw: 'Kreistag tagt\n\nDer Kreistag tagt am Donnerstag & berät den Haushalt.',
        meta: {
          source: `${path}#item=2`,
          title: 'Kreistag tagt',
          date: 'Wed, 13 Mar 2024 09:00:00 +0100',
          publisher: 'Landkreis Beispiel',
          language: 'de',
        },
      },
    ]);
    expect(messages(failures)).toEqual([`${path}#item=3: feed item has no description or content`]);
  });

  it('reads Atom entries: alternate link, published date, HTML content, plain-text summary kept as text', async () => {
    const path = dir.write('news.atom', ATOM);
    const { docs } = await readAll(path);
    expect(docs).toEqual([
      {
        raw: 'Council approves budget\n\nThe council approved the budget.\n\nThe vote was 7 to 2.',
        meta: {
          source: 'https://springfield.example/news/budget',
          title: 'Council approves budget',
          date: '2024-03-13T18:00:00-05:00',
          publisher: 'City of Springfield',
          language: 'en',
          url: 'https://springfield.example/news/budget',
        },
      },
      {
        raw: 'Plain summary\n\nA summary in plain text, with a <not-a-tag> kept as written.',
        meta: {
          source: `${path}#item=2`,
          title: 'Plain summary',
          date: '2024-03-15T08:00:00Z',
          publisher: 'City of Springfield',
          language: 'en',
        },
      },
    ]);
  });

  it('decodes a feed that declares ISO-8859-1', async () => {
    const xml =
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Stadt Göttingen</title><item><title>Straßenfest</title><description>Das Straßenfest lockte Gäste an.</description></item></channel></rss>';
    const { docs } = await readAll(dir.write('latin.rss', iconv.encode(xml, 'latin1')));
    expect(docs[0]!.raw).toBe('Straßenfest\n\nDas Straßenfest lockte Gäste an.');
    expect(docs[0]!.meta.publisher).toBe('Stadt Göttingen');
  });

  it('recognises a feed saved as .xml or .txt', async () => {
    expect((await readAll(dir.write('feed.xml', RSS))).docs).toHaveLength(2);
    expect((await readAll(dir.write('feed.txt', ATOM))).docs).toHaveLength(2);
  });

  it('fails malformed XML with line and column', async () => {
    const path = dir.write('broken.rss', '<rss><channel><item><title>Offen</channel></rss>');
    expect(messages((await readAll(path)).failures)).toEqual([
      expect.stringMatching(new RegExp(`^${path}: malformed XML at line 1, column \\d+ \\(.+\\)$`)),
    ]);
  });

  it('fails XML that is not a feed, naming its root element', async () => {
    const path = dir.write(
      'sitemap.xml',
      '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>',
    );
    expect(messages((await readAll(path)).failures)).toEqual([
      `${path}: XML is not an RSS or Atom feed (root element <urlset>)`,
    ]);
  });
});
