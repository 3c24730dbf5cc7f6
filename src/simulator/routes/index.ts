/** Every Graph route the simulator serves, in match order (specific paths before general ones). */
import type {Route} from '../context.js';
import {directoryRoutes} from './directory.js';
import {methodRoutes} from './methods.js';
import {policyRoutes} from './policies.js';
import {reportRoutes} from './reports.js';
import {riskRoutes} from './risk.js';
import {roleRoutes} from './roles.js';
import {signInRoutes} from './signins.js';

export function allRoutes(): Route[] {
	// Method routes go first: their paths (/users/{id}/authentication/…) are longer than the directory's.
	return [
		...methodRoutes,
		...directoryRoutes,
		...roleRoutes,
		...policyRoutes,
		...reportRoutes,
		...riskRoutes,
		...signInRoutes,
	];
}
