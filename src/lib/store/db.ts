// The IndexedDB database (dexie). Versioned: every schema change adds a `version(n)` with its upgrade,
// never edits an old one, so a user's existing data migrates on open.
import { Dexie, type Table } from 'dexie';
import type { Project } from './project.ts';
import type { Variant } from '../domain/variant.ts';

export interface VariantRecord {
  id: string;
  origin: 'builtin' | 'custom';
  revision: number;
  variant: Variant;
  updatedAt: number;
}

export interface SnapshotRecord {
  id?: number;
  projectId: string;
  label: string;
  createdAt: number;
  project: Project;
}

export class BaganDatabase extends Dexie {
  projects!: Table<Project, string>;
  variants!: Table<VariantRecord, string>;
  snapshots!: Table<SnapshotRecord, number>;

  constructor(name = 'bagan-kerja') {
    super(name);
    this.version(1).stores({
      projects: 'id, updatedAt, deletedAt',
      variants: 'id, origin',
      snapshots: '++id, projectId, createdAt'
    });
  }
}

let shared: BaganDatabase | undefined;
export function database(): BaganDatabase {
  shared ??= new BaganDatabase();
  return shared;
}
