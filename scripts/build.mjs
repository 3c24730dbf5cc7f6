// Builds dist/ with esbuild: one ESM bundle with code splitting, so `--version`/`--help` load only the small CLI chunk
// and the wizard's chunk (Ink, React) is imported lazily. STACK.md measured a bundle at about half the unbundled
// first-frame time. Every runtime dependency is bundled, so `npx mfa-onboard` downloads one small package and
// installs nothing else; their licences go to dist/THIRD_PARTY_NOTICES.md. Type checking is `npm run typecheck`.
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const dist = path.join(root, 'dist');
const stub = path.join(root, 'scripts', 'devtools-stub.js');
const ajvStub = path.join(root, 'scripts', 'ajv-stub.js');

rmSync(dist, {recursive: true, force: true});
mkdirSync(dist, {recursive: true});
const started = performance.now();
const result = await build({
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
	legalComments: 'none',
	metafile: true,
	logLevel: 'warning',
	chunkNames: 'chunks/[name]-[hash]',
	// Ink imports react-devtools-core only when DEV is set; it is not a dependency, so it is stubbed (STACK.md pitfall 9).
	// conf's ajv is only used with a schema, which the progress store never passes (see ajv-stub.js).
	alias: {'react-devtools-core': stub, 'ajv/dist/2020.js': ajvStub, 'ajv-formats': ajvStub},
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

// The packages whose code is in the bundle, with their licence texts.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
	const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
	if (!match) continue;
	const dir = input.slice(0, match.index + match[0].length - 1).replace(/^\.\//, '');
	if (!packages.has(dir)) packages.set(dir, match[1]);
}
const notices = [];
for (const [dir, name] of [...packages].sort((a, b) => a[1].localeCompare(b[1]))) {
	const abs = path.join(root, dir);
	const meta = JSON.parse(readFileSync(path.join(abs, 'package.json'), 'utf8'));
	const licenceFile = readdirSync(abs).find(f => /^(licen[cs]e|copying)(\.|$)/i.test(f));
	const text = licenceFile
		? readFileSync(path.join(abs, licenceFile), 'utf8').trim()
		: `License: ${meta.license ?? 'see package'}`;
	notices.push(`## ${name} ${meta.version}\n\nLicense: ${meta.license ?? 'unknown'}\n\n\`\`\`\n${text}\n\`\`\`\n`);
}
writeFileSync(
	path.join(dist, 'THIRD_PARTY_NOTICES.md'),
	`# Third-party software in this package\n\nmfa-onboard's dist/ bundles the following packages.\n\n${notices.join('\n')}`,
);
if (!existsSync(path.join(dist, 'cli.js'))) throw new Error('build produced no dist/cli.js');
console.log(`built dist/ in ${Math.round(performance.now() - started)} ms (${packages.size} bundled packages)`);
