/** The Ink view of each step, by id (the step's logic is in src/steps/<id>/). */
import type {ComponentType} from 'react';
import type {StepId} from '../../wizard/step-ids.js';
import {EnforceView} from './EnforceView.js';
import type {StepViewProps} from './types.js';

// biome-ignore lint/suspicious/noExplicitAny: each view has its own findings type; StepHost passes them through.
export const STEP_VIEWS: Partial<Record<StepId, ComponentType<StepViewProps<any>>>> = {
	enforce: EnforceView,
};
