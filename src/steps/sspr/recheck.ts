/**
 * The live re-check of step 7: a targeted read of the listed admins who are not done yet — their registration details
 * (Entra ID P1, 20 per $batch), or their registered methods without P1 — never a full re-assessment. Admins the read
 * could not answer for keep their last known state and are counted, so the view can say so.
 */
import type {Graph} from '../../graph/client.js';
import {registrationDetailsOf} from '../../graph/reports.js';
import {registeredMethodsOf} from '../../graph/users.js';
import {isMfaMethodType} from '../../knowledge/auth-methods.js';
import {isRegistered, type SsprAdmin, type SsprFindings} from './model.js';

export interface RecheckResult {
	readonly admins: readonly SsprAdmin[];
	/** Ids of admins who were not done before and are now. */
	readonly newlyRegistered: readonly string[];
	readonly failed: number;
	readonly at: string;
}

/** The method names the per-user fallback reports (`microsoftAuthenticator`, `phone`…), from `@odata.type`. */
function methodName(odataType: string): string {
	return odataType.replace(/^#microsoft\.graph\./, '').replace(/AuthenticationMethod$/, '');
}

export async function recheckAdmins(graph: Graph, findings: SsprFindings, now: () => string): Promise<RecheckResult> {
	const pending = findings.admins.filter(a => !isRegistered(a));
	const at = now();
	if (pending.length === 0 || findings.source === 'unavailable') {
		return {admins: findings.admins, newlyRegistered: [], failed: 0, at};
	}
	const ids = pending.map(a => a.id);
	const updates = new Map<string, Partial<SsprAdmin>>();
	let failed = 0;
	if (findings.source === 'registrationDetails') {
		for (const result of await registrationDetailsOf(graph, ids)) {
			if (!result.value) {
				failed++;
				continue;
			}
			updates.set(result.userId, {
				mfaRegistered: result.value.isMfaRegistered ?? null,
				ssprRegistered: result.value.isSsprRegistered ?? null,
				methods: result.value.methodsRegistered,
				checkedAt: at,
			});
		}
	} else {
		for (const result of await registeredMethodsOf(graph, ids)) {
			if (!result.value) {
				failed++;
				continue;
			}
			updates.set(result.userId, {
				mfaRegistered: result.value.some(m => isMfaMethodType(m['@odata.type'])),
				methods: result.value.map(m => methodName(m['@odata.type'])),
				checkedAt: at,
			});
		}
	}
	const newlyRegistered: string[] = [];
	const admins = findings.admins.map(admin => {
		const update = updates.get(admin.id);
		if (!update) return admin;
		const next = {...admin, ...update};
		if (!isRegistered(admin) && isRegistered(next)) newlyRegistered.push(admin.id);
		return next;
	});
	return {admins, newlyRegistered, failed, at};
}

/** The findings after a re-check. */
export function withRecheck(findings: SsprFindings, result: RecheckResult): SsprFindings {
	return {...findings, admins: result.admins, lastCheck: {at: result.at, failed: result.failed}};
}
