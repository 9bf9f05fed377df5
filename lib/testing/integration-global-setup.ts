// Builds one migrated template database per test run; each test file clones it (CREATE DATABASE …
// TEMPLATE), so files run in parallel without sharing data. No demo data: every test makes its own rows
// with lib/testing/factories (docs/decisions.md, issue 11). Dropped at the end.
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '@/db/migrate';
import { adminUrl, databaseUrl } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const name = `it_tmpl_${process.pid}_${Date.now()}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await runMigrations(databaseUrl(name));
  project.provide('templateDatabase', name);
  return async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
}
