/** src/shard.ts: parsing `i/n`, and the split itself (deterministic, a partition, stable when the list changes). */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { fetchedArtifactKey, inShard, localArtifactKey, MAX_SHARDS, parseShard, projectKey, requirementKey, ShardError, shardOf } from '../../src/shard.js';

describe('parseShard', () => {
  test('i/n, 1-based, spaces allowed around the parts', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard(' 4 / 4 ')).toEqual({ index: 4, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard(`${MAX_SHARDS}/${MAX_SHARDS}`)).toEqual({ index: MAX_SHARDS, count: MAX_SHARDS });
  });

  test.each([
    ['0/3', /part must be from 1 to 3 \(parts are counted from 1\)/],
    ['4/3', /part must be from 1 to 3/],
    ['1/0', /number of shards must be from 1 to 256/],
    [`1/${MAX_SHARDS + 1}`, /number of shards must be from 1 to 256/],
    ['2', /must be written i\/n/],
    ['a/b', /must be written i\/n/],
    ['1/3/5', /must be written i\/n/],
    ['-1/3', /must be written i\/n/],
    ['1.5/3', /must be written i\/n/],
    ['', /must be written i\/n/],
  ])('%j is refused with a message saying what is wrong', (text, message) => {
    expect(() => parseShard(text)).toThrow(ShardError);
    expect(() => parseShard(text)).toThrow(message);
  });
});

describe('the split', () => {
  test('the definition: the first 48 bits of the SHA-256 of the key, modulo n, plus one (changing it would move every package)', () => {
    for (const key of ['project:requests', 'project:numpy', 'file:tonekit-1.2.0-py3-none-any.whl']) {
      const h = createHash('sha256').update(key).digest();
      const expected = (h.readUIntBE(0, 6) % 7) + 1;
      expect(shardOf(key, 7)).toBe(expected);
    }
    // Fixed values, so that a change of the hash cannot pass unnoticed (every cached shard would miss).
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => shardOf('project:requests', n))).toEqual([1, 2, 2, 2, 4, 2, 5, 6]);
  });

  test('deterministic: the same key always lands in the same shard', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 1, max: MAX_SHARDS }), (key, n) => {
        const s = shardOf(key, n);
        expect(s).toBeGreaterThanOrEqual(1);
        expect(s).toBeLessThanOrEqual(n);
        expect(shardOf(key, n)).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  test('a partition: over n shards, every key is in exactly one', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (keys, n) => {
        for (const key of keys) {
          const owners = Array.from({ length: n }, (_, i) => i + 1).filter((index) => inShard(key, { index, count: n }));
          expect(owners).toHaveLength(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('stable when the list changes: a package keeps its shard whatever is added or removed around it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { minLength: 1, maxLength: 30 }), fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { maxLength: 30 }), fc.integer({ min: 2, max: 8 }), (before, added, n) => {
        const split = (names: string[]) => new Map(names.map((x) => [x, shardOf(projectKey(x), n)]));
        const first = split(before);
        // Half of the list removed, other names added.
        const after = split([...before.filter((_, i) => i % 2 === 0), ...added]);
        for (const [name, shard] of after) if (first.has(name)) expect(shard).toBe(first.get(name));
      }),
      { numRuns: 200 },
    );
  });

  test('balanced enough: 4,000 project names over 4 shards, none with fewer than 800 or more than 1,200', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(projectKey(`package-${i}`), 4) - 1]++;
    for (const c of counts) {
      expect(c).toBeGreaterThan(800);
      expect(c).toBeLessThan(1200);
    }
  });

  test('not sharded, or one shard: everything is in', () => {
    expect(inShard('anything', undefined)).toBe(true);
    expect(inShard('anything', null)).toBe(true);
    expect(inShard('anything', { index: 1, count: 1 })).toBe(true);
  });
});

describe('keys', () => {
  test('a project is one key however its name is written, and its wheels and sdists share it', () => {
    expect(projectKey('Foo_Bar')).toBe(projectKey('foo.bar'));
    expect(projectKey('FOO--bar')).toBe('project:foo-bar');
    expect(fetchedArtifactKey('Foo_Bar-1.0-py3-none-any.whl')).toBe(projectKey('foo-bar'));
    expect(fetchedArtifactKey('/tmp/x/foo-bar-2.0.tar.gz')).toBe(projectKey('foo-bar'));
    expect(fetchedArtifactKey('weird.whl')).toBe('file:weird.whl');
  });

  test('requirements: by name; a bare URL or path by the project its file names; else as written', () => {
    const req = (name: string | null, url: string | null, text: string) => ({ name, url, text });
    expect(requirementKey(req('foo-bar', null, 'Foo_Bar==1.0'))).toBe(projectKey('foo-bar'));
    expect(requirementKey(req('foo-bar', 'https://x.invalid/other-9.0.tar.gz', 'foo-bar @ https://x.invalid/other-9.0.tar.gz'))).toBe(projectKey('foo-bar'));
    expect(requirementKey(req(null, 'https://x.invalid/dl/Foo_Bar-1.0-py3-none-any.whl#sha256=ab', 'https://x.invalid/dl/Foo_Bar-1.0-py3-none-any.whl#sha256=ab'))).toBe(projectKey('foo-bar'));
    expect(requirementKey(req(null, './vendor/foo_bar-1.0.tar.gz', './vendor/foo_bar-1.0.tar.gz'))).toBe(projectKey('foo-bar'));
    expect(requirementKey(req(null, '.', '-e .'))).toBe('requirement:-e .');
  });

  test('artifacts given directly: by file name, wherever they are', () => {
    expect(localArtifactKey('/a/b/pkg-1.0-py3-none-any.whl')).toBe(localArtifactKey('pkg-1.0-py3-none-any.whl'));
    expect(localArtifactKey('/a/pkg-1.0-py3-none-any.whl')).not.toBe(localArtifactKey('/a/pkg-1.1-py3-none-any.whl'));
  });
});
