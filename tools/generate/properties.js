'use strict';
/**
 * Turns the generator's operation model into n8n node properties.
 *
 * Size matters (the editor loads the whole description): a property that is identical for several
 * operations is emitted once, with displayOptions listing every resource/operation that shows it.
 * Operations are grouped into rectangles (a set of resources × a set of operations) so that the
 * displayOptions never show a field for an operation that does not have it.
 */
const { RESOURCES, LOCATORS, FIELD_CONDITIONS, COMPOSITE_OPERATIONS } = require('./naming');
const { titleCase } = require('./model');

const LIST_HINTS = {
	uuid4: 'Comma-separated UUIDs',
	uuid: 'Comma-separated UUIDs',
	'date-time': 'Comma-separated ISO dates',
};

const FORMAT_HINTS = {
	uuid4: 'a UUID',
	uuid: 'a UUID',
	email: 'an email address',
	uri: 'a URL',
	date: 'a date (YYYY-MM-DD)',
};

function optionName(value) {
	// Dates and version numbers ("2026-10") read best as they are.
	if (typeof value !== 'string' || /^\d/.test(value)) return String(value);
	const desc = value.startsWith('-');
	const base = titleCase(desc ? value.slice(1) : value) || value;
	return desc ? `${base} (Descending)` : base;
}

/** Enums longer than this are served by a loadOptions method instead of inline options. */
const LARGE_ENUM = 30;

/** Large enums collected while building properties: method name → values (shared by content). */
class LargeEnums {
	constructor() {
		this.byContent = new Map();
	}

	methodFor(field) {
		const key = JSON.stringify(field.options);
		if (!this.byContent.has(key)) {
			let name = `${field.param}Options`;
			const taken = new Set([...this.byContent.values()].map((v) => v.name));
			for (let i = 2; taken.has(name); i++) name = `${field.param}Options${i}`;
			this.byContent.set(key, { name, values: field.options });
		}
		return this.byContent.get(key).name;
	}

	/** method name → options as the editor shows them (validation reads their values) */
	toObject() {
		return Object.fromEntries([...this.byContent.values()]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((v) => [v.name, sortedOptions(v.values)]));
	}
}

function sortedOptions(values) {
	return values
		.map((v) => ({ name: optionName(v), value: v }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

function displayNameOf(field, op) {
	if (field.in === 'path' && field.api === 'id') return `${RESOURCE_NAMES[op.resource]} ID`;
	return titleCase(field.api);
}

const RESOURCE_NAMES = Object.fromEntries(Object.values(RESOURCES).map((r) => [r.value, r.name.replace(/^Customer Portal: /, '')]));

/** The n8n property for one API field (without displayOptions). */
const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Modes of a resource picker: From List (searchable), By ID, By URL (a dashboard URL holding the ID), By External ID (customers). */
function locatorModes(name) {
	const l = LOCATORS[name];
	const modes = [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: `search${name[0].toUpperCase()}${name.slice(1)}`, searchable: true } },
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			validation: [{ type: 'regex', properties: { regex: `^\\s*${UUID_PATTERN}\\s*$`, errorMessage: 'Not a UUID' } }],
		},
	];
	if (l.url) {
		modes.push({
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			validation: [{ type: 'regex', properties: { regex: `^https?://.*${UUID_PATTERN}`, errorMessage: 'No ID in this URL' } }],
			extractValue: { type: 'regex', regex: `(${UUID_PATTERN})` },
		});
	}
	if (l.externalId) modes.push({ displayName: 'By External ID', name: 'externalId', type: 'string', placeholder: 'e.g. user_42' });
	return modes;
}

function fieldProperty(field, op, largeEnums) {
	const p = { displayName: displayNameOf(field, op), name: field.param };
	if (field.api === 'organization_id' && field.in !== 'path') {
		// Needed with user-scoped tokens (personal, OAuth2); a dropdown of the user's organizations.
		Object.assign(p, {
			displayName: 'Organization',
			type: field.kind === 'list' ? 'multiOptions' : 'options',
			typeOptions: { loadOptionsMethod: 'getOrganizations' },
			default: field.kind === 'list' ? [] : '',
			description: 'Choose from the list, or specify an ID using an expression',
		});
		if (field.required) p.required = true;
		return p;
	}
	if (field.locator) {
		Object.assign(p, { type: 'resourceLocator', default: { mode: 'list', value: '' }, modes: locatorModes(field.locator) });
		if (field.required) p.required = true;
		return p;
	}
	if ((field.kind === 'options' || field.kind === 'multiOptions') && field.options.length > LARGE_ENUM) {
		const method = largeEnums.methodFor(field);
		field.optionsRef = method;
		Object.assign(p, {
			type: field.kind,
			typeOptions: { loadOptionsMethod: method },
			default: field.kind === 'options' ? (field.options.includes(field.default) ? field.default : '') : [],
			description: 'Choose from the list, or specify a value using an expression',
		});
		if (field.required) p.required = true;
		return p;
	}
	const hint = [];
	switch (field.kind) {
		case 'number':
			Object.assign(p, { type: 'number', default: typeof field.default === 'number' ? field.default : 0 });
			if (field.integer) p.typeOptions = { numberPrecision: 0 };
			break;
		case 'boolean':
			Object.assign(p, { type: 'boolean', default: typeof field.default === 'boolean' ? field.default : false });
			break;
		case 'dateTime':
			Object.assign(p, { type: 'dateTime', default: '' });
			break;
		case 'options': {
			const def = field.options.includes(field.default) ? field.default : field.options[0];
			Object.assign(p, { type: 'options', options: sortedOptions(field.options), default: def });
			break;
		}
		case 'multiOptions':
			Object.assign(p, { type: 'multiOptions', options: sortedOptions(field.options), default: [] });
			break;
		case 'list':
			Object.assign(p, { type: 'string', default: '' });
			hint.push(LIST_HINTS[field.itemFormat] || 'Comma-separated values');
			break;
		case 'keyValue':
			Object.assign(p, {
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Entry',
				default: {},
				options: [{ displayName: 'Entry', name: 'entries', values: KEY_VALUE }],
			});
			break;
		case 'json':
			Object.assign(p, { type: 'json', default: '' });
			hint.push('JSON; checked before sending');
			break;
		default:
			Object.assign(p, { type: 'string', default: typeof field.default === 'string' ? field.default : '' });
			if (FORMAT_HINTS[field.format]) hint.push(`Must be ${FORMAT_HINTS[field.format]}`);
			if (field.api.endsWith('_secret') || field.api === 'client_secret' || field.api.endsWith('token')) {
				p.typeOptions = { password: true };
			}
	}
	if (field.required && field.kind !== 'boolean') p.required = true;
	if (field.deprecated) hint.unshift('Deprecated by Polar');
	if (hint.length) p.description = hint.join(', ');
	return p;
}

const PAGE_CONCURRENCY = {
	displayName: 'Page Concurrency',
	name: 'pageConcurrency',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 10 },
	default: 8,
	description: 'Pages fetched at once after the first page',
};

/**
 * Customer-portal operations act for one customer: either the user passes a session token, or the
 * node mints one (once per execution and customer) with the organization credential.
 */
const SESSION_PROPERTIES = [
	{
		property: {
			displayName: 'Act As Customer',
			name: 'portalAuth',
			type: 'options',
			options: [
				{ name: 'Session Token', value: 'sessionToken', description: 'A customer or member session token you already have' },
				{ name: 'Customer ID (Mint Session)', value: 'customerId', description: 'Mint a session with the credential from a customer ID' },
				{ name: 'External Customer ID (Mint Session)', value: 'externalCustomerId', description: 'Mint a session with the credential from your own customer ID' },
			],
			default: 'sessionToken',
		},
	},
	{
		property: {
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Customer or member session token, e.g. from Customer Session → Create',
		},
		extra: { portalAuth: ['sessionToken'] },
	},
	{
		property: { displayName: 'Customer ID', name: 'portalCustomerId', type: 'string', required: true, default: '' },
		extra: { portalAuth: ['customerId'] },
	},
	{
		property: { displayName: 'External Customer ID', name: 'portalExternalCustomerId', type: 'string', required: true, default: '' },
		extra: { portalAuth: ['externalCustomerId'] },
	},
	{
		property: { displayName: 'Member ID', name: 'portalMemberId', type: 'string', default: '', description: 'For team customers: act as this member (member session)' },
		extra: { portalAuth: ['customerId', 'externalCustomerId'] },
	},
];

const KEY_VALUE = [
	{ displayName: 'Key', name: 'key', type: 'string', default: '' },
	{ displayName: 'Value', name: 'value', type: 'string', default: '' },
];

/** Collects properties with their display conditions, then merges identical ones. */
class PropertyCollector {
	/** @param {Map<string, Set<string>>} allOps every operation of each resource */
	constructor(allOps) {
		this.allOps = allOps;
		this.slots = new Map(); // key → { prop, extra, pairs: Map(resource → Set(op)) }
	}

	add(prop, resource, operation, extra) {
		const key = JSON.stringify([prop, extra || null]);
		let slot = this.slots.get(key);
		if (!slot) {
			slot = { prop, extra, pairs: new Map() };
			this.slots.set(key, slot);
		}
		if (!slot.pairs.has(resource)) slot.pairs.set(resource, new Set());
		slot.pairs.get(resource).add(operation);
	}

	emit() {
		const out = [];
		for (const { prop, extra, pairs } of this.slots.values()) {
			const byOps = new Map();
			for (const [resource, ops] of pairs) {
				// Shown for every operation of the resource: no operation list needed.
				const k = ops.size === this.allOps.get(resource).size ? '*' : [...ops].join(',');
				if (!byOps.has(k)) byOps.set(k, { ops: [...ops], resources: [] });
				byOps.get(k).resources.push(resource);
			}
			for (const [k, { ops, resources }] of byOps) {
				const show = k === '*' ? { resource: resources } : { resource: resources, operation: ops };
				out.push({ ...prop, displayOptions: { show: { ...show, ...(extra || {}) } } });
			}
		}
		return out;
	}
}

function buildProperties(ops, resourceOrder, largeEnums) {
	const props = [];
	props.push({
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'Access Token', value: 'accessToken' },
			{ name: 'OAuth2', value: 'oAuth2' },
		],
		default: 'accessToken',
	});
	const resources = resourceOrder.map((g) => RESOURCES[g]).filter((r) => ops.some((o) => o.resource === r.value));
	props.push({
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map((r) => ({ name: r.name, value: r.value })).sort((a, b) => a.name.localeCompare(b.name)),
		default: 'customer',
	});
	for (const r of resources) {
		const own = ops.filter((o) => o.resource === r.value);
		const composite = Object.entries(COMPOSITE_OPERATIONS)
			.filter(([key]) => key.split(':')[0] === r.value)
			.map(([key, c]) => ({ name: c.name, value: key.split(':')[1], action: c.action, description: c.description }));
		const options = own
			.map((o) => ({ name: o.name, value: o.operation, action: o.action, description: `${o.method} ${o.path}` }))
			.concat(composite)
			.sort((a, b) => a.name.localeCompare(b.name));
		props.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [r.value] } },
			options,
			default: (own.find((o) => o.operation === 'getAll') || own.find((o) => o.operation === 'get') || own[0]).operation,
		});
	}

	const allOps = new Map();
	for (const op of ops) {
		if (!allOps.has(op.resource)) allOps.set(op.resource, new Set());
		allOps.get(op.resource).add(op.operation);
	}
	const c = new PropertyCollector(allOps);
	for (const op of ops) {
		const { resource, operation } = op;
		const fieldCondition = FIELD_CONDITIONS[op.id];
		if (op.auth === 'session') {
			for (const prop of SESSION_PROPERTIES) c.add(prop.property, resource, operation, prop.extra);
		}
		const variants = op.body ? op.body.variants : [{ value: '' }];
		if (variants.length > 1) {
			c.add({
				displayName: 'Action',
				name: 'bodyVariant',
				type: 'options',
				noDataExpression: true,
				options: variants.map((v) => ({ name: v.name, value: v.value })),
				default: variants[0].value,
			}, resource, operation);
		}
		const shown = op.fields.filter((f) => f.kind !== 'fixed');
		for (const f of shown.filter((x) => x.required)) {
			const extra = { ...(f.variants && variants.length > 1 ? { bodyVariant: f.variants } : {}), ...fieldCondition };
			c.add(fieldProperty(f, op, largeEnums), resource, operation, Object.keys(extra).length ? extra : undefined);
		}
		if (op.pagination !== 'none') {
			c.add({
				displayName: 'Return All',
				name: 'returnAll',
				type: 'boolean',
				default: false,
				description: 'Whether to return all results or only up to a given limit',
			}, resource, operation);
			c.add({
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 50,
				description: 'Max number of results to return',
			}, resource, operation, { returnAll: [false] });
		}
		const optional = shown.filter((x) => !x.required);
		const isFilter = (f) => f.in === 'query' && op.method === 'GET';
		const filters = optional.filter(isFilter).map((f) => fieldProperty(f, op, largeEnums));
		if (op.sort) {
			filters.push({ displayName: 'Sort By', name: 'sort', type: 'multiOptions', options: sortedOptions(op.sort), default: [] });
		}
		if (filters.length) {
			c.add(collection('Filters', 'filters', 'Add Filter', filters), resource, operation);
		}
		const rest = optional.filter((f) => !isFilter(f));
		if (variants.length > 1) {
			for (const v of variants) {
				const own = rest.filter((f) => !f.variants || f.variants.includes(v.value)).map((f) => fieldProperty(f, op, largeEnums));
				if (own.length) c.add(collection('Additional Fields', 'additionalFields', 'Add Field', own), resource, operation, { bodyVariant: [v.value] });
			}
		} else if (rest.length) {
			c.add(collection('Additional Fields', 'additionalFields', 'Add Field', rest.map((f) => fieldProperty(f, op, largeEnums))), resource, operation, fieldCondition);
		}
		if (op.simplify) {
			c.add({
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description: 'Whether to return only the most used fields instead of the full object',
			}, resource, operation);
		}
		if (op.download) {
			c.add({
				displayName: 'Download PDF',
				name: 'download',
				type: 'boolean',
				default: true,
				description: 'Whether to download the PDF as a binary file, not only its link',
			}, resource, operation);
		}
		const requestOptions = [];
		if (op.pagination !== 'none') requestOptions.push(PAGE_CONCURRENCY);
		if (requestOptions.length) c.add(collection('Options', 'options', 'Add Option', requestOptions), resource, operation);
	}
	props.push(...c.emit());
	return props;
}

function collection(displayName, name, placeholder, options) {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder,
		default: {},
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

module.exports = { buildProperties, optionName, LargeEnums };
