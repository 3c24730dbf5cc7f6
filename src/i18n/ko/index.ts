import type {en} from '../en/index.js';
import type {Translated} from '../types.js';
import {aadsts} from './aadsts.js';
import {auth} from './auth.js';
import {changes} from './changes.js';
import {cli} from './cli.js';
import {common} from './common.js';
import {findings} from './findings.js';
import {graph} from './graph.js';
import {progress} from './progress.js';
import {setup} from './setup.js';
import {shell} from './shell.js';
import {simulate} from './simulate.js';
import {stepEnforce} from './stepEnforce.js';
import {steps} from './steps.js';
import {undo} from './undo.js';

/** Korean: the compiler checks every English key has a translation with the same parameters. */
export const ko: {readonly [A in keyof typeof en]: Translated<(typeof en)[A]>} = {
	aadsts,
	auth,
	changes,
	cli,
	common,
	findings,
	graph,
	progress,
	setup,
	shell,
	simulate,
	stepEnforce,
	steps,
	undo,
};
