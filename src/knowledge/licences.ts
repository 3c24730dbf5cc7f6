/**
 * Service plans that decide which paths the wizard offers.
 * Source: https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference
 * A plan counts when its `provisioningStatus` is `Success` on a SKU whose `capabilityStatus` is `Enabled` (GRAPH.md §8).
 */
export const SERVICE_PLAN = {
	entraIdP1: '41781fb2-bc02-4b7c-bd55-b576c07bb09d', // AAD_PREMIUM
	entraIdP2: 'eec0eb4f-6444-4f95-aba0-50c24d67f998', // AAD_PREMIUM_P2
	intune: 'c1ec4a95-1f05-45b3-a911-aa3fa01094f5', // INTUNE_A
} as const;

export const SERVICE_PLAN_NAME = {
	entraIdP1: 'AAD_PREMIUM',
	entraIdP2: 'AAD_PREMIUM_P2',
	intune: 'INTUNE_A',
} as const;

/** Exchange Online plans, matched by name because their GUIDs are not verified (GRAPH.md §8). */
export const EXCHANGE_PLAN_NAMES: readonly string[] = [
	'EXCHANGE_S_STANDARD',
	'EXCHANGE_S_ENTERPRISE',
	'EXCHANGE_S_DESKLESS',
];

/** Office desktop apps plans (Microsoft 365 Apps), matched by name. */
export const OFFICE_APPS_PLAN_NAMES: readonly string[] = ['OFFICESUBSCRIPTION', 'OFFICE_BUSINESS'];

/**
 * How long Entra keeps sign-in logs, by licence: 30 days with Entra ID P1 or P2, 7 days without. Buying a licence
 * later does not backfill. Source: https://learn.microsoft.com/entra/identity/monitoring-health/reference-reports-data-retention
 */
export const SIGN_IN_RETENTION_DAYS = {premium: 30, free: 7} as const;

/**
 * Product names of common subscriptions by `skuPartNumber`, for people (product names are not translated).
 * Source: https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference
 */
export const SKU_PRODUCT_NAMES: Readonly<Record<string, string>> = {
	SPB: 'Microsoft 365 Business Premium',
	O365_BUSINESS_PREMIUM: 'Microsoft 365 Business Standard',
	O365_BUSINESS_ESSENTIALS: 'Microsoft 365 Business Basic',
	SPE_E3: 'Microsoft 365 E3',
	SPE_E5: 'Microsoft 365 E5',
	SPE_F1: 'Microsoft 365 F3',
	ENTERPRISEPACK: 'Office 365 E3',
	ENTERPRISEPREMIUM: 'Office 365 E5',
	STANDARDPACK: 'Office 365 E1',
	EMS: 'Enterprise Mobility + Security E3',
	EMSPREMIUM: 'Enterprise Mobility + Security E5',
	AAD_PREMIUM: 'Microsoft Entra ID P1',
	AAD_PREMIUM_P2: 'Microsoft Entra ID P2',
	EXCHANGESTANDARD: 'Exchange Online (Plan 1)',
	EXCHANGEENTERPRISE: 'Exchange Online (Plan 2)',
	O365_BUSINESS: 'Microsoft 365 Apps for business',
	OFFICESUBSCRIPTION: 'Microsoft 365 Apps for enterprise',
	INTUNE_A: 'Microsoft Intune Plan 1',
};
