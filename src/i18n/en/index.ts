import {aadsts} from './aadsts.js';
import {auth} from './auth.js';
import {changes} from './changes.js';
import {cli} from './cli.js';
import {common} from './common.js';
import {findings} from './findings.js';
import {graph} from './graph.js';
import {plan} from './plan.js';
import {progress} from './progress.js';
import {setup} from './setup.js';
import {shell} from './shell.js';
import {simulate} from './simulate.js';
import {stepAutomation} from './stepAutomation.js';
import {stepEnforce} from './stepEnforce.js';
import {stepLegacy} from './stepLegacy.js';
import {stepMobile} from './stepMobile.js';
import {stepOffice} from './stepOffice.js';
import {stepProfile} from './stepProfile.js';
import {steps} from './steps.js';
import {stepUi} from './stepUi.js';
import {undo} from './undo.js';

/** The English catalogue: the reference every other language must match key for key (checked by the compiler). */
export const en = {
	aadsts,
	auth,
	changes,
	cli,
	common,
	findings,
	graph,
	plan,
	progress,
	setup,
	shell,
	simulate,
	stepAutomation,
	stepLegacy,
	stepMobile,
	stepOffice,
	stepProfile,
	steps,
	stepUi,
	stepEnforce,
	undo,
} as const;
