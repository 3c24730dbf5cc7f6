/** The tenant simulator: Microsoft Graph and the sign-in endpoints on loopback. See README.md in this folder. */

export {DEMO_TENANT} from './demo-tenant.js';
export type {FaultKind, FaultOptions} from './faults.js';
export type {IdentityOptions, InjectedIdentityError} from './identity.js';
export type {LogEntry, RequestLog} from './log.js';
export {ALL_PERMISSIONS, READ_PERMISSIONS, WRITE_PERMISSIONS} from './permissions.js';
export {CONTOSO, contosoUserId, upnOf} from './scenarios/contoso.js';
export type {CustomScenario, ScenarioInput} from './scenarios/index.js';
export type {SimulatorClock} from './server.js';
export type {IssueTokenOptions, Simulator, SimulatorControl, SimulatorOptions} from './simulator.js';
export {createSimulator, SIMULATOR_CLIENT_ID} from './simulator.js';
export type {TenantState} from './state.js';
