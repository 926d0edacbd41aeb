// Tim Kerja and penugasan of a generated kabupaten: one team inside each Dinas/Badan, a Dinas
// Kesehatan team with Puskesmas members, a cross-unit team whose Ketua comes from another unit, and
// one penugasan of each kind (lintas unit, sukarela, lintas instansi).
import type { Position } from '../domain/structure.ts';
import type { AgencyRefs } from './build-agency.ts';
import type { StructureDraft } from './draft.ts';

export function addGeneratedTeams(d: StructureDraft, agencies: ReadonlyMap<string, AgencyRefs>): void {
  const r = d.random;
  const jfByUnit = new Map<string, Position[]>();
  for (const p of d.positions) {
    if (p.level !== 'fungsional' || p.parent === null || d.position(p.parent)?.unit !== p.unit) continue;
    const list = jfByUnit.get(p.unit);
    if (list) list.push(p);
    else jfByUnit.set(p.unit, [p]);
  }
  const jfOf = (unit: string, max: number) => (jfByUnit.get(unit) ?? []).slice(0, max).map((p) => p.id);

  for (const [key, a] of agencies) {
    const members = jfOf(a.unit, r.int(2, 5));
    if (members.length < 2) continue;
    d.team(`tim-${key}`, `Tim Kerja Kinerja Utama ${d.units.find((u) => u.id === a.unit)!.name}`, a.unit, members, r.chance(0.8) ? members[0] : null);
  }

  const dinkes = agencies.get('dinkes');
  if (dinkes) {
    const puskesmas = d.units.filter((u) => u.type === 'puskesmas').slice(0, 8);
    const members = [...jfOf(dinkes.unit, 1), ...puskesmas.flatMap((u) => jfOf(u.id, 1))];
    if (members.length >= 2) d.team('tim-stunting', 'Tim Kerja Percepatan Penurunan Stunting', dinkes.unit, members, members[0]);
  }

  const owner = agencies.get('bappeda') ?? agencies.get('dinkes');
  const others = [...agencies.values()].filter((a) => a !== owner).slice(0, 3);
  if (owner && others.length > 0) {
    const outsideLead = jfOf(others[0].unit, 1)[0];
    const members = [...jfOf(owner.unit, 2), ...others.flatMap((a) => jfOf(a.unit, 1))];
    if (outsideLead && members.length >= 2) d.team('tim-lintas-unit', 'Tim Kerja Lintas Perangkat Daerah', owner.unit, members, outsideLead);
  }

  const staff = [...jfByUnit.values()].flat();
  if (owner && staff.length >= 3) {
    const foreign = staff.filter((p) => p.unit !== owner.unit);
    const [a, b, c] = [foreign[0], foreign[Math.floor(foreign.length / 2)], staff[staff.length - 1]];
    if (a) d.assignment({ id: 'penugasan-1', assignee: a.id, owner: owner.unit, mode: 'penunjukan', purpose: 'Dukungan penyusunan dokumen perencanaan', duration: '6 bulan', status: 'disetujui' });
    if (b) d.assignment({ id: 'penugasan-2', assignee: b.id, owner: owner.unit, mode: 'sukarela', purpose: 'Pengembangan kompetensi melalui penugasan', duration: '3 bulan', status: 'diajukan' });
    d.assignment({ id: 'penugasan-3', assignee: c.id, owner: null, externalInstansi: 'Pemerintah Provinsi', mode: 'penunjukan', purpose: 'Penugasan pada program provinsi', duration: '2 bulan', status: 'draf' });
  }
}
