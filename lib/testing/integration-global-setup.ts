// Builds one migrated and demo-seeded template database per test run; each test file clones it
// (CREATE DATABASE … TEMPLATE), so files run in parallel without sharing data. Dropped at the end.
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { connect } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedDemo } from '@/db/seed/demo';
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
  const url = databaseUrl(name);
  await runMigrations(url);
  const handle = connect(url, { max: 4 });
  await seedDemo(handle.db, { scale: 1 });
  await handle.close();
  project.provide('templateDatabase', name);
  return async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
}
