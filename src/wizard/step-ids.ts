import type {MessageKey} from '../i18n/index.js';

/** The wizard's steps, in the order the partner security requirements take them (PRODUCT.md "The steps"). */
export const STEP_IDS = [
	'profile',
	'legacy-auth',
	'office',
	'mobile',
	'automation',
	'enforce',
	'sspr',
	'recovery',
	'summary',
] as const;

export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: string): value is StepId {
	return (STEP_IDS as readonly string[]).includes(value);
}

export interface StepInfo {
	readonly id: StepId;
	/** 1-based position shown to the admin. */
	readonly number: number;
	readonly short: MessageKey;
	readonly title: MessageKey;
	readonly about: MessageKey;
}

const NAMES: Readonly<Record<StepId, [MessageKey, MessageKey, MessageKey]>> = {
	profile: ['steps.shortProfile', 'steps.titleProfile', 'steps.aboutProfile'],
	'legacy-auth': ['steps.shortLegacyAuth', 'steps.titleLegacyAuth', 'steps.aboutLegacyAuth'],
	office: ['steps.shortOffice', 'steps.titleOffice', 'steps.aboutOffice'],
	mobile: ['steps.shortMobile', 'steps.titleMobile', 'steps.aboutMobile'],
	automation: ['steps.shortAutomation', 'steps.titleAutomation', 'steps.aboutAutomation'],
	enforce: ['steps.shortEnforce', 'steps.titleEnforce', 'steps.aboutEnforce'],
	sspr: ['steps.shortSspr', 'steps.titleSspr', 'steps.aboutSspr'],
	recovery: ['steps.shortRecovery', 'steps.titleRecovery', 'steps.aboutRecovery'],
	summary: ['steps.shortSummary', 'steps.titleSummary', 'steps.aboutSummary'],
};

export const STEPS: readonly StepInfo[] = STEP_IDS.map((id, index) => {
	const [short, title, about] = NAMES[id];
	return {id, number: index + 1, short, title, about};
});

export function stepInfo(id: StepId): StepInfo {
	return STEPS[STEP_IDS.indexOf(id)]!;
}
