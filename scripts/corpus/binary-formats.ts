import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import yazl from 'yazl';
import type { GeneratedRelease } from './release-generator.js';

const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The release as a minimal Word document (DOCX is a zip of XML parts). */
export function toDocx(release: GeneratedRelease): Promise<Buffer> {
  const paragraph = (text: string, bold = false) =>
    `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  const body = [
    paragraph(release.language === 'de' ? 'Pressemitteilung' : 'Press release'),
    paragraph(release.title, true),
    paragraph(release.subtitle),
    ...release.paragraphs.map((p) => paragraph(p)),
    paragraph(`${release.language === 'de' ? 'Bildunterschrift' : 'Caption'}: ${release.caption}`),
    paragraph(`${release.language === 'de' ? 'Foto' : 'Photo'}: ${release.credit}`),
  ].join('');
  const zip = new yazl.ZipFile();
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '[Content_Types].xml',
  );
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    '_rels/.rels',
  );
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
    'word/document.xml',
  );
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream
      .on('data', (chunk: Buffer) => chunks.push(chunk))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
}

// The standard PDF fonts cover WinAnsi only; other letters are replaced by their base letter.
const toWinAnsi = (text: string): string =>
  text.normalize('NFKD').replace(/[^\x20-\x7e\u00a0-\u00ff\u201e\u201c\u201d\u2013\u2019\u20ac\u00a3]/g, '');

/** The release as a PDF with a text layer. */
export async function toPdf(release: GeneratedRelease): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([595, 842]);
  let y = 800;
  const write = (text: string, size: number) => {
    const words = toWinAnsi(text.normalize('NFC')).split(' ');
    let line = '';
    const flush = () => {
      if (y < 60) {
        page = pdf.addPage([595, 842]);
        y = 800;
      }
      page.drawText(line, { x: 50, y, size, font });
      y -= size * 1.4;
      line = '';
    };
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > 495) flush();
      line = line ? `${line} ${word}` : word;
    }
    if (line) flush();
    y -= size * 0.8;
  };
  write(release.title, 16);
  write(release.subtitle, 12);
  for (const paragraph of release.paragraphs) write(paragraph, 11);
  write(`${release.caption} Foto: ${release.credit}`, 9);
  return Buffer.from(await pdf.save());
}
