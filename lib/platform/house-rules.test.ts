// The layer of every file in a capability folder shows in its name (CONTRIBUTING.md), so that the lint
// rules for pure rules, reads and writes (eslint.config.mjs) reach every file.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = path.resolve(import.meta.dirname, '..');
const notCapabilities = new Set(['platform', 'testing']);
const layered = /\.(rules|reads|writes|schemas)(\.test|\.int\.test)?\.tsx?$/;
const testOfSomething = /\.(int\.)?test\.ts$/;

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('capability folders', () => {
  const capabilities = readdirSync(lib, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !notCapabilities.has(entry.name))
    .map((entry) => entry.name);

  it('exist', () => {
    expect(capabilities).toEqual(expect.arrayContaining(['cart', 'catalog', 'checkout', 'orders', 'pricing']));
  });

  it.each(capabilities)('lib/%s names the layer of each file (.rules, .reads, .writes, .schemas)', (capability) => {
    const files = filesBelow(path.join(lib, capability)).map((file) => path.relative(lib, file));
    const unlayered = files.filter((file) => !layered.test(file) && !testOfSomething.test(file));
    expect(unlayered).toEqual([]);
  });
});
