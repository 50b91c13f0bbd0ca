// Where connectui keeps its files: settings (config), the inventory cache (cache), the journal and
// crash reports (data). CONNECTUI_HOME puts all three under one folder (tests, portable use).
import {join} from 'node:path';
import envPaths from 'env-paths';

export type Paths = {
	readonly config: string;
	readonly cache: string;
	readonly data: string;
};

export function appPaths(env: NodeJS.ProcessEnv = process.env): Paths {
	const home = env['CONNECTUI_HOME'];
	if (home) return {config: join(home, 'config'), cache: join(home, 'cache'), data: join(home, 'data')};
	const paths = envPaths('connectui', {suffix: ''});
	return {config: paths.config, cache: paths.cache, data: paths.data};
}
