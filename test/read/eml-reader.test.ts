import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePdf, makeTempDir, messages, readAll, type TempDir } from './read-helpers.js';

const HEADERS = [
  'From: "Pressestelle Landkreis Beispiel" <presse@landkreis-beispiel.de>',
  'To: redaktion@example.org',
  'Subject: =?UTF-8?Q?Landr=C3=A4tin_er=C3=B6ffnet_Radweg?=',
  'Date: Tue, 12 Mar 2024 00:30:00 +0100',
  'Message-ID: <pm-1@landkreis-beispiel.de>',
  'MIME-Version: 1.0',
].join('\r\n');

describe('e-mail reader', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('reads subject, Date header as written, sender name and the decoded text part', async () => {
    const eml = `${HEADERS}\r\nContent-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nBramsche. Die Landr=E4tin hat den Radweg zwischen Bramsche und Wallenhorst er=\r\n=F6ffnet.\r\n`;
    const path = dir.write('pm.eml', eml);
    const { docs, failures } = await readAll(path);
    expect(failures).toEqual([]);
    expect(docs).toEqual([
      {
        raw: 'Landrätin eröffnet Radweg\n\nBramsche. Die Landrätin hat den Radweg zwischen Bramsche und Wallenhorst eröffnet.',
        meta: {
          source: path,
          title: 'Landrätin eröffnet Radweg',
          date: 'Tue, 12 Mar 2024 00:30:00 +0100',
          publisher: 'Pressestelle Landkreis Beispiel',
        },
      },
    ]);
  });

  it('reads an HTML-only message through the HTML path', async () => {
    const html =
      '<html><body><div class="mail"><p>Bramsche. Die Landrätin hat den Radweg eröffnet.</p><p>„Ein guter Tag“, sagte sie.</p></div></body></html>';
    const eml = `${HEADERS}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(html).toString('base64')}\r\n`;
    const { docs } = await readAll(dir.write('html.eml', eml));
    expect(docs[0]!.raw).toBe(
      'Landrätin eröffnet Radweg\n\nBramsche. Die Landrätin hat den Radweg eröffnet.\n\n„Ein guter Tag“, sagte sie.',
    );
  });

  it('reads an attached PDF release as a document of its own', async () => {
    const pdf = await makePdf([{ text: 'Kreistag beschließt Haushalt', y: 760 }]);
    const eml =
      `${HEADERS}\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n` +
      `--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nAnbei unsere Pressemitteilung zum Haushalt des Landkreises.\r\n` +
      `--b1\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="pm haushalt.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${pdf.toString('base64')}\r\n` +
      `--b1--\r\n`;
    const path = dir.write('with-pdf.eml', eml);
    const { docs } = await readAll(path);
    expect(docs.map((doc) => [doc.meta.source, doc.raw])).toEqual([
      [path, 'Landrätin eröffnet Radweg\n\nAnbei unsere Pressemitteilung zum Haushalt des Landkreises.'],
      [`${path}!/pm haushalt.pdf`, 'Kreistag beschließt Haushalt'],
    ]);
  });

  it('recognises a saved message with a .txt extension', async () => {
    const eml = `${HEADERS}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nDer Radweg ist eröffnet.\r\n`;
    expect((await readAll(dir.write('mail.txt', eml))).docs[0]!.meta.title).toBe('Landrätin eröffnet Radweg');
  });

  it('fails a message with neither text nor attachment', async () => {
    const path = dir.write('empty.eml', `${HEADERS}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n\r\n`);
    expect(messages((await readAll(path)).failures)).toEqual([
      `${path}: e-mail has no text or HTML part and no readable attachment`,
    ]);
  });
});
