/**
 * Deterministic randomness for the simulator: every generated tenant, sign-in and injected fault is a pure function of a
 * seed, so a test or a benchmark can be replayed exactly. Not for anything secret (tokens use node:crypto).
 */

/** A 32-bit string hash (cyrb53's mixing, reduced to 32 bits) used to derive sub-seeds and stable ids. */
export function hash32(text: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (h1 ^ h2) >>> 0;
}

/** A small, fast PRNG (sfc32). `next()` is uniform in [0, 1). */
export class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: number | string) {
		const s = typeof seed === 'string' ? seed : `n:${seed}`;
		this.a = hash32(s, 1);
		this.b = hash32(s, 2);
		this.c = hash32(s, 3);
		this.d = hash32(s, 4) | 1;
		for (let i = 0; i < 12; i++) this.u32();
	}

	u32(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return t >>> 0;
	}

	next(): number {
		return this.u32() / 4294967296;
	}

	/** An integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** An integer in [min, max]. */
	between(min: number, max: number): number {
		return min + this.int(max - min + 1);
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('Rng.pick: empty list');
		return items[this.int(items.length)]!;
	}

	/** Picks by weight; `weights` need not sum to 1. */
	weighted<T>(items: readonly T[], weights: readonly number[]): T {
		let total = 0;
		for (const w of weights) total += w;
		let r = this.next() * total;
		for (let i = 0; i < items.length; i++) {
			r -= weights[i] ?? 0;
			if (r < 0) return items[i]!;
		}
		return items[items.length - 1]!;
	}

	/** A Poisson-distributed count (Knuth for small means, normal approximation above 30). */
	poisson(mean: number): number {
		if (mean <= 0) return 0;
		if (mean > 30) {
			const u = Math.max(this.next(), 1e-12);
			const v = this.next();
			const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
			return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
		}
		const limit = Math.exp(-mean);
		let k = 0;
		let p = 1;
		do {
			k++;
			p *= this.next();
		} while (p > limit);
		return k - 1;
	}
}

const HEX = '0123456789abcdef';

/** A stable GUID derived from a key: the same key always gives the same id (version-4 layout). */
export function stableGuid(key: string): string {
	const parts = [hash32(key, 11), hash32(key, 23), hash32(key, 37), hash32(key, 41)];
	let hex = '';
	for (const p of parts) {
		for (let shift = 28; shift >= 0; shift -= 4) hex += HEX[(p >>> shift) & 15];
	}
	const variant = HEX[8 + (parseInt(hex[16]!, 16) & 3)];
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
