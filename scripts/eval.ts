// CLI: npx tsx scripts/eval.ts <dir> [--verbose] [--json] [--lang de|en]
import { evaluateDirectory, formatReport } from '../ingest/eval/index.js';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
const verbose = args.includes('--verbose');
const json = args.includes('--json');
const langArg = args[args.indexOf('--lang') + 1];
const lang = args.includes('--lang') ? langArg : undefined;
if (!dir || (lang !== undefined && lang !== 'de' && lang !== 'en')) {
  console.error('usage: npx tsx scripts/eval.ts <dir> [--verbose] [--json] [--lang de|en]');
  process.exit(2);
}
const report = evaluateDirectory(dir, { verbose, lang: lang as 'de' | 'en' | undefined });
if (json) {
  const out = verbose
    ? report
    : { ...report, files: report.files.map(({ file, lang: l, roles }) => ({ file, lang: l, roles })) };
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(formatReport(report, { verbose }));
}
