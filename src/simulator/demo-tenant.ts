/** The built-in demo tenant's identity. The simulator's Contoso scenario and the wizard's demo mode share it. */
export const DEMO_TENANT = {
	id: '4d3e6f1a-2b7c-4e8d-9a0b-c0c1d2e3f4a5',
	displayName: 'Contoso Partner',
	defaultDomain: 'contosopartner.onmicrosoft.com',
} as const;
