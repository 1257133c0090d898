import type { Command } from 'commander';
import type { Language } from '../../../src/domain/release.js';
import type { SearchSort } from '../../../src/ports/search-index.js';
import { readConfig } from '../../../src/config.js';
import { encodeCursor } from '../../../src/api/cursor.js';
import { excerptHtml, markRanges } from '../../../src/api/highlight.js';
import { openStores } from '../open-stores.js';

/** `<mark>` to terminal bold (or brackets when not a TTY), and HTML entities back to text. */
function forTerminal(html: string, tty: boolean): string {
  return html
    .replace(/<mark>/g, tty ? '\u001b[1m' : '[')
    .replace(/<\/mark>/g, tty ? '\u001b[22m' : ']')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** `civicgraph search <query>` */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored releases, best match first')
    .argument('<query...>', 'words to look for (prefixes match: "migrations" finds "Migrationszentrum")')
    .option('-n, --first <n>', 'number of hits', '10')
    .option('--data <file>', 'embedded store file (env CIVICGRAPH_DATA, default ./data/civicgraph.db)')
    .option('--publisher <name>', 'only releases of this publisher')
    .option('--lang <de|en>', 'only releases in this language')
    .option('--sort <order>', 'relevance (default), date_desc or date_asc')
    .option('--json', 'print JSON')
    .action(
      async (
        words: string[],
        flags: { first: string; data?: string; json?: boolean; publisher?: string; lang?: string; sort?: string },
      ) => {
        const stores = await openStores(readConfig(flags), 'read');
        try {
          const first = Math.max(1, Math.min(100, Number(flags.first) || 10));
          const result = await stores.search.search({
            query: words.join(' '),
            first,
            filter: {
              ...(flags.publisher ? { publisher: [flags.publisher] } : {}),
              ...(flags.lang ? { language: [flags.lang as Language] } : {}),
            },
            sort: (flags.sort ?? 'relevance') as SearchSort,
          });
          // The same presentation as the GraphQL API: HTML-marked title and snippet, a page cursor per hit.
          const hits = result.hits.map(({ titleMatches, excerpt, ...hit }, i) => ({
            ...hit,
            highlightedTitle: markRanges(hit.title, titleMatches),
            snippet: excerptHtml(excerpt),
            cursor: encodeCursor(i + 1),
          }));
          if (flags.json) {
            console.log(JSON.stringify({ ...result, hits }, null, 2));
            return;
          }
          const tty = process.stdout.isTTY ?? false;
          console.log(`${result.total} release(s) match "${words.join(' ')}"\n`);
          for (const hit of hits) {
            console.log(`${hit.date ?? 'undated   '}  ${forTerminal(hit.highlightedTitle, tty)}`);
            console.log(`            ${forTerminal(hit.snippet, tty)}`);
            console.log(`            id ${hit.releaseId}${hit.publisher ? `, ${hit.publisher}` : ''}\n`);
          }
        } finally {
          await stores.close();
        }
      },
    );
}
