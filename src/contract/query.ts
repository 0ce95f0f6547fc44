/** A yes/no query parameter's values: query strings carry no booleans. */
export const BOOLEAN_QUERY_VALUES = ['true', 'false'] as const;
export type BooleanQueryValue = (typeof BOOLEAN_QUERY_VALUES)[number];
