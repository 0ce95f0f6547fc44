import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig: empty start', () => {
  it('builds the demo on an empty database unless --empty or CONVEYOR_EMPTY says otherwise', () => {
    expect(loadConfig({}, {}).empty).toBe(false);
    expect(loadConfig({ empty: true }, {}).empty).toBe(true);
    expect(loadConfig({}, { CONVEYOR_EMPTY: 'true' }).empty).toBe(true);
    expect(loadConfig({}, { CONVEYOR_EMPTY: 'false' }).empty).toBe(false);
  });
});
