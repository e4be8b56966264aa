/** A field's hand-written help: a description, or a description and a placeholder ("e.g. …"). */
export type Help = string | { description: string; placeholder?: string };

/**
 * Hand-written help keyed by "Schema.property" (the component schema that declares it),
 * "operationId.parameter", or the property name alone for words that hold everywhere.
 */
export type HelpTable = Record<string, Help>;
