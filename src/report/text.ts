/**
 * The `check` summary for a terminal: the verdicts with their reasons in words, the policies, the readiness facts,
 * findings by severity, what could not be read, and the commands to run next. Plain text (no colour codes), so it
 * reads the same in a pipe and in a log; long subject lists are cut with a count (the JSON and CSV have them all).
 */
import type {Translator} from '../i18n/index.js';
import {
	automationReasonWords,
	breakGlassWords,
	compliantWords,
	coverageGaps,
	coverageName,
	coverageReasonWords,
	coverageStatusWords,
	type DescribeContext,
	gapWords,
	mechanismWords,
	nextSteps,
	policyKindWords,
	policyStateWords,
	reasonWords,
	SEVERITIES,
	severityWords,
	VERDICT_KEYS,
	verdictLabel,
	verdictWords,
} from './describe.js';
import type {Report} from './types.js';

/** Subjects shown per finding in the terminal. */
const SHOWN_SUBJECTS = 8;
/** Reasons shown per verdict. */
const SHOWN_REASONS = 6;

export interface TextOptions {
	readonly names?: Readonly<Record<string, string>>;
	readonly t: Translator;
}

function limited(items: readonly string[], max: number, more: (count: number) => string): string[] {
	return items.length > max ? [...items.slice(0, max), more(items.length - max)] : [...items];
}

export function renderText(report: Report, options: TextOptions): string {
	const {t} = options;
	const ctx: DescribeContext = {report, names: options.names ?? {}, t};
	const lines: string[] = [];
	const push = (...more: string[]) => lines.push(...more);
	const tenant = report.tenant;

	push(t('report.title', {tenant: tenant.displayName}));
	push(t('report.metaTenant', {name: tenant.displayName, domain: tenant.defaultDomain ?? '-', id: tenant.id}));
	if (report.mode === 'demo') push(t('report.metaDemo'));
	push(t('report.metaGenerated', {when: t.dateTime(report.generatedAt)}));
	push(
		t('report.metaWindow', {days: report.window.days, from: t.date(report.window.from), to: t.date(report.window.to)}),
	);
	push('');

	push(`${t('report.headingResult')}: ${compliantWords(report, t)}`);
	for (const key of VERDICT_KEYS) {
		const v = report.enforcement[key];
		const mark = v.verdict === 'enforced' ? '✓' : v.verdict === 'unknown' ? '?' : '✗';
		push(`  ${mark} ${verdictLabel(key, t)}: ${verdictWords(key, v.verdict, t)}`);
		const reasons = v.reasons.map(r => reasonWords(r, ctx, key));
		if (reasons.length === 0 && v.verdict === 'none') reasons.push(t('report.noReasons'));
		for (const r of limited(reasons, SHOWN_REASONS, count => t('report.moreReasons', {count}))) push(`      - ${r}`);
	}
	push(`  ${t('report.enforcedBy', {mechanism: mechanismWords(report, t)})}`);
	push('');

	push(t('report.headingPolicies'));
	const policies = report.enforcement.policies;
	if (report.coverage.policies.status === 'unavailable') push(`  ${t('report.policiesUnknown')}`);
	else if (policies.length === 0) push(`  ${t('report.policiesNone')}`);
	for (const p of policies) {
		const kinds = p.kinds.map(k => policyKindWords(k, t)).join(', ');
		push(`  - ${p.displayName} (${policyStateWords(p.state, t)}; ${kinds})`);
		const gaps = p.gaps.map(g => gapWords(g, ctx));
		if (gaps.length > 0)
			for (const g of limited(gaps, SHOWN_REASONS, count => t('report.moreReasons', {count}))) push(`      - ${g}`);
	}
	push('');

	push(t('report.headingReadiness'));
	const u = report.users;
	push(`  ${t('report.readinessUsers', {members: u.enabledMembers, guests: u.guests, disabled: u.disabled})}`);
	push(`  ${t('report.readinessRegistered', {registered: u.mfaRegistered, total: u.enabledMembers})}`);
	push(`  ${t('report.readinessAdmins', {admins: u.admins, notRegistered: u.adminsMfaNotRegistered})}`);
	push(`  ${t('report.readinessEligible', {count: u.eligibleAdmins})}`);
	const l = report.legacyAuth;
	push(`  ${t('report.readinessLegacy', {signIns: l.signIns, successes: l.successfulSignIns, users: l.users})}`);
	if (l.failedOnlyAttempts) push(`  ${t('report.readinessFailedOnly', {attempts: l.failedOnlyAttempts})}`);
	push(`  ${t('report.readinessAutomation', {count: report.automation.accounts.length})}`);
	for (const a of limited(
		report.automation.accounts.map(
			a => `${a.userPrincipalName}: ${a.reasons.map(r => automationReasonWords(r, t)).join('; ')}`,
		),
		SHOWN_SUBJECTS,
		count => t('report.moreSubjects', {count}),
	)) {
		push(`      - ${a}`);
	}
	push(
		`  ${t('report.readinessRisk', {risky: report.risk.riskyUsers, compromised: report.risk.confirmedCompromised, leaked: report.risk.leakedCredentials})}`,
	);
	push(`  ${t('report.headingBreakGlass')}:`);
	if (report.breakGlass.declared.length === 0) push(`      ${t('report.breakGlassNone')}`);
	for (const check of report.breakGlass.checks) {
		const {failed, unknown} = breakGlassWords(check, t);
		if (failed.length > 0)
			push(`      - ${t('report.breakGlassFailed', {account: check.account, checks: failed.join(', ')})}`);
		else if (unknown.length > 0) {
			push(`      - ${t('report.breakGlassUnknown', {account: check.account, checks: unknown.join(', ')})}`);
		} else push(`      - ${t('report.breakGlassOk', {account: check.account})}`);
	}
	for (const w of report.breakGlass.warnings) push(`      ! ${w}`);
	push('');

	push(t('report.headingFindings'));
	if (report.findings.length === 0) push(`  ${t('report.findingsNone')}`);
	for (const severity of SEVERITIES) {
		const findings = report.findings.filter(f => f.severity === severity);
		if (findings.length === 0) continue;
		push(`  ${severityWords(severity, t)}`);
		for (const f of findings) {
			push(`    • ${f.title}${f.count !== null ? ` (${t.number(f.count)})` : ''}`);
			push(`      ${f.detail}`);
			if (f.subjects.length > 0) {
				push(`      ${limited(f.subjects, SHOWN_SUBJECTS, count => t('report.moreSubjects', {count})).join(', ')}`);
			}
		}
	}
	push('');

	push(t('report.headingCoverage'));
	const gaps = coverageGaps(report);
	if (gaps.length === 0) push(`  ${t('report.coverageAllRead')}`);
	for (const [name, item] of gaps) {
		push(
			`  - ${t('report.coverageLine', {name: coverageName(name, t), status: coverageStatusWords(item, t), reason: coverageReasonWords(item.reason, t)})}`,
		);
		if (item.detail) push(`      ${item.detail}`);
	}
	push('');

	push(t('report.headingNext'));
	const next = nextSteps(report, t, true);
	for (const step of next) push(`  - ${step}`);
	return `${lines.join('\n')}\n`;
}
