import { getDocumentProxy } from 'unpdf';
import { NotAReleaseError } from '../../../src/errors/not-a-release-error.js';
import { layoutPage, type PdfTextItem } from '../pdf-text.js';
import type { ReadItem } from '../raw-document.js';
import type { ReadContext } from '../read-context.js';
import type { ReadInput } from '../read-input.js';

/** Reads the text layer of a PDF, pages and paragraphs separated by blank lines. */
export async function* readPdf(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  const bytes = await input.bytes(context.limits.maxFileBytes);
  const pdf = await openPdf(new Uint8Array(bytes), input.source);
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(layoutPage(content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item)));
      page.cleanup();
    }
    const raw = pages.filter((page) => page.trim() !== '').join('\n\n');
    if (raw.trim() === '') {
      throw new NotAReleaseError(input.source, 'PDF has no text layer (scanned?); run OCR first (e.g. ocrmypdf)');
    }
    yield { raw, meta: { source: input.source } };
  } finally {
    await pdf.destroy();
  }
}

async function openPdf(data: Uint8Array, source: string): ReturnType<typeof getDocumentProxy> {
  try {
    return await getDocumentProxy(data, { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    if (name === 'PasswordException') {
      throw new NotAReleaseError(
        source,
        'PDF is password-protected; remove the password (e.g. qpdf --decrypt --password=… in.pdf out.pdf) and read it again',
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new NotAReleaseError(
      source,
      `PDF cannot be opened, the file is truncated or damaged (${detail}); export it again`,
    );
  }
}
