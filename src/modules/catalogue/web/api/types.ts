import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

// The catalogue's records as the API returns them (from the generated schema, never by hand).
type Schemas = components['schemas'];

export type Product = Schemas['Product'];
export type PriceList = Schemas['PriceList'];
export type LineItem = Schemas['LineItem'];
export type DealWithLineItems = Schemas['DealWithLineItems'];
