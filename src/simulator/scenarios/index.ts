/** Scenario selection: the hand-written contoso tenant, the large generator, or custom data. */

import {contosoSignIns} from '../signins/contoso.js';
import {largeSignIns} from '../signins/large.js';
import {type SignInStore, SignInStore as Store} from '../signins/store.js';
import type {TenantState} from '../state.js';
import {contosoState} from './contoso.js';
import {largeState} from './large.js';

export interface CustomScenario {
	readonly state: TenantState;
	/** Builds the sign-in log for this state (default: none). */
	readonly signIns?: (state: TenantState, now: number, seed: number) => SignInStore;
}

export type ScenarioInput = 'contoso' | 'large' | CustomScenario;

export interface ScenarioParams {
	readonly now: number;
	readonly seed: number;
	readonly users?: number;
	readonly signIns?: number;
}

export function buildScenario(
	input: ScenarioInput,
	params: ScenarioParams,
): {state: TenantState; signIns: SignInStore} {
	if (input === 'contoso') {
		const state = contosoState(params.now, params.seed);
		return {state, signIns: contosoSignIns(state, params.now, params.seed)};
	}
	if (input === 'large') {
		const {state, profiles} = largeState(params.now, params.seed, params.users ?? 100_000);
		return {state, signIns: largeSignIns(state, profiles, params.now, params.seed, params.signIns ?? 1_000_000)};
	}
	const state = structuredClone(input.state);
	return {state, signIns: input.signIns ? input.signIns(state, params.now, params.seed) : Store.empty()};
}
