/**
 * Measures step 2 at scale: building its findings (grouping protocol → user → device, recommendations) and the CSV
 * export for N legacy uses, and laying out the findings text. Run: `npx tsx scripts/benchmarks/legacy-auth.ts [uses]`.
 */
import {performance} from 'node:perf_hooks';
import type {LegacyUse} from '../../src/assessment/types.js';
import {legacyCsv} from '../../src/steps/legacy-auth/export.js';
import {legacyFindings} from '../../src/steps/legacy-auth/index.js';
import {contosoAssessment, FIXTURE_NOW} from '../../test/helpers/steps15-fixture.js';

const USES = Number(process.argv[2] ?? 10_000);
const PROTOCOLS = ['IMAP4', 'POP3', 'Authenticated SMTP', 'Exchange ActiveSync', 'Other clients'] as const;
const uses: LegacyUse[] = Array.from({length: USES}, (_, i) => ({
	protocol: PROTOCOLS[i % PROTOCOLS.length]!,
	userId: `u${i}`,
	userPrincipalName: `user${i}@contoso.example`,
	displayName: `User ${i}`,
	app: 'Office 365 Exchange Online',
	device: {displayName: `DEVICE-${i % 97}`, operatingSystem: 'Windows 10', browser: null},
	signIns: 5,
	successfulSignIns: i % 7 === 0 ? 0 : 5,
	lastSeen: FIXTURE_NOW,
	lastSuccess: i % 7 === 0 ? null : FIXTURE_NOW,
	kind: i % 11 === 0 ? 'device' : 'person',
	kindHints: [],
}));
const assessment = contosoAssessment({legacyUses: uses});
let started = performance.now();
const findings = legacyFindings(assessment, FIXTURE_NOW);
const findingsMs = performance.now() - started;
started = performance.now();
const csv = legacyCsv(findings, {});
const csvMs = performance.now() - started;
console.log(
	JSON.stringify({
		uses: USES,
		findingsMs: Math.round(findingsMs),
		csvMs: Math.round(csvMs),
		csvBytes: csv.length,
		rssMb: Math.round(process.memoryUsage().rss / 1e6),
	}),
);
