/** The step modules by id. A step without a module shows what it is for and can be skipped with a reason. */
import type {StepId} from '../wizard/step-ids.js';
import {enforceStep} from './enforce/index.js';
import type {StepModule} from './types.js';

// biome-ignore lint/suspicious/noExplicitAny: each module has its own findings type; the host treats them opaquely.
export const STEP_MODULES: ReadonlyMap<StepId, StepModule<any>> = new Map<StepId, StepModule<any>>([
	['enforce', enforceStep],
]);
