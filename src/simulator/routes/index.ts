/** Every Graph route the simulator serves, in match order (specific paths before general ones). */
import type {Route} from '../context.js';
import {directoryRoutes} from './directory.js';

export function allRoutes(): Route[] {
	return [...directoryRoutes];
}
