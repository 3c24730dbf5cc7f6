/**
 * The real thing: a child process running step 6's apply against the demo-style persisted tenant is killed with
 * SIGKILL at a seeded random point (8 seeds by default), then a new process resumes; the saved tenant and the progress file's
 * journal must equal those of a run that was never killed, with no policy duplicated.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {parseJournal} from '../../src/changes/journal.js';
import {normaliseJournal} from '../helpers/enforce-flow.js';

// Folders of our own, removed after the whole file: the shared tempDir() helper cleans up after *each* test, which
// would pull the files from under tests running concurrently.
const dirs: string[] = [];
function tempDir(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mfa-onboard-kill-'));
	dirs.push(dir);
	return dir;
}
afterAll(() => {
	for (const dir of dirs) fs.rmSync(dir, {recursive: true, force: true});
});

const SOURCE = path.resolve(import.meta.dirname, '../helpers/enforce-kill-child.ts');

/** The child, bundled once with esbuild: each process then starts in a fraction of tsx's time. */
async function bundleChild(): Promise<string> {
	const {build} = await import('esbuild');
	const out = path.join(tempDir(), 'enforce-kill-child.mjs');
	await build({
		entryPoints: [SOURCE],
		outfile: out,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20.19',
		logLevel: 'warning',
		// CommonJS dependencies call require(); give the ESM bundle one (as scripts/build.mjs does).
		banner: {js: "import {createRequire as __r} from 'node:module'; const require = __r(import.meta.url);"},
	});
	return out;
}

let CHILD = '';

function run(
	home: string,
	stateFile: string,
	killAt?: number,
): Promise<{code: number | null; signal: string | null; stdout: string; stderr: string}> {
	return new Promise((resolve, reject) => {
		const args = [CHILD, home, stateFile, ...(killAt === undefined ? [] : [String(killAt)])];
		const child = spawn(process.execPath, args, {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, TZ: 'UTC'}});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', d => {
			stdout += d;
		});
		child.stderr.on('data', d => {
			stderr += d;
		});
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({code, signal, stdout, stderr}));
	});
}

function endState(home: string, stateFile: string) {
	const state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as {
		securityDefaults: {isEnabled: boolean};
		caPolicies: Record<string, unknown>[];
	};
	const dir = path.join(home, 'progress');
	const file = fs.readdirSync(dir).find(f => /^[0-9a-f-]{36}\.json$/.test(f))!;
	const progress = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {journal: unknown[]};
	return {
		securityDefaults: state.securityDefaults.isEnabled,
		policies: state.caPolicies
			.map(({createdDateTime: _c, modifiedDateTime: _m, ...p}) => p)
			.sort((a, b) => String(a.id).localeCompare(String(b.id))),
		journal: normaliseJournal(parseJournal(progress.journal)),
	};
}

function random(seed: number): number {
	let x = (seed * 2654435761) >>> 0 || 1;
	x ^= x << 13;
	x ^= x >>> 17;
	x ^= x << 5;
	return (x >>> 0) / 2 ** 32;
}

describe('kill -9 of a real process at a random point of apply, then resume', {timeout: 120_000}, async () => {
	CHILD = await bundleChild();
	const baseHome = tempDir();
	const baseState = path.join(baseHome, 'tenant.json');
	const base = await run(baseHome, baseState);
	const events = JSON.parse(base.stdout || '[]') as string[];
	const expected = base.code === 0 ? endState(baseHome, baseState) : undefined;

	it('the uninterrupted process finished', () => {
		expect(base.stderr).toBe('');
		expect(base.code).toBe(0);
		expect(events.length).toBeGreaterThan(40);
	});

	// 8 seeds (MFA_ONBOARD_KILL_SEEDS for a deeper run): the in-process test (kill-resume.test.ts) already kills at every
	// write; this one proves the same holds for a real SIGKILL, where each seed costs two process lives.
	const seeds = Array.from({length: Number(process.env.MFA_ONBOARD_KILL_SEEDS) || 8}, (_, i) => i + 1);
	it.concurrent.each(seeds)('seed %i', async seed => {
		const home = tempDir();
		const stateFile = path.join(home, 'tenant.json');
		const killAt = Math.floor(random(seed) * events.length);
		const killed = await run(home, stateFile, killAt);
		expect(killed.stderr.slice(0, 400)).toBe('');
		expect(killed.signal).toBe('SIGKILL');
		const resumed = await run(home, stateFile);
		expect(resumed.stderr).toBe('');
		expect(resumed.code).toBe(0);
		const actual = endState(home, stateFile);
		expect(actual).toEqual(expected);
		const names = actual.policies.map(p => p.displayName);
		expect(new Set(names).size).toBe(names.length);
	});
});
