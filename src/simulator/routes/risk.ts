/**
 * Identity Protection: risky users (+ history, dismiss, confirmCompromised) and risk detections. Risky users need
 * Entra ID P2; detections answer with limited detail on P1 (GRAPH.md §9). Both are throttled at about one request per
 * second per tenant, without Retry-After.
 */

import {ROLE} from '../../knowledge/roles.js';
import type {RequestContext, Route, RouteCheckContext} from '../context.js';
import {badRequest, type GraphError, notFound, notLicensedForFeature} from '../errors.js';
import {contextUrl, respondCollection, respondEntity} from '../odata/collection.js';
import {type FilterSchema, objectPath} from '../odata/filter.js';
import type {RiskLevel, RiskState, SimRiskDetection, SimUser} from '../state.js';
import {bodyObject, noContent} from './helpers.js';

function riskyUserJson(user: SimUser): Record<string, unknown> {
	const risk = user.sim.risk!;
	return {
		id: user.id,
		isDeleted: false,
		isProcessing: false,
		riskLastUpdatedDateTime: risk.riskLastUpdatedDateTime,
		riskLevel: risk.riskLevel,
		riskState: risk.riskState,
		riskDetail: risk.riskDetail,
		userDisplayName: user.displayName,
		userPrincipalName: user.userPrincipalName,
	};
}

const RISKY_FILTER: FilterSchema = {
	entity: 'microsoft.graph.riskyUser',
	directory: false,
	or: true,
	not: false,
	properties: {
		id: {type: 'string', ops: ['eq']},
		riskLevel: {type: 'enum', ops: ['eq', 'ne']},
		riskState: {type: 'enum', ops: ['eq', 'ne', 'in']},
		riskDetail: {type: 'enum', ops: ['eq']},
		riskLastUpdatedDateTime: {type: 'datetime', ops: ['eq', 'ge', 'le', 'gt', 'lt']},
		userPrincipalName: {type: 'string', ops: ['eq', 'startswith']},
		userDisplayName: {type: 'string', ops: ['eq', 'startswith']},
		isDeleted: {type: 'boolean', ops: ['eq']},
	},
};

const DETECTION_FILTER: FilterSchema = {
	entity: 'microsoft.graph.riskDetection',
	directory: false,
	or: true,
	not: false,
	properties: {
		id: {type: 'string', ops: ['eq']},
		userId: {type: 'string', ops: ['eq']},
		userPrincipalName: {type: 'string', ops: ['eq', 'startswith']},
		riskEventType: {type: 'string', ops: ['eq', 'in']},
		riskState: {type: 'enum', ops: ['eq', 'ne']},
		riskLevel: {type: 'enum', ops: ['eq', 'ne']},
		detectionTimingType: {type: 'enum', ops: ['eq']},
		detectedDateTime: {type: 'datetime', ops: ['eq', 'ge', 'le', 'gt', 'lt']},
		activityDateTime: {type: 'datetime', ops: ['eq', 'ge', 'le', 'gt', 'lt']},
	},
};

function riskyUsers(ctx: RequestContext): SimUser[] {
	return ctx.tenant.state.users.filter(u => u.sim.risk !== null);
}

/** P1 sees detections without their detail; free tenants get none (GRAPH.md §9). */
function detectionsLicence(ctx: RouteCheckContext): GraphError | undefined {
	return ctx.tenant.licenceTier() === 'free' ? notLicensedForFeature() : undefined;
}

function detectionJson(ctx: RequestContext, d: SimRiskDetection): Record<string, unknown> {
	if (ctx.tenant.licenceTier() === 'p2') return {...d};
	return {...d, riskEventType: 'generic', riskDetail: 'hidden', riskLevel: 'hidden', additionalInfo: null};
}

function setRisk(ctx: RequestContext, state: RiskState, level: RiskLevel, detail: string): void {
	const body = bodyObject(ctx);
	const ids = body.userIds;
	if (!Array.isArray(ids) || ids.length === 0 || ids.some(i => typeof i !== 'string'))
		throw badRequest("The request body needs 'userIds', an array of user ids.");
	if (ids.length > 60) throw badRequest('At most 60 users can be updated in one request.');
	for (const id of ids as string[]) {
		const user = ctx.tenant.user(id);
		if (!user || user.id !== id) throw notFound(id);
		const history = user.sim.risk?.history ?? [];
		history.push({at: ctx.nowIso, riskState: state, riskLevel: level, riskDetail: detail});
		user.sim.risk = {
			riskLevel: level,
			riskState: state,
			riskDetail: detail,
			riskLastUpdatedDateTime: ctx.nowIso,
			history,
		};
		for (const d of ctx.tenant.state.riskDetections) {
			if (d.userId === id && (d.riskState === 'atRisk' || d.riskState === 'confirmedCompromised')) {
				d.riskState = state;
				d.riskDetail = detail;
				d.lastUpdatedDateTime = ctx.nowIso;
			}
		}
	}
	ctx.changed();
}

export const riskRoutes: Route[] = [
	{
		method: 'GET',
		pattern: /^\/identityProtection\/riskyUsers$/,
		scopes: ['IdentityRiskyUser.Read.All'],
		licence: 'p2',
		throttle: 'identityProtection',
		handle: ctx =>
			respondCollection(
				ctx,
				{
					contextName: 'identityProtection/riskyUsers',
					filter: RISKY_FILTER,
					directory: false,
					pageSize: 100,
					maxTop: 500,
					orderBy: ['riskLastUpdatedDateTime', 'userPrincipalName'],
					getter: (user, path) => objectPath(riskyUserJson(user), path),
					project: riskyUserJson,
				},
				() => riskyUsers(ctx),
			),
	},
	{
		method: 'GET',
		pattern: /^\/identityProtection\/riskyUsers\/(?<id>[^/]+)$/,
		scopes: ['IdentityRiskyUser.Read.All'],
		licence: 'p2',
		throttle: 'identityProtection',
		handle: ctx => {
			const user = riskyUsers(ctx).find(u => u.id === ctx.params.id);
			if (!user) throw notFound(ctx.params.id!);
			return respondEntity(ctx, 'identityProtection/riskyUsers', riskyUserJson(user));
		},
	},
	{
		method: 'GET',
		pattern: /^\/identityProtection\/riskyUsers\/(?<id>[^/]+)\/history$/,
		scopes: ['IdentityRiskyUser.Read.All'],
		licence: 'p2',
		throttle: 'identityProtection',
		handle: ctx => {
			const user = riskyUsers(ctx).find(u => u.id === ctx.params.id);
			if (!user) throw notFound(ctx.params.id!);
			const value = user.sim.risk!.history.map((h, i) => ({
				id: `${user.id}${i}`,
				userId: user.id,
				initiatedBy: null,
				activity: {eventTypes: [], detail: h.riskDetail},
				isDeleted: false,
				isProcessing: false,
				riskLastUpdatedDateTime: h.at,
				riskLevel: h.riskLevel,
				riskState: h.riskState,
				riskDetail: h.riskDetail,
				userDisplayName: user.displayName,
				userPrincipalName: user.userPrincipalName,
			}));
			return {
				status: 200,
				body: {'@odata.context': contextUrl(ctx, `identityProtection/riskyUsers('${user.id}')/history`), value},
			};
		},
	},
	{
		method: 'POST',
		pattern: /^\/identityProtection\/riskyUsers\/dismiss$/,
		scopes: ['IdentityRiskyUser.ReadWrite.All'],
		roles: {roles: [ROLE.securityAdministrator], detail: 'Security Administrator'},
		licence: 'p2',
		throttle: 'identityProtection',
		handle: ctx => {
			setRisk(ctx, 'dismissed', 'none', 'adminDismissedAllRiskForUser');
			return noContent;
		},
	},
	{
		method: 'POST',
		pattern: /^\/identityProtection\/riskyUsers\/confirmCompromised$/,
		scopes: ['IdentityRiskyUser.ReadWrite.All'],
		roles: {roles: [ROLE.securityAdministrator], detail: 'Security Administrator'},
		licence: 'p2',
		throttle: 'identityProtection',
		handle: ctx => {
			setRisk(ctx, 'confirmedCompromised', 'high', 'adminConfirmedUserCompromised');
			return noContent;
		},
	},
	{
		method: 'GET',
		pattern: /^\/identityProtection\/riskDetections$/,
		scopes: ['IdentityRiskEvent.Read.All'],
		licence: detectionsLicence,
		throttle: 'identityProtection',
		handle: ctx =>
			respondCollection(
				ctx,
				{
					contextName: 'identityProtection/riskDetections',
					filter: DETECTION_FILTER,
					directory: false,
					pageSize: 100,
					maxTop: 500,
					orderBy: ['detectedDateTime', 'activityDateTime'],
					project: d => detectionJson(ctx, d),
				},
				ctx.tenant.state.riskDetections,
			),
	},
	{
		method: 'GET',
		pattern: /^\/identityProtection\/riskDetections\/(?<id>[^/]+)$/,
		scopes: ['IdentityRiskEvent.Read.All'],
		licence: detectionsLicence,
		throttle: 'identityProtection',
		handle: ctx => {
			const d = ctx.tenant.state.riskDetections.find(x => x.id === ctx.params.id);
			if (!d) throw notFound(ctx.params.id!);
			return respondEntity(ctx, 'identityProtection/riskDetections', detectionJson(ctx, d));
		},
	},
];
