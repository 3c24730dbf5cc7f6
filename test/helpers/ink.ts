import {expect, vi} from 'vitest';

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	enter: '\r',
	escape: '\u001B',
	ctrlC: '\u0003',
} as const;

interface Rendered {
	readonly frames: string[];
	readonly stdin: {write(data: string): void};
}

/**
 * Drives an ink-testing-library instance by content, never by time (STACK.md "Driving the wizard in tests"):
 * wait for a frame to show something, then let effects settle before the next key.
 */
export function driver(r: Rendered) {
	const screen = () => r.frames.findLast(f => f.trim() !== '') ?? '';
	const settle = async () => {
		for (let i = 0; i < 3; i++) await new Promise(resolve => setImmediate(resolve));
	};
	return {
		screen,
		async waitFor(expected: string | RegExp, timeout = 5000) {
			await vi.waitFor(() => expect(screen()).toMatch(expected), {timeout, interval: 2});
			await settle();
		},
		/** Waits for text that may wrap: whitespace (including line breaks) in the screen is collapsed first. */
		async waitForText(text: string, timeout = 5000) {
			const flat = () =>
				screen()
					.replace(/[│╭╮╰╯─]/g, ' ')
					.replace(/\s+/g, ' ');
			await vi.waitFor(() => expect(flat()).toContain(text), {timeout, interval: 2});
			await settle();
		},
		async waitForNot(unexpected: string | RegExp, timeout = 5000) {
			await vi.waitFor(() => expect(screen()).not.toMatch(unexpected), {timeout, interval: 2});
			await settle();
		},
		async press(data: string) {
			r.stdin.write(data);
			await settle();
		},
		/** Text then Enter as separate writes: both TextInputs insert a `\r` sent in the same chunk (STACK.md pitfall 5). */
		async type(text: string) {
			r.stdin.write(text);
			await settle();
			await vi.waitFor(() => expect(screen()).toContain(text), {timeout: 5000, interval: 2});
		},
	};
}
