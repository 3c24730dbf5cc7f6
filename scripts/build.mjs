// Builds dist/ with esbuild: one ESM bundle with code splitting, so `--version`/`--help` load only the small CLI chunk
// and the wizard's chunk (Ink, React) is imported lazily. STACK.md measured a bundle at about half the unbundled
// first-frame time. Type checking is `npm run typecheck` (tsc), not this script.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const dist = path.join(root, 'dist');
const stub = path.join(root, 'scripts', 'devtools-stub.js');

rmSync(dist, {recursive: true, force: true});
mkdirSync(dist, {recursive: true});
const started = performance.now();
await build({
	absWorkingDir: root,
	entryPoints: {cli: 'src/cli.tsx'},
	outdir: dist,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20.19',
	sourcemap: 'linked',
	sourcesContent: false,
	legalComments: 'external',
	logLevel: 'warning',
	chunkNames: 'chunks/[name]-[hash]',
	// Ink imports react-devtools-core only when DEV is set; it is not a dependency, so it is stubbed (STACK.md pitfall 9).
	alias: {'react-devtools-core': stub},
	define: {
		'process.env.NODE_ENV': '"production"',
		__MFA_ONBOARD_VERSION__: JSON.stringify(pkg.version),
	},
	// CommonJS dependencies (msal-node, graph-client) call require(); give the ESM bundle one.
	banner: {
		js: "import {createRequire as __mfaCreateRequire} from 'node:module'; const require = __mfaCreateRequire(import.meta.url);",
	},
});
writeFileSync(path.join(dist, 'package.json'), JSON.stringify({type: 'module'}));
console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);
