/**
 * What sign-ins are made of: client apps (the values the sign-in log uses, GRAPH.md §1), failure codes with their
 * reasons, devices, locations and address ranges. Shared by the contoso and large generators.
 */
import {type LEGACY_CLIENT_APPS, MODERN_CLIENT_APPS} from '../../knowledge/legacy-protocols.js';
import type {Rng} from '../rng.js';
import type {SimUser} from '../state.js';
import {
	type AppInfo,
	AUTH_METHODS,
	type AuthMethodUsed,
	type DeviceInfo,
	EVENT_TYPES,
	type EventType,
	type LocationInfo,
	PROTOCOLS,
	type Protocol,
	type ResourceInfo,
	type SignInBuilder,
	type StatusInfo,
} from './store.js';

export const CLIENT_APP = {
	browser: MODERN_CLIENT_APPS[0],
	mobileDesktop: MODERN_CLIENT_APPS[1],
	smtp: 'Authenticated SMTP',
	eas: 'Exchange ActiveSync',
	imap: 'IMAP4',
	pop: 'POP3',
	ews: 'Exchange Web Services',
	mapi: 'MAPI Over HTTP',
	other: 'Other clients',
} as const satisfies Record<string, (typeof MODERN_CLIENT_APPS)[number] | (typeof LEGACY_CLIENT_APPS)[number]>;

/** Failure codes and the reasons the sign-in log gives (https://learn.microsoft.com/entra/identity-platform/reference-error-codes). */
export const STATUS = {
	ok: {errorCode: 0, failureReason: null, additionalDetails: null},
	badPassword: {
		errorCode: 50126,
		failureReason: 'Error validating credentials due to invalid username or password.',
		additionalDetails:
			"The user didn't enter the right credentials. It's expected to see some number of these errors in your logs due to users making mistakes.",
	},
	kmsi: {
		errorCode: 50140,
		failureReason: 'This error occurred due to "Keep me signed in" interrupt when the user was signing in.',
		additionalDetails: null,
	},
	mfaRequired: {errorCode: 50074, failureReason: 'Strong Authentication is required.', additionalDetails: null},
	mfaNeeded: {
		errorCode: 50076,
		failureReason:
			'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
		additionalDetails: null,
	},
	mustRegister: {
		errorCode: 50079,
		failureReason:
			'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.',
		additionalDetails: null,
	},
	blockedByCa: {
		errorCode: 53003,
		failureReason:
			'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
		additionalDetails: null,
	},
	blockedBySd: {
		errorCode: 530035,
		failureReason:
			'Access has been blocked by security defaults. This is due to the request using legacy auth or being deemed unsafe by security defaults policies.',
		additionalDetails: null,
	},
	disabled: {
		errorCode: 50057,
		failureReason: 'User account is disabled. The account has been disabled by an administrator.',
		additionalDetails: null,
	},
	locked: {
		errorCode: 50053,
		failureReason:
			'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
		additionalDetails: null,
	},
} as const satisfies Record<string, StatusInfo>;

const win11Edge: DeviceInfo = {
	deviceId: '',
	displayName: '',
	operatingSystem: 'Windows10',
	browser: 'Edge 131.0.0',
	isCompliant: false,
	isManaged: false,
	trustType: '',
	userAgent:
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
};

export const DEVICE = {
	windowsEdge: win11Edge,
	windowsChrome: {
		...win11Edge,
		browser: 'Chrome 131.0.0',
		userAgent:
			'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
	},
	macSafari: {
		...win11Edge,
		operatingSystem: 'MacOs',
		browser: 'Safari 18.1',
		userAgent:
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
	},
	windowsOffice: {
		...win11Edge,
		browser: 'Rich Client 16.0.18129',
		userAgent: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18129; Pro)',
	},
	windowsOffice2013: {
		...win11Edge,
		browser: 'Rich Client 15.0.5589',
		userAgent: 'Microsoft Office/15.0 (Windows NT 10.0; Microsoft Outlook 15.0.5589; Pro)',
	},
	windowsTeams: {
		...win11Edge,
		browser: 'Rich Client 1.7.00',
		userAgent:
			'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Teams/24335.206',
	},
	iosOutlook: {...win11Edge, operatingSystem: 'Ios', browser: 'Mobile Safari', userAgent: 'Outlook-iOS/2.0'},
	androidOutlook: {
		...win11Edge,
		operatingSystem: 'Android',
		browser: 'Rich Client 4.2447.0',
		userAgent: 'Outlook-Android/2.0',
	},
	androidNativeMail: {
		...win11Edge,
		operatingSystem: 'Android 9',
		browser: '',
		displayName: 'SM-G960N',
		userAgent: 'Android-Mail/2023.09.10.568379047.Release',
	},
	iosNativeMail: {
		...win11Edge,
		operatingSystem: 'Ios 18.1',
		browser: '',
		displayName: 'iPhone',
		userAgent: 'Apple-iPhone15C2/2201.82',
	},
	windowsServerPowerShell: {
		...win11Edge,
		operatingSystem: 'Windows Server 2019',
		browser: '',
		displayName: 'AUTOMATION-VM01',
		userAgent: 'Mozilla/5.0 (Windows NT; Windows NT 10.0; ko-KR) WindowsPowerShell/5.1.17763.6414',
	},
	linuxService: {...win11Edge, operatingSystem: 'Linux', browser: '', userAgent: 'python-requests/2.31.0'},
	scanner: {...win11Edge, operatingSystem: '', browser: '', displayName: 'RICOH IM C3000', userAgent: ''},
	ticketingImap: {
		...win11Edge,
		operatingSystem: 'Linux',
		browser: '',
		displayName: 'helpdesk-mail-connector',
		userAgent: '',
	},
	homePcThunderbird: {...win11Edge, browser: '', displayName: 'ROBERT-HOME-PC', userAgent: ''},
	kiosk: {
		...win11Edge,
		displayName: 'WH-KIOSK-02',
		isManaged: true,
		trustType: 'Azure AD joined',
		deviceId: 'b1d5c6a1-6f10-4d61-9a60-5f4a3a6f2c11',
	},
	unknownBot: {...win11Edge, operatingSystem: '', browser: '', userAgent: 'BAV2ROPC'},
} as const satisfies Record<string, DeviceInfo>;

interface Place extends LocationInfo {
	/** First three octets of the addresses used there. */
	readonly net: readonly [number, number, number];
}

export const PLACE = {
	seoulOffice: {
		city: 'Seoul',
		state: 'Seoul',
		countryOrRegion: 'KR',
		latitude: 37.5665,
		longitude: 126.978,
		net: [121, 134, 50],
	},
	seoulHome: {
		city: 'Seoul',
		state: 'Seoul',
		countryOrRegion: 'KR',
		latitude: 37.55,
		longitude: 127.0,
		net: [211, 234, 118],
	},
	seoulMobile: {
		city: 'Seoul',
		state: 'Seoul',
		countryOrRegion: 'KR',
		latitude: 37.57,
		longitude: 126.99,
		net: [175, 223, 10],
	},
	incheon: {
		city: 'Incheon',
		state: 'Incheon',
		countryOrRegion: 'KR',
		latitude: 37.4563,
		longitude: 126.7052,
		net: [59, 18, 44],
	},
	busan: {
		city: 'Busan',
		state: 'Busan',
		countryOrRegion: 'KR',
		latitude: 35.1796,
		longitude: 129.0756,
		net: [1, 209, 148],
	},
	azureKoreaCentral: {
		city: 'Seoul',
		state: 'Seoul',
		countryOrRegion: 'KR',
		latitude: 37.5665,
		longitude: 126.978,
		net: [20, 194, 3],
	},
	ashburn: {
		city: 'Ashburn',
		state: 'Virginia',
		countryOrRegion: 'US',
		latitude: 39.0438,
		longitude: -77.4874,
		net: [52, 70, 142],
	},
	singapore: {
		city: 'Singapore',
		state: 'Singapore',
		countryOrRegion: 'SG',
		latitude: 1.3521,
		longitude: 103.8198,
		net: [103, 6, 150],
	},
	amsterdam: {
		city: 'Amsterdam',
		state: 'North Holland',
		countryOrRegion: 'NL',
		latitude: 52.3676,
		longitude: 4.9041,
		net: [185, 220, 101],
	},
	saoPaulo: {
		city: 'Sao Paulo',
		state: 'Sao Paulo',
		countryOrRegion: 'BR',
		latitude: -23.5505,
		longitude: -46.6333,
		net: [177, 54, 144],
	},
	lagos: {
		city: 'Lagos',
		state: 'Lagos',
		countryOrRegion: 'NG',
		latitude: 6.5244,
		longitude: 3.3792,
		net: [102, 89, 33],
	},
	frankfurt: {
		city: 'Frankfurt am Main',
		state: 'Hesse',
		countryOrRegion: 'DE',
		latitude: 50.1109,
		longitude: 8.6821,
		net: [45, 155, 205],
	},
} as const satisfies Record<string, Place>;

export type PlaceName = keyof typeof PLACE;

export function ipOf(place: Place, host: number): number {
	const [a, b, c] = place.net;
	return ((a << 24) >>> 0) + (b << 16) + (c << 8) + (host & 255);
}

export function ipText(ip: number): string {
	return `${ip >>> 24}.${(ip >>> 16) & 255}.${(ip >>> 8) & 255}.${ip & 255}`;
}

export interface RowSpec {
	readonly time: number;
	readonly user:
		| SimUser
		| {
				readonly id: string;
				readonly userPrincipalName: string;
				readonly displayName: string;
				readonly userType: 'Member' | 'Guest';
		  };
	readonly app: AppInfo;
	readonly resource: ResourceInfo;
	readonly clientApp: string;
	readonly eventType: EventType;
	readonly protocol: Protocol;
	readonly mfa: boolean;
	readonly status: StatusInfo;
	readonly device: DeviceInfo;
	readonly place: PlaceName;
	readonly host: number;
	readonly method: AuthMethodUsed;
	readonly risk?: 0 | 1 | 2 | 3;
}

/** Interns a row's values in the builder's dictionaries and appends it. */
export function pushRow(builder: SignInBuilder, spec: RowSpec): void {
	const d = builder.dicts;
	const place = PLACE[spec.place];
	builder.push({
		time: Math.floor(spec.time / 1000),
		user: d.users.add({
			id: spec.user.id,
			userPrincipalName: spec.user.userPrincipalName,
			displayName: spec.user.displayName,
			userType: spec.user.userType,
		}),
		app: d.apps.add(spec.app),
		resource: d.resources.add(spec.resource),
		clientApp: d.clientApps.add(spec.clientApp),
		eventType: EVENT_TYPES.indexOf(spec.eventType),
		protocol: PROTOCOLS.indexOf(spec.protocol),
		authRequirement: spec.mfa ? 1 : 0,
		status: d.statuses.add(spec.status),
		device: d.devices.add(spec.device),
		location: d.locations.add({
			city: place.city,
			state: place.state,
			countryOrRegion: place.countryOrRegion,
			latitude: place.latitude,
			longitude: place.longitude,
		}),
		ip: ipOf(place, spec.host),
		method: AUTH_METHODS.indexOf(spec.method),
		risk: spec.risk ?? 0,
	});
}

/** A time inside a local working day: `dayStart` is local midnight in epoch ms, hours local. */
export function timeIn(rng: Rng, dayStart: number, fromHour: number, toHour: number): number {
	return dayStart + Math.floor((fromHour + rng.next() * (toHour - fromHour)) * 3_600_000);
}
