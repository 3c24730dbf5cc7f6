/**
 * Step 2 — applications and devices that cannot do MFA (PRODUCT.md "The steps" 2). Legacy-protocol use in the window,
 * grouped protocol → user → app/device, each with a decision: migrate to modern authentication, app password (with
 * its limits said plainly), replace, retire, or accept with a note. Without sign-in logs (no Entra ID P1) the list
 * comes from the email-apps usage report plus a short questionnaire, and says it is less complete; concealed report
 * names can be un-concealed, but only as a planned, journaled, undoable change.
 */
import type {Assessment, LegacyUse, LegacyUserKind} from '../../assessment/types.js';
import {type Change, type ChangeTransport, changeId} from '../../changes/change.js';
import type {PerUserMfaState} from '../../compliance/model.js';
import {compareUpn} from '../../compliance/order.js';
import type {MessageKey, Translator} from '../../i18n/index.js';
import {DATES, daysUntil} from '../../knowledge/dates.js';
import {LEGACY_CLIENT_APPS, type LegacyProtocol} from '../../knowledge/legacy-protocols.js';
import type {CoverageItem, ReportVerdictName} from '../../report/types.js';
import type {JsonValue} from '../../wizard/reducer.js';
import {choiceAnswer, recordAnswer} from '../common.js';
import {type Answers, msg, type OpenItem, type PlanSection, type StepContext, type StepModule} from '../types.js';

export const LEGACY_DECISIONS = ['migrate', 'appPassword', 'replace', 'retire', 'accept'] as const;
export type LegacyDecision = (typeof LEGACY_DECISIONS)[number];

/** Decisions that leave work to do outside the tool: the item stays open until it is marked done. */
const WORK_PENDING: ReadonlySet<LegacyDecision> = new Set(['migrate', 'appPassword', 'replace']);

export interface LegacyItem {
	/** Stable within the tenant: protocol, user, app and device. */
	readonly key: string;
	readonly protocol: LegacyProtocol;
	readonly userId: string | null;
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	readonly app: string | null;
	/** The device as the sign-in names it (display name, else operating system). */
	readonly device: string | null;
	readonly operatingSystem: string | null;
	readonly signIns: number;
	readonly successfulSignIns: number;
	/** Every attempt failed: often password spray, nothing legitimate to move. */
	readonly failedOnly: boolean;
	readonly lastSeen: string;
	readonly lastSuccess: string | null;
	readonly kind: LegacyUserKind;
	readonly kindHints: readonly string[];
	readonly suggested: LegacyDecision;
	/** This user's per-user MFA state, when read (app passwords exist only with per-user MFA). */
	readonly perUserMfa: PerUserMfaState | null;
}

export interface ProtocolSummary {
	readonly protocol: LegacyProtocol;
	readonly signIns: number;
	readonly successfulSignIns: number;
	readonly users: number;
	readonly items: number;
}

export interface UsageRow {
	readonly key: string;
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	/** The name is a hash the report setting put in place of the UPN. */
	readonly concealed: boolean;
	readonly pop3: boolean;
	readonly imap4: boolean;
	readonly smtp: boolean;
	readonly lastActivityDate: string | null;
}

export interface LegacyFindings {
	readonly source: 'signInLogs' | 'usageReport' | 'none';
	readonly window: {readonly days: number; readonly from: string; readonly to: string};
	readonly coverage: CoverageItem;
	/** Sorted protocol (in GRAPH.md's order) → user → app/device. */
	readonly items: readonly LegacyItem[];
	readonly protocols: readonly ProtocolSummary[];
	readonly failedOnlyAttempts: number | null;
	readonly usageRows: readonly UsageRow[];
	readonly concealedNames: boolean | null;
	readonly legacyBlocked: ReportVerdictName;
	/** Basic SMTP AUTH's default-off date, relative to the session clock, when SMTP AUTH is in use. */
	readonly smtpAuth: {readonly date: string; readonly daysUntil: number} | null;
}

export const QUESTIONS = ['qScanners', 'qMailboxApps', 'qOtherClients', 'qScripts'] as const;
export type QuestionId = (typeof QUESTIONS)[number];
export const QUESTION_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type QuestionAnswer = (typeof QUESTION_ANSWERS)[number];

const HASH_LIKE = /^[0-9A-F]{32}$/i;

function deviceOf(use: LegacyUse): string | null {
	return use.device.displayName ?? use.device.operatingSystem ?? use.device.browser ?? null;
}

export function itemKey(
	use: Pick<LegacyUse, 'protocol' | 'userPrincipalName' | 'app'> & {device: string | null},
): string {
	return [use.protocol, use.userPrincipalName.toLowerCase(), use.app ?? '', use.device ?? ''].join('|');
}

/** The decision the step recommends for one use, from what it is and what it does. */
export function suggestDecision(use: Pick<LegacyUse, 'kind' | 'protocol' | 'successfulSignIns'>): LegacyDecision {
	if (use.successfulSignIns === 0) return 'retire';
	if (use.kind === 'device') return 'replace';
	return 'migrate';
}

const PROTOCOL_ORDER = new Map<string, number>(LEGACY_CLIENT_APPS.map((p, i) => [p, i]));

export function legacyFindings(assessment: Assessment, now: string): LegacyFindings {
	const {legacy, report} = assessment;
	const perUser = assessment.input.perUserMfa;
	const perUserOf = (userId: string | null): PerUserMfaState | null =>
		perUser.status === 'read' && userId ? (perUser.byUser.get(userId) ?? null) : null;
	const items: LegacyItem[] = legacy.uses.map(use => {
		const device = deviceOf(use);
		return {
			key: itemKey({...use, device}),
			protocol: use.protocol,
			userId: use.userId,
			userPrincipalName: use.userPrincipalName,
			displayName: use.displayName,
			app: use.app,
			device,
			operatingSystem: use.device.operatingSystem,
			signIns: use.signIns,
			successfulSignIns: use.successfulSignIns,
			failedOnly: use.successfulSignIns === 0,
			lastSeen: use.lastSeen,
			lastSuccess: use.lastSuccess,
			kind: use.kind,
			kindHints: use.kindHints,
			suggested: suggestDecision(use),
			perUserMfa: perUserOf(use.userId),
		};
	});
	items.sort(
		(a, b) =>
			(PROTOCOL_ORDER.get(a.protocol) ?? 99) - (PROTOCOL_ORDER.get(b.protocol) ?? 99) ||
			compareUpn(a.userPrincipalName, b.userPrincipalName) ||
			(a.app ?? '').localeCompare(b.app ?? '') ||
			(a.device ?? '').localeCompare(b.device ?? ''),
	);
	const protocols: ProtocolSummary[] = [];
	for (const item of items) {
		let summary = protocols.at(-1);
		if (summary?.protocol !== item.protocol) {
			summary = {protocol: item.protocol, signIns: 0, successfulSignIns: 0, users: 0, items: 0};
			protocols.push(summary);
		}
		const s = summary as {-readonly [K in keyof ProtocolSummary]: ProtocolSummary[K]};
		s.signIns += item.signIns;
		s.successfulSignIns += item.successfulSignIns;
		s.items += 1;
	}
	for (const summary of protocols) {
		const users = new Set(
			items.filter(i => i.protocol === summary.protocol && !i.failedOnly).map(i => i.userPrincipalName.toLowerCase()),
		);
		(summary as {users: number}).users = users.size;
	}
	const concealed = legacy.concealedNames;
	const usageRows: UsageRow[] = (legacy.usageReport ?? [])
		.filter(r => r.pop3 || r.imap4 || r.smtp)
		.map((r, index) => ({
			key: `${index}|${r.userPrincipalName}`,
			userPrincipalName: r.userPrincipalName,
			displayName: r.displayName,
			concealed: concealed === true || HASH_LIKE.test(r.userPrincipalName),
			pop3: r.pop3,
			imap4: r.imap4,
			smtp: r.smtp,
			lastActivityDate: r.lastActivityDate,
		}));
	const smtpInUse =
		items.some(i => i.protocol === 'Authenticated SMTP' && !i.failedOnly) || usageRows.some(r => r.smtp);
	const smtpDate = DATES.smtpAuthBasicDefaultOff.date;
	const failedOnly =
		legacy.source === 'signInLogs'
			? (report.legacyAuth.failedOnlyAttempts ?? items.filter(i => i.failedOnly).reduce((n, i) => n + i.signIns, 0))
			: null;
	return {
		source: legacy.source,
		window: {days: report.window.days, from: report.window.from, to: report.window.to},
		coverage: legacy.coverage,
		items,
		protocols,
		failedOnlyAttempts: failedOnly,
		usageRows,
		concealedNames: concealed,
		legacyBlocked: report.enforcement.legacyAuthBlocked.verdict,
		smtpAuth: smtpInUse ? {date: smtpDate, daysUntil: daysUntil(smtpDate, now)} : null,
	};
}

/** An item's recorded decision (`decisions` answer), if the admin made one. */
export interface RecordedDecision {
	readonly decision: LegacyDecision;
	readonly note?: string;
	/** When the admin marked the work done (RFC 3339). */
	readonly doneAt?: string;
}

export function recordedDecisions(answers: Answers): ReadonlyMap<string, RecordedDecision> {
	const out = new Map<string, RecordedDecision>();
	for (const [key, value] of Object.entries(recordAnswer(answers, 'decisions'))) {
		const decision = value.decision;
		if (typeof decision !== 'string' || !(LEGACY_DECISIONS as readonly string[]).includes(decision)) continue;
		out.set(key, {
			decision: decision as LegacyDecision,
			...(typeof value.note === 'string' && value.note.trim() ? {note: value.note.trim()} : {}),
			...(typeof value.doneAt === 'string' ? {doneAt: value.doneAt} : {}),
		});
	}
	return out;
}

/** The decision in force for an item: the admin's, else the recommendation. */
export function effectiveDecision(
	item: LegacyItem,
	recorded: ReadonlyMap<string, RecordedDecision>,
): RecordedDecision & {
	readonly explicit: boolean;
} {
	const own = recorded.get(item.key);
	return own ? {...own, explicit: true} : {decision: item.suggested, explicit: false};
}

/** The `decisions` answer with one item's decision replaced (what the view sends to the engine). */
export function withDecision(
	answers: Answers,
	key: string,
	decision: RecordedDecision | undefined,
): Record<string, JsonValue> {
	const current = recordAnswer(answers, 'decisions');
	const next: Record<string, JsonValue> = {...current};
	if (decision) next[key] = {...decision};
	else delete next[key];
	return next;
}

/** Accept needs a note: the reason is the record. */
export function needsNote(decision: LegacyDecision): boolean {
	return decision === 'accept';
}

/** Whether the item still has work outside the tool (planned but not marked done, or seen again after done). */
export function isItemOpen(item: LegacyItem, decision: RecordedDecision): boolean {
	if (item.failedOnly) return false;
	if (!WORK_PENDING.has(decision.decision)) return false;
	if (!decision.doneAt) return true;
	return Date.parse(item.lastSeen) > Date.parse(decision.doneAt);
}

export const UNCONCEAL_CHOICES = ['yes', 'no'] as const;

/** Above this many items the plan document counts recommendations instead of listing each item. */
export const PLAN_ITEM_LIMIT = 50;

/** Un-concealing is offered when the usage report is the source and its names are hidden. */
export function offersUnconceal(f: LegacyFindings): boolean {
	return f.concealedNames === true && f.source !== 'signInLogs';
}

export function questionnaireApplies(f: LegacyFindings): boolean {
	return f.source !== 'signInLogs';
}

const REPORT_SETTINGS = '/admin/reportSettings';

/** Whether usage reports hide names now (undefined when Graph leaves the field out): read before, for and after the change. */
async function concealedNames(graph: ChangeTransport): Promise<boolean | undefined> {
	const {body} = await graph.request<{displayConcealedNames?: boolean}>({
		path: REPORT_SETTINGS,
		scopes: ['ReportSettings.Read.All'],
	});
	return body.displayConcealedNames;
}

/** PATCH /admin/reportSettings {displayConcealedNames:false}, undone by putting back what it was. */
export function unconcealChange(): Change {
	return {
		id: changeId('legacy-auth', 'report-settings', 'displayConcealedNames'),
		step: 'legacy-auth',
		title: msg('stepLegacy.changeUnconcealTitle'),
		why: msg('stepLegacy.changeUnconcealWhy'),
		confirmation: 'confirm',
		request: {
			method: 'PATCH',
			version: 'v1.0',
			path: REPORT_SETTINGS,
			body: {displayConcealedNames: false},
			scopes: ['ReportSettings.ReadWrite.All'],
		},
		async find(graph) {
			return {done: (await concealedNames(graph)) === false, objectId: 'reportSettings'};
		},
		async before(graph) {
			return {displayConcealedNames: (await concealedNames(graph)) ?? true};
		},
		async verify(graph) {
			return (await concealedNames(graph)) === false;
		},
		objectIdFrom: () => 'reportSettings',
		undo(_objectId, before) {
			const previous =
				before &&
				typeof before === 'object' &&
				!Array.isArray(before) &&
				typeof before.displayConcealedNames === 'boolean'
					? before.displayConcealedNames
					: true;
			return {
				request: {
					method: 'PATCH',
					version: 'v1.0',
					path: REPORT_SETTINGS,
					body: {displayConcealedNames: previous},
					scopes: ['ReportSettings.ReadWrite.All'],
				},
				check: {path: REPORT_SETTINGS, version: 'v1.0', fields: ['displayConcealedNames']},
			};
		},
	};
}

const DECISION_KEYS: Readonly<Record<LegacyDecision, MessageKey>> = {
	migrate: 'stepLegacy.decisionMigrate',
	appPassword: 'stepLegacy.decisionAppPassword',
	replace: 'stepLegacy.decisionReplace',
	retire: 'stepLegacy.decisionRetire',
	accept: 'stepLegacy.decisionAccept',
};

export function decisionText(decision: LegacyDecision, t: Translator): string {
	return t.dynamic(DECISION_KEYS[decision]);
}

const KIND_KEYS: Readonly<Record<LegacyUserKind, MessageKey>> = {
	person: 'stepLegacy.kindPerson',
	device: 'stepLegacy.kindDevice',
	sharedMailbox: 'stepLegacy.kindSharedMailbox',
	serviceAccount: 'stepLegacy.kindServiceAccount',
};

export function kindText(kind: LegacyUserKind, t: Translator): string {
	return t.dynamic(KIND_KEYS[kind]);
}

const QUESTION_KEYS: Readonly<Record<QuestionId, MessageKey>> = {
	qScanners: 'stepLegacy.qScanners',
	qMailboxApps: 'stepLegacy.qMailboxApps',
	qOtherClients: 'stepLegacy.qOtherClients',
	qScripts: 'stepLegacy.qScripts',
};

export function questionText(id: QuestionId, t: Translator): string {
	return t.dynamic(QUESTION_KEYS[id]);
}

export function questionAnswerText(answer: QuestionAnswer, t: Translator): string {
	return answer === 'yes' ? t('common.yes') : answer === 'no' ? t('common.no') : t('stepLegacy.answerUnsure');
}

/** The SMTP AUTH sentence, relative to the session clock. */
export function smtpAuthText(smtp: NonNullable<LegacyFindings['smtpAuth']>, t: Translator): string {
	const date = t.date(`${smtp.date}T12:00:00Z`);
	return smtp.daysUntil > 0
		? t('stepLegacy.smtpAuthSoon', {date, days: smtp.daysUntil})
		: t('stepLegacy.smtpAuthPassed', {date});
}

/** The findings as sentences (the plan document; the view shows the same with tones). */
export function findingSentences(f: LegacyFindings, t: Translator): string[] {
	const lines: string[] = [];
	if (f.source === 'signInLogs') {
		lines.push(t('stepLegacy.sourceSignIns', {days: f.window.days}));
		if (f.items.length === 0) lines.push(t('stepLegacy.noneFound'));
		for (const p of f.protocols) {
			lines.push(
				t('stepLegacy.protocolLine', {
					protocol: p.protocol,
					signIns: p.signIns,
					successful: p.successfulSignIns,
					users: p.users,
				}),
			);
		}
		if (f.failedOnlyAttempts) lines.push(t('stepLegacy.failedOnly', {attempts: f.failedOnlyAttempts}));
	} else if (f.source === 'usageReport') {
		lines.push(t('stepLegacy.sourceUsageReport'));
		lines.push(
			t('stepLegacy.usageCounts', {
				pop3: f.usageRows.filter(r => r.pop3).length,
				imap4: f.usageRows.filter(r => r.imap4).length,
				smtp: f.usageRows.filter(r => r.smtp).length,
			}),
		);
	} else {
		lines.push(t('stepLegacy.sourceNone'));
	}
	if (f.concealedNames === true && f.source !== 'signInLogs') lines.push(t('stepLegacy.concealedExplained'));
	if (f.smtpAuth) lines.push(smtpAuthText(f.smtpAuth, t));
	lines.push(f.legacyBlocked === 'enforced' ? t('stepLegacy.alreadyBlocked') : t('stepLegacy.notBlocked'));
	return lines;
}

export const legacyAuthStep: StepModule<LegacyFindings> = {
	id: 'legacy-auth',
	readScopes: [],
	writeScopes: ['ReportSettings.ReadWrite.All'],
	async assess(ctx: StepContext) {
		return legacyFindings(ctx.assessment, ctx.now());
	},
	summarize(f) {
		return {
			source: f.source,
			items: f.items.length,
			users: new Set(f.items.filter(i => !i.failedOnly).map(i => i.userPrincipalName.toLowerCase())).size,
			protocols: f.protocols.map(p => p.protocol),
			failedOnlyAttempts: f.failedOnlyAttempts,
			usageRows: f.usageRows.length,
		};
	},
	recommend(f) {
		const answers: Record<string, JsonValue> = {};
		if (offersUnconceal(f)) answers.unconceal = 'yes';
		if (questionnaireApplies(f)) for (const q of QUESTIONS) answers[q] = 'unsure';
		return answers;
	},
	plan(f, answers) {
		if (offersUnconceal(f) && choiceAnswer(answers, 'unconceal', UNCONCEAL_CHOICES, 'no') === 'yes') {
			return [unconcealChange()];
		}
		return [];
	},
	open(f, answers): OpenItem[] {
		const items: OpenItem[] = [];
		const recorded = recordedDecisions(answers);
		if (f.source === 'none') {
			items.push({
				step: 'legacy-auth',
				id: 'legacy-unreadable',
				text: msg('stepLegacy.openUnreadable'),
				breaks: msg('stepLegacy.breaksLegacy'),
				severity: 'high',
			});
		}
		for (const item of f.items) {
			const decision = effectiveDecision(item, recorded);
			if (!isItemOpen(item, decision)) continue;
			const seenAgain = decision.doneAt !== undefined;
			items.push({
				step: 'legacy-auth',
				// Readable where another step lists it by id (the lockout guard): who, how, from what.
				id: [item.userPrincipalName, item.protocol, item.device ?? item.app].filter(Boolean).join(' · '),
				text: seenAgain
					? msg('stepLegacy.openSeenAgain', {upn: item.userPrincipalName, protocol: item.protocol})
					: msg('stepLegacy.openItem', {
							upn: item.userPrincipalName,
							protocol: item.protocol,
							decision: decision.decision,
						}),
				breaks: msg('stepLegacy.breaksLegacy'),
				severity: decision.explicit ? 'medium' : 'high',
			});
		}
		if (questionnaireApplies(f)) {
			for (const q of QUESTIONS) {
				const answer = choiceAnswer<QuestionAnswer>(answers, q, QUESTION_ANSWERS, 'unsure');
				if (answer === 'no') continue;
				items.push({
					step: 'legacy-auth',
					id: q,
					text: msg(answer === 'yes' ? 'stepLegacy.openQuestionYes' : 'stepLegacy.openQuestionUnsure', {
						question: q,
					}),
					breaks: msg('stepLegacy.breaksLegacy'),
					severity: answer === 'yes' ? 'medium' : 'low',
				});
			}
		}
		return items;
	},
	describe(f, answers, ctx): PlanSection {
		const {t} = ctx;
		const recorded = recordedDecisions(answers);
		const decisions: {question: string; answer: string}[] = [];
		// A change board reads a page, not ten thousand lines: past a screenful the items are counted per protocol and
		// decision (the CSV export has every line), the admin's own decisions still listed one by one.
		const aggregate = f.items.length > PLAN_ITEM_LIMIT;
		if (aggregate) {
			const counts = new Map<string, number>();
			for (const item of f.items) {
				const d = effectiveDecision(item, recorded);
				if (d.explicit) continue;
				const key = `${item.protocol}\u0000${d.decision}`;
				counts.set(key, (counts.get(key) ?? 0) + 1);
			}
			for (const [key, count] of counts) {
				const [protocol, decision] = key.split('\u0000') as [string, LegacyDecision];
				decisions.push({
					question: t('stepLegacy.aggregateQuestion', {protocol, count}),
					answer: `${decisionText(decision, t)} (${t('stepUi.recommended')})`,
				});
			}
		}
		for (const item of f.items) {
			const d = effectiveDecision(item, recorded);
			if (aggregate && !d.explicit) continue;
			decisions.push({
				question: t('stepLegacy.itemQuestion', {
					protocol: item.protocol,
					upn: item.userPrincipalName,
					device: item.device ?? item.app ?? t('common.unknown'),
				}),
				answer: `${decisionText(d.decision, t)}${d.explicit ? '' : ` (${t('stepUi.recommended')})`}${
					d.note ? ` — ${d.note}` : ''
				}${d.doneAt ? ` — ${t('stepLegacy.markedDone')}` : ''}`,
			});
		}
		if (questionnaireApplies(f)) {
			for (const q of QUESTIONS) {
				decisions.push({
					question: questionText(q, t),
					answer: questionAnswerText(choiceAnswer<QuestionAnswer>(answers, q, QUESTION_ANSWERS, 'unsure'), t),
				});
			}
		}
		if (offersUnconceal(f)) {
			decisions.push({
				question: t('stepLegacy.unconcealQuestion'),
				answer:
					choiceAnswer(answers, 'unconceal', UNCONCEAL_CHOICES, 'no') === 'yes'
						? t('stepLegacy.unconcealYes')
						: t('stepLegacy.unconcealNo'),
			});
		}
		const notes: string[] = [];
		if (aggregate) notes.push(t('stepLegacy.aggregateNote', {count: f.items.length}));
		if (f.source === 'usageReport') notes.push(t('stepLegacy.lessComplete'));
		if (f.items.some(i => effectiveDecision(i, recorded).decision === 'appPassword')) {
			notes.push(t('stepLegacy.appPasswordTruth'));
		}
		return {step: 'legacy-auth', findings: findingSentences(f, t), decisions, notes};
	},
};
