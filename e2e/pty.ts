import {createRequire} from 'node:module';
import type {IPty} from 'node-pty';
import {expect, vi} from 'vitest';
import {BIN, childEnv} from '../test/helpers/cli.js';

const require = createRequire(import.meta.url);
const pty = require('node-pty') as typeof import('node-pty');
const {Terminal} = require('@xterm/headless') as typeof import('@xterm/headless');

export interface PtyRun {
	readonly process: IPty;
	/** The terminal screen as text, one line per row, right-trimmed. */
	screen(): string;
	/** All output bytes so far (for text printed after the app exits). */
	output(): string;
	waitFor(text: string | RegExp, timeout?: number): Promise<void>;
	write(data: string): Promise<void>;
	exited: Promise<number>;
}

/** The built CLI in a real pseudo-terminal, rendered by a headless xterm so tests read the screen a person would see. */
export function spawnCli(
	args: readonly string[],
	env: Record<string, string | undefined>,
	size: {cols: number; rows: number} = {cols: 100, rows: 30},
	bin: string = BIN,
): PtyRun {
	const term = new Terminal({cols: size.cols, rows: size.rows, allowProposedApi: true});
	const child = pty.spawn(process.execPath, [bin, ...args], {
		name: 'xterm-256color',
		cols: size.cols,
		rows: size.rows,
		env: childEnv(env) as Record<string, string>,
	});
	let output = '';
	child.onData(data => {
		output += data;
		term.write(data);
	});
	const exited = new Promise<number>(resolve => child.onExit(({exitCode}) => resolve(exitCode)));
	const screen = () => {
		const lines: string[] = [];
		const buffer = term.buffer.active;
		for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
		return lines.join('\n');
	};
	const flush = () => new Promise<void>(resolve => term.write('', resolve));
	return {
		process: child,
		screen,
		output: () => output,
		async waitFor(text, timeout = 30_000) {
			await vi.waitFor(
				async () => {
					await flush();
					expect(screen()).toMatch(text);
				},
				{timeout, interval: 20},
			);
		},
		async write(data) {
			child.write(data);
			await flush();
		},
		exited,
	};
}
