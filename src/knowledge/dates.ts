/**
 * Dated facts the wizard quotes. Each with its source; compare against the session clock, never the machine's.
 */
export interface DatedFact {
	readonly id: string;
	/** RFC 3339 date (UTC). */
	readonly date: string;
	readonly source: string;
}

export const DATES = {
	baselinePoliciesRemoved: {
		id: 'baseline-policies-removed',
		date: '2020-02-29',
		source: 'https://learn.microsoft.com/entra/fundamentals/security-defaults',
	},
	basicAuthExchangeOff: {
		id: 'basic-auth-exchange-off',
		date: '2022-10-01',
		source:
			'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online',
	},
	smtpAuthBasicDefaultOff: {
		id: 'smtp-auth-basic-default-off',
		date: '2026-12-31',
		source: 'https://mc.merill.net/message/MC786329',
	},
	office2013ConnectionsUnsupported: {
		id: 'office-2013-connections-unsupported',
		date: '2020-10-13',
		source: 'https://learn.microsoft.com/deployoffice/endofsupport/resources',
	},
	office2013EndOfSupport: {
		id: 'office-2013-end-of-support',
		date: '2023-04-11',
		source: 'https://learn.microsoft.com/deployoffice/endofsupport/resources',
	},
	office2016And2019EndOfSupport: {
		id: 'office-2016-2019-end-of-support',
		date: '2025-10-14',
		source: 'https://learn.microsoft.com/deployoffice/endofsupport/resources',
	},
	securityDefaultsGraceRemoved: {
		id: 'security-defaults-grace-removed',
		date: '2024-07-29',
		source: 'https://learn.microsoft.com/entra/fundamentals/security-defaults',
	},
	legacyMfaSsprPoliciesRetired: {
		id: 'legacy-mfa-sspr-policies-retired',
		date: '2025-09-30',
		source: 'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-methods-manage',
	},
	mandatoryAzureMfaPhase2: {
		id: 'mandatory-azure-mfa-phase-2',
		date: '2025-09-15',
		source: 'https://learn.microsoft.com/entra/identity/authentication/concept-mandatory-multifactor-authentication',
	},
	partnerCenterApiMfa: {
		id: 'partner-center-api-mfa',
		date: '2026-04-01',
		source: 'https://learn.microsoft.com/partner-center/developer/partner-center-authentication',
	},
} as const satisfies Record<string, DatedFact>;

/**
 * Microsoft-provided SMS and voice authentication is retired in the public cloud (other clouds follow later):
 * passkeys were switched on for SMS/voice users on 2026-09-01; from 2027-02-01 Microsoft stops delivering SMS and
 * voice codes and a user whose only MFA method is SMS or voice must register a passkey at sign-in (no opt-out);
 * Global Administrators and external users follow on 2027-07-01. Organisations that must keep SMS or voice contract a
 * telephony provider through the Microsoft Security Store.
 * Sources: https://learn.microsoft.com/entra/identity/authentication/concept-sms-voice-retirement (ms.date 2026-07-29)
 * and its FAQ https://learn.microsoft.com/entra/identity/authentication/concept-sms-voice-retirement-faq (2026-09-23).
 */
export const SMS_VOICE_DATES = {
	passkeysByDefault: {
		id: 'sms-voice-passkeys-by-default',
		date: '2026-09-01',
		source: 'https://learn.microsoft.com/entra/identity/authentication/concept-sms-voice-retirement',
	},
	retired: {
		id: 'sms-voice-retired',
		date: '2027-02-01',
		source: 'https://learn.microsoft.com/entra/identity/authentication/concept-sms-voice-retirement',
	},
	retiredGlobalAdminsAndExternal: {
		id: 'sms-voice-retired-global-admins-external',
		date: '2027-07-01',
		source: 'https://learn.microsoft.com/entra/identity/authentication/concept-sms-voice-retirement-faq',
	},
} as const satisfies Record<string, DatedFact>;

/** Whole days from `nowIso` (the session clock) to a dated fact's date at 00:00 UTC; negative once it has passed. */
export function daysUntil(date: string, nowIso: string): number {
	const target = Date.parse(`${date}T00:00:00Z`);
	const now = Date.parse(nowIso);
	return Math.ceil((target - now) / 86_400_000);
}
