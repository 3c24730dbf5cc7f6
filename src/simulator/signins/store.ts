/**
 * Sign-ins, stored column by column in typed arrays (about 30 bytes a row), newest first, with dictionaries for the
 * repeated values and lazily built postings lists per indexed dimension (user, app, client app, event type). A million
 * rows take ~30 MB plus ~4 MB per index, and a filtered page never scans the whole log: the query planner starts from
 * the smallest postings list and the createdDateTime range (see query.ts).
 */

export const EVENT_TYPES = ['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const PROTOCOLS = ['none', 'oAuth2', 'ropc', 'wsFederation', 'saml20', 'deviceCode'] as const;
export type Protocol = (typeof PROTOCOLS)[number];
export const AUTH_REQUIREMENTS = ['singleFactorAuthentication', 'multiFactorAuthentication'] as const;
/** authenticationDetails[].authenticationMethod as the sign-in log spells them. */
export const AUTH_METHODS = [
	'Password',
	'Mobile app notification',
	'Text message',
	'FIDO2 security key',
	'OATH verification code',
	'Windows Hello for Business',
	'Previously satisfied',
] as const;
export type AuthMethodUsed = (typeof AUTH_METHODS)[number];
export const RISK_LEVELS = ['none', 'low', 'medium', 'high'] as const;

export interface SignInPrincipal {
	readonly id: string;
	readonly userPrincipalName: string;
	readonly displayName: string;
	readonly userType: 'Member' | 'Guest';
}
export interface AppInfo {
	readonly appId: string;
	readonly displayName: string;
}
export interface ResourceInfo {
	readonly id: string;
	readonly displayName: string;
}
export interface DeviceInfo {
	readonly deviceId: string;
	readonly displayName: string;
	readonly operatingSystem: string;
	readonly browser: string;
	readonly isCompliant: boolean;
	readonly isManaged: boolean;
	readonly trustType: string;
	readonly userAgent: string;
}
export interface LocationInfo {
	readonly city: string;
	readonly state: string;
	readonly countryOrRegion: string;
	readonly latitude: number;
	readonly longitude: number;
}
export interface StatusInfo {
	readonly errorCode: number;
	readonly failureReason: string | null;
	readonly additionalDetails: string | null;
}

/** Interns values so each row stores a small index. */
export class Dict<T> {
	readonly values: T[] = [];
	private readonly index = new Map<string, number>();

	constructor(private readonly keyOf: (value: T) => string) {}

	add(value: T): number {
		const key = this.keyOf(value);
		const found = this.index.get(key);
		if (found !== undefined) return found;
		this.values.push(value);
		this.index.set(key, this.values.length - 1);
		return this.values.length - 1;
	}

	find(key: string): number | undefined {
		return this.index.get(key);
	}

	get size(): number {
		return this.values.length;
	}
}

export interface SignInDicts {
	readonly users: Dict<SignInPrincipal>;
	readonly apps: Dict<AppInfo>;
	readonly resources: Dict<ResourceInfo>;
	readonly clientApps: Dict<string>;
	readonly devices: Dict<DeviceInfo>;
	readonly locations: Dict<LocationInfo>;
	readonly statuses: Dict<StatusInfo>;
}

export function createDicts(): SignInDicts {
	return {
		users: new Dict(u => u.id),
		apps: new Dict(a => a.appId),
		resources: new Dict(r => r.id),
		clientApps: new Dict(c => c.toLowerCase()),
		devices: new Dict(d => `${d.deviceId}|${d.displayName}|${d.operatingSystem}|${d.browser}|${d.userAgent}`),
		locations: new Dict(l => `${l.city}|${l.countryOrRegion}`),
		statuses: new Dict(s => `${s.errorCode}|${s.failureReason ?? ''}`),
	};
}

export interface SignInRow {
	/** Epoch seconds. */
	readonly time: number;
	readonly user: number;
	readonly app: number;
	readonly resource: number;
	readonly clientApp: number;
	readonly eventType: number;
	readonly protocol: number;
	readonly authRequirement: number;
	readonly status: number;
	readonly device: number;
	readonly location: number;
	readonly ip: number;
	readonly method: number;
	readonly risk: number;
}

const COLUMNS = [
	['time', Uint32Array],
	['user', Uint32Array],
	['app', Uint16Array],
	['resource', Uint16Array],
	['clientApp', Uint8Array],
	['eventType', Uint8Array],
	['protocol', Uint8Array],
	['authRequirement', Uint8Array],
	['status', Uint16Array],
	['device', Uint16Array],
	['location', Uint16Array],
	['ip', Uint32Array],
	['method', Uint8Array],
	['risk', Uint8Array],
] as const;

type ColumnName = (typeof COLUMNS)[number][0];
type Column = Uint32Array | Uint16Array | Uint8Array;
export type Columns = Record<ColumnName, Column>;

function allocate(capacity: number): Columns {
	const cols = {} as Record<ColumnName, Column>;
	for (const [name, Ctor] of COLUMNS) cols[name] = new Ctor(capacity);
	return cols;
}

/** Collects rows in any order; `build()` sorts them newest first. */
export class SignInBuilder {
	private cols: Columns;
	private length = 0;
	readonly dicts: SignInDicts = createDicts();

	constructor(capacity = 1024) {
		this.cols = allocate(Math.max(16, capacity));
	}

	get count(): number {
		return this.length;
	}

	push(row: SignInRow): void {
		if (this.length === this.cols.time.length) {
			const bigger = allocate(this.length * 2);
			for (const [name] of COLUMNS) bigger[name].set(this.cols[name]);
			this.cols = bigger;
		}
		const i = this.length++;
		const c = this.cols;
		c.time[i] = row.time;
		c.user[i] = row.user;
		c.app[i] = row.app;
		c.resource[i] = row.resource;
		c.clientApp[i] = row.clientApp;
		c.eventType[i] = row.eventType;
		c.protocol[i] = row.protocol;
		c.authRequirement[i] = row.authRequirement;
		c.status[i] = row.status;
		c.device[i] = row.device;
		c.location[i] = row.location;
		c.ip[i] = row.ip;
		c.method[i] = row.method;
		c.risk[i] = row.risk;
	}

	/** Sorts newest first (stable on insertion order) with a counting sort over seconds. */
	build(seed: number): SignInStore {
		const n = this.length;
		const times = this.cols.time;
		let min = Number.POSITIVE_INFINITY;
		let max = 0;
		for (let i = 0; i < n; i++) {
			const t = times[i]!;
			if (t < min) min = t;
			if (t > max) max = t;
		}
		const order = new Uint32Array(n);
		if (n > 0) {
			const range = max - min + 1;
			if (range <= 64 * 1024 * 1024) {
				const counts = new Uint32Array(range + 1);
				for (let i = 0; i < n; i++) counts[max - times[i]! + 1]!++;
				for (let k = 1; k <= range; k++) counts[k]! += counts[k - 1]!;
				for (let i = 0; i < n; i++) order[counts[max - times[i]!]!++] = i;
			} else {
				const idx = Array.from({length: n}, (_, i) => i).sort((a, b) => times[b]! - times[a]! || a - b);
				order.set(idx);
			}
		}
		const sorted = allocate(Math.max(1, n));
		for (const [name] of COLUMNS) {
			const from = this.cols[name];
			const to = sorted[name];
			for (let i = 0; i < n; i++) to[i] = from[order[i]!]!;
		}
		return new SignInStore(sorted, n, this.dicts, seed);
	}
}

export type IndexedDimension = 'user' | 'app' | 'clientApp' | 'eventType';

interface Postings {
	readonly offsets: Uint32Array;
	readonly rows: Uint32Array;
}

export class SignInStore {
	private readonly postingsCache = new Map<IndexedDimension, Postings>();
	private lastCache?: Map<string, {interactive: number; nonInteractive: number; successful: number}>;

	constructor(
		readonly cols: Columns,
		readonly count: number,
		readonly dicts: SignInDicts,
		readonly seed: number,
	) {}

	static empty(): SignInStore {
		return new SignInBuilder(16).build(0);
	}

	/** Epoch ms of a row. */
	timeMs(row: number): number {
		return this.cols.time[row]! * 1000;
	}

	/** Rows whose time lies in [fromMs, toMs] (inclusive bounds), as a half-open row range (rows are newest first). */
	timeRange(fromMs: number, toMs: number): [number, number] {
		const time = this.cols.time;
		// First row with time <= toMs.
		let lo = 0;
		let hi = this.count;
		const toS = toMs / 1000;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (time[mid]! > toS) lo = mid + 1;
			else hi = mid;
		}
		const start = lo;
		// First row with time < fromMs.
		hi = this.count;
		const fromS = fromMs / 1000;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (time[mid]! >= fromS) lo = mid + 1;
			else hi = mid;
		}
		return [start, lo];
	}

	private buildPostings(dim: IndexedDimension): Postings {
		const cached = this.postingsCache.get(dim);
		if (cached) return cached;
		const column = this.cols[dim];
		const size =
			dim === 'user'
				? this.dicts.users.size
				: dim === 'app'
					? this.dicts.apps.size
					: dim === 'clientApp'
						? this.dicts.clientApps.size
						: EVENT_TYPES.length;
		const offsets = new Uint32Array(size + 1);
		for (let i = 0; i < this.count; i++) offsets[column[i]! + 1]!++;
		for (let k = 1; k <= size; k++) offsets[k]! += offsets[k - 1]!;
		const cursor = offsets.slice(0, size);
		const rows = new Uint32Array(this.count);
		for (let i = 0; i < this.count; i++) rows[cursor[column[i]!]!++] = i;
		const postings = {offsets, rows};
		this.postingsCache.set(dim, postings);
		return postings;
	}

	/** Rows (ascending = newest first) whose `dim` equals `value`. */
	postings(dim: IndexedDimension, value: number): Uint32Array {
		const p = this.buildPostings(dim);
		if (value < 0 || value + 1 >= p.offsets.length) return new Uint32Array(0);
		return p.rows.subarray(p.offsets[value]!, p.offsets[value + 1]!);
	}

	/** Last sign-in times per user (epoch ms, 0 when none): interactive, non-interactive, and successful. */
	lastSignIns(): Map<string, {interactive: number; nonInteractive: number; successful: number}> {
		if (this.lastCache) return this.lastCache;
		const result = new Map<string, {interactive: number; nonInteractive: number; successful: number}>();
		const {user, eventType, status, time} = this.cols;
		const okStatus = new Set<number>();
		this.dicts.statuses.values.forEach((s, i) => {
			if (s.errorCode === 0) okStatus.add(i);
		});
		// Rows are newest first: the first row seen per user and kind is the latest.
		for (let i = 0; i < this.count; i++) {
			const u = this.dicts.users.values[user[i]!]!;
			const entry = result.get(u.id) ?? {interactive: 0, nonInteractive: 0, successful: 0};
			result.set(u.id, entry);
			const ms = time[i]! * 1000;
			if (eventType[i] === 0 && entry.interactive === 0) entry.interactive = ms;
			if (eventType[i] === 1 && entry.nonInteractive === 0) entry.nonInteractive = ms;
			if (okStatus.has(status[i]!) && entry.successful === 0) entry.successful = ms;
		}
		this.lastCache = result;
		return result;
	}
}
