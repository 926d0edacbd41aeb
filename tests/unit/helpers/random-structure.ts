// Seeded random structures for property tests: every unit type, odd placements included (staff under
// staff, JF heads, units without staff), so the engine meets what analysts really draw.
import { StructureSchema, type Structure } from '../../../src/lib/domain/structure.ts';
import { GRADES, LEVELS, UNIT_TYPES, type Level } from '../../../src/lib/domain/vocabulary.ts';

export function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const TITLES: Record<Level, string[]> = {
  jpt_pratama: ['Kepala Dinas', 'Sekretaris Daerah', 'Asisten Pemerintahan', 'Inspektur', 'Kepala Badan'],
  administrator: ['Sekretaris', 'Kepala Bidang Umum', 'Kepala Bagian Organisasi', 'Camat', 'Inspektur Pembantu Wilayah I', 'Direktur'],
  pengawas: ['Kepala Sub Bagian Umum dan Kepegawaian', 'Kepala Seksi Pelayanan', 'Lurah Kota', 'Kepala UPTD', 'Sekretaris Kelurahan'],
  fungsional: ['Analis Kebijakan', 'Perencana', 'Auditor', 'Dokter', 'Guru', 'Pranata Komputer', 'Kepala Puskesmas'],
  pelaksana: ['Pengadministrasi Perkantoran', 'Pengelola Keuangan', 'Operator Layanan Operasional']
};

export function randomStructure(seed: number, size = 60): Structure {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const units = [] as Structure['units'];
  const positions = [] as Structure['positions'];
  const nUnits = 1 + Math.floor(r() * 5);
  for (let u = 0; u < nUnits; u++) {
    const parent = u > 0 && r() < 0.4 ? units[Math.floor(r() * units.length)].id : null;
    units.push({ id: `u${u}`, name: `Unit ${u}`, type: pick(UNIT_TYPES), parent });
  }
  for (let i = 0; i < size; i++) {
    const unit = pick(units);
    const inUnit = positions.filter((p) => p.unit === unit.id);
    let parent: string | null = null;
    if (inUnit.length > 0 && r() < 0.95) parent = pick(inUnit).id;
    else if (unit.parent && r() < 0.7) {
      const up = positions.filter((p) => p.unit === unit.parent);
      if (up.length) parent = pick(up).id;
    }
    const level = inUnit.length === 0 && r() < 0.7 ? pick(LEVELS.slice(0, 3)) : pick(LEVELS);
    positions.push({
      id: `p${i}`,
      unit: unit.id,
      title: pick(TITLES[level]),
      level,
      parent,
      ...(level === 'fungsional' ? { grade: pick(GRADES) } : {}),
      ...(r() < 0.3 ? { count: 1 + Math.floor(r() * 6) } : {})
    });
  }
  const teams = [] as Structure['teams'];
  for (let t = 0; t < 3 && positions.length > 3; t++) {
    const members = [...new Set([pick(positions).id, pick(positions).id, pick(positions).id])];
    teams.push({ id: `t${t}`, name: `Tim ${t}`, owner: pick(units).id, members, lead: r() < 0.8 ? members[0] : null });
  }
  const assignments = positions.length ? [
    { id: 'a0', assignee: positions[positions.length - 1].id, owner: null, externalInstansi: 'Pemerintah Provinsi', mode: 'sukarela' as const, status: 'diajukan' as const },
    { id: 'a1', assignee: positions[0].id, owner: pick(units).id, mode: 'sukarela' as const, status: 'draf' as const }
  ] : [];
  return StructureSchema.parse({ format: 'bagan-kerja', version: 1, title: `Acak ${seed}`, units, positions, teams, assignments });
}
