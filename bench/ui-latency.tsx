/**
 * UI latency: keypress → frame with a 10⁴-row findings list, through Ink's real rendering path — `render()` with the
 * options the product passes (so Ink's 30 fps render throttle is on, unlike ink-testing-library's debug mode), a fake
 * TTY stdout that timestamps every write, and a fake raw-mode stdin. The list is the shell's VirtualList inside the
 * real App shell (header, step list, pane, footer), focused in the first step's pane.
 *
 * Each key is sent after the previous frame and a quiet gap longer than the throttle window, so every sample is one
 * key's own frame: latency = the write holding that key's new list position, minus the moment the key was written.
 * Baseline in the same process: a one-line Ink app that shows a counter, same options, same stdio, same keys.
 *
 * Usage (by bench/main.ts): node <out>/ui-latency.mjs '{"keys":300}' → one JSON line.
 */
import {EventEmitter} from 'node:events';
import os from 'node:os';
import {Text as InkText, render, useInput} from 'ink';
import {useState} from 'react';
import {createTranslator} from '../src/i18n/index.js';
import {App} from '../src/ui/App.js';
import {UiProvider} from '../src/ui/context.js';
import {STEP_VIEWS} from '../src/ui/steps/index.js';
import {makeTheme} from '../src/ui/theme.js';
import {VirtualList} from '../src/ui/widgets/VirtualList.js';
import {WizardController} from '../src/wizard/controller.js';
import type {WizardEngine} from '../src/wizard/engine.js';
import {initialProgress} from '../src/wizard/reducer.js';
import {type Summary, summarise} from './lib/stats.js';

export interface UiLatencyResult {
	readonly items: number;
	readonly view: string;
	readonly list: Summary;
	readonly baseline: Summary;
	readonly framesPerKey: number;
}

const DOWN = '\u001B[B';
const UP = '\u001B[A';
/** Longer than Ink's render throttle (ceil(1000 / 30) ms), so no trailing render of the previous key is pending. */
const QUIET_MS = 45;

class FakeStdout extends EventEmitter {
	readonly isTTY = true;
	columns = 120;
	rows = 32;
	readonly writes: {at: number; text: string}[] = [];
	write(chunk: string | Uint8Array, ...rest: unknown[]): boolean {
		this.writes.push({at: performance.now(), text: typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()});
		const callback = rest.find(r => typeof r === 'function') as (() => void) | undefined;
		callback?.();
		return true;
	}
}

class FakeStdin extends EventEmitter {
	readonly isTTY = true;
	readonly #queue: string[] = [];
	setEncoding(): this {
		return this;
	}
	setRawMode(): this {
		return this;
	}
	ref(): this {
		return this;
	}
	unref(): this {
		return this;
	}
	read(): string | null {
		return this.#queue.shift() ?? null;
	}
	send(data: string): void {
		this.#queue.push(data);
		this.emit('readable');
	}
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

async function waitFor(stdout: FakeStdout, from: number, text: string, timeoutMs = 5000): Promise<number> {
	const deadline = performance.now() + timeoutMs;
	for (;;) {
		for (let i = from; i < stdout.writes.length; i++) if (stdout.writes[i]!.text.includes(text)) return i;
		if (performance.now() > deadline) {
			const last =
				stdout.writes
					.map(w => w.text)
					.filter(w => w.length > 20)
					.at(-1) ?? '';
			throw new Error(`no frame with ${JSON.stringify(text)} after ${timeoutMs} ms; last write:\n${last}`);
		}
		await new Promise(resolve => setImmediate(resolve));
	}
}

/** Sends each key, waits for the frame showing `expect(i)`, returns the latencies and how many writes each took. */
async function measure(
	stdin: FakeStdin,
	stdout: FakeStdout,
	keys: readonly string[],
	expect: (i: number) => string,
): Promise<{latencies: number[]; writes: number}> {
	const latencies: number[] = [];
	let writes = 0;
	for (let i = 0; i < keys.length; i++) {
		await sleep(QUIET_MS);
		const from = stdout.writes.length;
		const sent = performance.now();
		stdin.send(keys[i]!);
		const index = await waitFor(stdout, from, expect(i));
		latencies.push(stdout.writes[index]!.at - sent);
		writes += index - from + 1;
	}
	return {latencies, writes};
}

function keyPattern(n: number): string[] {
	// Down through the list (the window scrolls once the cursor passes the pane), then back up.
	return Array.from({length: n}, (_, i) => (i < Math.ceil(n / 2) ? DOWN : UP));
}

function Counter() {
	const [n, setN] = useState(0);
	useInput((_, key) => {
		if (key.downArrow) setN(v => v + 1);
		else if (key.upArrow) setN(v => v - 1);
	});
	return <InkText>position {n}</InkText>;
}

interface Finding {
	readonly upn: string;
	readonly protocol: string;
	readonly signIns: number;
	readonly lastSeen: string;
}

function findings(n: number): Finding[] {
	const protocols = ['IMAP4', 'POP3', 'Authenticated SMTP', 'Exchange ActiveSync', 'Other clients'];
	return Array.from({length: n}, (_, i) => ({
		upn: `user${String(i).padStart(5, '0')}@fabrikam.example`,
		protocol: protocols[i % protocols.length]!,
		signIns: (i * 7919) % 500,
		lastSeen: `2026-11-${String(1 + (i % 25)).padStart(2, '0')}`,
	}));
}

const PROTOCOLS = ['Authenticated SMTP', 'Exchange ActiveSync', 'IMAP4', 'POP3', 'Other clients'] as const;

/**
 * The legacy-auth step's findings (src/steps/legacy-auth: `LegacyFindings`) with `n` items, users on a legacy
 * protocol. Written against that type as the step's branch defines it; untyped here because the step may not be in
 * the tree yet (the view is looked up in STEP_VIEWS at run time).
 */
function legacyFindings(n: number) {
	const per = Math.ceil(n / PROTOCOLS.length);
	const items = Array.from({length: n}, (_, i) => {
		const protocol = PROTOCOLS[Math.floor(i / per)]!;
		const upn = `user${String(i).padStart(5, '0')}@fabrikam.example`;
		const signIns = 1 + ((i * 7919) % 500);
		return {
			key: `${protocol}|${upn}||`,
			protocol,
			userId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
			userPrincipalName: upn,
			displayName: `User ${i}`,
			app: protocol === 'Exchange ActiveSync' ? 'Exchange ActiveSync' : null,
			device: i % 3 === 0 ? 'RICOH MP C3004' : null,
			operatingSystem: null,
			signIns,
			successfulSignIns: i % 7 === 0 ? 0 : signIns,
			failedOnly: i % 7 === 0,
			lastSeen: '2026-11-20T08:00:00Z',
			lastSuccess: i % 7 === 0 ? null : '2026-11-20T08:00:00Z',
			kind: i % 3 === 0 ? 'device' : 'person',
			kindHints: [],
			suggested: 'migrate',
			perUserMfa: null,
		};
	});
	return {
		source: 'signInLogs',
		window: {days: 30, from: '2026-10-27T10:00:00Z', to: '2026-11-26T10:00:00Z'},
		coverage: {status: 'complete'},
		items,
		protocols: PROTOCOLS.map(protocol => {
			const mine = items.filter(i => i.protocol === protocol);
			return {
				protocol,
				signIns: mine.reduce((sum, i) => sum + i.signIns, 0),
				successfulSignIns: mine.reduce((sum, i) => sum + i.successfulSignIns, 0),
				users: mine.length,
				items: mine.length,
			};
		}),
		failedOnlyAttempts: 0,
		usageRows: [],
		concealedNames: false,
		legacyBlocked: 'none',
		smtpAuth: null,
	};
}

async function main(): Promise<void> {
	const {keys: keyCount = 300, items: itemCount = 10_000} = JSON.parse(process.argv[2] ?? '{}') as {
		keys?: number;
		items?: number;
	};
	const t = createTranslator('en');
	const theme = makeTheme(false);
	const keys = keyPattern(keyCount);
	// The product's render options (src/ui/main.tsx).
	const renderOptions = (stdout: FakeStdout, stdin: FakeStdin) =>
		({
			stdout: stdout as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			stderr: new FakeStdout() as unknown as NodeJS.WriteStream,
			exitOnCtrlC: true,
			patchConsole: false,
		}) as const;

	// Baseline: the floor of Ink's path on this machine.
	const baseOut = new FakeStdout();
	const baseIn = new FakeStdin();
	const base = render(<Counter />, renderOptions(baseOut, baseIn));
	await waitFor(baseOut, 0, 'position 0');
	let position = 0;
	const baseline = await measure(baseIn, baseOut, keys, i => {
		position += keys[i] === DOWN ? 1 : -1;
		return `position ${position}`;
	});
	base.unmount();

	// The real legacy-auth step view when it is in the tree (STEP_VIEWS), else the shell's VirtualList.
	const LegacyView = STEP_VIEWS['legacy-auth'];
	const view = LegacyView ? 'legacy-auth step view, decide tab, in the App shell' : 'VirtualList in the App shell';
	const measured = LegacyView ? await measureLegacyView(LegacyView) : await measureShellList();
	async function measureLegacyView(LegacyView: NonNullable<(typeof STEP_VIEWS)['legacy-auth']>) {
		// The legacy-auth step's view in the real shell, on its "decide" tab: the list of every user on a legacy protocol.
		const findings = legacyFindings(itemCount);
		const listLength = findings.items.length + findings.protocols.length;
		const engine = {
			context: () => ({workDir: os.tmpdir(), now: () => '2026-11-26T10:00:00Z'}),
		} as unknown as WizardEngine;
		const controller = new WizardController(initialProgress(), {saveProgress: () => {}}, {dryRun: false});
		const stdout = new FakeStdout();
		const stdin = new FakeStdin();
		const app = render(
			<UiProvider value={{t, theme}}>
				<App
					controller={controller}
					header={{tenantName: 'Fabrikam Holdings', tenantDomain: 'fabrikam.example', isDemo: true}}
					isDryRun={false}
					onFresh={() => {}}
					now={() => '2026-11-26T10:00:00Z'}
					renderStep={(step, context) => (
						<LegacyView
							engine={engine}
							step={step}
							findings={findings}
							answers={{}}
							isFocused={context.isFocused}
							width={context.width}
							height={context.height}
							onAnswer={() => {}}
							onFinish={() => {}}
						/>
					)}
				/>
			</UiProvider>,
			renderOptions(stdout, stdin),
		);
		const positionText = (i: number) => t('shell.listPosition', {n: t.number(i + 1), total: t.number(listLength)});
		await waitFor(stdout, 0, 'Step 1 of');
		await sleep(QUIET_MS);
		let mark = stdout.writes.length;
		stdin.send('\r'); // open the step: its view takes the keys
		await waitFor(stdout, mark, t('shell.keyBack'));
		await sleep(QUIET_MS);
		mark = stdout.writes.length;
		stdin.send('\t'); // the "decide" tab: the list
		await waitFor(stdout, mark, positionText(0));
		let cursor = 0;
		const list = await measure(stdin, stdout, keys, i => {
			cursor += keys[i] === DOWN ? 1 : -1;
			return positionText(cursor);
		});
		app.unmount();
		return list;
	}
	async function measureShellList() {
		// The list in the real shell.
		const rows = findings(itemCount);
		const controller = new WizardController(initialProgress(), {saveProgress: () => {}}, {dryRun: false});
		const stdout = new FakeStdout();
		const stdin = new FakeStdin();
		const app = render(
			<UiProvider value={{t, theme}}>
				<App
					controller={controller}
					header={{tenantName: 'Fabrikam Holdings', tenantDomain: 'fabrikam.example', isDemo: true}}
					isDryRun={false}
					onFresh={() => {}}
					now={() => '2026-11-26T10:00:00Z'}
					renderStep={(_step, context) => (
						<VirtualList
							items={rows}
							height={context.height - 1}
							isFocused={context.isFocused}
							renderItem={(f, selected) => (
								<InkText inverse={selected} wrap="truncate">
									{`${f.upn.padEnd(32)} ${f.protocol.padEnd(20)} ${String(f.signIns).padStart(4)}  ${f.lastSeen}`}
								</InkText>
							)}
						/>
					)}
				/>
			</UiProvider>,
			renderOptions(stdout, stdin),
		);
		const positionText = (i: number) => t('shell.listPosition', {n: t.number(i + 1), total: t.number(itemCount)});
		await waitFor(stdout, 0, 'Step 1 of');
		await sleep(QUIET_MS);
		const opened = stdout.writes.length;
		stdin.send('\r'); // open the first step: the pane (the list) takes the keys
		await waitFor(stdout, opened, t('shell.keyBack'));
		let cursor = 0;
		const list = await measure(stdin, stdout, keys, i => {
			cursor += keys[i] === DOWN ? 1 : -1;
			return positionText(cursor);
		});
		app.unmount();
		return list;
	}

	const result: UiLatencyResult = {
		items: itemCount,
		view,
		list: summarise(measured.latencies),
		baseline: summarise(baseline.latencies),
		framesPerKey: measured.writes / keys.length,
	};
	process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
	process.exitCode = 1;
});
