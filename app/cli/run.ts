// Process entry of the `civicgraph` command (bin/civicgraph.js runs the compiled copy).
import { ignoreClosedOutput } from './closed-output.js';
import { main } from './main.js';

ignoreClosedOutput(process.stdout);
ignoreClosedOutput(process.stderr);
await main(process.argv);
