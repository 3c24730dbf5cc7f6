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
