/**
 * The assessment the benchmark measures, resolved by bench/run.mjs at build time: the product's collector
 * (`src/assessment/collect.ts`, the read `check` and the wizard share) when it is in the tree, else the interim
 * stand-in `bench/lib/interim-collector.ts`. Only what the benchmark uses of either is declared here.
 */
declare module 'mfa-bench:collector' {
	export interface BenchCollectProgress {
		readonly phase: string;
		readonly status: 'running' | 'done';
	}

	export interface BenchCollectOptions {
		readonly now: Date;
		readonly days?: number;
		readonly breakGlass: readonly string[];
		readonly t: unknown;
		readonly toolVersion: string;
		readonly mode: 'live' | 'demo';
		readonly cloud: 'global';
		readonly onProgress?: (progress: BenchCollectProgress) => void;
	}

	export interface BenchAssessment {
		/** REPORT.md's report object (the collector's); the interim stand-in has none. */
		readonly report?: unknown;
		readonly input: {
			readonly users: {readonly status: string; readonly value?: readonly unknown[]};
			readonly signIns: {
				readonly legacy: {
					readonly users: number | null;
					readonly byProtocol: Readonly<Partial<Record<string, {readonly signIns: number}>>>;
				};
				readonly automation: {readonly accounts: readonly unknown[]};
			};
		};
	}

	// biome-ignore lint/suspicious/noExplicitAny: the Graph handle's type lives in src/, which an ambient module cannot import.
	export function collect(graph: any, options: BenchCollectOptions): Promise<BenchAssessment>;
}

/** Which collector the bundle holds: 'collect' (src/assessment/collect.ts) or 'interim'. */
declare const __MFA_BENCH_COLLECTOR__: string;
