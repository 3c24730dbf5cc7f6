import {type Key, useInput} from 'ink';
import {useCallback, useEffect, useRef} from 'react';

export type KeyHandler = (input: string, key: Key) => void;

/** How many turns of the event loop a queued key waits, at most, for the previous key's render. */
const MAX_TURNS_PER_KEY = 3;

/**
 * `useInput` that always runs the handler of the latest render, only while the latest render wants keys, and one key
 * per render.
 *
 * - Ink writes a frame when React commits, but swaps `useInput` handlers — and attaches or detaches them when
 *   `isActive` changes — in a passive effect a moment later: a key pressed right after the new frame appears would
 *   reach the previous render's handler (acting on stale state), or no handler at all (a `q` just after a prompt closed
 *   was lost). So the subscription never changes: the handler and the active flag are read from refs set in render.
 * - Keys that arrive together (a held arrow key over SSH, a paste: several escape sequences in one read) are parsed
 *   into separate events but handled in one batch, so three → would all compute from the same tab and move one. The
 *   first key is handled at once; each one after it in the same read waits until the previous key's update has
 *   rendered (or a few turns of the event loop, when it changed nothing here), so each sees the state the previous one
 *   left. Keys from separate reads are handled as they come.
 */
export function useKeys(handler: KeyHandler, options: {readonly isActive?: boolean} = {}): void {
	const latest = useRef(handler);
	latest.current = handler;
	const active = useRef(true);
	active.current = options.isActive ?? true;
	// Counts this component's renders, so a queued key can wait until the previous key's update has rendered.
	const renders = useRef(0);
	renders.current++;
	const pending = useRef<[string, Key][]>([]);
	const draining = useRef(false);
	const mounted = useRef(true);
	useEffect(
		() => () => {
			mounted.current = false;
			pending.current = [];
		},
		[],
	);
	const stable = useCallback<KeyHandler>((input, key) => {
		if (draining.current) {
			pending.current.push([input, key]);
			return;
		}
		draining.current = true;
		let seen = renders.current;
		let waited = 0;
		if (active.current) latest.current(input, key);
		// Keys of the same read arrive before this microtask; a key pressed later is handled at once, as this one was.
		queueMicrotask(() => {
			if (pending.current.length === 0) draining.current = false;
			else setTimeout(next, 0);
		});
		const next = () => {
			// A key that changes nothing here never re-renders this component: wait a few turns at most.
			if (renders.current === seen && waited < MAX_TURNS_PER_KEY) {
				waited++;
				setTimeout(next, 0);
				return;
			}
			const item = pending.current.shift();
			if (!item || !mounted.current) {
				draining.current = false;
				return;
			}
			seen = renders.current;
			waited = 0;
			if (active.current) latest.current(item[0], item[1]);
			setTimeout(next, 0);
		};
	}, []);
	useInput(stable);
}
