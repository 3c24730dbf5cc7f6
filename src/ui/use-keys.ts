import {type Key, useInput} from 'ink';
import {useCallback, useRef} from 'react';

export type KeyHandler = (input: string, key: Key) => void;

/**
 * `useInput` that always runs the handler of the latest render, and only while the latest render wants keys. Ink
 * writes a frame when React commits, but swaps `useInput` handlers — and attaches or detaches them when `isActive`
 * changes — only in a passive effect a moment later: a key pressed right after the new frame appears would reach the
 * previous render's handler (acting on stale state), or no handler at all (a `q` just after a prompt closed was lost).
 * So the subscription never changes: the handler and the active flag are read from refs set during render.
 */
export function useKeys(handler: KeyHandler, options: {readonly isActive?: boolean} = {}): void {
	const latest = useRef(handler);
	latest.current = handler;
	const active = useRef(true);
	active.current = options.isActive ?? true;
	const stable = useCallback<KeyHandler>((input, key) => {
		if (active.current) latest.current(input, key);
	}, []);
	useInput(stable);
}
