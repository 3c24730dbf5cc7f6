/**
 * Seeded fault injection: each Graph request (top-level, in arrival order) draws from a PRNG seeded by the simulator's
 * seed, so the same seed and the same request sequence give the same faults. Kinds: 429 (with Retry-After), 503,
 * connection reset (the socket is destroyed without a response) and added latency. Inner $batch requests can get 429
 * or 503 (a reset or latency applies to the whole batch).
 */
import {Rng} from './rng.js';

export type FaultKind = '429' | '503' | 'reset' | 'latency';
export const FAULT_KINDS: readonly FaultKind[] = ['429', '503', 'reset', 'latency'];

export interface FaultOptions {
	/** Share of requests that get a fault, 0..1. */
	readonly rate: number;
	readonly kinds?: readonly FaultKind[];
	/** Latency added by a `latency` fault, ms (default 200–1200). */
	readonly latencyMs?: {readonly min: number; readonly max: number};
}

export interface Fault {
	readonly kind: FaultKind;
	readonly retryAfterSeconds?: number;
	readonly latencyMs?: number;
}

export class FaultInjector {
	private rng: Rng;
	private options: FaultOptions;

	constructor(
		private readonly seed: number,
		options: FaultOptions,
	) {
		this.options = options;
		this.rng = new Rng(`faults:${seed}`);
	}

	configure(options: FaultOptions): void {
		this.options = options;
		this.rng = new Rng(`faults:${this.seed}`);
	}

	get rate(): number {
		return this.options.rate;
	}

	/** Draws for one request; `inner` requests (inside $batch) only get 429/503. */
	draw(inner: boolean): Fault | undefined {
		if (this.options.rate <= 0) return undefined;
		const roll = this.rng.next();
		const pickRoll = this.rng.next();
		const extraRoll = this.rng.next();
		if (roll >= this.options.rate) return undefined;
		const allowed = (this.options.kinds ?? FAULT_KINDS).filter(k => !inner || k === '429' || k === '503');
		if (allowed.length === 0) return undefined;
		const kind = allowed[Math.floor(pickRoll * allowed.length)]!;
		if (kind === '429') return {kind, retryAfterSeconds: 1 + Math.floor(extraRoll * 3)};
		if (kind === '503') return {kind, retryAfterSeconds: 1 + Math.floor(extraRoll * 2)};
		if (kind === 'latency') {
			const {min, max} = this.options.latencyMs ?? {min: 200, max: 1200};
			return {kind, latencyMs: Math.round(min + extraRoll * (max - min))};
		}
		return {kind};
	}
}
