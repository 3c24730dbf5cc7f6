/** Building blocks shared by the scenarios: time helpers, SKUs, the default policies of a tenant. */
import {SERVICE_PLAN, SERVICE_PLAN_NAME} from '../../knowledge/licences.js';
import {stableGuid} from '../rng.js';
import type {AuthMethod, MethodType, SimSku, TenantState} from '../state.js';

export const DAY = 86_400_000;

/** RFC 3339 UTC with second precision, as Graph writes most date-times. */
export function iso(ms: number): string {
	return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/**
 * SKU and service-plan ids, from https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference.
 * Entra ID P1/P2 plan ids come from src/knowledge/licences.ts.
 */
export const SKU = {
	businessPremium: {skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', skuPartNumber: 'SPB'},
	entraIdP2: {skuId: '84a661c4-e949-4bd2-a560-ed7766fcaf2b', skuPartNumber: 'AAD_PREMIUM_P2'},
	microsoft365E3: {skuId: '05e9a617-0261-4cee-bb44-138d3ef5d965', skuPartNumber: 'SPE_E3'},
	microsoft365E5: {skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06', skuPartNumber: 'SPE_E5'},
} as const;

const PLAN = {
	exchangeStandard: {servicePlanId: '9aaf7827-d63c-4b61-89c3-182f06f82e5c', servicePlanName: 'EXCHANGE_S_STANDARD'},
	exchangeEnterprise: {servicePlanId: 'efb87545-963c-4e0d-99df-69c6916d9eb0', servicePlanName: 'EXCHANGE_S_ENTERPRISE'},
	officeBusiness: {servicePlanId: '094e7854-93fc-4d55-b2c0-3ab5369ebdc1', servicePlanName: 'OFFICE_BUSINESS'},
	officeSubscription: {servicePlanId: '43de0ff5-c92c-492b-9116-175376d08c38', servicePlanName: 'OFFICESUBSCRIPTION'},
	intune: {servicePlanId: SERVICE_PLAN.intune, servicePlanName: SERVICE_PLAN_NAME.intune},
	p1: {servicePlanId: SERVICE_PLAN.entraIdP1, servicePlanName: SERVICE_PLAN_NAME.entraIdP1},
	p2: {servicePlanId: SERVICE_PLAN.entraIdP2, servicePlanName: SERVICE_PLAN_NAME.entraIdP2},
	mfaPremium: {servicePlanId: '8a256a2b-b617-496d-b51b-e76466e88db0', servicePlanName: 'MFA_PREMIUM'},
} as const;

function plans(list: readonly {servicePlanId: string; servicePlanName: string}[]): SimSku['servicePlans'] {
	return list.map(p => ({...p, provisioningStatus: 'Success', appliesTo: 'User'}));
}

export type SkuName = keyof typeof SKU;

const SKU_PLANS: Readonly<Record<SkuName, readonly {servicePlanId: string; servicePlanName: string}[]>> = {
	businessPremium: [PLAN.exchangeStandard, PLAN.officeBusiness, PLAN.intune, PLAN.p1, PLAN.mfaPremium],
	entraIdP2: [PLAN.p1, PLAN.p2, PLAN.mfaPremium],
	microsoft365E3: [PLAN.exchangeEnterprise, PLAN.officeSubscription, PLAN.intune, PLAN.p1, PLAN.mfaPremium],
	microsoft365E5: [PLAN.exchangeEnterprise, PLAN.officeSubscription, PLAN.intune, PLAN.p1, PLAN.p2, PLAN.mfaPremium],
};

export function makeSku(
	tenantId: string,
	name: SkuName,
	prepaid: number,
	consumed: number,
	accountName: string,
): SimSku {
	const {skuId, skuPartNumber} = SKU[name];
	return {
		id: `${tenantId}_${skuId}`,
		skuId,
		skuPartNumber,
		appliesTo: 'User',
		capabilityStatus: 'Enabled',
		consumedUnits: consumed,
		prepaidUnits: {enabled: prepaid, suspended: 0, warning: 0, lockedOut: 0},
		servicePlans: plans(SKU_PLANS[name]),
		subscriptionIds: [stableGuid(`${tenantId}:subscription:${name}`)],
		accountId: tenantId,
		accountName,
	};
}

export function method(
	ownerKey: string,
	type: MethodType,
	createdMs: number,
	extra: Partial<AuthMethod> = {},
): AuthMethod {
	const id =
		type === 'password'
			? '28c10230-6103-485e-b985-444c60001490'
			: type === 'phone'
				? // Phone methods have fixed ids per phone type (mobile / alternateMobile / office).
					extra.phoneType === 'office'
					? 'e37fc753-ff3b-4958-9484-eaa9425c82bc'
					: extra.phoneType === 'alternateMobile'
						? 'b6332ec1-7057-4abe-9331-3d72feddfe41'
						: '3179e48a-750b-4051-897c-87b9720928f7'
				: stableGuid(`${ownerKey}:method:${type}:${extra.displayName ?? ''}:${createdMs}`);
	return {id, type, createdDateTime: iso(createdMs), ...extra};
}

const ALL_USERS_TARGET = {targetType: 'group', id: 'all_users', isRegistrationRequired: false};

function methodConfig(type: string, id: string, state: 'enabled' | 'disabled', extra: Record<string, unknown> = {}) {
	return {
		'@odata.type': `#microsoft.graph.${type}AuthenticationMethodConfiguration`,
		id,
		state,
		excludeTargets: [],
		includeTargets: [ALL_USERS_TARGET],
		...extra,
	};
}

/** The authentication methods policy of a typical tenant that migrated from the legacy MFA/SSPR policies. */
export function authMethodsPolicy(
	nowMs: number,
	enabled: {
		readonly authenticator: boolean;
		readonly sms: boolean;
		readonly fido2: boolean;
		readonly tap: boolean;
		readonly hardwareOath: boolean;
	},
): TenantState['authMethodsPolicy'] {
	return {
		id: 'authenticationMethodsPolicy',
		displayName: 'Authentication Methods Policy',
		description:
			'The tenant-wide policy that controls the authentication methods allowed in the tenant, authentication method registration requirements, and self-service password reset settings',
		lastModifiedDateTime: iso(nowMs - 200 * DAY),
		policyVersion: '1.5',
		reconfirmationInDays: 0,
		policyMigrationState: 'migrationComplete',
		registrationEnforcement: {
			authenticationMethodsRegistrationCampaign: {
				snoozeDurationInDays: 1,
				state: 'default',
				excludeTargets: [],
				includeTargets: [
					{id: 'all_users', targetType: 'group', targetedAuthenticationMethod: 'microsoftAuthenticator'},
				],
			},
		},
		authenticationMethodConfigurations: [
			methodConfig('fido2', 'Fido2', enabled.fido2 ? 'enabled' : 'disabled', {
				isSelfServiceRegistrationAllowed: true,
				isAttestationEnforced: false,
				keyRestrictions: {isEnforced: false, enforcementType: 'block', aaGuids: []},
			}),
			methodConfig('microsoftAuthenticator', 'MicrosoftAuthenticator', enabled.authenticator ? 'enabled' : 'disabled', {
				isSoftwareOathEnabled: false,
				featureSettings: {
					displayAppInformationRequiredState: {
						state: 'default',
						includeTarget: {targetType: 'group', id: 'all_users'},
						excludeTarget: {targetType: 'group', id: '00000000-0000-0000-0000-000000000000'},
					},
					displayLocationInformationRequiredState: {
						state: 'default',
						includeTarget: {targetType: 'group', id: 'all_users'},
						excludeTarget: {targetType: 'group', id: '00000000-0000-0000-0000-000000000000'},
					},
				},
			}),
			methodConfig('sms', 'Sms', enabled.sms ? 'enabled' : 'disabled'),
			methodConfig('temporaryAccessPass', 'TemporaryAccessPass', enabled.tap ? 'enabled' : 'disabled', {
				defaultLifetimeInMinutes: 60,
				defaultLength: 8,
				minimumLifetimeInMinutes: 60,
				maximumLifetimeInMinutes: 480,
				isUsableOnce: false,
			}),
			methodConfig('softwareOath', 'SoftwareOath', 'disabled'),
			methodConfig('hardwareOath', 'HardwareOath', enabled.hardwareOath ? 'enabled' : 'disabled'),
			methodConfig('voice', 'Voice', 'disabled', {isOfficePhoneAllowed: false}),
			methodConfig('email', 'Email', 'disabled', {allowExternalIdToUseEmailOtp: 'default'}),
			methodConfig('x509Certificate', 'X509Certificate', 'disabled', {
				certificateUserBindings: [],
				authenticationModeConfiguration: {
					x509CertificateAuthenticationDefaultMode: 'x509CertificateSingleFactor',
					rules: [],
				},
			}),
		],
	};
}

export function authorizationPolicy(): Record<string, unknown> {
	return {
		id: 'authorizationPolicy',
		displayName: 'Authorization Policy',
		description: 'Used to manage authorization related settings across the company.',
		allowInvitesFrom: 'everyone',
		allowedToSignUpEmailBasedSubscriptions: true,
		allowedToUseSSPR: true,
		allowEmailVerifiedUsersToJoinOrganization: false,
		blockMsolPowerShell: false,
		guestUserRoleId: '10dae51f-b6af-4016-8d66-8c2a99b929b3',
		defaultUserRolePermissions: {
			allowedToCreateApps: true,
			allowedToCreateSecurityGroups: true,
			allowedToCreateTenants: true,
			allowedToReadOtherUsers: true,
			allowedToReadBitlockerKeysForOwnedDevice: true,
			permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-legacy'],
		},
	};
}

export function securityDefaults(isEnabled: boolean): TenantState['securityDefaults'] {
	return {
		id: '00000000-0000-0000-0000-000000000005',
		displayName: 'Security Defaults',
		description:
			'Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks.',
		isEnabled,
	};
}

/** First-party apps and resources as they appear in sign-in logs and the service principal list. */
export const APP = {
	office: {appId: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', displayName: 'Microsoft Office'},
	officeHome: {appId: '4765445b-32c6-49b0-83e6-1d93765276ca', displayName: 'OfficeHome'},
	outlookWeb: {appId: '9199bf20-a13f-4107-85dc-02114787ef48', displayName: 'One Outlook Web'},
	outlookMobile: {appId: '27922004-5251-4030-b22d-91ecd9a37ea4', displayName: 'Outlook Mobile'},
	teams: {appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', displayName: 'Microsoft Teams'},
	authBroker: {appId: '29d9ed98-a469-4536-ade2-f981bc1d605e', displayName: 'Microsoft Authentication Broker'},
	exchangeOnline: {appId: '00000002-0000-0ff1-ce00-000000000000', displayName: 'Office 365 Exchange Online'},
	azurePowerShell: {appId: '1950a258-227b-4e31-a9cf-717495945fc2', displayName: 'Microsoft Azure PowerShell'},
	azureCli: {appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', displayName: 'Microsoft Azure CLI'},
	azurePortal: {appId: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', displayName: 'Azure Portal'},
	graphPowerShell: {appId: '14d82eec-204b-4c2f-b7e8-296a70dab67e', displayName: 'Microsoft Graph Command Line Tools'},
	exoPowerShell: {
		appId: 'fb78d390-0c51-40cd-8e17-fdbfab77341b',
		displayName: 'Microsoft Exchange REST API Based Powershell',
	},
} as const;

export const RESOURCE = {
	graph: {id: '00000003-0000-0000-c000-000000000000', displayName: 'Microsoft Graph'},
	exchange: {id: '00000002-0000-0ff1-ce00-000000000000', displayName: 'Office 365 Exchange Online'},
	sharePoint: {id: '00000003-0000-0ff1-ce00-000000000000', displayName: 'Office 365 SharePoint Online'},
	teams: {id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', displayName: 'Microsoft Teams Services'},
	azureManagement: {id: '797f4846-ba00-4fd7-ba43-dac1f8f63013', displayName: 'Windows Azure Service Management API'},
	partnerCenter: {id: 'fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd', displayName: 'Microsoft Partner Center'},
	officeHome: {id: '4765445b-32c6-49b0-83e6-1d93765276ca', displayName: 'OfficeHome'},
} as const;

export function firstPartyServicePrincipals(tenantKey: string): TenantState['servicePrincipals'] {
	const microsoftTenant = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
	const entries: {appId: string; displayName: string}[] = [
		{appId: RESOURCE.graph.id, displayName: 'Microsoft Graph'},
		{appId: RESOURCE.exchange.id, displayName: 'Office 365 Exchange Online'},
		{appId: RESOURCE.sharePoint.id, displayName: 'Office 365 SharePoint Online'},
		{appId: RESOURCE.azureManagement.id, displayName: 'Windows Azure Service Management API'},
		{appId: RESOURCE.partnerCenter.id, displayName: 'Microsoft Partner Center'},
		...Object.values(APP).filter(a => a.appId !== RESOURCE.exchange.id),
	];
	return entries.map(e => ({
		id: stableGuid(`${tenantKey}:sp:${e.appId}`),
		appId: e.appId,
		displayName: e.displayName,
		servicePrincipalType: 'Application',
		accountEnabled: true,
		appOwnerOrganizationId: microsoftTenant,
		tags: [],
		createdDateTime: null,
	}));
}
