/** The templates a new workspace can start from (its pipelines, loss reasons and process map). */
export const TEMPLATES = ['b2b-classic', 'end-to-end', 'empty'] as const;
export type Template = (typeof TEMPLATES)[number];
