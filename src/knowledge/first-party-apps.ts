/**
 * First-party client applications that run scripts with user credentials (GRAPH.md §12), by appId.
 * `name` is the §12 app name without its parenthetical note: COMPLIANCE.md's `scriptClient:<name>` reason uses it, never
 * the sign-in's own `appDisplayName`.
 * Sources: https://learn.microsoft.com/entra/identity/authentication/concept-mandatory-multifactor-authentication,
 * microsoft/zerotrustassessment, maester365/maester, cisagov/ScubaGear, microsoft/Partner-Center-PowerShell.
 */
export interface FirstPartyApp {
	readonly appId: string;
	readonly name: string;
	/** True for PowerShell/CLI clients that scripts use; false for portals and interactive tools. */
	readonly scriptClient: boolean;
}

export const FIRST_PARTY_APPS: readonly FirstPartyApp[] = [
	{appId: '1950a258-227b-4e31-a9cf-717495945fc2', name: 'Microsoft Azure PowerShell', scriptClient: true},
	{appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', name: 'Microsoft Azure CLI', scriptClient: true},
	{appId: '1b730954-1685-4b74-9bfd-dac224a7b894', name: 'Azure Active Directory PowerShell', scriptClient: true},
	{appId: '14d82eec-204b-4c2f-b7e8-296a70dab67e', name: 'Microsoft Graph Command Line Tools', scriptClient: true},
	{
		appId: 'fb78d390-0c51-40cd-8e17-fdbfab77341b',
		name: 'Microsoft Exchange REST API Based PowerShell',
		scriptClient: true,
	},
	{appId: 'a0c73c16-a7e3-4564-9a95-2bdf47383716', name: 'Exchange Online PowerShell', scriptClient: true},
	{appId: '12128f48-ec9e-42f0-b203-ea49fb6af367', name: 'Microsoft Teams PowerShell', scriptClient: true},
	{appId: '9bc3ab49-b65d-410a-85ad-de819febfddc', name: 'SharePoint Online Management Shell', scriptClient: true},
	{appId: '9cee029c-6210-4654-90bb-17e6e9d36617', name: 'Power Platform CLI', scriptClient: true},
	{appId: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure portal', scriptClient: false},
	{appId: '0c1307d4-29d6-4389-a11c-5cbe7f65d7fa', name: 'Azure mobile app', scriptClient: false},
	{appId: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064', name: 'Graph Explorer', scriptClient: false},
];

const SCRIPT_CLIENT_BY_APP_ID = new Map(
	FIRST_PARTY_APPS.filter(a => a.scriptClient).map(a => [a.appId.toLowerCase(), a] as const),
);

/** The script client for a sign-in's `appId`, or undefined when the app is not one of GRAPH.md §12's script clients. */
export function scriptClientByAppId(appId: string | null | undefined): FirstPartyApp | undefined {
	return appId ? SCRIPT_CLIENT_BY_APP_ID.get(appId.toLowerCase()) : undefined;
}

export const SCRIPT_CLIENT_APP_IDS: readonly string[] = [...SCRIPT_CLIENT_BY_APP_ID.keys()];

/** Resource (API) application ids as seen in a sign-in's `resourceId`. */
export const RESOURCE_APP = {
	partnerCenterApi: 'fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd',
	exchangeOnline: '00000002-0000-0ff1-ce00-000000000000',
	microsoftGraph: '00000003-0000-0000-c000-000000000000',
	azureServiceManagement: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
} as const;
