// editedStructureError must give the full schema's verdict while parsing only the records an edit replaced.
import { describe, expect, it } from 'vitest';
import { editedStructureError } from '../../src/lib/domain/edit-validation.ts';
import { updatePosition, updateUnit } from '../../src/lib/domain/edit.ts';
import { StructureSchema, type Structure } from '../../src/lib/domain/structure.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';

const base = generateKabupaten({ positions: 400, seed: 7 });
const ok = (r: ReturnType<typeof updatePosition>): Structure => {
  if (!r.ok) throw new Error(r.reason);
  return r.structure;
};

describe('editedStructureError', () => {
  it('accepts a valid edit, as the full schema does', () => {
    const p = base.positions[10];
    const after = ok(updatePosition(base, p.id, { title: 'Analis Kebijakan Ahli Muda' }));
    expect(StructureSchema.safeParse(after).success).toBe(true);
    expect(editedStructureError(base, after)).toBeNull();
  });

  it('refuses a replaced position the schema refuses, with the path of the record in the whole structure', () => {
    const i = 25;
    const after = ok(updatePosition(base, base.positions[i].id, { title: 'x'.repeat(600) }));
    const full = StructureSchema.safeParse(after);
    expect(full.success).toBe(false);
    const err = editedStructureError(base, after);
    expect(err).not.toBeNull();
    expect(err!.issues[0].path).toEqual(full.error!.issues[0].path);
    expect(err!.issues[0].path).toEqual(['positions', i, 'title']);
  });

  it('checks a replaced unit, a new team and the header too', () => {
    const unit = base.units[3];
    const badUnit = updateUnit(base, unit.id, { name: 'y'.repeat(600) });
    if (!badUnit.ok) throw new Error(badUnit.reason);
    expect(editedStructureError(base, badUnit.structure)!.issues[0].path).toEqual(['units', 3, 'name']);
    const badTeam = { ...base, teams: [...base.teams, { id: '', name: 'Tim', ownerUnit: unit.id, members: [] }] } as unknown as Structure;
    expect(StructureSchema.safeParse(badTeam).success).toBe(false);
    expect(editedStructureError(base, badTeam)!.issues[0].path[0]).toBe('teams');
    const badTitle = { ...base, title: 'z'.repeat(600) };
    expect(editedStructureError(base, badTitle)!.issues[0].path).toEqual(['title']);
  });

  it('does not parse records the edit kept (they are the same objects)', () => {
    // A kept record that would fail the schema is not looked at again: edits never change objects in place.
    const sneaky = { ...base, positions: base.positions.slice() };
    (sneaky.positions[0] as { title: string }) = { ...sneaky.positions[0], title: 'x'.repeat(600) };
    const after = ok(updatePosition(sneaky, base.positions[5].id, { title: 'Baru' }));
    expect(editedStructureError(sneaky, after)).toBeNull();
    expect(StructureSchema.safeParse(after).success).toBe(false);
  });
});
