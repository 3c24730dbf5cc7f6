import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
	listSavedReports,
	loadSavedReport,
	SavedReportError,
	saveAssessment,
	savedReportFile,
} from '../../src/assessment/saved.js';
import {tempDir} from '../helpers/tmp.js';
import {expectValidReport} from '../report/schema-helper.js';
import {collectFrom, simGraph} from './helpers.js';

describe('the saved assessment', () => {
	it('is written atomically with mode 0600, holds the report and a digest, and no token', async () => {
		const {graph, token} = await simGraph();
		const assessment = await collectFrom(graph);
		const dir = path.join(tempDir(), 'progress');
		const file = saveAssessment(dir, assessment, '2026-11-26T10:00:00Z');
		expect(file).toBe(savedReportFile(dir, assessment.tenant.id));
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
		expect(fs.readdirSync(dir)).toEqual([path.basename(file)]);
		const text = fs.readFileSync(file, 'utf8');
		expect(text).not.toContain(token);
		const saved = loadSavedReport(file);
		expect(expectValidReport(saved.report)).toEqual(assessment.report);
		expect(saved.digest.admins?.length).toBe(assessment.admins.admins.length);
		expect(saved.digest.legacy.length).toBe(assessment.legacy.uses.length);
		// Only people the report names: never the whole user list.
		const everyone = assessment.input.users.status === 'read' ? assessment.input.users.value : [];
		const named = everyone.filter(u => text.includes(u.userPrincipalName)).length;
		expect(named).toBeLessThan(everyone.length);
		expect(listSavedReports(dir)).toEqual([
			{
				file,
				tenantId: assessment.tenant.id,
				displayName: 'Contoso Partner',
				defaultDomain: assessment.tenant.defaultDomain,
				generatedAt: assessment.report.generatedAt,
			},
		]);
	});

	it('a damaged file is an error to load and is skipped when listing', () => {
		const dir = tempDir();
		const file = path.join(dir, '00000000-0000-0000-0000-000000000001.report.json');
		fs.writeFileSync(file, '{"format": "something else"}');
		expect(() => loadSavedReport(file)).toThrow(SavedReportError);
		expect(listSavedReports(dir)).toEqual([]);
		expect(listSavedReports(path.join(dir, 'missing'))).toEqual([]);
	});
});
