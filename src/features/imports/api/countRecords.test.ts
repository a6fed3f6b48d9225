import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countRecords } from './countRecords';

const fixture = (name: string) => readFileSync(`docs/examples/${name}`, 'utf8');

describe('countRecords', () => {
  it('sums the top-level record lists of the JSON formats', () => {
    expect(countRecords('native', fixture('inventory.example.json'))).toBe(10);
    expect(countRecords('power_platform', fixture('power-platform.example.json'))).toBe(19);
    expect(countRecords('n8n', fixture('n8n.example.json'))).toBe(19);
  });
  it('counts CSV rows after the header, quoted line breaks included', () => {
    expect(countRecords('csv', 'id,name\n1,"two\nlines"\n2,b\n')).toBe(2);
  });
  it('leaves unreadable files to the server', () => {
    expect(countRecords('native', '{ not json')).toBeUndefined();
    expect(countRecords('native', '"a string"')).toBeUndefined();
  });
});
