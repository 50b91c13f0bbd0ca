// The AWS layer's public API. Only domain types cross this line.
import {InstanceAttributeType} from '@aws-sdk/client-connect';

export {createAwsGateway, resolveEndpointUrl} from './gateway.js';
export type {AwsConfig, AwsCredentials, AwsGateway, CredentialsProvider} from './gateway.js';
export {listProfiles, profileInfo, profileRegions, sharedFilePaths} from './profiles.js';
export type {CredentialKind, ProfileInfo, SharedFilePaths} from './profiles.js';
export {captureProcessWarnings} from './quiet.js';
export type {WarningCapture} from './quiet.js';
export {fetchInventory} from '../domain/inventory.js';
export type {InventoryOptions, InventoryResult} from '../domain/inventory.js';

/** Every instance attribute type this SDK version knows, in the API's order. */
export const SDK_ATTRIBUTE_TYPES: readonly string[] = Object.values(InstanceAttributeType);
