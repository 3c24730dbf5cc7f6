#!/usr/bin/env node
// The package's command: a shim that loads the built CLI. Everything else happens in dist/cli.js.
import module from 'node:module';

// Node >= 22.1 can keep V8's compiled code of the bundle between runs (in the OS temp folder, checked against the
// source), to take compile time out of later starts; its measured effect is in bench/README.md ("Start-up"). Node 20
// has no such API: nothing happens there. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();
const {run} = await import('../dist/cli.js');

await run();
