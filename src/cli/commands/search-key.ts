import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { CivicError } from '../../errors/civic-error.js';

/** `civicgraph search-key` */
export function registerSearchKey(program: Command): void {
  program
    .command('search-key')
    .description('mint a Meilisearch key for browsers: search only, or a tenant token limited to one publisher')
    .option('--publisher <name>', 'limit searches to this publisher (signs a tenant token)')
    .option('--expires <duration>', 'lifetime, e.g. 30d, 12h (tenant tokens default to 24h; keys to never)')
    .addHelpText(
      'after',
      '\nNeeds MEILI_URL and MEILI_MASTER_KEY. See the README for a ten-line HTML search box using the key.',
    )
    .action(async (flags: { publisher?: string; expires?: string }) => {
      const config = readConfig({});
      if (!config.meili?.apiKey) {
        throw new CivicError('BAD_CONFIG', 'search-key needs MEILI_URL and MEILI_MASTER_KEY of the Meilisearch server');
      }
      const lifetime = parseDuration(flags.expires);
      const { mintPublisherToken, mintSearchKey } = await import('../../stores/meilisearch/meili-keys.js');
      const key = await mintSearchKey(config.meili, {
        expiresAt: lifetime === null ? null : new Date(Date.now() + lifetime),
        description: flags.publisher ? `civicgraph: search for ${flags.publisher}` : undefined,
      });
      if (!flags.publisher) {
        console.log(`search-only key (uid ${key.uid}):\n${key.key}`);
        return;
      }
      const expiresAt = new Date(Date.now() + (lifetime ?? 24 * 3_600_000));
      const token = await mintPublisherToken(config.meili, key, flags.publisher, expiresAt);
      console.log(`tenant token for "${flags.publisher}", valid until ${expiresAt.toISOString()}:\n${token}`);
    });
}

function parseDuration(text: string | undefined): number | null {
  if (!text) return null;
  const match = /^(\d+)\s*([dhm])$/.exec(text.trim());
  if (!match) throw new CivicError('BAD_USER_INPUT', `--expires: "${text}" should look like 30d, 12h or 45m`);
  return Number(match[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[match[2] as 'd' | 'h' | 'm'];
}
