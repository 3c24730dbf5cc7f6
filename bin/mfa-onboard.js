#!/usr/bin/env node
// The package's command: a shim that loads the built CLI. Everything else happens in dist/cli.js.
import {run} from '../dist/cli.js';

await run();
