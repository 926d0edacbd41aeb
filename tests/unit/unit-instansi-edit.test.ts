// A unit's instansi is edited in the Inspector: setting it makes the unit a guest unit of another Instansi
// Pemerintah (its members in a team give the cross-instansi finding), clearing it makes it this Pemda's
// again, and the incremental engine follows the edit exactly as compute() does.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { createIncrementalEngine } from '../../src/lib/domain/incremental-engine.ts';
import { updateUnit } from '../../src/lib/domain/edit.ts';
import { addTeam } from '../../src/lib/domain/edit-teams.ts';
import { StructureSchema, type Structure } from '../../src/lib/domain/structure.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';

const cilegon = loadBuiltinVariant('cilegon-2023-17');

function must(r: ReturnType<typeof updateUnit>): Structure {
  if (!r.ok) throw new Error(r.reason);
  return r.structure;
}

describe('editing a unit’s instansi', () => {
  const base = generateKabupaten({ positions: 300, seed: 11 });
  const [own, guest] = base.units.filter((u) => u.parent === null);
  const member = base.positions.find((p) => p.unit === guest.id && (p.level === 'fungsional' || p.level === 'pelaksana'))!;
  const withTeam = must(addTeam(base, { name: 'Tim Uji Lintas', owner: own.id, members: [member.id] }, () => 'tim-uji'));
  // The generated kabupaten has its own cross-PD team; only the test team's finding is looked at.
  const codes = (s: Structure) => compute(s, cilegon).findings.filter((f) => f.code === 'TEAM_LINTAS_INSTANSI' && f.message.startsWith('Tim Uji Lintas'));

  it('sets and clears the field, trimmed, and keeps the structure valid', () => {
    const set = must(updateUnit(withTeam, guest.id, { instansi: '  Pemerintah Provinsi Banten ' }));
    expect(set.units.find((u) => u.id === guest.id)!.instansi).toBe('Pemerintah Provinsi Banten');
    expect(StructureSchema.safeParse(set).success).toBe(true);
    const cleared = must(updateUnit(set, guest.id, { instansi: '' }));
    expect('instansi' in cleared.units.find((u) => u.id === guest.id)!).toBe(false);
    // Other fields are untouched by an instansi-only patch.
    expect(cleared.units.find((u) => u.id === guest.id)!.name).toBe(guest.name);
  });

  it('gives the cross-instansi team finding only while the unit belongs to another instansi', () => {
    expect(codes(withTeam)).toHaveLength(0);
    const set = must(updateUnit(withTeam, guest.id, { instansi: 'Pemerintah Provinsi Banten' }));
    const found = codes(set);
    expect(found).toHaveLength(1);
    expect(found[0].positions).toEqual([member.id]);
    expect(codes(must(updateUnit(set, guest.id, { instansi: '' })))).toHaveLength(0);
  });

  it('is followed by the incremental engine as compute() gives it', () => {
    const engine = createIncrementalEngine();
    engine.compute(withTeam, cilegon);
    const set = must(updateUnit(withTeam, guest.id, { instansi: 'Pemerintah Provinsi Banten' }));
    expect(engine.compute(set, cilegon)).toEqual(compute(set, cilegon));
    const cleared = must(updateUnit(set, guest.id, { instansi: '' }));
    expect(engine.compute(cleared, cilegon)).toEqual(compute(cleared, cilegon));
  });
});
