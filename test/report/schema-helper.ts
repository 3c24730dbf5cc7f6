/**
 * Validates any report against `schema/report.schema.json` (JSON Schema 2020-12) with ajv. Every report a test
 * produces goes through `expectValidReport`.
 */
import {readFileSync} from 'node:fs';
import {Ajv2020} from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

export const SCHEMA_PATH = new URL('../../schema/report.schema.json', import.meta.url);

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
// Not ajv's strict mode: the normative schema lists required keys that only `additionalProperties` describes
// (valid JSON Schema, which ajv's strictRequired rejects), and it is not ours to change.
const ajv = new Ajv2020({allErrors: true, strict: false});
// ajv-formats is CommonJS: under NodeNext its default import is `module.exports`, whose `default` is the plugin.
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** Schema violations as readable lines (empty when valid). The report is round-tripped through JSON first. */
export function schemaErrors(report: unknown): string[] {
	const data: unknown = JSON.parse(JSON.stringify(report));
	if (validate(data)) return [];
	return (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

export function expectValidReport<T>(report: T): T {
	const errors = schemaErrors(report);
	if (errors.length > 0) throw new Error(`Report does not match report.schema.json:\n${errors.join('\n')}`);
	return report;
}
