// AssociateApprovedOrigin (PUT, Origin in the body) and DisassociateApprovedOrigin (DELETE, origin in
// the query): the only instance settings the emulator lets a client change.
import {EmulatorError, invalidParameter, resourceNotFound} from './errors.js';
import {instanceOf, objectBody} from './request.js';
import {checkedOrigin, maxApprovedOrigins} from './origin-rules.js';
import {required, validation, type Handler} from './settings-params.js';
import {settingsOf} from './settings-store.js';

export const associateApprovedOrigin: Handler = (store, request) => {
	const body = objectBody(request.body);
	const origin = body['Origin'];
	if (origin === undefined || origin === null) required('origin', invalidParameter);
	if (typeof origin !== 'string') throw new EmulatorError(400, 'SerializationException', 'Origin must be a string');
	const record = instanceOf(store, request);
	checkedOrigin(origin);
	const origins = settingsOf(record).approvedOrigins;
	if (origins.includes(origin))
		throw new EmulatorError(
			409,
			'ResourceConflictException',
			`Origin ${origin} is already approved for this instance.`,
		);
	if (origins.length >= maxApprovedOrigins) {
		throw new EmulatorError(
			402,
			'ServiceQuotaExceededException',
			`An instance can have at most ${maxApprovedOrigins} approved origins.`,
		);
	}

	origins.push(origin);
	return {};
};

export const disassociateApprovedOrigin: Handler = (store, request) => {
	const origin = request.search.get('origin') ?? required('origin', invalidParameter);
	if (origin.length > 267)
		throw invalidParameter(validation('origin', origin, 'Member must have length less than or equal to 267'));
	const record = instanceOf(store, request);
	const origins = settingsOf(record).approvedOrigins;
	const index = origins.indexOf(origin);
	if (index === -1) throw resourceNotFound(`Origin ${origin} is not approved for this instance.`);
	origins.splice(index, 1);
	return {};
};
