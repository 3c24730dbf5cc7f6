// conf imports ajv at load time but only uses it when given a JSON schema, which mfa-onboard never does (the progress
// store validates with zod). Stubbing it keeps ~150 kB of validator out of the wizard's start-up; using it would throw.
const unused = () => {
	throw new Error('mfa-onboard: conf schema validation is not bundled');
};
export class Ajv2020 {
	constructor() {
		unused();
	}
}
export default {default: unused};
