/**
 * National clouds: sign-in authority host and Microsoft Graph root per cloud.
 * Source: https://learn.microsoft.com/graph/deployments and
 * https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud
 */
export const CLOUDS = ['global', 'usgov', 'usgovdod', 'china'] as const;
export type CloudName = (typeof CLOUDS)[number];

export interface CloudEndpoints {
	readonly name: CloudName;
	/** Authority host, without tenant: MSAL's authority is `${authorityHost}/${tenant}`. */
	readonly authorityHost: string;
	/** Graph root without version: the tool appends `/v1.0/…` or `/beta/…`. */
	readonly graphRoot: string;
	/** Where an admin consents or manages apps, for messages. */
	readonly portal: string;
}

export const CLOUD_ENDPOINTS: Readonly<Record<CloudName, CloudEndpoints>> = {
	global: {
		name: 'global',
		authorityHost: 'https://login.microsoftonline.com',
		graphRoot: 'https://graph.microsoft.com',
		portal: 'https://entra.microsoft.com',
	},
	usgov: {
		name: 'usgov',
		authorityHost: 'https://login.microsoftonline.us',
		graphRoot: 'https://graph.microsoft.us',
		portal: 'https://entra.microsoft.us',
	},
	usgovdod: {
		name: 'usgovdod',
		authorityHost: 'https://login.microsoftonline.us',
		graphRoot: 'https://dod-graph.microsoft.us',
		portal: 'https://entra.microsoft.us',
	},
	china: {
		name: 'china',
		authorityHost: 'https://login.chinacloudapi.cn',
		graphRoot: 'https://microsoftgraph.chinacloudapi.cn',
		portal: 'https://entra.microsoftonline.cn',
	},
};

export function isCloudName(value: string): value is CloudName {
	return (CLOUDS as readonly string[]).includes(value);
}
