/**
 * The REPORT.md object in its canonical form, and its JSON text.
 *
 * Determinism (REPORT.md): the same tenant data and clock give the same bytes. Records keep REPORT.md's field order;
 * maps whose order means nothing (`coverage` beyond its six documented entries, `byProtocol`) are sorted by key; lists
 * of people are sorted by UPN lower-cased, then by UTF-16 code unit; `breakGlass.declared` and `checks` keep the
 * declared order; findings keep the engine's order (REPORT.md's table order). Optional coverage fields that are absent
 * are left out rather than written as null.
 */
import {compareCodeUnits, compareUpn} from '../compliance/order.js';
import {
	type CoverageItem,
	REPORT_SCHEMA_VERSION,
	REQUIRED_COVERAGE,
	type Report,
	type ReportCoverage,
	TOOL_NAME,
} from './types.js';

function coverageItem(item: CoverageItem): CoverageItem {
	return {
		status: item.status,
		...(item.reason === undefined ? {} : {reason: item.reason}),
		...(item.detail === undefined ? {} : {detail: item.detail}),
	};
}

function canonicalCoverage(coverage: ReportCoverage): ReportCoverage {
	const out: Record<string, CoverageItem> = {};
	for (const name of REQUIRED_COVERAGE) out[name] = coverageItem(coverage[name]);
	const extras = Object.keys(coverage)
		.filter(k => !(REQUIRED_COVERAGE as readonly string[]).includes(k))
		.sort(compareCodeUnits);
	for (const name of extras) out[name] = coverageItem(coverage[name]!);
	return out as ReportCoverage;
}

function sortedKeys<T>(map: {readonly [key: string]: T}, copy: (value: T) => T): {[key: string]: T} {
	const out: {[key: string]: T} = {};
	for (const key of Object.keys(map).sort(compareCodeUnits)) out[key] = copy(map[key]!);
	return out;
}

/** A report rebuilt in canonical key and list order (also for reports read back from a saved assessment). */
export function canonicalReport(report: Report): Report {
	const e = report.enforcement;
	const verdict = (v: Report['enforcement']['mfaAllUsers']) => ({verdict: v.verdict, reasons: [...v.reasons]});
	const l = report.legacyAuth;
	const u = report.users;
	return {
		schemaVersion: REPORT_SCHEMA_VERSION,
		tool: {name: TOOL_NAME, version: report.tool.version},
		generatedAt: report.generatedAt,
		mode: report.mode,
		tenant: {
			id: report.tenant.id,
			displayName: report.tenant.displayName,
			defaultDomain: report.tenant.defaultDomain,
			partnerTenantType: report.tenant.partnerTenantType,
			cloud: report.tenant.cloud,
		},
		licences: {entraIdP1: report.licences.entraIdP1, entraIdP2: report.licences.entraIdP2},
		window: {days: report.window.days, from: report.window.from, to: report.window.to},
		coverage: canonicalCoverage(report.coverage),
		enforcement: {
			securityDefaults: e.securityDefaults,
			mfaAllUsers: verdict(e.mfaAllUsers),
			mfaAdmins: verdict(e.mfaAdmins),
			legacyAuthBlocked: verdict(e.legacyAuthBlocked),
			enforcedBy: e.enforcedBy,
			policies: [...e.policies]
				.sort((a, b) => compareCodeUnits(a.id, b.id))
				.map(p => ({id: p.id, displayName: p.displayName, state: p.state, kinds: [...p.kinds], gaps: [...p.gaps]})),
		},
		compliant: report.compliant,
		users: {
			enabledMembers: u.enabledMembers,
			guests: u.guests,
			disabled: u.disabled,
			mfaRegistered: u.mfaRegistered,
			mfaNotRegistered: u.mfaNotRegistered,
			admins: u.admins,
			adminsMfaRegistered: u.adminsMfaRegistered,
			adminsMfaNotRegistered: u.adminsMfaNotRegistered,
			eligibleAdmins: u.eligibleAdmins,
		},
		legacyAuth: {
			signIns: l.signIns,
			successfulSignIns: l.successfulSignIns,
			users: l.users,
			failedOnlyAttempts: l.failedOnlyAttempts,
			byProtocol: sortedKeys(l.byProtocol, c => ({
				signIns: c.signIns,
				successfulSignIns: c.successfulSignIns,
				users: c.users,
			})),
			subjects: [...l.subjects]
				.sort((a, b) => compareUpn(a.userPrincipalName, b.userPrincipalName))
				.map(s => ({
					userPrincipalName: s.userPrincipalName,
					protocols: [...s.protocols].sort(compareCodeUnits),
					successfulSignIns: s.successfulSignIns,
					lastSeen: s.lastSeen,
				})),
		},
		automation: {
			accounts: [...report.automation.accounts]
				.sort(
					(a, b) => compareUpn(a.userPrincipalName, b.userPrincipalName) || compareCodeUnits(a.id ?? '', b.id ?? ''),
				)
				.map(a => ({
					userPrincipalName: a.userPrincipalName,
					id: a.id,
					reasons: [...a.reasons],
					signIns: a.signIns,
					lastSeen: a.lastSeen,
				})),
		},
		breakGlass: {
			declared: [...report.breakGlass.declared],
			checks: report.breakGlass.checks.map(c => ({
				account: c.account,
				exists: c.exists,
				enabled: c.enabled,
				cloudOnly: c.cloudOnly,
				globalAdmin: c.globalAdmin,
				excludedFromAllBlockingPolicies: c.excludedFromAllBlockingPolicies,
			})),
			warnings: [...report.breakGlass.warnings],
		},
		risk: {
			riskyUsers: report.risk.riskyUsers,
			confirmedCompromised: report.risk.confirmedCompromised,
			leakedCredentials: report.risk.leakedCredentials,
		},
		findings: report.findings.map(f => ({
			id: f.id,
			severity: f.severity,
			step: f.step,
			title: f.title,
			detail: f.detail,
			count: f.count,
			subjects: [...f.subjects].sort(compareUpn),
		})),
	};
}

/** The report as `check --json` prints it and `report --format json` writes it: canonical, two-space indented, one newline. */
export function reportToJson(report: Report): string {
	return `${JSON.stringify(canonicalReport(report), null, 2)}\n`;
}
