// Referential integrity of a structure that already matched its schema: ids unique, every reference
// resolves, no placement cycle, Ketua Tim is a member, a JF has its jenjang. Each problem has a path.
import type { Structure } from './structure.ts';

export interface Problem {
  path: (string | number)[];
  message: string;
}

export function checkIntegrity(s: Structure): Problem[] {
  const problems: Problem[] = [];
  const unitIds = new Map<string, number>();
  s.units.forEach((u, i) => {
    if (unitIds.has(u.id)) problems.push({ path: ['units', i, 'id'], message: `Id unit "${u.id}" ganda (sudah dipakai di units[${unitIds.get(u.id)}])` });
    else unitIds.set(u.id, i);
  });
  const posIds = new Map<string, number>();
  s.positions.forEach((p, i) => {
    if (posIds.has(p.id)) problems.push({ path: ['positions', i, 'id'], message: `Id jabatan "${p.id}" ganda (sudah dipakai di positions[${posIds.get(p.id)}])` });
    else posIds.set(p.id, i);
  });

  s.units.forEach((u, i) => {
    if (u.parent !== null && !unitIds.has(u.parent))
      problems.push({ path: ['units', i, 'parent'], message: `Unit induk "${u.parent}" tidak ada` });
  });
  s.positions.forEach((p, i) => {
    if (!unitIds.has(p.unit)) problems.push({ path: ['positions', i, 'unit'], message: `Unit "${p.unit}" tidak ada` });
    if (p.parent !== null && !posIds.has(p.parent))
      problems.push({ path: ['positions', i, 'parent'], message: `Atasan (kedudukan) "${p.parent}" tidak ada` });
    if (p.parent === p.id) problems.push({ path: ['positions', i, 'parent'], message: 'Jabatan tidak boleh berkedudukan di bawah dirinya sendiri' });
    if (p.level === 'fungsional' && !p.grade)
      problems.push({ path: ['positions', i, 'grade'], message: 'Jenjang (grade) wajib diisi untuk jabatan fungsional' });
    if (p.level !== 'fungsional' && p.grade)
      problems.push({ path: ['positions', i, 'grade'], message: `Jenjang hanya untuk jabatan fungsional, bukan untuk level "${p.level}"` });
    if (p.workUnder !== undefined && !posIds.has(p.workUnder))
      problems.push({ path: ['positions', i, 'workUnder'], message: `Pimpinan unit kerja "${p.workUnder}" tidak ada` });
    if (p.coordinator !== undefined && !posIds.has(p.coordinator))
      problems.push({ path: ['positions', i, 'coordinator'], message: `Koordinator "${p.coordinator}" tidak ada` });
    if (p.coordinator === p.id) problems.push({ path: ['positions', i, 'coordinator'], message: 'Jabatan tidak boleh menjadi koordinator dirinya sendiri' });
    if (p.effectiveFrom && p.effectiveUntil && p.effectiveUntil < p.effectiveFrom)
      problems.push({ path: ['positions', i, 'effectiveUntil'], message: `Tanggal berakhir (${p.effectiveUntil}) lebih awal dari tanggal berlaku (${p.effectiveFrom})` });
    if (p.holders && p.holders.length > (p.count ?? 1))
      problems.push({ path: ['positions', i, 'holders'], message: `Jumlah pemangku (${p.holders.length}) melebihi jumlah jabatan (count ${p.count ?? 1})` });
  });

  problems.push(...findCycles(s.units.map((u) => [u.id, u.parent]), 'units', 'Siklus unit induk'));
  problems.push(...findCycles(s.positions.map((p) => [p.id, p.parent]), 'positions', 'Siklus kedudukan'));

  const teamIds = new Set<string>();
  s.teams.forEach((t, i) => {
    if (teamIds.has(t.id)) problems.push({ path: ['teams', i, 'id'], message: `Id tim "${t.id}" ganda` });
    teamIds.add(t.id);
    if (!unitIds.has(t.owner)) problems.push({ path: ['teams', i, 'owner'], message: `Unit pemilik kinerja "${t.owner}" tidak ada` });
    const seen = new Set<string>();
    t.members.forEach((m, j) => {
      if (!posIds.has(m)) problems.push({ path: ['teams', i, 'members', j], message: `Anggota tim "${m}" tidak ada` });
      if (seen.has(m)) problems.push({ path: ['teams', i, 'members', j], message: `Anggota tim "${m}" tercantum dua kali` });
      seen.add(m);
    });
    if (t.lead) {
      if (!posIds.has(t.lead)) problems.push({ path: ['teams', i, 'lead'], message: `Ketua tim "${t.lead}" tidak ada` });
      else if (!t.members.includes(t.lead)) problems.push({ path: ['teams', i, 'lead'], message: `Ketua tim "${t.lead}" bukan anggota tim` });
    }
  });
  const assignmentIds = new Set<string>();
  s.assignments.forEach((a, i) => {
    if (assignmentIds.has(a.id)) problems.push({ path: ['assignments', i, 'id'], message: `Id penugasan "${a.id}" ganda` });
    assignmentIds.add(a.id);
    if (!posIds.has(a.assignee)) problems.push({ path: ['assignments', i, 'assignee'], message: `Jabatan yang ditugaskan "${a.assignee}" tidak ada` });
    if (a.owner !== null && !unitIds.has(a.owner)) problems.push({ path: ['assignments', i, 'owner'], message: `Unit pemilik kinerja "${a.owner}" tidak ada` });
    if (a.owner === null && !a.externalInstansi)
      problems.push({ path: ['assignments', i, 'externalInstansi'], message: 'Penugasan lintas instansi wajib menyebut nama instansi' });
    if (a.acknowledgedBy !== undefined && !posIds.has(a.acknowledgedBy))
      problems.push({ path: ['assignments', i, 'acknowledgedBy'], message: `Atasan langsung yang mengetahui "${a.acknowledgedBy}" tidak ada` });
    if (a.ownerPosition !== undefined) {
      const owner = s.positions[posIds.get(a.ownerPosition) ?? -1];
      if (!owner) problems.push({ path: ['assignments', i, 'ownerPosition'], message: `Pejabat pemilik kinerja "${a.ownerPosition}" tidak ada` });
      else if (a.owner === null || owner.unit !== a.owner)
        problems.push({ path: ['assignments', i, 'ownerPosition'], message: `Pejabat pemilik kinerja "${a.ownerPosition}" tidak berada di unit pemilik kinerja${a.owner === null ? '' : ` "${a.owner}"`}` });
    }
  });
  return problems;
}

/** Reports each cycle once, at the first member in file order. */
function findCycles(edges: [string, string | null][], collection: string, label: string): Problem[] {
  const parent = new Map(edges);
  const order = new Map(edges.map(([id], i) => [id, i]));
  const state = new Map<string, 1 | 2>(); // 1 = on the current walk, 2 = known acyclic or reported
  const problems: Problem[] = [];
  for (const [start] of edges) {
    if (state.has(start)) continue;
    const walk: string[] = [];
    let cur: string | null | undefined = start;
    while (cur != null && parent.has(cur) && !state.has(cur)) {
      state.set(cur, 1);
      walk.push(cur);
      cur = parent.get(cur);
    }
    if (cur != null && state.get(cur) === 1) {
      const cycle = walk.slice(walk.indexOf(cur));
      const firstId = cycle.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
      problems.push({ path: [collection, order.get(firstId)!, 'parent'], message: `${label}: ${cycle.join(' → ')} → ${cur}` });
    }
    for (const id of walk) state.set(id, 2);
  }
  return problems;
}
