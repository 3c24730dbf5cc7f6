/**
 * Step 9 — the summary: compliance against COMPLIANCE.md's rules (the verdicts and their reasons), what this tool
 * changed, what is still open in each step, what to do next, and the commands for `check` and `report`. It changes
 * nothing in the tenant. The view (src/ui/steps/SummaryView.tsx) reads the tenant again first when changes were
 * applied since the assessment, so the verdicts shown are the tenant's as it is now.
 */

import type {Report} from '../../report/types.js';
import type {JsonValue} from '../../wizard/reducer.js';
import type {PlanSection, StepModule} from '../types.js';
import {buildSummary} from './model.js';

export interface SummaryFindings {
	readonly report: Report;
	/** Users and groups by id, for the ids in verdict reasons (the assessment's `directoryNames`). */
	readonly names: Readonly<Record<string, string>>;
	readonly collectedAt: string;
}

export const summaryStep: StepModule<SummaryFindings> = {
	id: 'summary',
	readScopes: [],
	writeScopes: [],

	async assess(ctx) {
		return {
			report: ctx.assessment.report,
			names: ctx.assessment.directoryNames,
			collectedAt: ctx.assessment.collectedAt,
		};
	},

	summarize(f): JsonValue {
		const e = f.report.enforcement;
		return {
			compliant: f.report.compliant,
			mfaAllUsers: e.mfaAllUsers.verdict,
			mfaAdmins: e.mfaAdmins.verdict,
			legacyAuthBlocked: e.legacyAuthBlocked.verdict,
		};
	},

	recommend: () => ({}),
	plan: () => [],
	open: () => [],

	describe(f, _answers, ctx): PlanSection {
		const {t} = ctx;
		const model = buildSummary({
			report: f.report,
			names: f.names,
			journal: [],
			openItems: [],
			t,
			demo: ctx.mode === 'demo',
			dryRun: ctx.dryRun,
			breakGlass: ctx.breakGlass,
		});
		return {
			step: 'summary',
			findings: [
				compliantText(model.compliant, t),
				...model.verdicts.flatMap(v => [
					`${t(VERDICT_NAME[v.key])}: ${t(VERDICT_LABEL[v.verdict])}`,
					...v.explained.map(r => `  ${r}`),
				]),
			],
			decisions: [],
			notes: [...model.next, ...model.commands],
		};
	},
};

export const VERDICT_NAME = {
	mfaAllUsers: 'stepSummary.verdictMfaAllUsers',
	mfaAdmins: 'stepSummary.verdictMfaAdmins',
	legacyAuthBlocked: 'stepSummary.verdictLegacy',
} as const;

export const VERDICT_LABEL = {
	enforced: 'stepSummary.enforced',
	reportOnly: 'stepSummary.reportOnly',
	partial: 'stepSummary.partial',
	none: 'stepSummary.none',
	unknown: 'stepSummary.unknown',
} as const;

export function compliantText(compliant: boolean | null, t: Parameters<StepModule['describe']>[2]['t']): string {
	return compliant === true
		? t('stepSummary.compliantYes')
		: compliant === false
			? t('stepSummary.compliantNo')
			: t('stepSummary.compliantUnknown');
}
