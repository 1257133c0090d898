import PostalMime, { type Address } from 'postal-mime';
import { NotAReleaseError } from '../../../src/errors/not-a-release-error.js';
import { SUPPORTED_EXTENSIONS } from '../formats.js';
import { extractHtmlDocument } from '../html-document.js';
import type { ReadItem } from '../raw-document.js';
import type { ReadContext } from '../read-context.js';
import { bufferInput, extensionOf, type ReadInput } from '../read-input.js';
import { withTitle } from '../with-title.js';

/**
 * Reads an e-mail (.eml): subject → title, Date header → date, sender → publisher hint, the text part (or
 * the HTML part via the HTML path) → body. Attachments in a supported format (a PDF release, say) are read
 * as documents of their own, sourced `mail.eml!/attachment.pdf`.
 */
export async function* readEml(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  const bytes = await input.bytes(context.limits.maxFileBytes);
  let email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw new NotAReleaseError(input.source, `e-mail cannot be parsed (${(error as Error).message})`);
  }
  const title = email.subject?.replace(/\s+/gu, ' ').trim() || undefined;
  let body = email.text?.trim() ?? '';
  if (body === '' && email.html) {
    try {
      body = extractHtmlDocument(email.html, input.source).text;
    } catch (error) {
      if (!(error instanceof NotAReleaseError)) throw error;
    }
  }
  const attachments = email.attachments.filter(
    (attachment) => attachment.filename && SUPPORTED_EXTENSIONS.has(extensionOf(attachment.filename)),
  );
  if (body !== '') {
    // The raw Date header keeps the sender's calendar day; postal-mime's own value is converted to UTC.
    const date = email.headers.find((header) => header.key === 'date')?.value ?? email.date;
    yield {
      raw: withTitle(title, body),
      meta: { source: input.source, title, date: date?.trim() || undefined, publisher: sender(email.from) },
    };
  } else if (attachments.length === 0) {
    throw new NotAReleaseError(input.source, 'e-mail has no text or HTML part and no readable attachment');
  }
  for (const attachment of attachments) {
    const name = attachment.filename!;
    const source = `${input.source}!/${name}`;
    if (context.depth >= context.limits.maxDepth) {
      yield {
        source,
        error: new NotAReleaseError(source, `nested more than ${context.limits.maxDepth} levels deep; not read`),
      };
      continue;
    }
    const content = Buffer.from(attachment.content as ArrayBuffer);
    yield* context.dispatch(bufferInput(source, name, content), { ...context, depth: context.depth + 1 });
  }
}

/** "Pressestelle Landkreis" from `Pressestelle Landkreis <presse@…>`, else the address. */
function sender(from: Address | undefined): string | undefined {
  return from ? from.name.trim() || from.address || undefined : undefined;
}
