import {cli} from './cli.js';
import {common} from './common.js';
import {progress} from './progress.js';
import {shell} from './shell.js';
import {simulate} from './simulate.js';
import {steps} from './steps.js';

/** The English catalogue: the reference every other language must match key for key (checked by the compiler). */
export const en = {cli, common, progress, shell, simulate, steps} as const;
