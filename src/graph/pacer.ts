/**
 * A client-side pacer: keeps each throttled endpoint family under its published limit so the tool does not provoke
 * 429s in the first place (GRAPH.md §11). Time comes from an injected clock and sleep, so tests run on virtual time.
 *
 * A slot is held from the moment a request is sent until `perMs` after its response arrived. Counting from the
 * response (not the send) keeps the limit even as Graph sees it: the next request cannot reach Graph within `perMs`
 * of the previous one's arrival, whatever the latency.
 */
import type {Family, PaceLimit} from './families.js';

export interface PacerClock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

interface Lane {
	readonly limit: PaceLimit;
	/** When each finished request's slot frees up (ms); in-flight requests are counted in `inFlight`. */
	readonly frees: number[];
	inFlight: number;
	/** Serialises `take` so two waiters cannot both claim the last slot. */
	queue: Promise<void>;
	/** Resolved when an in-flight request finishes (wakes a waiter when every slot is in flight). */
	wake?: () => void;
}

export class Pacer {
	readonly #lanes = new Map<Family, Lane>();
	readonly #clock: PacerClock;
	#waitedMs = 0;

	constructor(limits: Readonly<Partial<Record<Family, PaceLimit>>>, clock: PacerClock) {
		this.#clock = clock;
		for (const [family, limit] of Object.entries(limits) as [Family, PaceLimit][]) {
			this.#lanes.set(family, {limit, frees: [], inFlight: 0, queue: Promise.resolve()});
		}
	}

	/** The family's limit, if it is paced. */
	limit(family: Family): PaceLimit | undefined {
		return this.#lanes.get(family)?.limit;
	}

	/** Total time spent waiting for a slot (for benchmarks). */
	get waitedMs(): number {
		return this.#waitedMs;
	}

	/** Waits for a slot in the family's window; call the returned function when the response has arrived. */
	async take(family: Family): Promise<() => void> {
		const lane = this.#lanes.get(family);
		if (!lane) return () => {};
		const turn = lane.queue.then(() => this.#acquire(lane));
		lane.queue = turn.catch(() => {});
		await turn;
		let released = false;
		return () => {
			if (released) return;
			released = true;
			lane.inFlight--;
			lane.frees.push(this.#clock.now() + lane.limit.perMs);
			const wake = lane.wake;
			lane.wake = undefined;
			wake?.();
		};
	}

	async #acquire(lane: Lane): Promise<void> {
		for (;;) {
			const now = this.#clock.now();
			for (let i = lane.frees.length - 1; i >= 0; i--) if (lane.frees[i]! <= now) lane.frees.splice(i, 1);
			if (lane.frees.length + lane.inFlight < lane.limit.requests) {
				lane.inFlight++;
				return;
			}
			if (lane.frees.length === 0) {
				// Every slot is in flight: wait for one to finish, then for its window.
				await new Promise<void>(resolve => {
					lane.wake = resolve;
				});
				continue;
			}
			const wait = Math.max(1, Math.min(...lane.frees) - now);
			this.#waitedMs += wait;
			await this.#clock.sleep(wait);
		}
	}
}
