import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { PolarClient } from '../../transport/client';
import type { Failure } from '../failedItem';

/** What a hand-written operation or mode adds to the node's editor (descriptions/withOverrides.ts applies it). */
export interface OverrideDescription {
	/** for an operation the table does not have: its entry in the resource's Operation selector */
	operation?: { name: string; action: string; description: string };
	/** the override's own properties; each shows for the override's operation and its own displayOptions */
	properties: INodeProperties[];
	/** display conditions added to the operation's generated fields, where a mode of the override replaces them */
	generatedFieldsShow?: Record<string, Array<string | number | boolean>>;
}

interface OverrideBase {
	description: OverrideDescription;
	/** whether the override runs this execution (read from the first item); otherwise the generic executor does; default: always */
	applies?: (ctx: IExecuteFunctions) => boolean;
}

/**
 * Runs for one item at a time (never several at once: Items in Parallel does not apply); the router
 * pairs its output to the item and turns its errors into failed items.
 */
export interface ItemOverride extends OverrideBase {
	scope: 'item';
	execute(ctx: IExecuteFunctions, client: PolarClient, itemIndex: number): Promise<INodeExecutionData[]>;
}

/**
 * Runs once for all items (e.g. batching them); pairs its own output and reports each failure
 * through `failed`, which throws, or with Continue On Fail answers the error item (failedItem.ts).
 */
export interface AllItemsOverride extends OverrideBase {
	scope: 'allItems';
	execute(ctx: IExecuteFunctions, client: PolarClient, failed: (error: unknown, failure: Failure) => INodeExecutionData): Promise<INodeExecutionData[]>;
}

export type Override = ItemOverride | AllItemsOverride;
