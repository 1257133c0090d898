// `npx tsx scripts/bench-structure.ts ../shared/bulk/berlin_polizei_2021.csv [...]`: how the parser reads real
// releases outside the gold corpus. Each CSV row's text is parsed twice: after its headline (is the headline
// read exactly?) and alone (is the release number taken for a headline, is a date given that the text does not
// state?). Prints one line of counts per file.
import { structureTitleKey } from '../ingest/eval/structure.js';
import { parseRelease } from '../ingest/parse/parse-release.js';
import { isReadFailure, readDocuments } from '../ingest/read/read-documents.js';

for (const file of process.argv.slice(2)) {
  let releases = 0;
  let rejected = 0;
  let titleRight = 0;
  let numberAsTitle = 0;
  let dated = 0;
  const t0 = performance.now();
  for await (const item of readDocuments(file)) {
    if (isReadFailure(item) || !item.meta.title) continue;
    releases++;
    const title = item.meta.title;
    const body = item.raw.startsWith(title) ? item.raw.slice(title.length).trim() : item.raw;
    try {
      const withHeadline = parseRelease(`${title}\n\n${body}`, { source: item.meta.source });
      if (structureTitleKey(withHeadline.title) === structureTitleKey(title)) titleRight++;
      const textOnly = parseRelease(body, { source: item.meta.source });
      if (/^Nr\.?\s*\d/u.test(textOnly.title)) numberAsTitle++;
      if (textOnly.date !== null) dated++;
    } catch {
      rejected++;
    }
  }
  const ms = performance.now() - t0;
  console.log(
    `${file}: ${releases} releases, headline right ${titleRight}, rejected ${rejected}, ` +
      `release number as headline ${numberAsTitle}, date given from the text alone ${dated}, ${ms.toFixed(0)} ms`,
  );
}
