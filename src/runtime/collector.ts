/**
 * Where the wizard and the plan get their assessment from: one collector for both (the interactive wizard in
 * ui/main.tsx and `--dry-run --yes` in commands/plan.ts), so the two can never read the tenant differently.
 */
import type {Assessment} from '../assessment/types.js';
import type {OpenedTenant} from './open-tenant.js';

/** Reads the tenant for the wizard; reports what it is reading (for a progress line). */
export type Collector = (
	opened: OpenedTenant,
	breakGlass: readonly string[],
	onProgress: (text: string) => void,
) => Promise<Assessment>;

/** The product's collector (the assessment module), loaded only when a command needs it. */
export async function defaultCollector(): Promise<Collector> {
	return async () => {
		throw new Error('The tenant assessment is not part of this build.');
	};
}
