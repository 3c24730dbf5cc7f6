/**
 * The enforce step's answers, read from the progress file's loose JSON. Decisions that fix the plan's target are
 * recorded when taken (the switch from security defaults, the policies moved aside for them, the account to create),
 * so a resumed or re-run plan names the same changes, and each finds its own effect already in place.
 */
import type {Answers} from '../types.js';

export const PATHS = ['conditionalAccess', 'securityDefaults', 'thirdParty'] as const;
export type EnforcePath = (typeof PATHS)[number];

export interface EnforceAnswers {
	readonly path?: EnforcePath;
	/** Entra ID P2: also the user-risk policy. */
	readonly userRiskPolicy: boolean;
	/** The UPN of the emergency-access account to create (decided once, so re-runs find the same account). */
	readonly createBreakGlass?: string;
	/** Switch the report-only policies on (after impact and the lockout guard). */
	readonly enable: boolean;
	/** Security defaults were on when Conditional Access was chosen: turned off just before the policies go on. */
	readonly switchFromSecurityDefaults: boolean;
	/** Conditional Access → security defaults: the enabled policies to move to report-only first (ids, recorded). */
	readonly switchFromCa: boolean;
	readonly switchPolicyIds: readonly string[];
	readonly thirdPartyProvider?: string;
	readonly thirdPartyAttested: boolean;
	/** When the report-only policies were created (RFC 3339), for "come back later". */
	readonly reportOnlySince?: string;
}

function str(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function readAnswers(answers: Answers): EnforceAnswers {
	const path = str(answers.path);
	const ids = answers.switchPolicyIds;
	return {
		path: (PATHS as readonly string[]).includes(path ?? '') ? (path as EnforcePath) : undefined,
		userRiskPolicy: answers.userRiskPolicy === true,
		createBreakGlass: str(answers.createBreakGlass),
		enable: answers.enable === true,
		switchFromSecurityDefaults: answers.switchFromSecurityDefaults === true,
		switchFromCa: answers.switchFromCa === true,
		switchPolicyIds: Array.isArray(ids) ? ids.filter((v): v is string => typeof v === 'string') : [],
		thirdPartyProvider: str(answers.thirdPartyProvider),
		thirdPartyAttested: answers.thirdPartyAttested === true,
		reportOnlySince: str(answers.reportOnlySince),
	};
}
