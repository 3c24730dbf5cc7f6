/** The Ink view of each step, by id (the step's logic is in src/steps/<id>/). */
import type {ComponentType} from 'react';
import type {StepId} from '../../wizard/step-ids.js';
import {AutomationView} from './AutomationView.js';
import {EnforceView} from './EnforceView.js';
import {LegacyAuthView} from './LegacyAuthView.js';
import {MobileView} from './MobileView.js';
import {OfficeView} from './OfficeView.js';
import {ProfileView} from './ProfileView.js';
import {RecoveryView} from './RecoveryView.js';
import {SsprView} from './SsprView.js';
import {SummaryView} from './SummaryView.js';
import type {StepViewProps} from './types.js';

// biome-ignore lint/suspicious/noExplicitAny: each view has its own findings type; StepHost passes them through.
export const STEP_VIEWS: Partial<Record<StepId, ComponentType<StepViewProps<any>>>> = {
	profile: ProfileView,
	'legacy-auth': LegacyAuthView,
	office: OfficeView,
	mobile: MobileView,
	automation: AutomationView,
	sspr: SsprView,
	recovery: RecoveryView,
	summary: SummaryView,
	enforce: EnforceView,
};
