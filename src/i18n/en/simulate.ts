export const simulate = {
	generating: ({scenario}: {scenario: string}) => `Building the ${scenario} tenant…`,
	started: ({
		scenario,
		seed,
		users,
		signIns,
		seconds,
	}: {
		scenario: string;
		seed: number;
		users: string;
		signIns: string;
		seconds: string;
	}) =>
		`Tenant simulator running: scenario ${scenario}, seed ${seed} — ${users} users, ${signIns} sign-ins over the last 30 days (ready in ${seconds} s).`,
	tenant: ({name, domain, id}: {name: string; domain: string; id: string}) => `Tenant:    ${name} (${domain}, ${id})`,
	baseUrl: ({url}: {url: string}) => `Base URL:  ${url}`,
	endpoints: ({url, tenant}: {url: string; tenant: string}) =>
		`Graph:     ${url}/v1.0/… and ${url}/beta/… · sign-in endpoints: ${url}/${tenant}/oauth2/v2.0/…`,
	throttleReal:
		'Throttling: Graph’s published limits (sign-in logs 5 requests per 10 s, CA writes and Identity Protection about 1 per second).',
	faults: ({rate}: {rate: string}) =>
		`Faults: ${rate} of requests fail with 429, 503, a connection reset or extra latency.`,
	token: ({user, hours}: {user: string; hours: number}) =>
		`Bearer token for ${user}, with every read and write permission, valid ${hours} h (unsigned: it works only against this simulator):`,
	tryIt: 'Try:',
	stopHint: 'Press Ctrl-C to stop.',
	stopped: ({requests}: {requests: string}) => `Simulator stopped after ${requests} requests.`,
	scaleFlagsNeedLarge: ({flag}: {flag: string}) => `--${flag} applies to the large scenario only.`,
	scaleFlagsHint: 'Add --scenario large, or leave the flag out for the hand-written contoso tenant.',
	countInvalid: ({flag, max}: {flag: string; max: string}) => `--${flag} must be a whole number from 1 to ${max}.`,
	faultRateInvalid: '--fault-rate must be a number from 0 to 1 (for example 0.05 for 5%).',
	portInvalid: '--port must be a whole number from 1 to 65535.',
	portInUse: ({port}: {port: number}) => `Port ${port} on 127.0.0.1 is already in use.`,
	portInUseHint: 'Choose another --port, or leave it out to use a free one.',
} as const;
