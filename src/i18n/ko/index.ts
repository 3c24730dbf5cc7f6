import type {en} from '../en/index.js';
import type {Translated} from '../types.js';
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

/** Korean: the compiler checks every English key has a translation with the same parameters. */
export const ko: {readonly [A in keyof typeof en]: Translated<(typeof en)[A]>} = {
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
};
