/**
 * The wizard's progress as a pure reducer (CONVENTIONS.md): no I/O and no clock — every timestamp arrives in its action.
 * The persisted part of the wizard is exactly this state; what the UI shows on top (cursor, overlays) lives in the UI.
 */
import {STEP_IDS, type StepId} from './step-ids.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | {[key: string]: JsonValue};

export const STEP_STATUSES = ['pending', 'assessed', 'answered', 'planned', 'done', 'skipped', 'failed'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export interface StepError {
	readonly message: string;
	readonly code?: string;
}

export interface StepProgress {
	readonly status: StepStatus;
	/** The admin's decisions, by question id. Never secrets: the store refuses nothing, so steps must not put them here. */
	readonly answers: Readonly<Record<string, JsonValue>>;
	/** A small serialisable digest of what the step found (counts, not user lists). */
	readonly summary?: JsonValue;
	/** Ids of the changes the last plan contained. */
	readonly planned: readonly string[];
	/** Ids of planned changes that were applied. */
	readonly applied: readonly string[];
	readonly skipReason?: string;
	readonly error?: StepError;
	readonly revisits: number;
	readonly updatedAt?: string;
}

export interface WizardProgress {
	readonly steps: Readonly<Record<StepId, StepProgress>>;
	readonly updatedAt?: string;
}

export type WizardAction =
	| {readonly type: 'step-assessed'; readonly step: StepId; readonly at: string; readonly summary?: JsonValue}
	| {
			readonly type: 'answer-given';
			readonly step: StepId;
			readonly at: string;
			readonly key: string;
			readonly value: JsonValue;
	  }
	| {
			readonly type: 'changes-planned';
			readonly step: StepId;
			readonly at: string;
			readonly changeIds: readonly string[];
	  }
	| {
			readonly type: 'changes-applied';
			readonly step: StepId;
			readonly at: string;
			readonly changeIds: readonly string[];
	  }
	| {readonly type: 'step-skipped'; readonly step: StepId; readonly at: string; readonly reason: string}
	| {readonly type: 'step-failed'; readonly step: StepId; readonly at: string; readonly error: StepError}
	| {readonly type: 'step-revisited'; readonly step: StepId; readonly at: string};

export const EMPTY_STEP: StepProgress = {status: 'pending', answers: {}, planned: [], applied: [], revisits: 0};

export function initialProgress(): WizardProgress {
	return {steps: Object.fromEntries(STEP_IDS.map(id => [id, EMPTY_STEP])) as Record<StepId, StepProgress>};
}

/** Statuses after which the admin moves on: nothing in the step is waiting for them. */
export function isFinished(status: StepStatus, options: {dryRun: boolean}): boolean {
	return status === 'done' || status === 'skipped' || (options.dryRun && status === 'planned');
}

export function wizardReducer(state: WizardProgress, action: WizardAction): WizardProgress {
	const current = state.steps[action.step];
	const next = stepReducer(current, action);
	if (next === current) return state;
	return {steps: {...state.steps, [action.step]: {...next, updatedAt: action.at}}, updatedAt: action.at};
}

function stepReducer(step: StepProgress, action: WizardAction): StepProgress {
	switch (action.type) {
		case 'step-assessed': {
			// Resume re-assesses: a step the admin already moved past keeps its status; the tenant's new digest is kept.
			const status = step.status === 'pending' || step.status === 'failed' ? 'assessed' : step.status;
			const {error: _cleared, ...rest} = step;
			return {...rest, status, summary: action.summary ?? step.summary};
		}
		case 'answer-given': {
			// A changed answer reopens the step: its plan has to be made again.
			const {skipReason: _cleared, ...rest} = step;
			return {...rest, status: 'answered', answers: {...step.answers, [action.key]: action.value}};
		}
		case 'changes-planned': {
			const keep = step.applied.filter(id => action.changeIds.includes(id));
			const allApplied = action.changeIds.every(id => keep.includes(id)) && step.status === 'done';
			return {...step, status: allApplied ? 'done' : 'planned', planned: [...action.changeIds], applied: keep};
		}
		case 'changes-applied': {
			const applied = [...new Set([...step.applied, ...action.changeIds])];
			const done = step.planned.every(id => applied.includes(id));
			return {...step, applied, status: done ? 'done' : step.status};
		}
		case 'step-skipped':
			return {...step, status: 'skipped', skipReason: action.reason};
		case 'step-failed':
			return {...step, status: 'failed', error: action.error};
		case 'step-revisited': {
			const {skipReason: _s, error: _e, ...rest} = step;
			return {
				...rest,
				status: Object.keys(step.answers).length > 0 ? 'answered' : step.summary === undefined ? 'pending' : 'assessed',
				revisits: step.revisits + 1,
			};
		}
	}
}

/** The step to show on start or resume: the first one not finished, or the last step when all are. */
export function currentStep(state: WizardProgress, options: {dryRun: boolean}): StepId {
	return STEP_IDS.find(id => !isFinished(state.steps[id].status, options)) ?? STEP_IDS[STEP_IDS.length - 1]!;
}

export function countFinished(state: WizardProgress, options: {dryRun: boolean}): number {
	return STEP_IDS.filter(id => isFinished(state.steps[id].status, options)).length;
}
