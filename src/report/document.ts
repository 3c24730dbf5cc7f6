/**
 * The report for people, as a neutral document (headings, paragraphs, lists, tables) that markdown.ts and html.ts
 * serialise: both renderings say exactly the same thing, in the admin's language, from the same REPORT.md object,
 * the saved digest (admins, legacy lines, automation apps, names) and the change journal.
 */
import type {AssessmentDigest} from '../assessment/saved.js';
import type {JournalEntry} from '../changes/journal.js';
import type {Translator} from '../i18n/index.js';
import {isStepId, stepInfo} from '../wizard/step-ids.js';
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
	roleName,
	SEVERITIES,
	severityWords,
	unregisteredAdmins,
	unregisteredUsers,
	VERDICT_KEYS,
	verdictLabel,
	verdictWords,
	yesNo,
} from './describe.js';
import type {Report} from './types.js';

export type Tone = 'ok' | 'bad' | 'unknown' | 'neutral';

export type Block =
	| {readonly kind: 'paragraph'; readonly text: string; readonly strong?: boolean; readonly tone?: Tone}
	| {readonly kind: 'list'; readonly items: readonly string[]}
	| {
			readonly kind: 'table';
			readonly head: readonly string[];
			readonly rows: readonly (readonly string[])[];
			readonly tones?: readonly Tone[];
	  }
	| {readonly kind: 'subheading'; readonly text: string}
	| {readonly kind: 'note'; readonly text: string};

export interface Section {
	readonly id: string;
	readonly title: string;
	readonly blocks: readonly Block[];
}

export interface ReportDocument {
	readonly title: string;
	readonly meta: readonly string[];
	readonly tone: Tone;
	readonly sections: readonly Section[];
	readonly footer: string;
}

/** Unregistered users listed in a document (the CSV and the JSON carry them all). */
export const DOCUMENT_LIST_LIMIT = 200;

export interface DocumentInput {
	readonly report: Report;
	readonly digest?: AssessmentDigest;
	readonly journal: readonly JournalEntry[];
	readonly t: Translator;
}

function toneOf(verdict: string): Tone {
	return verdict === 'enforced' ? 'ok' : verdict === 'unknown' ? 'unknown' : 'bad';
}

function journalStatus(status: JournalEntry['status'], t: Translator): string {
	switch (status) {
		case 'applying':
			return t('report.changeApplying');
		case 'applied':
			return t('report.changeApplied');
		case 'already-done':
			return t('report.changeAlreadyDone');
		case 'failed':
			return t('report.changeFailed');
		case 'unknown':
			return t('report.changeUnknown');
		default:
			return t('report.changeUndone');
	}
}

export function buildDocument(input: DocumentInput): ReportDocument {
	const {report, t} = input;
	const names = input.digest?.names ?? {};
	const ctx: DescribeContext = {report, names, t};
	const tenant = report.tenant;
	const sections: Section[] = [];

	// Result.
	const verdictRows = VERDICT_KEYS.map(key => {
		const v = report.enforcement[key];
		const reasons = v.reasons.map(r => reasonWords(r, ctx, key));
		if (reasons.length === 0 && v.verdict === 'none') reasons.push(t('report.noReasons'));
		return [verdictLabel(key, t), verdictWords(key, v.verdict, t), reasons.join('; ')];
	});
	sections.push({
		id: 'result',
		title: t('report.headingResult'),
		blocks: [
			{
				kind: 'paragraph',
				text: compliantWords(report, t),
				strong: true,
				tone: report.compliant === true ? 'ok' : report.compliant === false ? 'bad' : 'unknown',
			},
			{
				kind: 'table',
				head: ['', t('report.colStatus'), t('report.colReasons')],
				rows: verdictRows,
				tones: VERDICT_KEYS.map(k => toneOf(report.enforcement[k].verdict)),
			},
			{kind: 'paragraph', text: t('report.enforcedBy', {mechanism: mechanismWords(report, t)})},
		],
	});

	// Policies.
	const policies = report.enforcement.policies;
	sections.push({
		id: 'policies',
		title: t('report.headingPolicies'),
		blocks:
			report.coverage.policies.status === 'unavailable'
				? [{kind: 'paragraph', text: t('report.policiesUnknown')}]
				: policies.length === 0
					? [{kind: 'paragraph', text: t('report.policiesNone')}]
					: [
							{
								kind: 'table',
								head: [t('report.colPolicy'), t('report.colState'), t('report.colKinds'), t('report.colGaps')],
								rows: policies.map(p => [
									p.displayName,
									policyStateWords(p.state, t),
									p.kinds.map(k => policyKindWords(k, t)).join(', '),
									p.gaps.length === 0 ? t('report.noGaps') : p.gaps.map(g => gapWords(g, ctx)).join('; '),
								]),
							},
						],
	});

	// Readiness.
	const u = report.users;
	const l = report.legacyAuth;
	const readiness = [
		t('report.readinessUsers', {members: u.enabledMembers, guests: u.guests, disabled: u.disabled}),
		t('report.readinessRegistered', {registered: u.mfaRegistered, total: u.enabledMembers}),
		t('report.readinessAdmins', {admins: u.admins, notRegistered: u.adminsMfaNotRegistered}),
		t('report.readinessEligible', {count: u.eligibleAdmins}),
		t('report.readinessLegacy', {signIns: l.signIns, successes: l.successfulSignIns, users: l.users}),
		...(l.failedOnlyAttempts ? [t('report.readinessFailedOnly', {attempts: l.failedOnlyAttempts})] : []),
		t('report.readinessAutomation', {count: report.automation.accounts.length}),
		t('report.readinessRisk', {
			risky: report.risk.riskyUsers,
			compromised: report.risk.confirmedCompromised,
			leaked: report.risk.leakedCredentials,
		}),
	];
	sections.push({id: 'readiness', title: t('report.headingReadiness'), blocks: [{kind: 'list', items: readiness}]});

	// Findings.
	const findingBlocks: Block[] = [];
	if (report.findings.length === 0) findingBlocks.push({kind: 'paragraph', text: t('report.findingsNone')});
	for (const severity of SEVERITIES) {
		const findings = report.findings.filter(f => f.severity === severity);
		if (findings.length === 0) continue;
		findingBlocks.push({kind: 'subheading', text: severityWords(severity, t)});
		findingBlocks.push({
			kind: 'list',
			items: findings.map(f => {
				const subjects =
					f.subjects.length === 0
						? ''
						: ` — ${f.subjects.slice(0, 20).join(', ')}${f.subjects.length > 20 ? ` ${t('report.moreSubjects', {count: f.subjects.length - 20})}` : ''}`;
				return `${f.title}${f.count !== null ? ` (${t.number(f.count)})` : ''}: ${f.detail}${subjects}`;
			}),
		});
	}
	sections.push({id: 'findings', title: t('report.headingFindings'), blocks: findingBlocks});

	// Legacy authentication.
	const legacyLines = input.digest?.legacy.filter(x => x.successfulSignIns > 0);
	const kindWords = (kind: string) =>
		kind === 'device'
			? t('report.kindDevice')
			: kind === 'sharedMailbox'
				? t('report.kindSharedMailbox')
				: kind === 'serviceAccount'
					? t('report.kindServiceAccount')
					: t('report.kindPerson');
	if (l.signIns === null) {
		sections.push({
			id: 'legacy',
			title: t('report.headingLegacy'),
			blocks: [{kind: 'paragraph', text: t('report.readinessLegacy', {signIns: null, successes: null, users: null})}],
		});
	} else if (l.subjects.length > 0) {
		sections.push({
			id: 'legacy',
			title: t('report.headingLegacy'),
			blocks: [
				legacyLines && legacyLines.length > 0
					? {
							kind: 'table',
							head: [
								t('report.colAccount'),
								t('report.colProtocol'),
								t('report.colApp'),
								t('report.colDevice'),
								t('report.colKind'),
								t('report.colSuccessful'),
								t('report.colLastSeen'),
							],
							rows: legacyLines.map(x => [
								x.userPrincipalName,
								x.protocol,
								x.app ?? '',
								x.device ?? '',
								kindWords(x.kind),
								t.number(x.successfulSignIns),
								t.dateTime(x.lastSeen),
							]),
						}
					: {
							kind: 'table',
							head: [
								t('report.colAccount'),
								t('report.colProtocols'),
								t('report.colSuccessful'),
								t('report.colLastSeen'),
							],
							rows: l.subjects.map(s => [
								s.userPrincipalName,
								s.protocols.join(', '),
								t.number(s.successfulSignIns),
								t.dateTime(s.lastSeen),
							]),
						},
			],
		});
	}

	// Automation accounts.
	if (report.automation.accounts.length > 0) {
		const apps = new Map((input.digest?.automation ?? []).map(a => [a.userPrincipalName.toLowerCase(), a.apps]));
		sections.push({
			id: 'automation',
			title: t('report.headingAutomation'),
			blocks: [
				{
					kind: 'table',
					head: [
						t('report.colAccount'),
						t('report.colReasons'),
						t('report.colApps'),
						t('report.colSignIns'),
						t('report.colLastSeen'),
					],
					rows: report.automation.accounts.map(a => [
						a.userPrincipalName,
						a.reasons.map(r => automationReasonWords(r, t)).join('; '),
						(apps.get(a.userPrincipalName.toLowerCase()) ?? []).join(', '),
						t.number(a.signIns),
						a.lastSeen ? t.dateTime(a.lastSeen) : '',
					]),
				},
			],
		});
	}

	// Admins.
	const admins = input.digest?.admins;
	if (admins && admins.length > 0) {
		sections.push({
			id: 'admins',
			title: t('report.headingAdmins'),
			blocks: [
				{
					kind: 'table',
					head: [t('report.colAccount'), t('report.colRoles'), t('report.colMfa'), t('report.colSspr')],
					rows: admins.map(a => [
						a.userPrincipalName,
						a.roles
							.map(r =>
								[
									roleName(r.roleTemplateId),
									r.via === 'group' && r.groupName ? t('report.viaGroup', {group: r.groupName}) : '',
									r.eligible ? t('report.eligible') : '',
								]
									.filter(Boolean)
									.join(' '),
							)
							.join('; '),
						yesNo(a.mfaRegistered, t),
						yesNo(a.ssprRegistered, t),
					]),
					tones: admins.map(a => (a.mfaRegistered === false ? 'bad' : a.mfaRegistered === null ? 'unknown' : 'ok')),
				},
			],
		});
	}

	// Unregistered users.
	const unregistered = unregisteredUsers(report);
	if (unregistered.length > 0) {
		const shown = unregistered.slice(0, DOCUMENT_LIST_LIMIT);
		const adminSet = new Set(unregisteredAdmins(report).map(x => x.toLowerCase()));
		sections.push({
			id: 'unregistered',
			title: t('report.headingUnregistered'),
			blocks: [
				{
					kind: 'list',
					items: shown.map(x => (adminSet.has(x.toLowerCase()) ? `${x} (${t('report.headingAdmins')})` : x)),
				},
				...(shown.length < unregistered.length
					? [{kind: 'note' as const, text: t('report.listNote', {count: shown.length, total: unregistered.length})}]
					: []),
			],
		});
	}

	// Break-glass.
	const bg: string[] = [];
	if (report.breakGlass.declared.length === 0) bg.push(t('report.breakGlassNone'));
	for (const check of report.breakGlass.checks) {
		const {failed, unknown} = breakGlassWords(check, t);
		bg.push(
			failed.length > 0
				? t('report.breakGlassFailed', {account: check.account, checks: failed.join(', ')})
				: unknown.length > 0
					? t('report.breakGlassUnknown', {account: check.account, checks: unknown.join(', ')})
					: t('report.breakGlassOk', {account: check.account}),
		);
	}
	bg.push(...report.breakGlass.warnings);
	sections.push({id: 'break-glass', title: t('report.headingBreakGlass'), blocks: [{kind: 'list', items: bg}]});

	// Coverage.
	const gaps = coverageGaps(report);
	sections.push({
		id: 'coverage',
		title: t('report.headingCoverage'),
		blocks:
			gaps.length === 0
				? [{kind: 'paragraph', text: t('report.coverageAllRead')}]
				: [
						{
							kind: 'list',
							items: gaps.map(([name, item]) =>
								[
									t('report.coverageLine', {
										name: coverageName(name, t),
										status: coverageStatusWords(item, t),
										reason: coverageReasonWords(item.reason, t),
									}),
									item.detail ?? '',
								]
									.filter(Boolean)
									.join(' — '),
							),
						},
					],
	});

	// Changes.
	sections.push({
		id: 'changes',
		title: t('report.headingChanges'),
		blocks:
			input.journal.length === 0
				? [{kind: 'paragraph', text: t('report.changesNone')}]
				: [
						{
							kind: 'table',
							head: [
								t('report.colWhen'),
								t('report.colStep'),
								t('report.colChange'),
								t('report.colStatus'),
								t('report.colRequest'),
							],
							rows: input.journal.map(e => [
								t.dateTime(e.finishedAt ?? e.startedAt),
								isStepId(e.step) ? t(stepInfo(e.step).short) : e.step,
								t.dynamic(e.title.key, e.title.params),
								journalStatus(e.status, t),
								`${e.request.method} /${e.request.version}${e.request.path}`,
							]),
						},
					],
	});

	// Next.
	const next = nextSteps(report, t, false);
	sections.push({id: 'next', title: t('report.headingNext'), blocks: [{kind: 'list', items: next}]});

	const meta = [
		t('report.metaTenant', {name: tenant.displayName, domain: tenant.defaultDomain ?? '-', id: tenant.id}),
		...(report.mode === 'demo' ? [t('report.metaDemo')] : []),
		...(tenant.partnerTenantType ? [t('report.metaPartner', {type: tenant.partnerTenantType})] : []),
		t('report.metaGenerated', {when: t.dateTime(report.generatedAt)}),
		t('report.metaWindow', {days: report.window.days, from: t.date(report.window.from), to: t.date(report.window.to)}),
		t('report.metaLicences', {p1: yesNo(report.licences.entraIdP1, t), p2: yesNo(report.licences.entraIdP2, t)}),
	];
	return {
		title: t('report.title', {tenant: tenant.displayName}),
		meta,
		tone: report.compliant === true ? 'ok' : report.compliant === false ? 'bad' : 'unknown',
		sections,
		footer: t('report.htmlFooter', {version: report.tool.version, when: t.dateTime(report.generatedAt)}),
	};
}
