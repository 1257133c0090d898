// `npm run eval -- <dir> [--verbose] [--json] [--lang de|en]`: the same as `civicgraph eval`.
import { main } from '../app/cli/main.js';

await main([process.argv[0]!, 'civicgraph', 'eval', ...process.argv.slice(2)]);
