import type { Command } from 'commander';
import { toCorpusFormat } from '../../../ingest/export/to-corpus-format.js';
import { createDocumentProcessor } from '../../../ingest/process-document.js';
import { readTextFile } from '../../../ingest/read/read-text-file.js';

/** `civicgraph extract <file>` */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the entities and relations found in one release, without storing anything')
    .argument('<file>', 'a .txt or .md press release')
    .option('--json', 'print JSON in the corpus annotation format (SCHEMA.md)')
    .action(async (file: string, flags: { json?: boolean }) => {
      const { release, extraction } = createDocumentProcessor()(await readTextFile(file));
      const record = toCorpusFormat(release, extraction);
      if (flags.json) {
        console.log(JSON.stringify({ ...record, text: undefined }, null, 2));
        return;
      }
      console.log(`${release.title}\n${release.date ?? 'undated'} · ${release.language} · ${release.dateline ?? ''}\n`);
      for (const entity of record.entities) {
        const roles = entity.roles?.map((role) => `${role.title}${role.org ? `, ${role.org}` : ''}`).join('; ');
        console.log(`${entity.type.padEnd(13)} ${entity.name}${roles ? `  (${roles})` : ''}`);
      }
      console.log('');
      for (const relation of record.relations) {
        const target = 'to' in relation && relation.to ? ` → ${relation.to}` : '';
        const title = relation.type === 'HOLDS_ROLE' ? ` [${relation.title}]` : '';
        console.log(`${relation.type.padEnd(11)} ${relation.from}${title}${target}`);
      }
    });
}
