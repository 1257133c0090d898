import type { Command } from 'commander';
import { readConfig } from '../../../src/config.js';
import { CivicError } from '../../../src/errors/civic-error.js';

const HELP = `
Needs MEILI_URL and MEILI_MASTER_KEY (or MEILI_API_KEY with the keys.* rights).

Without --publisher: creates a new search-only API key each time (one per website), printed with its
uid. Revoke it with: curl -X DELETE "$MEILI_URL/keys/<uid>" -H "Authorization: Bearer $MEILI_MASTER_KEY"

With --publisher: prints a tenant token, signed locally by one parent search key that is created on
first use and found again by its name afterwards, so tokens add no keys to the server. A token stops
working when it expires (--expires, default 24h). One token cannot be revoked alone; revoke all of them
at once with --revoke-tokens (deletes the parent key; the next token gets a new one).

See the README for a ten-line HTML search box using the key.`;

/** `civicgraph search-key` */
export function registerSearchKey(program: Command): void {
  program
    .command('search-key')
    .description('mint a Meilisearch key for browsers: search only, or a tenant token limited to one publisher')
    .option('--publisher <name>', 'limit searches to this publisher (signs a tenant token)')
    .option('--expires <duration>', 'lifetime, e.g. 30d, 12h (tenant tokens default to 24h; keys to never)')
    .option('--revoke-tokens', 'revoke every tenant token by deleting their parent key')
    .addHelpText('after', HELP)
    .action(async (flags: { publisher?: string; expires?: string; revokeTokens?: boolean }) => {
      const config = readConfig({});
      if (!config.meili?.apiKey) {
        throw new CivicError('BAD_CONFIG', 'search-key needs MEILI_URL and MEILI_MASTER_KEY of the Meilisearch server');
      }
      const lifetime = parseDuration(flags.expires);
      const keys = await import('../../../src/stores/meilisearch/meili-keys.js');
      if (flags.revokeTokens) {
        if (flags.publisher)
          throw new CivicError('BAD_USER_INPUT', '--revoke-tokens cannot be combined with --publisher');
        const uid = await keys.revokeTenantTokens(config.meili);
        console.log(
          uid
            ? `deleted the parent key ${uid}: every tenant token is revoked`
            : 'no parent key: no tenant tokens to revoke',
        );
        return;
      }
      if (!flags.publisher) {
        const key = await keys.mintSearchKey(config.meili, {
          expiresAt: lifetime === null ? null : new Date(Date.now() + lifetime),
        });
        console.log(`search-only key (uid ${key.uid}):\n${key.key}`);
        return;
      }
      const parent = await keys.parentSearchKey(config.meili);
      const expiresAt = new Date(Date.now() + (lifetime ?? 24 * 3_600_000));
      const token = await keys.mintPublisherToken(config.meili, parent, flags.publisher, expiresAt);
      console.log(
        `tenant token for "${flags.publisher}", valid until ${expiresAt.toISOString()} ` +
          `(signed by ${parent.created ? 'the new' : 'the'} parent key ${parent.uid}):\n${token}`,
      );
    });
}

function parseDuration(text: string | undefined): number | null {
  if (!text) return null;
  const match = /^(\d+)\s*([dhm])$/.exec(text.trim());
  if (!match) throw new CivicError('BAD_USER_INPUT', `--expires: "${text}" should look like 30d, 12h or 45m`);
  return Number(match[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[match[2] as 'd' | 'h' | 'm'];
}
