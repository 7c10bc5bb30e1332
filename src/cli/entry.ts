// Runs the CLI from source (npm run dev, and tests that start kith as a real process).
import { main } from './main.js';

await main();
