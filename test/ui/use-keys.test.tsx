import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {useState} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {useKeys} from '../../src/ui/use-keys.js';
import {driver} from '../helpers/ink.js';

let instance: ReturnType<typeof render> | undefined;
afterEach(() => {
	instance?.unmount();
	instance = undefined;
});

/** Counts → presses the way a view moves its tab: from the value it rendered with, not with an updater. */
function Counter({isActive = true}: {readonly isActive?: boolean}) {
	const [count, setCount] = useState(0);
	useKeys(
		(_input, key) => {
			if (key.rightArrow) setCount(count + 1);
		},
		{isActive},
	);
	return <Text>{`count ${count}`}</Text>;
}

describe('useKeys', () => {
	it('handles keys that arrive in one read one at a time, each on the state the previous one left', async () => {
		instance = render(<Counter />);
		const d = driver(instance);
		await d.waitFor('count 0');
		// Three arrow keys in one chunk, as a held key over SSH or a paste delivers them.
		instance.stdin.write('\u001B[C\u001B[C\u001B[C');
		await d.waitFor('count 3');
		instance.stdin.write('\u001B[C');
		await d.waitFor('count 4');
	});

	it('ignores keys while inactive', async () => {
		instance = render(<Counter isActive={false} />);
		const d = driver(instance);
		await d.waitFor('count 0');
		instance.stdin.write('\u001B[C\u001B[C');
		await new Promise(resolve => setTimeout(resolve, 20));
		expect(instance.lastFrame()).toBe('count 0');
	});
});
