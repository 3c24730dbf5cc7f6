import {describe, expect, it} from 'vitest';
import {enforceEnv} from '../helpers/enforce-env.js';

describe('smoke', () => {
	it('plans on contoso', async () => {
		const env = await enforceEnv({breakGlass: ['emergency01@contosopartner.onmicrosoft.com']});
		try {
			await env.engine.ensureAssessment();
			await env.engine.assess('enforce');
			await env.engine.apply('enforce', env.engine.plan('enforce'));
			await env.engine.reassess('enforce');
			env.engine.answer('enforce', 'enable', true);
			const changes = env.engine.plan('enforce');
			console.log(
				changes.map(c => [c.id, c.request.method, c.request.path, JSON.stringify(c.request.body).slice(0, 100)]),
			);
			const entries = await env.engine.apply('enforce', changes);
			console.log(entries.map(e => [e.changeId, e.status, e.objectId, e.verified]));
			console.log(env.engine.journal.length);
			const a = await env.engine.ensureAssessment({refresh: true});
			console.log(JSON.stringify(a.report.enforcement, null, 1).slice(0, 3000));
			expect(true).toBe(true);
		} finally {
			await env.close();
		}
	});
});
