import fs from 'node:fs';
import path from 'node:path';
import type { TestApp } from '../helpers.ts';

/**
 * Records in and out of a district user's scope. The district user works in R1D1 holding every
 * right; everything in R2 is outside their scope. Each module adds the ids it needs.
 */
export type ScopeFixture = Record<string, string>;

/**
 * One endpoint called on a record outside the caller's districts. `expect` lists the acceptable
 * statuses: reads answer 404 (existence is not revealed), references in a body answer 400 naming
 * the field.
 */
export interface ScopeCase {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: (f: ScopeFixture) => string;
  body?: (f: ScopeFixture) => unknown;
  expect: number[];
  /** For 400s: the field that must be named. */
  field?: string;
}

/** Each module's file in this folder exports `cases` and `fixture` (the records its cases use). */
export interface ScopeModule {
  cases: ScopeCase[];
  fixture(t: TestApp, admin: string): Promise<ScopeFixture>;
}

export async function loadScopeModules(): Promise<ScopeModule[]> {
  const files = fs.readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  return Promise.all(files.sort().map(async (f) => (await import(path.join(import.meta.dirname, f))) as ScopeModule));
}

const ifMatch = { 'if-match': '"1"' };
export const scopeHeaders = (c: ScopeCase, f: ScopeFixture): Record<string, string> =>
  ['PUT', 'PATCH', 'DELETE'].includes(c.method) || c.url(f).includes('/move') ? ifMatch : {};
