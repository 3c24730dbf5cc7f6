/**
 * `mfa-onboard simulate`: runs the tenant simulator in the foreground, prints its base URL, a ready-to-use bearer
 * token and two curl lines, and stops cleanly when `stop` is aborted (cli.tsx wires it to Ctrl-C / SIGTERM).
 * It takes a structural slice of the Session so the simulator keeps importing nothing from the product but the
 * translator type.
 */
import type {Translator} from '../i18n/index.js';
import {createSimulator, type Simulator} from './simulator.js';

export interface SimulateSession {
	readonly flags: {
		readonly scenario?: 'contoso' | 'large';
		readonly users?: number;
		readonly signIns?: number;
		readonly seed?: number;
		readonly port?: number;
		readonly faultRate?: number;
		readonly throttle?: 'real' | 'off';
	};
	readonly t: Translator;
	readonly clock: {now(): Date};
}

export interface SimulateOutput {
	readonly stdout: {write(text: string): unknown};
	readonly stderr: {write(text: string): unknown};
}

/** Exit codes as src/errors.ts defines them (EXIT.ok, EXIT.usage). */
const EXIT_OK = 0;
const EXIT_USAGE = 2;
const TOKEN_HOURS = 12;
const MAX_USERS = 2_000_000;
const MAX_SIGN_INS = 20_000_000;

function usage(out: SimulateOutput, t: Translator, message: string, hint?: string): number {
	out.stderr.write(`${t('cli.errorPrefix')}: ${message}\n${hint ? `${t('cli.hintPrefix')}: ${hint}\n` : ''}`);
	return EXIT_USAGE;
}

function validCount(value: number | undefined, max: number): boolean {
	return value === undefined || (Number.isInteger(value) && value >= 1 && value <= max);
}

export async function runSimulate(session: SimulateSession, out: SimulateOutput, stop: AbortSignal): Promise<number> {
	const {flags, t} = session;
	const scenario = flags.scenario ?? 'contoso';
	if (scenario !== 'large') {
		for (const [flag, value] of [
			['users', flags.users],
			['sign-ins', flags.signIns],
		] as const) {
			if (value !== undefined)
				return usage(out, t, t('simulate.scaleFlagsNeedLarge', {flag}), t('simulate.scaleFlagsHint'));
		}
	}
	if (!validCount(flags.users, MAX_USERS))
		return usage(out, t, t('simulate.countInvalid', {flag: 'users', max: t.number(MAX_USERS)}));
	if (!validCount(flags.signIns, MAX_SIGN_INS))
		return usage(out, t, t('simulate.countInvalid', {flag: 'sign-ins', max: t.number(MAX_SIGN_INS)}));
	if (flags.faultRate !== undefined && !(flags.faultRate >= 0 && flags.faultRate <= 1))
		return usage(out, t, t('simulate.faultRateInvalid'));
	if (flags.port !== undefined && !(Number.isInteger(flags.port) && flags.port >= 1 && flags.port <= 65535))
		return usage(out, t, t('simulate.portInvalid'));

	const clock = {now: () => session.clock.now().getTime()};
	const started = clock.now();
	if (scenario === 'large') out.stdout.write(`${t('simulate.generating', {scenario})}\n`);
	const sim: Simulator = createSimulator({
		clock,
		scenario,
		seed: flags.seed,
		users: flags.users,
		signIns: flags.signIns,
		throttle: flags.throttle ?? 'off',
		faultRate: flags.faultRate ?? 0,
	});
	let url: string;
	try {
		url = await sim.start({port: flags.port});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
			return usage(out, t, t('simulate.portInUse', {port: flags.port ?? 0}), t('simulate.portInUseHint'));
		}
		throw error;
	}
	const state = sim.tenant.state;
	const admin = sim.tenant.user(state.signInUserId)!;
	const domain =
		((state.organization.verifiedDomains as {name: string; isDefault?: boolean}[] | undefined) ?? []).find(
			d => d.isDefault,
		)?.name ?? '';
	const token = sim.issueToken({lifetimeSeconds: TOKEN_HOURS * 3600});
	const seconds = ((clock.now() - started) / 1000).toFixed(1);
	const lines = [
		t('simulate.started', {
			scenario,
			seed: sim.seed,
			users: t.number(state.users.length),
			signIns: t.number(sim.signIns.count),
			seconds,
		}),
		t('simulate.tenant', {name: state.organization.displayName, domain, id: sim.tenantId}),
		t('simulate.baseUrl', {url}),
		t('simulate.endpoints', {url, tenant: sim.tenantId}),
		...(flags.throttle === 'real' ? [t('simulate.throttleReal')] : []),
		...(flags.faultRate ? [t('simulate.faults', {rate: `${Math.round(flags.faultRate * 1000) / 10}%`})] : []),
		'',
		t('simulate.token', {user: admin.userPrincipalName, hours: TOKEN_HOURS}),
		`export TOKEN='${token}'`,
		'',
		t('simulate.tryIt'),
		`  curl -s -H "Authorization: Bearer $TOKEN" '${url}/v1.0/users?$top=5&$select=displayName,userPrincipalName,accountEnabled'`,
		`  curl -s -H "Authorization: Bearer $TOKEN" '${url}/beta/auditLogs/signIns?$filter=clientAppUsed%20eq%20%27IMAP4%27&$top=3'`,
		'',
		t('simulate.stopHint'),
	];
	out.stdout.write(`${lines.join('\n')}\n`);
	await new Promise<void>(resolve => {
		if (stop.aborted) resolve();
		else stop.addEventListener('abort', () => resolve(), {once: true});
	});
	const requests = sim.log.entries.length;
	await sim.stop();
	out.stdout.write(`${t('simulate.stopped', {requests: t.number(requests)})}\n`);
	return EXIT_OK;
}
