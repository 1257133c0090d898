// Process entry of the `civicgraph` command (bin/civicgraph.js runs the compiled copy).
import { main } from './main.js';

await main(process.argv);
