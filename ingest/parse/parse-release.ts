import { releaseId } from '../../src/domain/ids.js';
import type { Language, Release, SourceMeta } from '../../src/domain/release.js';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { binaryReason } from './binary-check.js';
import { cleanText } from './clean-text.js';
import type { Dateline } from './dateline.js';
import { matchDateline } from './dateline.js';
import { parseDate } from './dates.js';
import { splitFrontMatter } from './front-matter.js';
import { detectLanguage } from './language.js';
import { collectLinks, uniqueLinks } from './links.js';
import { stripMarkdown } from './markdown.js';
import { readBody } from './read-body.js';
import { readHead, readSubtitle } from './read-head.js';
import type { Sections } from './sections.js';
import { emptySections, toLines } from './sections.js';
import { firstSentence, truncateWords } from './sentences.js';

const MIN_BODY_LETTERS = 20;
const DERIVED_TITLE = 120;

/** Parses a plain-text or Markdown press release into a `Release`; throws `NotAReleaseError` for empty, binary or body-less input. */
export function parseRelease(raw: string, meta: SourceMeta): Release {
  if (raw.trim() === '') throw new NotAReleaseError(meta.source, 'file is empty');
  const binary = binaryReason(raw);
  if (binary !== null) throw new NotAReleaseError(meta.source, binary);

  const { fields, body } = splitFrontMatter(raw);
  const plain = stripMarkdown(cleanText(body));
  const lines = toLines(plain.text);
  if (lines.length === 0) throw new NotAReleaseError(meta.source, 'no release text found');

  const sections = emptySections();
  const metaTitle = oneLine(meta.title ?? fields['title'] ?? '');
  let index = readHead(lines, metaTitle || null, sections);
  index = readSubtitle(lines, index, sections);
  readBody(lines, index, sections);

  const dateline = sections.paragraphs.length > 0 ? matchDateline(sections.paragraphs[0]!) : null;
  const paragraphs = [...sections.preamble, ...sections.paragraphs];
  const bodyLetters = paragraphs.join(' ').match(/\p{L}/gu)?.length ?? 0;
  if (bodyLetters < MIN_BODY_LETTERS) {
    const onlyHeadline = sections.title !== null && paragraphs.length === 0;
    const reason = onlyHeadline ? 'no release text found (only a headline)' : 'no release text found';
    throw new NotAReleaseError(meta.source, reason);
  }
  const title = sections.title ?? deriveTitle(sections.paragraphs[0] ?? paragraphs[0]!, dateline);
  const subtitle = sections.subtitle.length > 0 ? sections.subtitle.join('\n') : null;
  const caption = sections.captions.length > 0 ? sections.captions.join('\n') : null;
  const photoCredit = sections.credits.length > 0 ? sections.credits.join('; ') : null;
  const contact = sections.contact.length > 0 ? sections.contact.map((line) => line.text).join('\n') : null;
  const text = [title, subtitle, ...paragraphs, caption, photoCredit].filter((part) => part !== null).join('\n\n');

  return {
    id: releaseId(text),
    source: meta.source,
    url: meta.url ?? fields['url'] ?? null,
    title,
    subtitle,
    date: releaseDate(meta.date ?? fields['date'], sections, dateline, subtitle),
    dateline: dateline?.place ?? null,
    publisher: meta.publisher ?? fields['publisher'] ?? null,
    language: meta.language ?? languageField(fields) ?? detectLanguage(text),
    paragraphs,
    caption,
    photoCredit,
    contact,
    links: uniqueLinks([...collectLinks(plain.text), ...plain.links]),
    text,
  };
}

/** First sentence of the first paragraph, after its dateline, shortened: for releases without a headline. */
function deriveTitle(paragraph: string, dateline: Dateline | null): string {
  const body = dateline ? paragraph.slice(dateline.bodyStart) : paragraph;
  return truncateWords(firstSentence(body), DERIVED_TITLE);
}

/** Metadata date, else a stated date line, else the dateline's date, else the first full date near the top. */
function releaseDate(
  metaDate: string | undefined,
  s: Sections,
  dateline: Dateline | null,
  subtitle: string | null,
): string | null {
  const fromMeta = metaDate ? parseDate(metaDate) : null;
  if (fromMeta) return fromMeta;
  if (s.dates.length > 0) return s.dates[0]!;
  if (dateline?.date) return dateline.date;
  return parseDate([subtitle ?? '', s.paragraphs[0] ?? ''].join('\n'));
}

function languageField(fields: Record<string, string>): Language | undefined {
  const value = (fields['language'] ?? fields['lang'] ?? '').toLowerCase().slice(0, 2);
  return value === 'de' || value === 'en' ? value : undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
