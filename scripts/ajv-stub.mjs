// Stands in for ajv inside conf in the bundle (see build.mjs): connectui never gives conf a schema.
function unused() {
	throw new Error(
		'conf was given a JSON schema, but ajv is not bundled: check settings with source/domain/local-state.ts',
	);
}

export class Ajv2020 {
	constructor() {
		unused();
	}
}

export default unused;
