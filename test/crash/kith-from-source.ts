// Runs the CLI from source, for tests that start `kith` as a real process (and kill it).
import { main } from '../../src/cli/main.js';

await main();
