import {type Key, useInput} from 'ink';
import {useCallback, useRef} from 'react';

export type KeyHandler = (input: string, key: Key) => void;

/**
 * `useInput` that always runs the handler of the latest render. Ink writes a frame when React commits, but swaps
 * `useInput` handlers only in a passive effect a moment later: a key pressed right after the new frame appears would
 * reach the previous render's handler and act on stale state (a second → computes from the old tab and seems lost).
 * The handler is read from a ref set during render, and the subscription itself never changes.
 */
export function useKeys(handler: KeyHandler, options: {readonly isActive?: boolean} = {}): void {
	const latest = useRef(handler);
	latest.current = handler;
	const stable = useCallback<KeyHandler>((input, key) => latest.current(input, key), []);
	useInput(stable, {isActive: options.isActive ?? true});
}
