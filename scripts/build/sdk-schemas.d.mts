// Types for the build plugin's pure part, so the unit test can check it.
export function literalTraitKeys(contents: string, path: string): {contents: string; replaced: number};
export const sdkSchemas: {name: string; setup(build: unknown): void};
