/**
 * The contoso sign-in history: 30 days before the clock's "now", regenerated at every start from the seed (so a demo
 * resumed days later still has a full window). Each account follows the habits its story gives it (see
 * scenarios/contoso.ts): office workers in Seoul, the ROPC automation account every hour, the PSA integration every
 * four hours against the Partner Center API, the scanner's SMTP, the shared mailbox's IMAP poll, POP3 at home, basic
 * EAS on an old Android, a password spray over IMAP that never succeeds, and one risky sign-in from abroad.
 */
import {Rng} from '../rng.js';
import {APP, DAY, RESOURCE} from '../scenarios/common.js';
import {CONTOSO} from '../scenarios/contoso.js';
import type {SimUser, TenantState} from '../state.js';
import {CLIENT_APP, DEVICE, type PlaceName, pushRow, type RowSpec, STATUS, timeIn} from './catalog.js';
import {SignInBuilder, type SignInStore} from './store.js';

const KST = 9 * 3_600_000;
const HOUR = 3_600_000;

export function contosoSignIns(state: TenantState, now: number, seed: number): SignInStore {
	const rng = new Rng(`contoso-signins:${seed}`);
	const builder = new SignInBuilder(32 * 1024);
	const windowStart = now - 30 * DAY;
	const emit = (spec: RowSpec) => {
		if (spec.time >= windowStart && spec.time < now) pushRow(builder, spec);
	};
	const byLocal = new Map(state.users.map(u => [u.mailNickname, u]));
	const user = (local: string): SimUser | undefined => byLocal.get(local);
	const todayStart = Math.floor((now + KST) / DAY) * DAY - KST;
	const days = Array.from({length: 31}, (_, d) => {
		const start = todayStart - d * DAY;
		const weekday = new Date(start + KST).getUTCDay();
		return {start, workday: weekday !== 0 && weekday !== 6, d};
	});
	const psaApp = {appId: CONTOSO.psaAppId, displayName: 'PSA Billing Sync'};

	/** A person with an Office desktop, a browser and perhaps Outlook on a phone. */
	const officeWorker = (
		u: SimUser,
		opts: {
			mac?: boolean;
			mobile?: 'ios' | 'android' | null;
			rate?: number;
			office?: PlaceName;
			noDesktop?: boolean;
			kiosk?: boolean;
		} = {},
	) => {
		const mfa = u.sim.perUserMfaState === 'enforced';
		const method = u.sim.methods.some(m => m.type === 'microsoftAuthenticator')
			? 'Mobile app notification'
			: 'Text message';
		const rate = opts.rate ?? 1;
		const office: PlaceName = opts.office ?? 'seoulOffice';
		const desk = opts.kiosk ? DEVICE.kiosk : opts.mac ? DEVICE.macSafari : DEVICE.windowsEdge;
		const host = rng.between(10, 240);
		for (const day of days) {
			const scale = (day.workday ? 1 : 0.15) * rate;
			const place: PlaceName = day.workday ? office : 'seoulHome';
			const interactive = (
				count: number,
				app: RowSpec['app'],
				resource: RowSpec['resource'],
				clientApp: string,
				device: RowSpec['device'],
			) => {
				for (let i = 0; i < count; i++) {
					const roll = rng.next();
					const status = roll < 0.02 ? STATUS.badPassword : roll < 0.05 ? STATUS.kmsi : STATUS.ok;
					emit({
						time: timeIn(rng, day.start, 8, 19),
						user: u,
						app,
						resource,
						clientApp,
						eventType: 'interactiveUser',
						protocol: 'oAuth2',
						mfa: mfa && status === STATUS.ok,
						status,
						device,
						place,
						host,
						method: mfa ? method : 'Password',
					});
				}
			};
			interactive(rng.poisson(1.1 * scale), APP.officeHome, RESOURCE.officeHome, CLIENT_APP.browser, desk);
			if (!opts.noDesktop) {
				interactive(
					rng.poisson(0.5 * scale),
					APP.office,
					RESOURCE.exchange,
					CLIENT_APP.mobileDesktop,
					opts.mac ? DEVICE.macSafari : DEVICE.windowsOffice,
				);
				interactive(rng.poisson(0.4 * scale), APP.teams, RESOURCE.teams, CLIENT_APP.mobileDesktop, DEVICE.windowsTeams);
			}
			const refresh = (
				count: number,
				app: RowSpec['app'],
				resource: RowSpec['resource'],
				device: RowSpec['device'],
				where: PlaceName,
				from: number,
				to: number,
			) => {
				for (let i = 0; i < count; i++) {
					emit({
						time: timeIn(rng, day.start, from, to),
						user: u,
						app,
						resource,
						clientApp: CLIENT_APP.mobileDesktop,
						eventType: 'nonInteractiveUser',
						protocol: 'oAuth2',
						mfa,
						status: STATUS.ok,
						device,
						place: where,
						host,
						method: 'Previously satisfied',
					});
				}
			};
			if (!opts.noDesktop) {
				refresh(rng.poisson(4 * scale), APP.office, RESOURCE.exchange, DEVICE.windowsOffice, place, 8, 20);
				refresh(rng.poisson(3 * scale), APP.teams, RESOURCE.teams, DEVICE.windowsTeams, place, 8, 20);
			} else if (opts.kiosk) {
				refresh(rng.poisson(2 * scale), APP.teams, RESOURCE.teams, DEVICE.kiosk, place, 7, 17);
			}
			if (opts.mobile) {
				refresh(
					rng.poisson(3 * rate),
					APP.outlookMobile,
					RESOURCE.exchange,
					opts.mobile === 'ios' ? DEVICE.iosOutlook : DEVICE.androidOutlook,
					'seoulMobile',
					7,
					23,
				);
			}
		}
	};

	/** Legacy-protocol polling: `perDay` sign-ins spread over local hours. */
	const legacy = (
		u: SimUser,
		clientApp: string,
		device: RowSpec['device'],
		place: PlaceName,
		host: number,
		perDay: number,
		from: number,
		to: number,
		opts: {workdaysOnly?: boolean; protocol?: RowSpec['protocol']; status?: RowSpec['status']; untilDay?: number} = {},
	) => {
		for (const day of days) {
			if (opts.workdaysOnly && !day.workday) continue;
			if (opts.untilDay !== undefined && day.d < opts.untilDay) continue;
			const count = rng.poisson(perDay);
			for (let i = 0; i < count; i++) {
				emit({
					time: timeIn(rng, day.start, from, to),
					user: u,
					app: APP.exchangeOnline,
					resource: RESOURCE.exchange,
					clientApp,
					eventType: 'interactiveUser',
					protocol: opts.protocol ?? 'none',
					mfa: false,
					status: opts.status ?? STATUS.ok,
					device,
					place,
					host,
					method: 'Password',
				});
			}
		}
	};

	for (const u of state.users) {
		const local = u.mailNickname;
		const tags = u.sim.tags;
		if (
			!u.accountEnabled ||
			tags.includes('service-account') ||
			tags.includes('shared-mailbox') ||
			tags.includes('break-glass')
		)
			continue;
		if (u.userType === 'Guest') {
			const place: PlaceName = u.mail?.endsWith('.kr')
				? 'seoulHome'
				: u.mail?.includes('audit')
					? 'singapore'
					: 'frankfurt';
			for (const day of days) {
				for (let i = rng.poisson(day.workday ? 0.35 : 0.05); i > 0; i--) {
					emit({
						time: timeIn(rng, day.start, 9, 18),
						user: u,
						app: APP.teams,
						resource: RESOURCE.teams,
						clientApp: CLIENT_APP.browser,
						eventType: 'interactiveUser',
						protocol: 'oAuth2',
						mfa: false,
						status: STATUS.ok,
						device: DEVICE.windowsChrome,
						place,
						host: 40,
						method: 'Password',
					});
				}
			}
			continue;
		}
		if (tags.includes('warehouse')) {
			officeWorker(u, {noDesktop: true, kiosk: true, office: 'incheon', rate: 0.9});
			continue;
		}
		const mobile = u.mobilePhone ? (u.preferredLanguage === 'ko-KR' ? 'android' : 'ios') : null;
		officeWorker(u, {
			mac: local === CONTOSO.eligibleAdmin,
			mobile: tags.includes('eas-basic') ? null : mobile,
			rate: tags.includes('pop3') ? 0.3 : 1,
		});
	}

	const sarah = user(CONTOSO.admin);
	if (sarah) {
		for (const day of days) {
			if (!day.workday) continue;
			for (let i = rng.poisson(0.7); i > 0; i--) {
				emit({
					time: timeIn(rng, day.start, 9, 18),
					user: sarah,
					app: APP.azurePortal,
					resource: RESOURCE.azureManagement,
					clientApp: CLIENT_APP.browser,
					eventType: 'interactiveUser',
					protocol: 'oAuth2',
					mfa: true,
					status: STATUS.ok,
					device: DEVICE.windowsEdge,
					place: 'seoulOffice',
					host: 31,
					method: 'Mobile app notification',
				});
			}
			if (rng.chance(0.3)) {
				emit({
					time: timeIn(rng, day.start, 10, 17),
					user: sarah,
					app: APP.graphPowerShell,
					resource: RESOURCE.graph,
					clientApp: CLIENT_APP.mobileDesktop,
					eventType: 'interactiveUser',
					protocol: 'oAuth2',
					mfa: true,
					status: STATUS.ok,
					device: DEVICE.windowsEdge,
					place: 'seoulOffice',
					host: 31,
					method: 'Mobile app notification',
				});
			}
		}
		// One Graph PowerShell sign-in through the device-code flow, five days ago.
		emit({
			time: timeIn(rng, days[5]!.start, 14, 15),
			user: sarah,
			app: APP.graphPowerShell,
			resource: RESOURCE.graph,
			clientApp: CLIENT_APP.mobileDesktop,
			eventType: 'interactiveUser',
			protocol: 'deviceCode',
			mfa: true,
			status: STATUS.ok,
			device: DEVICE.windowsEdge,
			place: 'seoulHome',
			host: 77,
			method: 'Mobile app notification',
		});
	}

	const minjun = user(CONTOSO.exchangeAdmin);
	if (minjun) {
		// The Exchange admin runs Exchange Online PowerShell on Tuesdays and Thursdays, without MFA.
		for (const day of days) {
			const weekday = new Date(day.start + KST).getUTCDay();
			if (weekday !== 2 && weekday !== 4) continue;
			emit({
				time: timeIn(rng, day.start, 10, 17),
				user: minjun,
				app: APP.exoPowerShell,
				resource: RESOURCE.exchange,
				clientApp: CLIENT_APP.mobileDesktop,
				eventType: 'interactiveUser',
				protocol: 'oAuth2',
				mfa: false,
				status: STATUS.ok,
				device: DEVICE.windowsEdge,
				place: 'seoulOffice',
				host: 52,
				method: 'Password',
			});
		}
	}

	const seoyeon = user(CONTOSO.groupAdmin);
	if (seoyeon) {
		for (const day of days) {
			if (day.workday && rng.chance(0.4)) {
				emit({
					time: timeIn(rng, day.start, 9, 18),
					user: seoyeon,
					app: APP.azurePortal,
					resource: RESOURCE.azureManagement,
					clientApp: CLIENT_APP.browser,
					eventType: 'interactiveUser',
					protocol: 'oAuth2',
					mfa: false,
					status: STATUS.ok,
					device: DEVICE.windowsEdge,
					place: 'seoulOffice',
					host: 64,
					method: 'Password',
				});
			}
		}
	}

	const em01 = user(CONTOSO.breakGlass[0]);
	if (em01) {
		// The break-glass account was tested once, with its FIDO2 key.
		emit({
			time: timeIn(rng, days[25]!.start, 11, 12),
			user: em01,
			app: APP.azurePortal,
			resource: RESOURCE.azureManagement,
			clientApp: CLIENT_APP.browser,
			eventType: 'interactiveUser',
			protocol: 'oAuth2',
			mfa: true,
			status: STATUS.ok,
			device: DEVICE.windowsEdge,
			place: 'seoulOffice',
			host: 31,
			method: 'FIDO2 security key',
		});
	}

	const ropc = user(CONTOSO.ropcService);
	if (ropc) {
		// Azure PowerShell with a username and password (ROPC), every hour from the automation VM.
		for (const day of days) {
			for (let h = 0; h < 24; h++) {
				const ok = !rng.chance(0.01);
				emit({
					time: day.start + h * HOUR + 5 * 60_000 + rng.int(90_000),
					user: ropc,
					app: APP.azurePowerShell,
					resource: RESOURCE.azureManagement,
					clientApp: CLIENT_APP.mobileDesktop,
					eventType: 'nonInteractiveUser',
					protocol: 'ropc',
					mfa: false,
					status: ok ? STATUS.ok : STATUS.badPassword,
					device: DEVICE.windowsServerPowerShell,
					place: 'azureKoreaCentral',
					host: 88,
					method: 'Password',
				});
			}
		}
	}

	const psa = user(CONTOSO.psaService);
	if (psa) {
		// The PSA's billing sync calls the Partner Center API every four hours with a single-factor refresh token.
		for (const day of days) {
			for (let h = 1; h < 24; h += 4) {
				emit({
					time: day.start + h * HOUR + rng.int(600_000),
					user: psa,
					app: psaApp,
					resource: RESOURCE.partnerCenter,
					clientApp: CLIENT_APP.mobileDesktop,
					eventType: 'nonInteractiveUser',
					protocol: 'oAuth2',
					mfa: false,
					status: STATUS.ok,
					device: DEVICE.linuxService,
					place: 'ashburn',
					host: 19,
					method: 'Previously satisfied',
				});
			}
		}
	}

	const scanner = user(CONTOSO.scanner);
	if (scanner) legacy(scanner, CLIENT_APP.smtp, DEVICE.scanner, 'seoulOffice', 23, 7, 8.5, 18.5, {workdaysOnly: true});

	const support = user(CONTOSO.sharedMailbox);
	if (support) {
		// The ticketing system polls the shared mailbox over IMAP every 15 minutes.
		for (const day of days) {
			for (let q = 0; q < 96; q++) {
				emit({
					time: day.start + q * 15 * 60_000 + rng.int(30_000),
					user: support,
					app: APP.exchangeOnline,
					resource: RESOURCE.exchange,
					clientApp: CLIENT_APP.imap,
					eventType: 'interactiveUser',
					protocol: 'none',
					mfa: false,
					status: STATUS.ok,
					device: DEVICE.ticketingImap,
					place: 'ashburn',
					host: 77,
					method: 'Password',
				});
			}
		}
	}

	const robert = user(CONTOSO.pop3User);
	if (robert) legacy(robert, CLIENT_APP.pop, DEVICE.homePcThunderbird, 'seoulHome', 140, 24, 7, 23);

	const yujin = user(CONTOSO.easUser);
	if (yujin) legacy(yujin, CLIENT_APP.eas, DEVICE.androidNativeMail, 'seoulMobile', 201, 20, 7, 23);

	const michael = user('michael.brown');
	if (michael) {
		// iPhone Mail over Exchange ActiveSync with modern auth: not legacy (COMPLIANCE.md).
		legacy(michael, CLIENT_APP.eas, DEVICE.iosNativeMail, 'seoulMobile', 66, 14, 7, 22, {protocol: 'oAuth2'});
	}

	const minji = user('minji.park');
	if (minji) {
		// A former employee's old phone kept trying EAS until it was wiped, 18 days ago.
		legacy(minji, CLIENT_APP.eas, DEVICE.androidNativeMail, 'busan', 9, 10, 0, 24, {
			status: STATUS.disabled,
			untilDay: 18,
		});
	}

	const margaret = user(CONTOSO.outlook2013User);
	if (margaret) {
		// Outlook 2013 with the ADAL registry keys: modern auth from an unsupported client.
		for (const day of days) {
			if (day.workday && rng.chance(0.6)) {
				emit({
					time: timeIn(rng, day.start, 8, 10),
					user: margaret,
					app: APP.office,
					resource: RESOURCE.exchange,
					clientApp: CLIENT_APP.mobileDesktop,
					eventType: 'interactiveUser',
					protocol: 'oAuth2',
					mfa: false,
					status: STATUS.ok,
					device: DEVICE.windowsOffice2013,
					place: 'seoulOffice',
					host: 120,
					method: 'Password',
				});
			}
			for (let i = rng.poisson(day.workday ? 6 : 1); i > 0; i--) {
				emit({
					time: timeIn(rng, day.start, 8, 19),
					user: margaret,
					app: APP.office,
					resource: RESOURCE.exchange,
					clientApp: CLIENT_APP.mobileDesktop,
					eventType: 'nonInteractiveUser',
					protocol: 'oAuth2',
					mfa: false,
					status: STATUS.ok,
					device: DEVICE.windowsOffice2013,
					place: 'seoulOffice',
					host: 120,
					method: 'Previously satisfied',
				});
			}
		}
	}

	const emily = user(CONTOSO.leakedUser);
	if (emily) {
		// Around the leak: failed tries from abroad, then one successful, risky sign-in.
		for (let i = 0; i < 3; i++) {
			emit({
				time: timeIn(rng, days[9]!.start, 2, 4),
				user: emily,
				app: APP.officeHome,
				resource: RESOURCE.officeHome,
				clientApp: CLIENT_APP.browser,
				eventType: 'interactiveUser',
				protocol: 'oAuth2',
				mfa: false,
				status: STATUS.badPassword,
				device: DEVICE.windowsChrome,
				place: 'lagos',
				host: 14,
				method: 'Password',
				risk: 2,
			});
		}
		emit({
			time: timeIn(rng, days[8]!.start, 3, 4),
			user: emily,
			app: APP.officeHome,
			resource: RESOURCE.officeHome,
			clientApp: CLIENT_APP.browser,
			eventType: 'interactiveUser',
			protocol: 'oAuth2',
			mfa: false,
			status: STATUS.ok,
			device: DEVICE.windowsChrome,
			place: 'lagos',
			host: 14,
			method: 'Password',
			risk: 2,
		});
	}

	// A password spray over IMAP against three people: bursts of failures, never a success.
	const sprayPlaces: PlaceName[] = ['amsterdam', 'frankfurt', 'saoPaulo'];
	for (const local of CONTOSO.sprayTargets) {
		const target = user(local);
		if (!target) continue;
		for (const day of days) {
			if (!rng.chance(0.4)) continue;
			const place = rng.pick(sprayPlaces);
			const host = rng.between(2, 250);
			const burstStart = timeIn(rng, day.start, 0, 24);
			const attempts = rng.between(3, 8);
			for (let i = 0; i < attempts; i++) {
				emit({
					time: burstStart + i * rng.between(20_000, 90_000),
					user: target,
					app: APP.exchangeOnline,
					resource: RESOURCE.exchange,
					clientApp: CLIENT_APP.imap,
					eventType: 'interactiveUser',
					protocol: 'none',
					mfa: false,
					status: i >= 6 ? STATUS.locked : STATUS.badPassword,
					device: DEVICE.unknownBot,
					place,
					host,
					method: 'Password',
				});
			}
		}
	}
	return builder.build(seed);
}
