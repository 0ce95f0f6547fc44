import { describe, expect, it } from 'vitest';
import { inline, parseBlocks } from './markdown.tsx';

describe('guidance markdown', () => {
  it('splits paragraphs and lists', () => {
    expect(
      parseBlocks('Ask about budget.\nBe brief.\n\n- one\n- two\n\n1. first\n2. second'),
    ).toEqual([
      { kind: 'p', lines: ['Ask about budget.', 'Be brief.'] },
      { kind: 'ul', items: ['one', 'two'] },
      { kind: 'ol', items: ['first', 'second'] },
    ]);
  });

  it('keeps HTML as text', () => {
    const nodes = inline('<img src=x onerror=alert(1)> **bold**');
    expect(nodes[0]).toBe('<img src=x onerror=alert(1)> ');
    expect(nodes).toHaveLength(2);
  });
});
