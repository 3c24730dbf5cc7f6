import {describe, expect, it} from 'vitest';
import {CONTOSO, contosoUserId, createSimulator} from '../../src/simulator/index.js';
import {type Json, pageAll, postJson, startSim, virtualClock} from './helpers.js';

const SIGNINS = '/beta/auditLogs/signIns';

describe('sign-in logs', () => {
	it('need Entra ID P1 (403 with Graph’s code otherwise) and AuditLog.Read.All', async () => {
		const s = await startSim();
		expect((await s.json(`${SIGNINS}?$top=1`, {token: s.sim.issueToken({scopes: ['User.Read.All']})})).status).toBe(
			403,
		);
		expect(
			(await s.json(`${SIGNINS}?$top=1`, {token: s.sim.issueToken({scopes: ['Directory.Read.All']})})).status,
		).toBe(200);
		s.sim.control.setLicences('free');
		const res = await s.json(`${SIGNINS}?$top=1`);
		expect(res.status).toBe(403);
		expect(res.body.error.code).toBe('Authentication_RequestFromNonPremiumTenantOrB2CTenant');
	});

	it('cover 30 days before the clock, newest first, interactive only unless the beta filter asks', async () => {
		const s = await startSim();
		const now = Date.parse('2026-11-20T09:00:00Z');
		const {items} = await pageAll(s, `${SIGNINS}?$top=1000`);
		expect(items.length).toBeGreaterThan(1000);
		const times = items.map(i => Date.parse(i.createdDateTime));
		expect(Math.max(...times)).toBeLessThan(now);
		expect(Math.min(...times)).toBeGreaterThanOrEqual(now - 30 * 86_400_000);
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(items.every(i => i.signInEventTypes[0] === 'interactiveUser' && i.isInteractive)).toBe(true);
		const non = await pageAll(s, `${SIGNINS}?$filter=signInEventTypes/any(t: t eq 'nonInteractiveUser')`);
		expect(non.items.length).toBeGreaterThan(0);
		expect(non.items.every(i => i.signInEventTypes[0] === 'nonInteractiveUser')).toBe(true);
		const v1 = await s.json('/v1.0/auditLogs/signIns?$top=5');
		expect(v1.body.value[0]).not.toHaveProperty('authenticationProtocol');
		expect(
			(await s.json("/v1.0/auditLogs/signIns?$filter=authenticationRequirement eq 'singleFactorAuthentication'"))
				.status,
		).toBe(400);
	});

	it('return every matching row exactly once across pages, the same set a full scan finds', async () => {
		const s = await startSim();
		const filter = "createdDateTime ge 2026-11-01T00:00:00Z and (clientAppUsed eq 'IMAP4' or clientAppUsed eq 'POP3')";
		const {items, pages} = await pageAll(s, `${SIGNINS}?$filter=${encodeURIComponent(filter)}&$top=250`);
		expect(pages).toBeGreaterThan(2);
		const ids = items.map(i => i.id);
		expect(new Set(ids).size).toBe(ids.length);
		const store = s.sim.signIns;
		let expected = 0;
		for (let row = 0; row < store.count; row++) {
			const app = store.dicts.clientApps.values[store.cols.clientApp[row]!];
			if (
				(app === 'IMAP4' || app === 'POP3') &&
				store.cols.time[row]! * 1000 >= Date.parse('2026-11-01T00:00:00Z') &&
				store.cols.eventType[row] === 0
			)
				expected++;
		}
		expect(ids.length).toBe(expected);
		expect(items.every(i => i.clientAppUsed === 'IMAP4' || i.clientAppUsed === 'POP3')).toBe(true);
		// A single sign-in by id.
		const one = await s.json(`${SIGNINS}/${ids[3]}`);
		expect(one.body.id).toBe(ids[3]);
	});

	it('page oldest first with $orderby asc, and through the large scenario’s indexes, each row exactly once', async () => {
		const s = await startSim({scenario: 'large', users: 3000, signIns: 50_000, seed: 9});
		const store = s.sim.signIns;
		const someone = store.dicts.users.values[store.cols.user[10]!]!;
		const other = store.dicts.users.values[store.cols.user[500]!]!;
		const filter = `(userId eq '${someone.id}' or userPrincipalName eq '${other.userPrincipalName}') and signInEventTypes/any(t: t eq 'nonInteractiveUser')`;
		const {items} = await pageAll(
			s,
			`${SIGNINS}?$filter=${encodeURIComponent(filter)}&$orderby=createdDateTime asc&$top=7`,
		);
		const times = items.map(i => i.createdDateTime);
		expect(times).toEqual([...times].sort());
		let expected = 0;
		for (let row = 0; row < store.count; row++) {
			const user = store.dicts.users.values[store.cols.user[row]!]!;
			if ((user.id === someone.id || user.id === other.id) && store.cols.eventType[row] === 1) expected++;
		}
		expect(new Set(items.map(i => i.id)).size).toBe(items.length);
		expect(items.length).toBe(expected);
		const imap = await pageAll(s, `${SIGNINS}?$filter=${encodeURIComponent("clientAppUsed eq 'IMAP4'")}`);
		const imapRows = [...store.cols.clientApp.subarray(0, store.count)].filter(
			(c, row) => store.dicts.clientApps.values[c] === 'IMAP4' && store.cols.eventType[row] === 0,
		).length;
		expect(imap.items.length).toBe(imapRows);
	});

	it('accept Graph’s documented filters and reject others with 400', async () => {
		const s = await startSim();
		const ropc = await s.json(
			`${SIGNINS}?$filter=${encodeURIComponent("signInEventTypes/any(t: t eq 'nonInteractiveUser') and authenticationProtocol eq 'ropc'")}&$top=5`,
		);
		expect(ropc.body.value[0]).toMatchObject({
			appId: '1950a258-227b-4e31-a9cf-717495945fc2',
			authenticationRequirement: 'singleFactorAuthentication',
			userPrincipalName: expect.stringContaining(CONTOSO.ropcService),
		});
		const partner = await s.json(
			`${SIGNINS}?$filter=${encodeURIComponent("resourceId eq 'fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd' and signInEventTypes/any(t: t eq 'nonInteractiveUser')")}&$top=1`,
		);
		expect(partner.body.value[0].userPrincipalName).toContain(CONTOSO.psaService);
		const spray = await pageAll(
			s,
			`${SIGNINS}?$filter=${encodeURIComponent("clientAppUsed eq 'IMAP4' and status/errorCode eq 50126")}`,
		);
		const sprayed = new Set(spray.items.map(i => i.userPrincipalName.split('@')[0]));
		expect([...sprayed].sort()).toEqual([...CONTOSO.sprayTargets].sort());
		const upn = await s.json(
			`${SIGNINS}?$filter=${encodeURIComponent("startswith(userPrincipalName,'scanner')")}&$top=1`,
		);
		expect(upn.body.value[0]).toMatchObject({
			clientAppUsed: 'Authenticated SMTP',
			deviceDetail: {displayName: 'RICOH IM C3000'},
		});
		for (const bad of [
			"contains(userPrincipalName,'x')",
			"clientAppUsed ne 'IMAP4'",
			"createdDateTime ge '2026-11-01'",
			'nonsense eq 1',
		]) {
			expect((await s.json(`${SIGNINS}?$filter=${encodeURIComponent(bad)}`)).status, bad).toBe(400);
		}
		expect((await s.json(`${SIGNINS}?$top=1001`)).status).toBe(400);
		expect((await s.json(`${SIGNINS}?$count=true`)).status).toBe(400);
		const asc = await s.json(`${SIGNINS}?$orderby=createdDateTime asc&$top=3`);
		const t = asc.body.value.map((i: Json) => i.createdDateTime);
		expect(t).toEqual([...t].sort());
	});

	it('show report-only results computed from the policy, and hide them from callers without CA read rights', async () => {
		const s = await startSim();
		const policyId = CONTOSO.reportOnlyPolicyId;
		const resultOf = async (filter: string) => {
			const res = await s.json(`${SIGNINS}?$filter=${encodeURIComponent(filter)}&$top=50`);
			return new Set(
				res.body.value.map(
					(i: Json) => i.appliedConditionalAccessPolicies.find((p: Json) => p.id === policyId)?.result ?? 'absent',
				),
			);
		};
		const created = '2026-10-30T04:00:00Z';
		expect(
			await resultOf(`createdDateTime ge ${created} and clientAppUsed eq 'IMAP4' and status/errorCode eq 0`),
		).toEqual(new Set(['reportOnlyFailure']));
		expect(
			await resultOf(
				`createdDateTime ge ${created} and userId eq '${contosoUserId(CONTOSO.ropcService)}' and signInEventTypes/any(t: t eq 'nonInteractiveUser')`,
			),
		).toEqual(new Set(['reportOnlyNotApplied']));
		expect(await resultOf(`createdDateTime lt ${created} and clientAppUsed eq 'IMAP4'`)).toEqual(new Set(['absent']));
		const sarahMfa = await resultOf(
			`createdDateTime ge ${created} and userId eq '${contosoUserId(CONTOSO.admin)}' and appId eq 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c'`,
		);
		expect(sarahMfa).toEqual(new Set(['reportOnlySuccess']));
		const noPolicyScope = s.sim.issueToken({scopes: ['AuditLog.Read.All']});
		const hidden = await s.json(`${SIGNINS}?$top=1`, {token: noPolicyScope});
		expect(hidden.body.value[0]).not.toHaveProperty('appliedConditionalAccessPolicies');
		const reader = s.sim.issueToken({userPrincipalName: 'jiho.kim'});
		expect((await s.json(`${SIGNINS}?$top=1`, {token: reader})).body.value[0]).not.toHaveProperty(
			'appliedConditionalAccessPolicies',
		);
	});

	it('apply a policy created through the API only to sign-ins after it (a resumed demo regenerates the window)', async () => {
		const clock = virtualClock();
		const s = await startSim({clock});
		const block = {
			displayName: 'Block legacy authentication',
			state: 'enabled',
			conditions: {
				users: {includeUsers: ['All']},
				applications: {includeApplications: ['All']},
				clientAppTypes: ['exchangeActiveSync', 'other'],
			},
			grantControls: {operator: 'OR', builtInControls: ['block']},
		};
		const created = await postJson(s, '/v1.0/identity/conditionalAccess/policies', block);
		expect(created.status).toBe(201);
		const before = await s.json(`${SIGNINS}?$filter=${encodeURIComponent("clientAppUsed eq 'IMAP4'")}&$top=20`);
		expect(
			before.body.value.every(
				(i: Json) =>
					i.status.errorCode !== 53003 &&
					!i.appliedConditionalAccessPolicies.some((p: Json) => p.id === created.body.id),
			),
		).toBe(true);

		// Three days later the demo resumes from the saved state: the new window has sign-ins after the policy.
		const snapshot = s.sim.snapshot();
		clock.advance(3 * 86_400_000);
		const later = createSimulator({clock, seed: 1});
		later.restore(snapshot);
		const url = await later.start();
		try {
			const token = later.issueToken();
			const res = await fetch(
				`${url}${SIGNINS}?$filter=${encodeURIComponent("clientAppUsed eq 'IMAP4' and createdDateTime ge 2026-11-21T00:00:00Z")}&$top=20`,
				{headers: {Authorization: `Bearer ${token}`}},
			);
			const body: Json = await res.json();
			const imap = body.value.filter(
				(i: Json) => Date.parse(i.createdDateTime) > Date.parse(created.body.createdDateTime),
			);
			expect(imap.length).toBeGreaterThan(0);
			for (const i of imap) {
				expect(i.status.errorCode).toBe(53003);
				expect(i.conditionalAccessStatus).toBe('failure');
				expect(i.appliedConditionalAccessPolicies.find((p: Json) => p.id === created.body.id).result).toBe('failure');
			}
			const blocked = await fetch(
				`${url}${SIGNINS}?$filter=${encodeURIComponent("conditionalAccessStatus eq 'failure'")}&$top=1`,
				{headers: {Authorization: `Bearer ${token}`}},
			);
			expect(((await blocked.json()) as Json).value.length).toBe(1);
		} finally {
			await later.stop();
		}
	});

	it('treats Exchange ActiveSync with modern auth as such in beta fields', async () => {
		const s = await startSim();
		const eas = await pageAll(
			s,
			`${SIGNINS}?$filter=${encodeURIComponent("clientAppUsed eq 'Exchange ActiveSync' and status/errorCode eq 0")}`,
		);
		const byUser = new Map<string, Set<string>>();
		for (const i of eas.items)
			byUser.set(
				i.userPrincipalName.split('@')[0],
				(byUser.get(i.userPrincipalName.split('@')[0]) ?? new Set()).add(i.authenticationProtocol),
			);
		expect(byUser.get(CONTOSO.easUser)).toEqual(new Set(['none']));
		expect(byUser.get('michael.brown')).toEqual(new Set(['oAuth2']));
	});
});
