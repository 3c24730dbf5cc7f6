/**
 * Entra ID tier from `subscribedSkus` (GRAPH.md §8): a plan counts when its `provisioningStatus` is `Success` on a SKU
 * whose `capabilityStatus` is `Enabled`. P2 SKUs carry the P1 plan too, but a P2 plan alone also grants P1 features.
 */
import {SERVICE_PLAN} from '../knowledge/licences.js';
import type {Source, SubscribedSku} from './model.js';
import type {LicenceFlags} from './window.js';

export function licencesFromSkus(skus: Source<readonly SubscribedSku[]>): LicenceFlags {
	if (skus.status !== 'read') return {entraIdP1: null, entraIdP2: null};
	const active = new Set<string>();
	for (const sku of skus.value) {
		if (sku.capabilityStatus.toLowerCase() !== 'enabled') continue;
		for (const plan of sku.servicePlans) {
			if (plan.provisioningStatus.toLowerCase() === 'success') active.add(plan.servicePlanId.toLowerCase());
		}
	}
	const p2 = active.has(SERVICE_PLAN.entraIdP2);
	return {entraIdP1: p2 || active.has(SERVICE_PLAN.entraIdP1), entraIdP2: p2};
}
