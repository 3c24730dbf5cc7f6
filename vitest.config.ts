import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['test/setup.ts'],
		globalSetup: ['test/global-setup.ts'],
		// Every core: many files wait on child processes and terminals rather than compute (the default leaves one idle).
		maxWorkers: '100%',
		testTimeout: 20_000,
		hookTimeout: 30_000,
		coverage: {provider: 'v8', include: ['src/**']},
	},
});
