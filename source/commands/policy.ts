// `connectui policy [--read-only]`: the least-privilege IAM policy, from the table README's IAM section comes from.
import {iamPolicy} from '../domain/iam.js';
import type {ScriptOptions} from '../domain/script-flags.js';
import {EXIT, type CommandContext} from './context.js';
import {jsonText} from './output.js';

export async function policyCommand(options: ScriptOptions, context: CommandContext): Promise<number> {
	context.output.write(jsonText(iamPolicy({readOnly: options.selection.readOnly})));
	return EXIT.ok;
}
