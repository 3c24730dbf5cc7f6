import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['test/setup.ts'],
		globalSetup: ['test/global-setup.ts'],
		testTimeout: 20_000,
		hookTimeout: 30_000,
		coverage: {provider: 'v8', include: ['src/**']},
	},
});
