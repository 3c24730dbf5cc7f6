import {aadsts} from './aadsts.js';
import {assessment} from './assessment.js';
import {auth} from './auth.js';
import {changes} from './changes.js';
import {check} from './check.js';
import {cli} from './cli.js';
import {common} from './common.js';
import {findings} from './findings.js';
import {graph} from './graph.js';
import {plan} from './plan.js';
import {progress} from './progress.js';
import {report} from './report.js';
import {setup} from './setup.js';
import {shell} from './shell.js';
import {simulate} from './simulate.js';
import {stepAutomation} from './stepAutomation.js';
import {stepEnforce} from './stepEnforce.js';
import {stepLegacy} from './stepLegacy.js';
import {stepMobile} from './stepMobile.js';
import {stepOffice} from './stepOffice.js';
import {stepProfile} from './stepProfile.js';
import {stepRecovery} from './stepRecovery.js';
import {stepSspr} from './stepSspr.js';
import {stepSummary} from './stepSummary.js';
import {steps} from './steps.js';
import {stepUi} from './stepUi.js';
import {undo} from './undo.js';

/** The English catalogue: the reference every other language must match key for key (checked by the compiler). */
export const en = {
	aadsts,
	assessment,
	auth,
	changes,
	check,
	cli,
	common,
	findings,
	graph,
	plan,
	progress,
	report,
	setup,
	shell,
	simulate,
	stepAutomation,
	stepEnforce,
	stepLegacy,
	stepMobile,
	stepOffice,
	stepProfile,
	stepRecovery,
	stepSspr,
	stepSummary,
	stepUi,
	steps,
	undo,
} as const;
