// Types for the build plugin's pure part, so the unit test can check it.
export function rememberedParses(contents: string, path: string): string;
export const sdkConfigFiles: {name: string; setup(build: unknown): void};
export function mergingAnew(contents: string, path: string): string;
