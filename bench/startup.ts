/**
 * Start-up: `--version` and the first frames of `--demo` in a real pseudo-terminal, each beside `node -e 0` spawned
 * the same way in the same run (interleaved, so load drifts hit both alike).
 *
 * - `--version`: spawn → exit with pipes, against `node -e 0` with the same pipes. Target ≤ 2× the bare node.
 * - `--demo` in node-pty, the screen rendered by @xterm/headless (as e2e/pty.ts does): time from spawn to the first
 *   non-blank screen (the sign-in screen: the first frame the wizard draws), and to "Step 1 of" (the step list, after
 *   the simulated approval the demo deliberately waits about a second for). Baseline: `node -e 0` in the same pty,
 *   spawn → exit. Target: first frame ≤ 250 ms.
 * Each run gets a new, empty MFA_ONBOARD_HOME, as a first `npx mfa-onboard --demo` would.
 */
import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {median, type Summary, summarise} from './lib/stats.js';

const require = createRequire(import.meta.url);

export interface NodeUnderTest {
	readonly label: string;
	readonly binary: string;
	/** Extra environment for this variant (e.g. NODE_DISABLE_COMPILE_CACHE). */
	readonly env?: Readonly<Record<string, string>>;
	/** Another entry script than bin/mfa-onboard.js (a lever's "before", see `eagerEntry`). */
	readonly bin?: string;
	/** This variant is a start-up lever turned off: the label of the shipped variant it is compared with, and the lever. */
	readonly leverOff?: {readonly shipped: string; readonly lever: string};
}

/**
 * An entry script that loads the wizard's heavy chunk (main.tsx: MSAL, Graph, zod, the steps) before the CLI starts,
 * which is what start-up did before the sign-in screen was split out (src/ui/first-frame.tsx): the same work ahead
 * of the first frame, so the lever can be measured against the shipped build in the same run.
 */
export function eagerEntry(root: string, dir: string): string {
	const chunks = path.join(root, 'dist', 'chunks');
	const main = readdirSync(chunks).find(f => /^main-[\w-]+\.js$/.test(f));
	if (!main) throw new Error(`no main chunk in ${chunks}`);
	const file = path.join(dir, 'eager-entry.mjs');
	writeFileSync(
		file,
		[
			`await import(${JSON.stringify(pathToFileURL(path.join(chunks, main)).href)});`,
			`const {run} = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist', 'cli.js')).href)});`,
			'await run();',
			'',
		].join('\n'),
	);
	return file;
}

export interface StartupOptions {
	/** The repository root (bin/mfa-onboard.js and dist/ must be built). */
	readonly root: string;
	readonly runs: number;
	readonly nodes: readonly NodeUnderTest[];
	readonly log: (line: string) => void;
	/** Give up on one pty run after this long (a hung run is recorded, not fatal). */
	readonly timeoutMs?: number;
}

export interface StartupFigures {
	readonly label: string;
	readonly leverOff?: NodeUnderTest['leverOff'];
	readonly bareExitMs: Summary;
	readonly versionMs: Summary;
	readonly ptyBareExitMs: Summary;
	readonly firstFrameMs: Summary;
	readonly stepListMs: Summary;
	/** Median `--version` over median `node -e 0`. */
	readonly versionRatio: number;
	/** The first line the wizard drew (to show which screen "first frame" is). */
	readonly firstFrameText: string;
	readonly failures: number;
}

/** The environment a child CLI gets: no CI flag (Ink would draw only a last frame), no colour, its own home. */
export function childEnv(extra: Readonly<Record<string, string>>): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value === undefined) continue;
		if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_') || key === 'LC_ALL') continue;
		if (key === 'NODE_OPTIONS' || key === 'NODE_COMPILE_CACHE') continue;
		env[key] = value;
	}
	return {...env, NO_COLOR: '1', TERM: 'xterm-256color', LANG: 'en_US.UTF-8', ...extra};
}

function timeExit(binary: string, args: readonly string[], env: Record<string, string>): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(binary, args, {stdio: ['ignore', 'pipe', 'pipe'], env});
		let out = '';
		child.stdout.on('data', d => {
			out += d;
		});
		child.stderr.on('data', d => {
			out += d;
		});
		child.on('error', reject);
		child.on('close', code => {
			const ms = performance.now() - started;
			if (code !== 0)
				reject(new Error(`${path.basename(binary)} ${args.join(' ')} exited ${code}: ${out.slice(0, 500)}`));
			else resolve(ms);
		});
	});
}

interface PtyTimes {
	readonly exitMs: number;
	readonly firstFrameMs?: number;
	readonly stepListMs?: number;
	readonly firstLine?: string;
}

/**
 * Spawns in a pty and times the first non-blank screen and the step list (then quits with q); with no `until`, times
 * the exit. Times are taken when the bytes arrive; the headless terminal only decides what they show.
 */
function timePty(
	binary: string,
	args: readonly string[],
	env: Record<string, string>,
	waitForStepList: boolean,
	timeoutMs: number,
): Promise<PtyTimes> {
	const pty = require('node-pty') as typeof import('node-pty');
	const {Terminal} = require('@xterm/headless') as typeof import('@xterm/headless');
	const cols = 100;
	const rows = 30;
	const term = new Terminal({cols, rows, allowProposedApi: true});
	const screen = () => {
		const lines: string[] = [];
		const buffer = term.buffer.active;
		for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
		return lines;
	};
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = pty.spawn(binary, [...args], {name: 'xterm-256color', cols, rows, env});
		let firstFrameMs: number | undefined;
		let stepListMs: number | undefined;
		let firstLine: string | undefined;
		let quitSent = false;
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error(`no step list after ${timeoutMs} ms; screen:\n${screen().join('\n').trim()}`));
		}, timeoutMs);
		child.onData(data => {
			const arrived = performance.now() - started;
			term.write(data, () => {
				if (!waitForStepList) return;
				const lines = screen();
				if (firstFrameMs === undefined && lines.some(l => l.trim() !== '')) {
					firstFrameMs = arrived;
					firstLine = lines.find(l => l.trim() !== '')?.trim();
				}
				if (stepListMs === undefined && lines.some(l => /Step 1 of \d+/.test(l))) {
					stepListMs = arrived;
					if (!quitSent) {
						quitSent = true;
						child.write('q');
					}
				}
			});
		});
		child.onExit(({exitCode}) => {
			clearTimeout(timer);
			const exitMs = performance.now() - started;
			term.dispose();
			if (exitCode !== 0) reject(new Error(`${args.join(' ')} exited ${exitCode}`));
			else if (waitForStepList && stepListMs === undefined) reject(new Error('exited before the step list'));
			else resolve({exitMs, firstFrameMs, stepListMs, firstLine});
		});
	});
}

interface Samples {
	readonly bare: number[];
	readonly version: number[];
	readonly ptyBare: number[];
	readonly firstFrame: number[];
	readonly stepList: number[];
	firstFrameText: string;
	failures: number;
}

/** Rounds go variant after variant (interleaved), so a change in the machine's load hits every variant alike. */
export async function runStartup(options: StartupOptions): Promise<StartupFigures[]> {
	const bin = path.join(options.root, 'bin', 'mfa-onboard.js');
	const timeoutMs = options.timeoutMs ?? 30_000;
	const samples: Samples[] = options.nodes.map(() => ({
		bare: [],
		version: [],
		ptyBare: [],
		firstFrame: [],
		stepList: [],
		firstFrameText: '',
		failures: 0,
	}));
	// One untimed round first: the page cache, the compile cache and the pty layer warm up, as for any second run.
	for (let i = -1; i < options.runs; i++) {
		for (const [n, node] of options.nodes.entries()) {
			const entry = node.bin ?? bin;
			const into = samples[n]!;
			const home = mkdtempSync(path.join(os.tmpdir(), 'mfa-bench-home-'));
			const env = childEnv({MFA_ONBOARD_HOME: home, ...node.env});
			try {
				const b = await timeExit(node.binary, ['-e', '0'], env);
				const v = await timeExit(node.binary, [entry, '--version'], env);
				const pb = await timePty(node.binary, ['-e', '0'], env, false, timeoutMs);
				const demo = await timePty(node.binary, [entry, '--demo'], env, true, timeoutMs);
				if (i < 0) continue;
				into.bare.push(b);
				into.version.push(v);
				into.ptyBare.push(pb.exitMs);
				into.firstFrame.push(demo.firstFrameMs!);
				into.stepList.push(demo.stepListMs!);
				into.firstFrameText ||= demo.firstLine ?? '';
			} catch (error) {
				into.failures++;
				options.log(`  ${node.label}: run ${i + 1} failed: ${(error as Error).message.split('\n')[0]}`);
			} finally {
				rmSync(home, {recursive: true, force: true});
			}
		}
	}
	return options.nodes.map((node, n) => {
		const into = samples[n]!;
		const figures: StartupFigures = {
			label: node.label,
			leverOff: node.leverOff,
			bareExitMs: summarise(into.bare),
			versionMs: summarise(into.version),
			ptyBareExitMs: summarise(into.ptyBare),
			firstFrameMs: summarise(into.firstFrame),
			stepListMs: summarise(into.stepList),
			versionRatio: median(into.version) / median(into.bare),
			firstFrameText: into.firstFrameText,
			failures: into.failures,
		};
		options.log(
			`  ${node.label}: node -e 0 ${figures.bareExitMs.median.toFixed(0)} ms, --version ${figures.versionMs.median.toFixed(0)} ms, ` +
				`first frame ${figures.firstFrameMs.median.toFixed(0)} ms, step list ${figures.stepListMs.median.toFixed(0)} ms`,
		);
		return figures;
	});
}

/** One step of the first-frame path: a chunk of dist/ and what it holds. */
export interface ImportCost {
	readonly chunk: string;
	readonly holds: string;
	readonly medianMs: number;
}

const PATH_CHUNKS: readonly {readonly prefix: string; readonly holds: string}[] = [
	{prefix: 'i18n-', holds: 'catalogues (en, ko)'},
	{prefix: 'parse-', holds: 'flag parsing (meow)'},
	{prefix: 'session-', holds: 'session'},
	{prefix: 'first-frame-', holds: 'Ink, React, yoga, @inkjs/ui, the sign-in screen'},
	{prefix: 'main-', holds: 'the wizard: MSAL, Graph client, zod, steps (after the first frame)'},
];

/**
 * Where start-up goes: the chunks on the way to the first frame imported one after another in a fresh process, in
 * the order the CLI loads them, each timed; median over `runs` processes. Node's own boot is the first row.
 */
export function importCosts(root: string, binary: string, runs: number, env: Record<string, string>): ImportCost[] {
	const chunks = path.join(root, 'dist', 'chunks');
	const files = readdirSync(chunks);
	const steps = [
		{chunk: 'dist/cli.js', holds: 'entry', url: pathToFileURL(path.join(root, 'dist', 'cli.js')).href},
		...PATH_CHUNKS.map(({prefix, holds}) => {
			const file = files.find(f => f.startsWith(prefix) && f.endsWith('.js'));
			if (!file) throw new Error(`no ${prefix}*.js chunk in dist/chunks`);
			return {chunk: `chunks/${file}`, holds, url: pathToFileURL(path.join(chunks, file)).href};
		}),
	];
	const script = [
		'const t = [performance.now()];',
		...steps.map(s => `await import(${JSON.stringify(s.url)}); t.push(performance.now());`),
		'process.stdout.write(JSON.stringify(t));',
	].join('\n');
	const samples: number[][] = [];
	for (let i = 0; i < runs; i++) {
		const t = JSON.parse(
			execFileSync(binary, ['--input-type=module', '-e', script], {encoding: 'utf8', env}),
		) as number[];
		samples.push(t);
	}
	return [
		{chunk: '(node boot)', holds: 'Node start to the first import', medianMs: median(samples.map(t => t[0]!))},
		...steps.map((s, i) => ({chunk: s.chunk, holds: s.holds, medianMs: median(samples.map(t => t[i + 1]! - t[i]!))})),
	];
}
