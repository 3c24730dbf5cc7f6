// `npm run bench [-- --quick] [-- --only startup,assessment,ui] [-- --readme]`: builds the product (dist/, as shipped)
// and the benchmark workers (node_modules/.cache/mfa-onboard-bench/, bundled the same way: production React, the same stubs), then runs
// bench/main.ts. The workers are TypeScript so `npm run typecheck` keeps them in step with src/; they are bundled
// rather than run through tsx so that what is measured is the shipped code path (NODE_ENV=production, no
// on-the-fly transpiling in the measured process).
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Outside the linted tree, beside node_modules so the bundles resolve node-pty and @xterm/headless from it.
const out = path.join(root, 'node_modules', '.cache', 'mfa-onboard-bench');

const product = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {stdio: 'inherit'});
if (product.status !== 0) throw new Error('npm run build failed');

await build({
	absWorkingDir: root,
	entryPoints: {
		main: 'bench/main.ts',
		'sim-host': 'bench/sim-host.ts',
		'assess-client': 'bench/assess-client.ts',
		'ui-latency': 'bench/ui-latency.tsx',
	},
	outdir: out,
	outExtension: {'.js': '.mjs'},
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20.19',
	logLevel: 'warning',
	// Native or terminal-emulation packages stay in node_modules.
	external: ['node-pty', '@xterm/headless', 'esbuild'],
	alias: {
		'react-devtools-core': path.join(root, 'scripts', 'devtools-stub.js'),
		'ajv/dist/2020.js': path.join(root, 'scripts', 'ajv-stub.js'),
		'ajv-formats': path.join(root, 'scripts', 'ajv-stub.js'),
	},
	define: {'process.env.NODE_ENV': '"production"'},
	banner: {
		js: "import {createRequire as __benchCreateRequire} from 'node:module'; const require = __benchCreateRequire(import.meta.url);",
	},
});

const {runBenchmarks} = await import(pathToFileURL(path.join(out, 'main.mjs')).href);
process.exitCode = await runBenchmarks({root, outDir: out, argv: process.argv.slice(2)});
