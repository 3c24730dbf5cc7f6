/**
 * Step 3 — Office and modern authentication (PRODUCT.md "The steps" 3): who is licensed for Office and Exchange,
 * which Outlook versions are in use (usage reports), Outlook 2013's registry values (a ready .reg file) and its end of
 * support, and Exchange Online's modern-auth switch, which Graph cannot read: the admin runs a one-line check and
 * records the answer. Nothing here changes the tenant.
 */
import type {Assessment} from '../../assessment/types.js';
import type {Translator} from '../../i18n/index.js';
import {DATES} from '../../knowledge/dates.js';
import {OUTLOOK_VERSION} from '../../knowledge/office.js';
import type {CoverageItem} from '../../report/types.js';
import type {JsonValue} from '../../wizard/reducer.js';
import {choiceAnswer} from '../common.js';
import {type Answers, msg, type OpenItem, type PlanSection, type StepModule} from '../types.js';

export const EXO_ANSWERS = ['enabled', 'disabled', 'notChecked'] as const;
export type ExoAnswer = (typeof EXO_ANSWERS)[number];
export const OUTLOOK_2013_PLANS = ['regKeysThenUpgrade', 'upgrade', 'accept'] as const;
export type Outlook2013Plan = (typeof OUTLOOK_2013_PLANS)[number];
export const OLD_OUTLOOK_PLANS = ['upgrade', 'accept'] as const;
export type OldOutlookPlan = (typeof OLD_OUTLOOK_PLANS)[number];

export interface OfficeFindings {
	readonly exchangeUsers: number | null;
	readonly officeAppsUsers: number | null;
	/** Outlook versions with at least one user, busiest first; null when the report could not be read. */
	readonly versions: readonly {readonly name: string; readonly users: number}[] | null;
	readonly outlook2013: {
		readonly users: number;
		/** Names (or hashes when concealed) from the usage report's user detail, when read. */
		readonly names: readonly string[] | null;
		readonly concealed: boolean;
	};
	/** Outlook 2010 and 2007: no modern authentication at all. */
	readonly noModernAuthUsers: number;
	/** Outlook 2016 and 2019: out of support, modern authentication works. */
	readonly outOfSupportUsers: number;
	readonly coverage: CoverageItem;
}

function usersOf(versions: Readonly<Record<string, number>> | null, names: readonly string[]): number {
	if (!versions) return 0;
	return names.reduce((sum, name) => sum + (versions[name] ?? 0), 0);
}

export function officeFindings(assessment: Assessment): OfficeFindings {
	const o = assessment.office;
	const versions = o.outlookVersions;
	const count2013 = Math.max(usersOf(versions, OUTLOOK_VERSION.needsRegistryValues), o.outlook2013Users?.length ?? 0);
	return {
		exchangeUsers: o.exchangeUsers ?? assessment.licences.exchangeSeats,
		officeAppsUsers: o.officeAppsUsers ?? assessment.licences.officeAppsSeats,
		versions: versions
			? Object.entries(versions)
					.filter(([, users]) => users > 0)
					.map(([name, users]) => ({name, users}))
					.sort((a, b) => b.users - a.users || a.name.localeCompare(b.name))
			: null,
		outlook2013: {users: count2013, names: o.outlook2013Users, concealed: o.concealedNames === true},
		noModernAuthUsers: usersOf(versions, OUTLOOK_VERSION.noModernAuth),
		outOfSupportUsers: usersOf(versions, OUTLOOK_VERSION.outOfSupport),
		coverage: o.coverage,
	};
}

export function exoAnswer(answers: Answers): ExoAnswer {
	return choiceAnswer(answers, 'exoModernAuth', EXO_ANSWERS, 'notChecked');
}

export function outlook2013Plan(answers: Answers): Outlook2013Plan {
	return choiceAnswer(answers, 'outlook2013Plan', OUTLOOK_2013_PLANS, 'regKeysThenUpgrade');
}

export function oldOutlookPlan(answers: Answers): OldOutlookPlan {
	return choiceAnswer(answers, 'oldOutlookPlan', OLD_OUTLOOK_PLANS, 'upgrade');
}

export function exoAnswerText(answer: ExoAnswer, t: Translator): string {
	return answer === 'enabled'
		? t('stepOffice.exoEnabled')
		: answer === 'disabled'
			? t('stepOffice.exoDisabled')
			: t('stepOffice.exoNotChecked');
}

export function outlook2013PlanText(plan: Outlook2013Plan, t: Translator): string {
	return plan === 'regKeysThenUpgrade'
		? t('stepOffice.planRegKeysThenUpgrade')
		: plan === 'upgrade'
			? t('stepOffice.planUpgrade')
			: t('stepOffice.planAccept');
}

export function oldOutlookPlanText(plan: OldOutlookPlan, t: Translator): string {
	return plan === 'upgrade' ? t('stepOffice.planUpgradeOld') : t('stepOffice.planAcceptOld');
}

/** Office 2013's support dates, as the admin reads them. */
export function office2013Support(t: Translator): string {
	return t('stepOffice.office2013Support', {
		connections: t.date(`${DATES.office2013ConnectionsUnsupported.date}T12:00:00Z`),
		end: t.date(`${DATES.office2013EndOfSupport.date}T12:00:00Z`),
	});
}

/** A version as the report names it; its catch-all `Undetermined` in the admin's language. */
export function versionName(name: string, t: Translator): string {
	return name === 'Undetermined' ? t('stepOffice.versionUndetermined') : name;
}

export function findingSentences(f: OfficeFindings, t: Translator): string[] {
	const lines: string[] = [
		t('stepOffice.licensed', {
			exchange: f.exchangeUsers === null ? t('common.unknown') : t.number(f.exchangeUsers),
			office: f.officeAppsUsers === null ? t('common.unknown') : t.number(f.officeAppsUsers),
		}),
	];
	if (f.versions === null) lines.push(t('stepOffice.versionsUnavailable'));
	else if (f.versions.length === 0) lines.push(t('stepOffice.versionsNone'));
	else {
		lines.push(
			t('stepOffice.versionsIntro'),
			...f.versions.map(v => t('stepOffice.versionLine', {name: versionName(v.name, t), users: v.users})),
		);
	}
	if (f.outlook2013.users > 0) {
		lines.push(t('stepOffice.outlook2013Found', {users: f.outlook2013.users}), office2013Support(t));
	}
	if (f.noModernAuthUsers > 0) lines.push(t('stepOffice.oldOutlookFound', {users: f.noModernAuthUsers}));
	if (f.outOfSupportUsers > 0) {
		lines.push(
			t('stepOffice.outOfSupportFound', {
				users: f.outOfSupportUsers,
				date: t.date(`${DATES.office2016And2019EndOfSupport.date}T12:00:00Z`),
			}),
		);
	}
	return lines;
}

export const officeStep: StepModule<OfficeFindings> = {
	id: 'office',
	readScopes: [],
	writeScopes: [],
	async assess(ctx) {
		return officeFindings(ctx.assessment);
	},
	summarize(f) {
		return {
			exchangeUsers: f.exchangeUsers,
			outlook2013: f.outlook2013.users,
			noModernAuth: f.noModernAuthUsers,
			outOfSupport: f.outOfSupportUsers,
		};
	},
	recommend(f) {
		const answers: Record<string, JsonValue> = {exoModernAuth: 'notChecked'};
		if (f.outlook2013.users > 0) answers.outlook2013Plan = 'regKeysThenUpgrade';
		if (f.noModernAuthUsers > 0) answers.oldOutlookPlan = 'upgrade';
		return answers;
	},
	plan() {
		return [];
	},
	open(f, answers): OpenItem[] {
		const items: OpenItem[] = [];
		const exo = exoAnswer(answers);
		if (exo !== 'enabled') {
			items.push({
				step: 'office',
				id: 'exo-modern-auth',
				text: msg(exo === 'disabled' ? 'stepOffice.openExoDisabled' : 'stepOffice.openExoNotChecked'),
				breaks: msg('stepOffice.breaksExo'),
				severity: exo === 'disabled' ? 'high' : 'medium',
			});
		}
		if (f.outlook2013.users > 0 && outlook2013Plan(answers) !== 'accept') {
			items.push({
				step: 'office',
				id: 'outlook-2013',
				text: msg('stepOffice.openOutlook2013', {users: f.outlook2013.users}),
				breaks: msg('stepOffice.breaksOutlook2013'),
				severity: 'medium',
			});
		}
		if (f.noModernAuthUsers > 0 && oldOutlookPlan(answers) !== 'accept') {
			items.push({
				step: 'office',
				id: 'outlook-old',
				text: msg('stepOffice.openOldOutlook', {users: f.noModernAuthUsers}),
				breaks: msg('stepOffice.breaksOldOutlook'),
				severity: 'high',
			});
		}
		return items;
	},
	describe(f, answers, ctx): PlanSection {
		const {t} = ctx;
		const decisions = [{question: t('stepOffice.exoQuestion'), answer: exoAnswerText(exoAnswer(answers), t)}];
		if (f.outlook2013.users > 0) {
			decisions.push({
				question: t('stepOffice.outlook2013Question', {users: f.outlook2013.users}),
				answer: outlook2013PlanText(outlook2013Plan(answers), t),
			});
		}
		if (f.noModernAuthUsers > 0) {
			decisions.push({
				question: t('stepOffice.oldOutlookQuestion', {users: f.noModernAuthUsers}),
				answer: oldOutlookPlanText(oldOutlookPlan(answers), t),
			});
		}
		const notes = [t('stepOffice.exoCheckNote')];
		if (f.outlook2013.users > 0) notes.push(t('stepOffice.regFileNote'));
		return {step: 'office', findings: findingSentences(f, t), decisions, notes};
	},
};
