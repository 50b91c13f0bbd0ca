// Baseline for `connectui list --output json`: what the AWS SDK alone costs a script — one Connect
// client per region with the SDK's default credential chain (AWS_PROFILE), every page of
// ListInstances, the instances printed as JSON. Bundled with esbuild like connectui, nothing else.
import {ConnectClient, ListInstancesCommand, type InstanceSummary} from '@aws-sdk/client-connect';

const endpoint = process.env['SDK_LIST_ENDPOINT'];
const regions = (process.env['SDK_LIST_REGIONS'] ?? '').split(',').filter(Boolean);
const rows: InstanceSummary[] = [];
await Promise.all(
	regions.map(async (region) => {
		const client = new ConnectClient({region, ...(endpoint ? {endpoint} : {})});
		let token: string | undefined;
		do {
			const page = await client.send(new ListInstancesCommand({MaxResults: 10, NextToken: token}));
			rows.push(...(page.InstanceSummaryList ?? []));
			token = page.NextToken;
		} while (token);
	}),
);
process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
