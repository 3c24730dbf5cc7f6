import {describe, expect, it} from 'vitest';
import {VirtualClock} from '../../bench/lib/virtual-clock.js';

const realTick = () => new Promise(resolve => setTimeout(resolve, 5));

describe('the benchmark virtual clock', () => {
	it('jumps to each sleeper’s wake-up time without waiting for it, overlapping concurrent sleeps', async () => {
		const clock = new VirtualClock({start: 1_000});
		const woke: [string, number][] = [];
		const sleeper = async (name: string, ms: number) => {
			await clock.sleep(ms);
			woke.push([name, clock.now()]);
		};
		const started = performance.now();
		await Promise.all([sleeper('a', 10_000), sleeper('b', 3_000), sleeper('c', 10_000)]);
		expect(woke).toEqual([
			['b', 4_000],
			['a', 11_000],
			['c', 11_000],
		]);
		expect(clock.now()).toBe(11_000);
		expect(clock.advances).toBe(2);
		expect(performance.now() - started).toBeLessThan(1_000);
	});

	it('stands still while tracked real work is in flight, then moves on', async () => {
		const clock = new VirtualClock({start: 0});
		let release!: () => void;
		const work = clock.track(() => new Promise<string>(resolve => (release = () => resolve('done'))));
		let woke = false;
		const sleeping = clock.sleep(500).then(() => {
			woke = true;
		});
		for (let i = 0; i < 5; i++) await realTick();
		expect(woke).toBe(false);
		expect(clock.now()).toBe(0);
		release();
		expect(await work).toBe('done');
		await sleeping;
		expect(clock.now()).toBe(500);
	});

	it('lets the other side follow before anyone wakes, and fails sleepers when it cannot', async () => {
		const seen: number[] = [];
		let nowWhenAdvanced = -1;
		const clock = new VirtualClock({
			start: 0,
			onAdvance: async now => {
				nowWhenAdvanced = clock.now();
				seen.push(now);
			},
		});
		await clock.sleep(250);
		await clock.sleep(250);
		expect(seen).toEqual([250, 500]);
		expect(nowWhenAdvanced).toBe(250);

		const broken = new VirtualClock({start: 0, onAdvance: async () => Promise.reject(new Error('simulator gone'))});
		await expect(broken.sleep(10)).rejects.toThrow('simulator gone');
		await expect(broken.sleep(10)).rejects.toThrow('simulator gone');
	});

	it('does not wait for zero or negative sleeps', async () => {
		const clock = new VirtualClock({start: 42});
		await clock.sleep(0);
		await clock.sleep(-5);
		expect(clock.now()).toBe(42);
		expect(clock.advances).toBe(0);
	});
});
