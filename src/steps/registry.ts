/** The step modules by id. A step without a module shows what it is for and can be skipped with a reason. */
import type {StepId} from '../wizard/step-ids.js';
import {automationStep} from './automation/index.js';
import {enforceStep} from './enforce/index.js';
import {legacyAuthStep} from './legacy-auth/index.js';
import {mobileStep} from './mobile/index.js';
import {officeStep} from './office/index.js';
import {profileStep} from './profile/index.js';
import {recoveryStep} from './recovery/index.js';
import {ssprStep} from './sspr/index.js';
import {summaryStep} from './summary/index.js';
import type {StepModule} from './types.js';

// biome-ignore lint/suspicious/noExplicitAny: each module has its own findings type; the host treats them opaquely.
export const STEP_MODULES: ReadonlyMap<StepId, StepModule<any>> = new Map<StepId, StepModule<any>>([
	['profile', profileStep],
	['legacy-auth', legacyAuthStep],
	['office', officeStep],
	['mobile', mobileStep],
	['automation', automationStep],
	['sspr', ssprStep],
	['recovery', recoveryStep],
	['summary', summaryStep],
	['enforce', enforceStep],
]);
