import fs from 'node:fs';
import { scoreArtifact, scoreFiles, CATEGORY_CAPS } from '../../src/scoring/index.js';
import { allRules, ANALYZERS } from '../../src/analyzers/index.js';
import { TOOL_VERSION } from '../../src/version.js';
import type { Finding, RuleMeta } from '../../src/types.js';

const rules = new Map<string, RuleMeta>([
  ['s.a', { id: 's.a', category: 'structure', weight: 3, description: '' }],
  ['s.b', { id: 's.b', category: 'structure', weight: 3, description: '' }],
  ['e.a', { id: 'e.a', category: 'entropy', weight: 3, description: '' }],
  ['t.a', { id: 't.a', category: 'strings', weight: 3, description: '' }],
  ['p.a', { id: 'p.a', category: 'payload', weight: 9, description: '' }],
  ['big', { id: 'big', category: 'structure', weight: 10, description: '' }],
]);
const f = (rule: string, path: string, score: number): Finding => ({ rule, path, score, message: '' });

describe('scoring', () => {
  test('within a category the strongest finding counts, capped; categories add up', () => {
    const [file] = scoreFiles([f('s.a', 'x.wav', 2), f('s.b', 'x.wav', 3), f('e.a', 'x.wav', 2.5), f('big', 'x.wav', 10)], rules);
    expect(file.categories).toEqual({ structure: CATEGORY_CAPS.structure, entropy: 2.5 });
    expect(file.score).toBe(5.5);
  });

  test('a decoded payload flags by itself; a file score never exceeds 10', () => {
    expect(scoreArtifact([f('p.a', 'x.wav', 9)], rules).score).toBe(9);
    expect(scoreArtifact([f('p.a', 'x.wav', 9), f('s.a', 'x.wav', 3), f('t.a', 'x.wav', 3)], rules).score).toBe(10);
  });

  test('other suspicious files corroborate only when they show different rules', () => {
    const same = scoreArtifact([f('s.a', 'a.wav', 3), f('t.a', 'a.wav', 3), f('s.a', 'b.wav', 3), f('t.a', 'b.wav', 3), f('s.a', 'c.wav', 3)], rules);
    expect(same.score).toBe(6);
    expect(same.breakdown.corroboration).toBe(0);
    const different = scoreArtifact([f('s.a', 'a.wav', 3), f('t.a', 'a.wav', 3), f('e.a', 'b.py', 3), f('s.b', 'c.png', 3), f('p.a', 'd', 1)], rules);
    expect(different.breakdown).toMatchObject({ worstFile: 'a.wav', worstFileScore: 6, corroboration: 2 });
    expect(different.score).toBe(8);
  });

  test('suppressed and zero findings do not count', () => {
    expect(scoreArtifact([{ ...f('p.a', 'x', 9), suppressed: true }, f('s.a', 'y', 0)], rules)).toMatchObject({ score: 0, breakdown: { worstFile: null } });
  });
});

describe('rule registry', () => {
  const docs = fs.readFileSync('docs/rules.md', 'utf8');
  test('every rule is unique, documented in docs/rules.md, and within its category cap', () => {
    const all = allRules();
    expect(all.size).toBeGreaterThan(10);
    for (const r of all.values()) {
      expect(r.id).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
      expect(docs).toContain(`## ${r.id}`);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.weight).toBeGreaterThan(0);
      expect(r.weight).toBeLessThanOrEqual(CATEGORY_CAPS[r.category]);
    }
  });
  test('every analyzer has a name, a description and rules', () => {
    for (const a of ANALYZERS) {
      expect(a.name).toBeTruthy();
      expect(a.description.length).toBeGreaterThan(10);
      expect(a.rules.length).toBeGreaterThan(0);
    }
  });
  test('the reported version is package.json\'s', () => {
    expect(TOOL_VERSION).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
  });
});
