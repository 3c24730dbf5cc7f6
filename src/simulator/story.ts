/**
 * Story events: scripted changes in the tenant that make the demo feel alive, triggered by requests and the clock.
 * An event is `waiting` until its trigger request arrives, then `scheduled` for `dueAt` (trigger time + delay on the
 * simulator's clock, real or virtual), then `done`. Due events fire lazily at the start of the next request — nothing
 * can observe the tenant without one — and through `control.triggerStory(id)` at once. Their state is part of the
 * tenant state, so a demo resumed later continues the story where it was.
 *
 * Contoso defines one event, `exchange-admin-registers`: once the Exchange administrator's registration details (or
 * methods) are read individually — the wizard looking at "who is not registered yet" — he registers Microsoft
 * Authenticator `delayMs` later (default 45 s), as an admin who was just asked to would.
 */
import type {StoryTrigger} from './context.js';
import {stableGuid} from './rng.js';
import {iso} from './scenarios/common.js';
import {CONTOSO, contosoUserId} from './scenarios/contoso.js';
import type {Tenant} from './tenant.js';

export interface StoryOptions {
	/** Delay between the trigger and the event, ms; false disables request-triggered firing (control calls still work). */
	readonly exchangeAdminDelayMs?: number | false;
}

interface StoryDefinition {
	readonly id: string;
	readonly triggeredBy: (trigger: StoryTrigger) => boolean;
	readonly delayMs: number | false;
	fire(tenant: Tenant, now: number): void;
}

export class StoryEngine {
	private readonly definitions: StoryDefinition[];

	constructor(options: StoryOptions = {}) {
		const exchangeAdmin = contosoUserId(CONTOSO.exchangeAdmin);
		this.definitions = [
			{
				id: 'exchange-admin-registers',
				triggeredBy: t =>
					(t.kind === 'registration-details-read' || t.kind === 'methods-read') && t.userId === exchangeAdmin,
				delayMs: options.exchangeAdminDelayMs ?? 45_000,
				fire(tenant, now) {
					const user = tenant.user(exchangeAdmin);
					if (!user || user.sim.methods.some(m => m.type === 'microsoftAuthenticator')) return;
					user.sim.methods.push({
						id: stableGuid(`story:exchange-admin:${now}`),
						type: 'microsoftAuthenticator',
						createdDateTime: iso(now),
						displayName: 'Galaxy S23',
						deviceTag: 'SoftwareTokenActivated',
						phoneAppVersion: '6.2409.6093',
					});
				},
			},
		];
	}

	get ids(): string[] {
		return this.definitions.map(d => d.id);
	}

	/** A request happened; schedules the events it triggers. Returns true when the state changed. */
	notify(tenant: Tenant, trigger: StoryTrigger, now: number): boolean {
		let changed = false;
		for (const def of this.definitions) {
			const state = tenant.state.story[def.id];
			if (state?.status !== 'waiting' || def.delayMs === false || !def.triggeredBy(trigger)) continue;
			state.status = 'scheduled';
			state.dueAt = now + def.delayMs;
			changed = true;
		}
		return changed;
	}

	/** Fires the events that are due. Returns true when the state changed. */
	tick(tenant: Tenant, now: number): boolean {
		let changed = false;
		for (const def of this.definitions) {
			const state = tenant.state.story[def.id];
			if (state?.status === 'scheduled' && state.dueAt !== null && state.dueAt <= now) {
				this.fireNow(tenant, def, now);
				changed = true;
			}
		}
		return changed;
	}

	/** Fires an event now, whatever its state. False when the scenario has no such event. */
	trigger(tenant: Tenant, id: string, now: number): boolean {
		const def = this.definitions.find(d => d.id === id);
		if (!def || !tenant.state.story[id]) return false;
		this.fireNow(tenant, def, now);
		return true;
	}

	private fireNow(tenant: Tenant, def: StoryDefinition, now: number): void {
		def.fire(tenant, now);
		tenant.state.story[def.id] = {status: 'done', dueAt: null, firedAt: iso(now)};
		tenant.touch();
	}
}
