/**
 * A discrete-event clock for running a Graph client against the simulator on virtual time.
 *
 * Every wait of the client (the pacer, retry backoff, the modelled network latency) is a `sleep` on this clock; every
 * real operation whose completion the client waits for (an HTTP exchange with the simulator) runs inside `track`.
 * Virtual time stands still while anything real is in flight and jumps to the earliest pending wake-up as soon as the
 * process is idle (nothing tracked in flight, checked on two consecutive event-loop turns so that work queued by a
 * just-finished macrotask shows up first). Concurrent sleepers therefore overlap as they would on a real clock, and a
 * run that waits 40 virtual minutes for Graph's throttling windows takes seconds.
 *
 * `onAdvance(now)` runs before the sleepers wake, with the whole client blocked: the benchmark uses it to move the
 * simulator's clock (in another process) so its throttling windows see the same time as the client's pacer.
 */
export interface VirtualClockOptions {
	/** Epoch ms the clock starts at. */
	readonly start: number;
	/** Called with the new time before any sleeper wakes; time does not move until it resolves. */
	readonly onAdvance?: (now: number) => Promise<void>;
}

interface Timer {
	readonly at: number;
	readonly resolve: () => void;
	readonly reject: (error: unknown) => void;
}

export class VirtualClock {
	#now: number;
	readonly #onAdvance?: (now: number) => Promise<void>;
	readonly #timers: Timer[] = [];
	#busy = 0;
	#scheduled = false;
	#advancing = false;
	#idleTurns = 0;
	#advances = 0;
	#failure: unknown;

	constructor(options: VirtualClockOptions) {
		this.#now = options.start;
		this.#onAdvance = options.onAdvance;
	}

	now(): number {
		return this.#now;
	}

	/** How many times virtual time moved (each one a round trip to the simulator's clock, when synchronised). */
	get advances(): number {
		return this.#advances;
	}

	/** Real operations in flight. */
	get busy(): number {
		return this.#busy;
	}

	sleep(ms: number): Promise<void> {
		if (this.#failure !== undefined) return Promise.reject(this.#failure);
		if (!(ms > 0)) return Promise.resolve();
		return new Promise<void>((resolve, reject) => {
			const timer: Timer = {at: this.#now + ms, resolve, reject};
			// Sorted by wake-up time, then by arrival: sleepers due together wake in the order they slept.
			let i = this.#timers.length;
			while (i > 0 && this.#timers[i - 1]!.at > timer.at) i--;
			this.#timers.splice(i, 0, timer);
			this.#schedule();
		});
	}

	/** Runs real work (I/O) during which virtual time must not move. */
	async track<T>(work: () => Promise<T>): Promise<T> {
		this.#busy++;
		try {
			return await work();
		} finally {
			this.#busy--;
			this.#schedule();
		}
	}

	#schedule(): void {
		if (this.#scheduled) return;
		this.#scheduled = true;
		setImmediate(() => this.#check());
	}

	#check(): void {
		this.#scheduled = false;
		if (this.#busy > 0 || this.#advancing || this.#timers.length === 0) {
			this.#idleTurns = 0;
			return;
		}
		if (++this.#idleTurns < 2) {
			this.#schedule();
			return;
		}
		this.#idleTurns = 0;
		const next = Math.max(this.#now, this.#timers[0]!.at);
		this.#advancing = true;
		const moved = next > this.#now && this.#onAdvance ? this.#onAdvance(next) : Promise.resolve();
		moved.then(
			() => {
				if (next > this.#now) this.#advances++;
				this.#now = next;
				this.#advancing = false;
				while (this.#timers.length > 0 && this.#timers[0]!.at <= this.#now) this.#timers.shift()!.resolve();
				this.#schedule();
			},
			(error: unknown) => {
				// The simulator could not follow: fail every sleeper rather than let the two clocks drift apart.
				this.#advancing = false;
				this.#failure = error;
				for (const timer of this.#timers.splice(0)) timer.reject(error);
			},
		);
	}
}
