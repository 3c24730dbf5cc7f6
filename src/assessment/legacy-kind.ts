/**
 * A guess at what a legacy-protocol account is, with the hints that led to it (knowledge/legacy-accounts.ts), so the
 * legacy-auth step can offer the right fix first. Shown as a suggestion; the admin decides.
 *
 * Hints (stable ids): `nameLooksLikeDevice`, `deviceLooksLikePrinter`, `smtpOnly`, `nameLooksLikeSharedMailbox`,
 * `nameLooksLikeServiceAccount`, `automationSignIns` (ROPC, a script client or the Partner Center API),
 * `noModernSignIns` (no successful browser or desktop-app sign-in in the window), `failedOnly` (every legacy
 * sign-in failed: likely a password-spray target, not a user of the protocol).
 */
import {
	deviceLooksLikePrinter,
	nameLooksLikeDevice,
	nameLooksLikeServiceAccount,
	nameLooksLikeSharedMailbox,
} from '../knowledge/legacy-accounts.js';
import type {LegacyProtocol} from '../knowledge/legacy-protocols.js';
import type {LegacyUserKind} from './types.js';

export interface LegacyKindInput {
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	/** Protocols with at least one successful sign-in (all protocols seen when none succeeded). */
	readonly protocols: readonly LegacyProtocol[];
	readonly deviceNames: readonly (string | null)[];
	readonly successfulSignIns: number;
	/** The account's automation reasons (COMPLIANCE.md), empty when it is not an automation account. */
	readonly automationReasons: readonly string[];
}

export function guessLegacyKind(input: LegacyKindInput): {kind: LegacyUserKind; hints: string[]} {
	const {userPrincipalName: upn, displayName} = input;
	const hints: string[] = [];
	const add = (condition: boolean, hint: string) => {
		if (condition) hints.push(hint);
	};
	const device = nameLooksLikeDevice(upn, displayName);
	const printer = input.deviceNames.some(deviceLooksLikePrinter);
	const smtpOnly = input.protocols.length > 0 && input.protocols.every(p => p === 'Authenticated SMTP');
	const shared = nameLooksLikeSharedMailbox(upn, displayName);
	const service = nameLooksLikeServiceAccount(upn, displayName);
	const automation = input.automationReasons.some(r => r !== 'legacyProtocolOnly');
	const noModern = input.automationReasons.includes('legacyProtocolOnly');
	add(device, 'nameLooksLikeDevice');
	add(printer, 'deviceLooksLikePrinter');
	add(smtpOnly, 'smtpOnly');
	add(shared, 'nameLooksLikeSharedMailbox');
	add(service, 'nameLooksLikeServiceAccount');
	add(automation, 'automationSignIns');
	add(noModern, 'noModernSignIns');
	add(input.successfulSignIns === 0, 'failedOnly');

	let kind: LegacyUserKind = 'person';
	if (device || printer || (smtpOnly && noModern)) kind = 'device';
	else if (shared) kind = 'sharedMailbox';
	else if (service || automation || noModern) kind = 'serviceAccount';
	return {kind, hints};
}
