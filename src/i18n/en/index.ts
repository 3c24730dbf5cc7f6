import {changes} from './changes.js';
import {cli} from './cli.js';
import {common} from './common.js';
import {findings} from './findings.js';
import {progress} from './progress.js';
import {shell} from './shell.js';
import {steps} from './steps.js';

/** The English catalogue: the reference every other language must match key for key (checked by the compiler). */
export const en = {
	changes,
	cli,
	common,
	findings,
	progress,
	shell,
	steps,
} as const;
