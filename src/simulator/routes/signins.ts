/**
 * `/auditLogs/signIns` over the columnar store. A query never scans the whole log per page: the planner takes the
 * `createdDateTime` range (rows are newest first, so a range is a slice found by binary search) and the smallest
 * postings list among indexed equalities (client app, user, app, event type — including `or` of them), then evaluates
 * the full filter only on those candidates, resuming from the position kept in the `$skiptoken`.
 *
 * Graph's rules kept: P1 licence (403 otherwise), AuditLog.Read.All, 5 requests / 10 s throttling, `$top` ≤ 1000
 * (default page 1000), newest first, v1.0 lists interactive sign-ins only, beta lists interactive ones unless the
 * filter names `signInEventTypes`, beta-only fields and filters are unknown in v1.0, and
 * `appliedConditionalAccessPolicies` is left out unless the caller may read Conditional Access data.
 * https://learn.microsoft.com/graph/api/signin-list
 */
import {ROLE} from '../../knowledge/roles.js';
import type {RequestContext, Route} from '../context.js';
import {badRequest, notFound} from '../errors.js';
import {
	checkKnownOptions,
	compileQueryFilter,
	contextUrl,
	decodeSkipToken,
	encodeSkipToken,
	nextLink,
	parseTop,
	pickProperties,
	readOption,
} from '../odata/collection.js';
import type {Expr, FilterSchema, PropertySpec} from '../odata/filter.js';
import {hash32} from '../rng.js';
import {iso} from '../scenarios/common.js';
import {CaEvaluator, type Effective} from '../signins/ca-eval.js';
import {ipText} from '../signins/catalog.js';
import {
	AUTH_METHODS,
	AUTH_REQUIREMENTS,
	EVENT_TYPES,
	type IndexedDimension,
	PROTOCOLS,
	RISK_LEVELS,
	type SignInStore,
} from '../signins/store.js';

const str: PropertySpec = {type: 'string', ops: ['eq', 'startswith']};
const eq: PropertySpec = {type: 'string', ops: ['eq']};
const date: PropertySpec = {type: 'datetime', ops: ['eq', 'ge', 'le', 'gt', 'lt']};

/** Filterable sign-in properties (GRAPH.md §1; beta adds authenticationRequirement, authenticationProtocol, signInEventTypes). */
const V1_PROPERTIES: Record<string, PropertySpec> = {
	id: eq,
	createdDateTime: date,
	userId: eq,
	userPrincipalName: str,
	userDisplayName: str,
	appId: eq,
	appDisplayName: str,
	resourceId: eq,
	resourceDisplayName: str,
	clientAppUsed: eq,
	ipAddress: str,
	correlationId: eq,
	isInteractive: {type: 'boolean', ops: ['eq']},
	'status/errorCode': {type: 'number', ops: ['eq', 'ne']},
	conditionalAccessStatus: {type: 'enum', ops: ['eq']},
	'deviceDetail/browser': str,
	'deviceDetail/operatingSystem': str,
	'location/city': str,
	'location/countryOrRegion': str,
	riskLevelDuringSignIn: {type: 'enum', ops: ['eq']},
	riskState: {type: 'enum', ops: ['eq']},
};

const FILTER_V1: FilterSchema = {
	entity: 'microsoft.graph.signIn',
	directory: false,
	or: true,
	not: false,
	properties: V1_PROPERTIES,
};
const FILTER_BETA: FilterSchema = {
	...FILTER_V1,
	properties: {
		...V1_PROPERTIES,
		authenticationRequirement: {type: 'enum', ops: ['eq', 'startswith']},
		authenticationProtocol: {type: 'enum', ops: ['eq']},
		signInEventTypes: {type: 'enum', ops: ['eq', 'ne'], collection: true},
		userType: {type: 'enum', ops: ['eq']},
	},
};

const MAX_PAGE = 1000;
/** How far a page looks ahead for the next match before deciding whether to send a nextLink. */
const LOOKAHEAD = 50_000;

interface Accessor {
	get(row: number, path: string): unknown;
	effective(row: number): Effective;
}

function evaluatorFor(ctx: RequestContext): CaEvaluator {
	const key = `caEvaluator:${ctx.tenant.version}`;
	let evaluator = ctx.core.cache.get(key) as CaEvaluator | undefined;
	if (!evaluator) {
		evaluator = new CaEvaluator(ctx.tenant);
		ctx.core.cache.set(key, evaluator);
	}
	return evaluator;
}

function accessor(ctx: RequestContext, store: SignInStore): Accessor {
	const c = store.cols;
	const d = store.dicts;
	const evaluator = evaluatorFor(ctx);
	const memo = new Map<number, Effective>();
	const effective = (row: number): Effective => {
		const hit = memo.get(row);
		if (hit) return hit;
		const user = d.users.values[c.user[row]!]!;
		const result = evaluator.evaluate({
			timeMs: c.time[row]! * 1000,
			userId: user.id,
			userType: user.userType,
			appId: d.apps.values[c.app[row]!]!.appId,
			resourceId: d.resources.values[c.resource[row]!]!.id,
			clientApp: d.clientApps.values[c.clientApp[row]!]!,
			interactive: c.eventType[row] === 0,
			protocol: PROTOCOLS[c.protocol[row]!]!,
			mfa: c.authRequirement[row] === 1,
			status: d.statuses.values[c.status[row]!]!,
			risk: RISK_LEVELS[c.risk[row]!]!,
			operatingSystem: d.devices.values[c.device[row]!]!.operatingSystem,
		});
		if (memo.size > 5000) memo.clear();
		memo.set(row, result);
		return result;
	};
	const get = (row: number, path: string): unknown => {
		switch (path) {
			case 'id':
				return signInId(store, row);
			case 'correlationId':
				return correlationId(store, row);
			case 'createdDateTime':
				return c.time[row]! * 1000;
			case 'userId':
				return d.users.values[c.user[row]!]!.id;
			case 'userPrincipalName':
				return d.users.values[c.user[row]!]!.userPrincipalName;
			case 'userDisplayName':
				return d.users.values[c.user[row]!]!.displayName;
			case 'userType':
				return d.users.values[c.user[row]!]!.userType.toLowerCase();
			case 'appId':
				return d.apps.values[c.app[row]!]!.appId;
			case 'appDisplayName':
				return d.apps.values[c.app[row]!]!.displayName;
			case 'resourceId':
				return d.resources.values[c.resource[row]!]!.id;
			case 'resourceDisplayName':
				return d.resources.values[c.resource[row]!]!.displayName;
			case 'clientAppUsed':
				return d.clientApps.values[c.clientApp[row]!]!;
			case 'ipAddress':
				return ipText(c.ip[row]!);
			case 'isInteractive':
				return c.eventType[row] === 0;
			case 'status/errorCode':
				return effective(row).status.errorCode;
			case 'conditionalAccessStatus':
				return effective(row).conditionalAccessStatus;
			case 'deviceDetail/browser':
				return d.devices.values[c.device[row]!]!.browser;
			case 'deviceDetail/operatingSystem':
				return d.devices.values[c.device[row]!]!.operatingSystem;
			case 'location/city':
				return d.locations.values[c.location[row]!]!.city;
			case 'location/countryOrRegion':
				return d.locations.values[c.location[row]!]!.countryOrRegion;
			case 'riskLevelDuringSignIn':
				return RISK_LEVELS[c.risk[row]!];
			case 'riskState':
				return c.risk[row]! > 0 ? 'atRisk' : 'none';
			case 'authenticationRequirement':
				return AUTH_REQUIREMENTS[effective(row).mfa ? 1 : 0];
			case 'authenticationProtocol':
				return PROTOCOLS[c.protocol[row]!];
			case 'signInEventTypes':
				return [EVENT_TYPES[c.eventType[row]!]];
			default:
				return undefined;
		}
	};
	return {get, effective};
}

const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, '0').slice(-width);

/** Sign-in ids embed the row, so `/signIns/{id}` needs no index; the rest is a hash of the seed and the row. */
function signInId(store: SignInStore, row: number): string {
	const h = hash32(`${store.seed}:${row}:${store.cols.time[row]}`, 5);
	const g = hash32(`${store.seed}:${row}`, 9);
	return `${hex(h, 8)}-${hex(g >>> 16, 4)}-4${hex(g, 3)}-a${hex(h >>> 4, 3)}-${hex(row, 12)}`;
}

function rowOfId(store: SignInStore, id: string): number | undefined {
	const m = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-([0-9a-f]{12})$/i.exec(id);
	if (!m) return undefined;
	const row = Number.parseInt(m[1]!, 16);
	return row < store.count && signInId(store, row) === id.toLowerCase() ? row : undefined;
}

function correlationId(store: SignInStore, row: number): string {
	const a = hash32(`${store.seed}:corr:${row}`, 3);
	const b = hash32(`${store.seed}:corr:${row}`, 4);
	return `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b, 3)}-b${hex(a >>> 8, 3)}-${hex(b, 8)}${hex(a, 4)}`;
}

/** May the caller see appliedConditionalAccessPolicies (GRAPH.md §1)? */
function seesPolicies(ctx: RequestContext): boolean {
	const p = ctx.principal.permissions;
	const scope =
		p.has('policy.read.all') || p.has('policy.read.conditionalaccess') || p.has('policy.readwrite.conditionalaccess');
	if (!scope) return false;
	if (ctx.principal.kind === 'app') return true;
	return ctx.tenant.hasAnyRole(ctx.principal.userId!, [
		ROLE.globalReader,
		ROLE.securityAdministrator,
		ROLE.securityReader,
		ROLE.conditionalAccessAdministrator,
	]);
}

function project(
	ctx: RequestContext,
	store: SignInStore,
	acc: Accessor,
	row: number,
	withPolicies: boolean,
): Record<string, unknown> {
	const c = store.cols;
	const d = store.dicts;
	const user = d.users.values[c.user[row]!]!;
	const app = d.apps.values[c.app[row]!]!;
	const resource = d.resources.values[c.resource[row]!]!;
	const device = d.devices.values[c.device[row]!]!;
	const location = d.locations.values[c.location[row]!]!;
	const eff = acc.effective(row);
	const p2 = ctx.tenant.licenceTier() === 'p2';
	const riskLevel = RISK_LEVELS[c.risk[row]!]!;
	const interactive = c.eventType[row] === 0;
	const riskyOnly = (value: string) => (p2 ? value : 'hidden');
	const time = iso(c.time[row]! * 1000);
	const json: Record<string, unknown> = {
		id: signInId(store, row),
		createdDateTime: time,
		userDisplayName: user.displayName,
		userPrincipalName: user.userPrincipalName,
		userId: user.id,
		appId: app.appId,
		appDisplayName: app.displayName,
		ipAddress: ipText(c.ip[row]!),
		clientAppUsed: d.clientApps.values[c.clientApp[row]!],
		correlationId: correlationId(store, row),
		conditionalAccessStatus: eff.conditionalAccessStatus,
		isInteractive: interactive,
		riskDetail: riskyOnly('none'),
		riskLevelAggregated: riskyOnly(riskLevel),
		riskLevelDuringSignIn: riskyOnly(riskLevel),
		riskState: riskyOnly(riskLevel === 'none' ? 'none' : 'atRisk'),
		riskEventTypes_v2: riskLevel === 'none' || !p2 ? [] : ['unfamiliarFeatures'],
		resourceDisplayName: resource.displayName,
		resourceId: resource.id,
		status: {
			errorCode: eff.status.errorCode,
			failureReason: eff.status.errorCode === 0 ? 'Other.' : eff.status.failureReason,
			additionalDetails: eff.status.additionalDetails,
		},
		deviceDetail: {
			deviceId: device.deviceId,
			displayName: device.displayName,
			operatingSystem: device.operatingSystem,
			browser: device.browser,
			isCompliant: device.isCompliant,
			isManaged: device.isManaged,
			trustType: device.trustType,
		},
		location: {
			city: location.city,
			state: location.state,
			countryOrRegion: location.countryOrRegion,
			geoCoordinates: {altitude: null, latitude: location.latitude, longitude: location.longitude},
		},
	};
	if (withPolicies) json.appliedConditionalAccessPolicies = eff.applied;
	if (ctx.version === 'beta') {
		const method = AUTH_METHODS[c.method[row]!]!;
		const ok = eff.status.errorCode === 0;
		const steps: Record<string, unknown>[] = interactive
			? [
					{
						authenticationStepDateTime: time,
						authenticationMethod: 'Password',
						authenticationMethodDetail: 'Password in the cloud',
						succeeded: d.statuses.values[c.status[row]!]!.errorCode !== 50126,
						authenticationStepResultDetail: ok ? 'Correct password' : eff.status.failureReason,
						authenticationStepRequirement: 'Primary authentication',
					},
				]
			: [
					{
						authenticationStepDateTime: time,
						authenticationMethod: 'Previously satisfied',
						authenticationMethodDetail: null,
						succeeded: true,
						authenticationStepResultDetail: 'First factor requirement satisfied by claim in the token',
						authenticationStepRequirement: 'Primary authentication',
					},
				];
		if (eff.mfa && interactive) {
			const second = method === 'Password' || method === 'Previously satisfied' ? 'Mobile app notification' : method;
			steps.push({
				authenticationStepDateTime: time,
				authenticationMethod: second,
				authenticationMethodDetail: null,
				succeeded: ok,
				authenticationStepResultDetail: ok ? 'MFA successfully completed' : eff.status.failureReason,
				authenticationStepRequirement: 'Multi-factor authentication',
			});
		}
		Object.assign(json, {
			userType: user.userType.toLowerCase(),
			signInEventTypes: [EVENT_TYPES[c.eventType[row]!]],
			authenticationRequirement: AUTH_REQUIREMENTS[eff.mfa ? 1 : 0],
			authenticationProtocol: PROTOCOLS[c.protocol[row]!],
			incomingTokenType: interactive ? 'none' : 'primaryRefreshToken',
			authenticationDetails: steps,
			authenticationMethodsUsed: [
				...new Set(steps.map(s => String(s.authenticationMethod)).filter(m => m !== 'Previously satisfied')),
			],
			authenticationRequirementPolicies: [],
			clientCredentialType: 'none',
			crossTenantAccessType: user.userType === 'Guest' ? 'b2bCollaboration' : 'none',
			homeTenantId: ctx.tenant.tenantId,
			resourceTenantId: ctx.tenant.tenantId,
			servicePrincipalId: '',
			servicePrincipalName: null,
			userAgent: device.userAgent,
			isTenantRestricted: false,
			mfaDetail: eff.mfa && interactive ? {authMethod: method, authDetail: null} : null,
			originalTransferMethod: c.protocol[row] === PROTOCOLS.indexOf('deviceCode') ? 'deviceCodeFlow' : 'none',
		});
	}
	return json;
}

// ----- planning -----

interface Candidates {
	/** Ascending row ids (newest first). */
	readonly rows?: Uint32Array;
	/** Or a row range [lo, hi). */
	readonly lo: number;
	readonly hi: number;
}

function lowerBound(rows: Uint32Array, value: number): number {
	let lo = 0;
	let hi = rows.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (rows[mid]! < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function conjuncts(expr: Expr | undefined): Expr[] {
	if (!expr) return [];
	return expr.kind === 'and' ? [...conjuncts(expr.left), ...conjuncts(expr.right)] : [expr];
}

function disjuncts(expr: Expr): Expr[] {
	return expr.kind === 'or' ? [...disjuncts(expr.left), ...disjuncts(expr.right)] : [expr];
}

/** An indexed equality: `clientAppUsed eq 'IMAP4'`, `signInEventTypes/any(t: t eq 'nonInteractiveUser')`, … */
function indexedEquality(
	store: SignInStore,
	expr: Expr,
	upnIndex: () => Map<string, number>,
): {dim: IndexedDimension; value: number} | undefined {
	if (
		expr.kind === 'lambda' &&
		expr.op === 'any' &&
		expr.collection.join('/').toLowerCase() === 'signineventtypes' &&
		expr.predicate?.kind === 'compare'
	) {
		const p = expr.predicate;
		if (p.op === 'eq' && p.left.kind === 'path' && p.left.segments.length === 1 && p.right.kind === 'literal') {
			return {
				dim: 'eventType',
				value: EVENT_TYPES.findIndex(
					t => t.toLowerCase() === String(p.right.kind === 'literal' ? p.right.value : '').toLowerCase(),
				),
			};
		}
		return undefined;
	}
	if (expr.kind !== 'compare' || expr.op !== 'eq' || expr.left.kind !== 'path' || expr.right.kind !== 'literal')
		return undefined;
	const path = expr.left.segments.join('/').toLowerCase();
	const value = String(expr.right.value).toLowerCase();
	const d = store.dicts;
	switch (path) {
		case 'clientappused':
			return {dim: 'clientApp', value: d.clientApps.find(value) ?? -1};
		case 'userid':
			return {
				dim: 'user',
				value: d.users.find(String(expr.right.value)) ?? d.users.values.findIndex(u => u.id.toLowerCase() === value),
			};
		case 'userprincipalname':
			return {dim: 'user', value: upnIndex().get(value) ?? -1};
		case 'appid':
			return {dim: 'app', value: d.apps.values.findIndex(a => a.appId.toLowerCase() === value)};
		default:
			return undefined;
	}
}

function plan(store: SignInStore, expr: Expr | undefined, implicitInteractive: boolean): Candidates {
	let from = Number.NEGATIVE_INFINITY;
	let to = Number.POSITIVE_INFINITY;
	// Each indexed conjunct: the postings of its `or` alternatives (one list for a plain equality).
	const lists: Uint32Array[][] = [];
	let upns: Map<string, number> | undefined;
	const upnIndex = () => {
		upns ??= new Map(store.dicts.users.values.map((u, i) => [u.userPrincipalName.toLowerCase(), i]));
		return upns;
	};
	for (const part of conjuncts(expr)) {
		if (
			part.kind === 'compare' &&
			part.left.kind === 'path' &&
			part.left.segments.join('/').toLowerCase() === 'createddatetime' &&
			part.right.kind === 'literal'
		) {
			const ms = Date.parse(String(part.right.value));
			if (part.op === 'ge') from = Math.max(from, ms);
			if (part.op === 'gt') from = Math.max(from, ms + 1);
			if (part.op === 'le') to = Math.min(to, ms);
			if (part.op === 'lt') to = Math.min(to, ms - 1);
			if (part.op === 'eq') {
				from = Math.max(from, ms);
				to = Math.min(to, ms);
			}
			continue;
		}
		const options = disjuncts(part).map(p => indexedEquality(store, p, upnIndex));
		if (options.every(o => o !== undefined)) {
			lists.push(options.map(o => (o!.value < 0 ? new Uint32Array(0) : store.postings(o!.dim, o!.value))));
		}
	}
	if (implicitInteractive) lists.push([store.postings('eventType', 0)]);
	const [lo, hi] = store.timeRange(from, to);
	// Start from whichever is smallest: the time range itself, or an equality's postings within that range. An `or`
	// is merged only when its parts within the range are smaller than the best so far (merging every event type's
	// postings on each page would cost a million-row sort per request).
	let best: Uint32Array | undefined;
	let bestSize = hi - lo;
	for (const alternatives of lists) {
		const parts = alternatives.map(list => list.subarray(lowerBound(list, lo), lowerBound(list, hi)));
		const size = parts.reduce((n, part) => n + part.length, 0);
		if (size >= bestSize) continue;
		if (parts.length === 1) best = parts[0]!;
		else {
			const merged = new Uint32Array(size);
			let at = 0;
			for (const part of parts) {
				merged.set(part, at);
				at += part.length;
			}
			merged.sort();
			// Alternatives on different dimensions can share rows: keep each row once.
			let unique = 0;
			for (let i = 0; i < merged.length; i++) if (i === 0 || merged[i] !== merged[i - 1]) merged[unique++] = merged[i]!;
			best = merged.subarray(0, unique);
		}
		bestSize = best.length;
	}
	return best ? {rows: best, lo: 0, hi: best.length} : {lo, hi};
}

function mentionsEventTypes(expr: Expr | undefined): boolean {
	if (!expr) return false;
	switch (expr.kind) {
		case 'and':
		case 'or':
			return mentionsEventTypes(expr.left) || mentionsEventTypes(expr.right);
		case 'not':
			return mentionsEventTypes(expr.expr);
		case 'lambda':
			return expr.collection.join('/').toLowerCase() === 'signineventtypes';
		case 'compare':
		case 'in':
			return expr.left.kind === 'path' && expr.left.segments.join('/').toLowerCase() === 'signineventtypes';
		default:
			return false;
	}
}

function listSignIns(ctx: RequestContext) {
	const store = ctx.core.signIns;
	const q = ctx.query;
	checkKnownOptions(q);
	for (const unsupported of ['$count', '$expand', '$search', '$skip']) {
		if (readOption(q, unsupported) !== undefined)
			throw badRequest(`The query parameter '${unsupported}' is not supported on sign-in logs.`);
	}
	const schema = ctx.version === 'beta' ? FILTER_BETA : FILTER_V1;
	const acc = accessor(ctx, store);
	const filterRaw = readOption(q, '$filter');
	const compiled =
		filterRaw === undefined
			? undefined
			: compileQueryFilter<number>(filterRaw, schema, (row, path) => acc.get(row, path));
	const orderRaw = readOption(q, '$orderby');
	let ascending = false;
	if (orderRaw !== undefined) {
		const m = /^\s*createdDateTime(?:\s+(asc|desc))?\s*$/i.exec(orderRaw);
		if (!m) throw badRequest(`$orderby is supported on createdDateTime only, not '${orderRaw}'.`);
		ascending = (m[1] ?? '').toLowerCase() === 'asc';
	}
	const top = parseTop(q, MAX_PAGE) ?? MAX_PAGE;
	// v1.0 lists interactive sign-ins only; beta too unless the filter asks for event types (GRAPH.md §1).
	const implicitInteractive = ctx.version === 'v1.0' || !mentionsEventTypes(compiled?.ast);
	const candidates = plan(store, compiled?.ast, implicitInteractive);
	const predicate = compiled?.predicate;
	const interactiveOnly = (row: number) => store.cols.eventType[row] === 0;
	const matches = (row: number) => (!implicitInteractive || interactiveOnly(row)) && (!predicate || predicate(row));
	const size = candidates.hi - candidates.lo;
	const rowAt = (i: number) => {
		const k = ascending ? size - 1 - i : i;
		return candidates.rows ? candidates.rows[k]! : candidates.lo + k;
	};
	const fingerprint = [ctx.version, filterRaw ?? '', orderRaw ?? '', top, readOption(q, '$select') ?? ''].join('|');
	let position = decodeSkipToken(fingerprint, readOption(q, '$skiptoken'))?.offset ?? 0;
	const withPolicies = seesPolicies(ctx);
	const select = readOption(q, '$select')
		?.split(',')
		.map(s => s.trim())
		.filter(Boolean);
	// Rows are serialised as soon as they are built (see RouteResult.jsonParts).
	const parts: string[] = [`{"@odata.context":${JSON.stringify(contextUrl(ctx, 'auditLogs/signIns'))},"value":[`];
	let rows = 0;
	while (position < size && rows < top) {
		const row = rowAt(position++);
		if (matches(row)) {
			const full = project(ctx, store, acc, row, withPolicies);
			parts.push(`${rows > 0 ? ',' : ''}${JSON.stringify(select ? pickProperties(full, select) : full)}`);
			rows++;
		}
	}
	let next: number | undefined;
	const limit = Math.min(size, position + LOOKAHEAD);
	for (let i = position; i < limit; i++) {
		if (matches(rowAt(i))) {
			next = i;
			break;
		}
	}
	if (next === undefined && limit < size) next = limit;
	parts.push(
		next === undefined
			? ']}'
			: `],"@odata.nextLink":${JSON.stringify(nextLink(ctx, encodeSkipToken(fingerprint, {offset: next})))}}`,
	);
	return {status: 200, jsonParts: parts};
}

export const signInRoutes: Route[] = [
	{
		method: 'GET',
		pattern: /^\/auditLogs\/signIns$/,
		scopes: ['AuditLog.Read.All'],
		licence: 'p1',
		throttle: 'signInLogs',
		handle: listSignIns,
	},
	{
		method: 'GET',
		pattern: /^\/auditLogs\/signIns\/(?<id>[^/]+)$/,
		scopes: ['AuditLog.Read.All'],
		licence: 'p1',
		throttle: 'signInLogs',
		handle: ctx => {
			const store = ctx.core.signIns;
			const row = rowOfId(store, ctx.params.id!);
			if (row === undefined) throw notFound(ctx.params.id!);
			const acc = accessor(ctx, store);
			return {
				status: 200,
				body: {
					'@odata.context': `${contextUrl(ctx, 'auditLogs/signIns')}/$entity`,
					...project(ctx, store, acc, row, seesPolicies(ctx)),
				},
			};
		},
	},
];
