import type {en} from '../en/index.js';
import type {Translated} from '../types.js';
import {cli} from './cli.js';
import {common} from './common.js';
import {progress} from './progress.js';
import {shell} from './shell.js';
import {simulate} from './simulate.js';
import {steps} from './steps.js';

/** Korean: the compiler checks every English key has a translation with the same parameters. */
export const ko: {readonly [A in keyof typeof en]: Translated<(typeof en)[A]>} = {
	cli,
	common,
	progress,
	shell,
	simulate,
	steps,
};
