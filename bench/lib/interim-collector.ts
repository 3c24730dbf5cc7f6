/**
 * Interim stand-in for the assessment collector (src/assessment/collect.ts) while it is not in the tree: the user
 * list and stage 1 of the sign-in aggregator (legacy protocols, ROPC, script clients), one filter per slice, through
 * the product's Graph layer. It exercises the harness (virtual clock, pacer, throttling, RSS) with the same request
 * shapes; bench/run.mjs uses the real collector as soon as src/assessment/collect.ts exists.
 */
import {
	computeWindow,
	createSignInAggregator,
	type DirectoryUser,
	type SignIn,
	type SignInFacts,
	type SignInSlice,
} from '../../src/compliance/index.js';
import type {Graph} from '../../src/graph/client.js';
import {listSignIns, type SignInFilter} from '../../src/graph/sign-ins.js';
import {listUsers} from '../../src/graph/users.js';

interface Options {
	readonly now: Date;
	readonly days?: number;
	readonly onProgress?: (progress: {phase: string; status: 'running' | 'done'}) => void;
}

function sliceFilter(slice: SignInSlice): SignInFilter | undefined {
	switch (slice.kind) {
		case 'legacy':
			return {clientAppUsed: [slice.protocol]};
		case 'ropc':
			return {authenticationProtocol: 'ropc', errorCode: 0};
		case 'scriptClient':
			return {appId: slice.appId, errorCode: 0};
		default:
			return undefined;
	}
}

export async function collect(
	graph: Graph,
	options: Options,
): Promise<{input: {users: {status: 'read'; value: DirectoryUser[]}; signIns: SignInFacts}}> {
	const progress = options.onProgress ?? (() => {});
	const window = computeWindow({now: options.now, licences: {entraIdP1: true, entraIdP2: false}, days: options.days});
	const users: DirectoryUser[] = [];
	progress({phase: 'directory', status: 'running'});
	for await (const u of listUsers(graph, {select: ['id', 'userPrincipalName', 'accountEnabled', 'userType']})) {
		users.push({
			id: u.id,
			userPrincipalName: u.userPrincipalName ?? u.id,
			accountEnabled: u.accountEnabled ?? true,
			userType: u.userType ?? 'Member',
		} as DirectoryUser);
	}
	progress({phase: 'directory', status: 'done'});
	progress({phase: 'signIns', status: 'running'});
	const aggregator = createSignInAggregator({window});
	let stage = 0;
	for (let pending = aggregator.pendingSlices(); pending.length > 0; pending = aggregator.pendingSlices()) {
		stage++;
		for (const slice of pending) {
			const filter = stage === 1 ? sliceFilter(slice) : undefined;
			if (!filter) {
				aggregator.fail(slice, {reason: 'notRead', detail: 'interim benchmark collector'});
				continue;
			}
			const rows = listSignIns(graph, {
				filter: {
					...filter,
					since: window.from,
					until: window.to,
					eventTypes: ['interactiveUser', 'nonInteractiveUser'],
				},
			});
			for await (const row of rows) aggregator.add(row as SignIn, slice);
			aggregator.complete(slice);
		}
	}
	progress({phase: 'signIns', status: 'done'});
	return {input: {users: {status: 'read', value: users}, signIns: aggregator.result()}};
}
