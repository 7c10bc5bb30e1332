#!/usr/bin/env node
// The `kith` command: runs the compiled CLI (built by `npm install` or `npm run build`).
import { main } from '../dist/cli/main.js';

await main();
