/**
 * The sign-in window (COMPLIANCE.md "Window"): `min(--days (default 30), retention)`, retention being 30 days with
 * Entra ID P1/P2 and 7 without (knowledge/licences.ts). The collector computes it before reading sign-ins (it is the
 * `createdDateTime` filter) and the engine recomputes it from the same inputs; both must agree.
 */
import {SIGN_IN_RETENTION_DAYS} from '../knowledge/licences.js';
import {formatDateTime} from './order.js';

export const DEFAULT_WINDOW_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface LicenceFlags {
	readonly entraIdP1: boolean | null;
	readonly entraIdP2: boolean | null;
}

export interface SignInWindow {
	readonly days: number;
	/** RFC 3339 UTC. */
	readonly from: string;
	readonly to: string;
	readonly requestedDays: number;
	readonly retentionDays: number;
	/** True when retention made the window shorter than asked. */
	readonly capped: boolean;
}

/**
 * Retention by licence. Unknown licences count as premium: the sign-in API itself needs P1, so without it the read
 * fails and the counts are null whatever the window; with it, 30 days is right.
 */
export function retentionDays(licences: LicenceFlags): number {
	if (licences.entraIdP1 === false && licences.entraIdP2 === false) return SIGN_IN_RETENTION_DAYS.free;
	return SIGN_IN_RETENTION_DAYS.premium;
}

export function computeWindow(options: {
	readonly now: Date;
	readonly days?: number;
	readonly licences: LicenceFlags;
}): SignInWindow {
	const requestedDays = options.days ?? DEFAULT_WINDOW_DAYS;
	if (!Number.isInteger(requestedDays) || requestedDays < 1) {
		throw new RangeError(`The window must be a whole number of days, at least 1 (got ${requestedDays}).`);
	}
	const retention = retentionDays(options.licences);
	const days = Math.min(requestedDays, retention);
	const to = formatDateTime(options.now);
	const from = formatDateTime(Date.parse(to) - days * DAY_MS);
	return {days, from, to, requestedDays, retentionDays: retention, capped: days < requestedDays};
}
