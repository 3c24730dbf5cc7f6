/**
 * The large tenant's sign-in log: exactly `count` rows over the 30 days before "now", a pure function of the seed.
 * Users are drawn by weight (alias method, O(1) per row): people sign in a few times a day, service accounts and
 * legacy mailboxes far more often, guests and disabled accounts rarely; 0.4% of rows are password-spray failures over
 * IMAP/SMTP from abroad. Rows are written straight into typed arrays with pre-interned dictionary entries, so a million
 * rows take about a second and ~30 MB.
 */
import {Rng} from '../rng.js';
import {APP, DAY, RESOURCE} from '../scenarios/common.js';
import type {LargeProfile} from '../scenarios/large.js';
import type {TenantState} from '../state.js';
import {CLIENT_APP, DEVICE, ipOf, PLACE, type PlaceName, STATUS} from './catalog.js';
import {
	AUTH_METHODS,
	type AuthMethodUsed,
	EVENT_TYPES,
	type EventType,
	PROTOCOLS,
	type Protocol,
	SignInBuilder,
	type SignInStore,
} from './store.js';

/** Relative sign-in volume per profile. */
const WEIGHT: Readonly<Record<LargeProfile, number>> = {
	member: 1,
	guest: 0.08,
	disabled: 0.01,
	ropc: 12,
	script: 4,
	partnerCenter: 6,
	imap: 10,
	pop: 6,
	smtp: 8,
	eas: 8,
	breakGlass: 0.01,
};

/** Local-hour weights (a working day in UTC+9 for a quarter of the tenant, UTC-5 for the rest). */
const HOUR_WEIGHTS = [1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 14, 13, 11, 13, 14, 13, 12, 9, 6, 4, 3, 2, 2, 1];

/** Vose's alias method: O(n) set-up, O(1) weighted draws. */
function aliasTable(weights: Float64Array): {prob: Float64Array; alias: Uint32Array} {
	const n = weights.length;
	const prob = new Float64Array(n);
	const alias = new Uint32Array(n);
	let total = 0;
	for (let i = 0; i < n; i++) total += weights[i]!;
	const scaled = new Float64Array(n);
	const small: number[] = [];
	const large: number[] = [];
	for (let i = 0; i < n; i++) {
		scaled[i] = (weights[i]! * n) / total;
		(scaled[i]! < 1 ? small : large).push(i);
	}
	while (small.length > 0 && large.length > 0) {
		const s = small.pop()!;
		const l = large.pop()!;
		prob[s] = scaled[s]!;
		alias[s] = l;
		scaled[l] = scaled[l]! + scaled[s]! - 1;
		(scaled[l]! < 1 ? small : large).push(l);
	}
	for (const i of [...small, ...large]) prob[i] = 1;
	return {prob, alias};
}

export function largeSignIns(
	state: TenantState,
	profiles: readonly LargeProfile[],
	now: number,
	seed: number,
	count: number,
): SignInStore {
	const rng = new Rng(`large-signins:${seed}`);
	const builder = new SignInBuilder(Math.max(16, count));
	const d = builder.dicts;
	const users = state.users;
	for (const u of users)
		d.users.add({id: u.id, userPrincipalName: u.userPrincipalName, displayName: u.displayName, userType: u.userType});
	const app = (a: {appId: string; displayName: string}) => d.apps.add(a);
	const res = (r: {id: string; displayName: string}) => d.resources.add(r);
	const client = (c: string) => d.clientApps.add(c);
	const dev = (x: (typeof DEVICE)[keyof typeof DEVICE]) => d.devices.add(x);
	const status = (s: (typeof STATUS)[keyof typeof STATUS]) => d.statuses.add(s);
	const place = (p: PlaceName) => {
		const x = PLACE[p];
		return {
			index: d.locations.add({
				city: x.city,
				state: x.state,
				countryOrRegion: x.countryOrRegion,
				latitude: x.latitude,
				longitude: x.longitude,
			}),
			ip: ipOf(x, 0),
		};
	};
	const ev = (e: EventType) => EVENT_TYPES.indexOf(e);
	const proto = (p: Protocol) => PROTOCOLS.indexOf(p);
	const meth = (m: AuthMethodUsed) => AUTH_METHODS.indexOf(m);
	const I = {
		officeHome: [app(APP.officeHome), res(RESOURCE.officeHome)],
		office: [app(APP.office), res(RESOURCE.exchange)],
		teams: [app(APP.teams), res(RESOURCE.teams)],
		outlookMobile: [app(APP.outlookMobile), res(RESOURCE.exchange)],
		exchange: [app(APP.exchangeOnline), res(RESOURCE.exchange)],
		azurePowerShell: [app(APP.azurePowerShell), res(RESOURCE.azureManagement)],
		graphPowerShell: [app(APP.graphPowerShell), res(RESOURCE.graph)],
		azureCli: [app(APP.azureCli), res(RESOURCE.azureManagement)],
		partnerCenter: [
			app({appId: '0bb6dd9b-d5f5-4b0a-9b68-5a7c40a8c2b1', displayName: 'Billing Connector'}),
			res(RESOURCE.partnerCenter),
		],
	} as const;
	const C = {
		browser: client(CLIENT_APP.browser),
		desktop: client(CLIENT_APP.mobileDesktop),
		imap: client(CLIENT_APP.imap),
		pop: client(CLIENT_APP.pop),
		smtp: client(CLIENT_APP.smtp),
		eas: client(CLIENT_APP.eas),
	};
	const D = {
		edge: dev(DEVICE.windowsEdge),
		chrome: dev(DEVICE.windowsChrome),
		mac: dev(DEVICE.macSafari),
		office: dev(DEVICE.windowsOffice),
		teams: dev(DEVICE.windowsTeams),
		ios: dev(DEVICE.iosOutlook),
		android: dev(DEVICE.androidOutlook),
		server: dev(DEVICE.windowsServerPowerShell),
		linux: dev(DEVICE.linuxService),
		scanner: dev(DEVICE.scanner),
		nativeMail: dev(DEVICE.androidNativeMail),
		bot: dev(DEVICE.unknownBot),
	};
	const S = {
		ok: status(STATUS.ok),
		bad: status(STATUS.badPassword),
		kmsi: status(STATUS.kmsi),
		disabled: status(STATUS.disabled),
	};
	const P = {
		seoul: place('seoulOffice'),
		home: place('seoulHome'),
		mobile: place('seoulMobile'),
		ashburn: place('ashburn'),
		azure: place('azureKoreaCentral'),
		amsterdam: place('amsterdam'),
		frankfurt: place('frankfurt'),
		saoPaulo: place('saoPaulo'),
	};

	const weights = new Float64Array(users.length);
	const userJitter = new Float32Array(users.length);
	for (let i = 0; i < users.length; i++) {
		userJitter[i] = 0.2 + rng.next() * 1.8;
		weights[i] = WEIGHT[profiles[i]!] * (profiles[i] === 'member' ? userJitter[i]! : 1);
	}
	const {prob, alias} = aliasTable(weights);
	const enforced = new Uint8Array(users.length);
	users.forEach((u, i) => {
		enforced[i] = u.sim.perUserMfaState === 'enforced' ? 1 : 0;
	});
	const members: number[] = [];
	for (let i = 0; i < users.length; i++) if (profiles[i] === 'member' && users[i]!.accountEnabled) members.push(i);

	let hourTotal = 0;
	for (const w of HOUR_WEIGHTS) hourTotal += w;
	const hourCdf: number[] = [];
	let running = 0;
	for (const w of HOUR_WEIGHTS) {
		running += w;
		hourCdf.push(running / hourTotal);
	}
	const nowS = Math.floor(now / 1000);
	const startS = Math.floor((now - 30 * DAY) / 1000);
	const OFFSET = 9 * 3600;
	const todayLocalMidnight = Math.floor((nowS + OFFSET) / 86_400) * 86_400 - OFFSET;

	for (let k = 0; k < count; k++) {
		let t: number;
		let userIndex: number;
		let profile: LargeProfile;
		const spray = rng.next() < 0.004;
		if (spray) {
			userIndex = members.length > 0 ? members[rng.int(members.length)]! : 0;
			profile = 'member';
			t = startS + rng.int(nowS - startS);
		} else {
			const column = rng.int(users.length);
			userIndex = rng.next() < prob[column]! ? column : alias[column]!;
			profile = profiles[userIndex]!;
			const dayIndex = rng.int(30);
			const r = rng.next();
			let hour = 0;
			while (hour < 23 && hourCdf[hour]! < r) hour++;
			const local = profile === 'member' || profile === 'guest' ? hour : rng.int(24);
			// A local (UTC+9) hour on one of the last 30 days; times outside the window fall back to a uniform draw.
			t = todayLocalMidnight - dayIndex * 86_400 + local * 3600 + rng.int(3600);
			if (t < startS || t >= nowS) t = startS + rng.int(nowS - startS);
		}
		let a: readonly [number, number] = I.officeHome;
		let c = C.browser;
		let e = ev('interactiveUser');
		let p = proto('oAuth2');
		let mfa = 0;
		let s = S.ok;
		let device = D.edge;
		let where = P.seoul;
		let m = meth('Password');
		if (spray) {
			a = I.exchange;
			c = rng.chance(0.7) ? C.imap : C.smtp;
			p = proto('none');
			s = S.bad;
			device = D.bot;
			where = rng.pick([P.amsterdam, P.frankfurt, P.saoPaulo]);
		} else {
			switch (profile) {
				case 'member':
				case 'guest':
				case 'breakGlass': {
					const roll = rng.next();
					const mfaUser = enforced[userIndex] === 1;
					if (roll < 0.3) {
						const which = rng.next();
						[a, c, device] =
							which < 0.5
								? [I.officeHome, C.browser, D.edge]
								: which < 0.8
									? [I.office, C.desktop, D.office]
									: [I.teams, C.desktop, D.teams];
						const fail = rng.next();
						s = fail < 0.02 ? S.bad : fail < 0.04 ? S.kmsi : S.ok;
						mfa = mfaUser && s === S.ok ? 1 : 0;
						m = mfa ? meth('Mobile app notification') : meth('Password');
						where = rng.chance(0.7) ? P.seoul : P.home;
					} else {
						e = ev('nonInteractiveUser');
						const which = rng.next();
						[a, device, where] =
							which < 0.45
								? [I.office, D.office, P.seoul]
								: which < 0.8
									? [I.teams, D.teams, P.seoul]
									: [I.outlookMobile, rng.chance(0.5) ? D.ios : D.android, P.mobile];
						c = C.desktop;
						mfa = mfaUser ? 1 : 0;
						m = meth('Previously satisfied');
					}
					if (profile === 'guest') where = P.ashburn;
					break;
				}
				case 'disabled':
					s = S.disabled;
					c = rng.chance(0.5) ? C.eas : C.browser;
					a = c === C.eas ? I.exchange : I.officeHome;
					p = c === C.eas ? proto('none') : proto('oAuth2');
					device = c === C.eas ? D.nativeMail : D.chrome;
					where = P.home;
					break;
				case 'ropc':
					a = I.azurePowerShell;
					c = C.desktop;
					e = ev('nonInteractiveUser');
					p = proto('ropc');
					device = D.server;
					where = P.azure;
					s = rng.chance(0.01) ? S.bad : S.ok;
					break;
				case 'script':
					a = rng.chance(0.5) ? I.graphPowerShell : I.azureCli;
					c = C.desktop;
					device = D.server;
					where = P.azure;
					break;
				case 'partnerCenter':
					a = I.partnerCenter;
					c = C.desktop;
					e = ev('nonInteractiveUser');
					device = D.linux;
					where = P.ashburn;
					m = meth('Previously satisfied');
					break;
				case 'imap':
				case 'pop':
				case 'smtp':
				case 'eas':
					a = I.exchange;
					c = profile === 'imap' ? C.imap : profile === 'pop' ? C.pop : profile === 'smtp' ? C.smtp : C.eas;
					p = proto('none');
					device = profile === 'smtp' ? D.scanner : profile === 'eas' ? D.nativeMail : D.linux;
					where = profile === 'eas' ? P.mobile : P.seoul;
					break;
			}
		}
		builder.push({
			time: t,
			user: userIndex,
			app: a[0],
			resource: a[1],
			clientApp: c,
			eventType: e,
			protocol: p,
			authRequirement: mfa,
			status: s,
			device,
			location: where.index,
			ip: where.ip + ((userIndex * 31 + (spray ? k : 0)) & 255),
			method: m,
			risk: 0,
		});
	}
	return builder.build(seed);
}
