import { describe, expect, it } from 'vitest';
import { addUnitFromTemplate, emptyStructure, TEMPLATE_TYPES, UNIT_TEMPLATES } from '../../src/lib/domain/edit-templates.ts';
import { copySubtrees, pasteClipboard } from '../../src/lib/domain/edit-clipboard.ts';
import { idMakerFor } from '../../src/lib/domain/edit.ts';
import { checkIntegrity } from '../../src/lib/domain/integrity.ts';
import { indexStructure } from '../../src/lib/domain/structure-index.ts';
import { StructureSchema, type Structure } from '../../src/lib/domain/structure.ts';

const must = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

describe('SOTK templates', () => {
  it('covers every unit type of the structure format except "lainnya"', () => {
    expect([...TEMPLATE_TYPES].sort()).toEqual(['badan', 'dinas', 'inspektorat', 'kecamatan', 'kelurahan', 'puskesmas', 'rsud', 'sekolah', 'setda', 'setwan', 'upt']);
  });

  for (const type of TEMPLATE_TYPES) {
    it(`${type}: a valid structure with one head and staff placed under officials`, () => {
      const r = must(addUnitFromTemplate(emptyStructure(), type, idMakerFor(emptyStructure(), 't')));
      expect(StructureSchema.safeParse(r.structure).success).toBe(true);
      expect(checkIntegrity(r.structure)).toEqual([]);
      const index = indexStructure(r.structure);
      expect(index.headsOfUnit.get(r.ids[1])).toEqual([r.ids[0]]);
      for (const p of r.structure.positions)
        if (p.parent !== null) expect(index.positions.get(p.parent)!.level === 'fungsional' && p.parent !== r.ids[0]).toBe(false);
    });
  }

  it('Puskesmas and Sekolah are led by a JF with tugas tambahan; Dinas by a JPT Pratama with Sekretariat first', () => {
    expect(UNIT_TEMPLATES.puskesmas.head.level).toBe('fungsional');
    expect(UNIT_TEMPLATES.sekolah.head.level).toBe('fungsional');
    expect(UNIT_TEMPLATES.dinas.head.level).toBe('jpt_pratama');
    expect(UNIT_TEMPLATES.dinas.head.children![0].title).toBe('Sekretaris');
  });

  it('a Puskesmas added under a Kepala Dinas becomes a child unit of the Dinas', () => {
    const d = must(addUnitFromTemplate(emptyStructure(), 'dinas', idMakerFor(emptyStructure(), 'a'), { name: 'Dinas Kesehatan' }));
    const p = must(addUnitFromTemplate(d.structure, 'puskesmas', idMakerFor(d.structure, 'b'), { parentPosition: d.ids[0] }));
    const unit = p.structure.units.find((u) => u.id === p.ids[1])!;
    expect(unit.parent).toBe(d.ids[1]);
    expect(p.structure.positions.find((x) => x.id === p.ids[0])!.parent).toBe(d.ids[0]);
    expect(checkIntegrity(p.structure)).toEqual([]);
  });
});

describe('copy and paste', () => {
  function withDinas(): { s: Structure; kadis: string; kabid: string } {
    const r = must(addUnitFromTemplate(emptyStructure(), 'dinas', idMakerFor(emptyStructure(), 'a')));
    const kabid = r.structure.positions.find((p) => p.title.startsWith('Kepala Bidang'))!.id;
    return { s: r.structure, kadis: r.ids[0], kabid };
  }

  it('pastes a Bidang subtree with fresh ids under the chosen kedudukan', () => {
    const { s, kadis, kabid } = withDinas();
    const clip = copySubtrees(s, [kabid])!;
    const size = clip.positions.length;
    expect(size).toBeGreaterThan(1);
    const r = must(pasteClipboard(s, clip, kadis, idMakerFor(s, 'b')));
    expect(r.structure.positions.length).toBe(s.positions.length + size);
    expect(checkIntegrity(r.structure)).toEqual([]);
    const root = r.structure.positions.find((p) => p.id === r.ids[0])!;
    expect(root.parent).toBe(kadis);
    expect(root.id).not.toBe(kabid);
    expect(r.structure.positions.filter((p) => p.parent === root.id).length).toBe(s.positions.filter((p) => p.parent === kabid).length);
  });

  it('copying a box with its ancestor selected copies the subtree once', () => {
    const { s, kadis, kabid } = withDinas();
    const clip = copySubtrees(s, [kadis, kabid])!;
    expect(clip.roots).toEqual([kadis]);
    expect(clip.positions.length).toBe(s.positions.length);
    expect(clip.units.length).toBe(1);
    const r = must(pasteClipboard(s, clip, null, idMakerFor(s, 'c')));
    expect(r.structure.units.length).toBe(2);
    expect(checkIntegrity(r.structure)).toEqual([]);
  });
});
