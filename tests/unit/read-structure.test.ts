import { describe, expect, it } from 'vitest';
import { readStructureText, readStructure } from '../../src/lib/io/read-structure.ts';
import { formatPath } from '../../src/lib/io/zod-issues.ts';

const base = () => ({
  format: 'bagan-kerja',
  version: 1,
  title: 'Dinas Kesehatan',
  units: [
    { id: 'dinkes', name: 'Dinas Kesehatan', type: 'dinas', parent: null },
    { id: 'pkm', name: 'UPTD Puskesmas Kota', type: 'puskesmas', parent: 'dinkes' }
  ],
  positions: [
    { id: 'kadis', unit: 'dinkes', title: 'Kepala Dinas', level: 'jpt_pratama', parent: null },
    { id: 'kabid', unit: 'dinkes', title: 'Kepala Bidang P2P', level: 'administrator', parent: 'kadis' },
    { id: 'epid', unit: 'dinkes', title: 'Epidemiolog Kesehatan Ahli Muda', level: 'fungsional', grade: 'ahli_muda', parent: 'kabid', count: 3 },
    { id: 'kapus', unit: 'pkm', title: 'Kepala Puskesmas', level: 'fungsional', grade: 'ahli_madya', parent: 'kadis' }
  ],
  teams: [{ id: 'tim-dbd', name: 'Tim Kerja Pengendalian DBD', owner: 'dinkes', lead: 'epid', members: ['epid', 'kapus'] }]
});

function problemsOf(value: unknown) {
  const r = readStructure(value);
  if (r.ok) throw new Error('expected problems');
  return r.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
}

describe('reading a structure file (v1)', () => {
  it('reads the interchange.md example', () => {
    const r = readStructure(base());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.positions[2].count).toBe(3);
  });

  it('reports bad JSON with line and column', () => {
    const r = readStructureText('{\n  "format": "bagan-kerja",\n  "units": [,]\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/Bukan JSON yang sah \(baris 3, kolom \d+\)/);
  });

  it('reports an unknown level with its path and the allowed values', () => {
    const s = base();
    (s.positions[1] as { level: string }).level = 'eselon_3';
    const [p] = problemsOf(s);
    expect(p).toMatch(/^positions\[1\]\.level: Nilai teks "eselon_3" tidak dikenal; pilihan: "jpt_pratama", "administrator"/);
  });

  it('requires a grade on a fungsional', () => {
    const s = base();
    delete (s.positions[2] as { grade?: string }).grade;
    expect(problemsOf(s)).toContain('positions[2].grade: Jenjang (grade) wajib diisi untuk jabatan fungsional');
  });

  it('refuses a duplicate id, naming both places', () => {
    const s = base();
    s.positions[3].id = 'kabid';
    expect(problemsOf(s).some((p) => p.startsWith('positions[3].id: Id jabatan "kabid" ganda (sudah dipakai di positions[1])'))).toBe(true);
  });

  it('refuses a parent, unit or team member that does not exist', () => {
    const s = base();
    s.positions[1].parent = 'nobody';
    s.positions[2].unit = 'nowhere';
    s.teams[0].members.push('ghost');
    const problems = problemsOf(s);
    expect(problems).toContain('positions[1].parent: Atasan (kedudukan) "nobody" tidak ada');
    expect(problems).toContain('positions[2].unit: Unit "nowhere" tidak ada');
    expect(problems).toContain('teams[0].members[2]: Anggota tim "ghost" tidak ada');
  });

  it('refuses a placement cycle once, at its first member', () => {
    const s = base();
    s.positions[0].parent = 'kabid';
    const problems = problemsOf(s).filter((p) => p.includes('Siklus'));
    expect(problems).toEqual(['positions[0].parent: Siklus kedudukan: kadis → kabid → kadis']);
  });

  it('refuses a team lead who is not a member', () => {
    const s = base();
    s.teams[0].lead = 'kabid';
    expect(problemsOf(s)).toContain('teams[0].lead: Ketua tim "kabid" bukan anggota tim');
  });

  it('refuses a newer version than it knows, and a foreign format', () => {
    expect(problemsOf({ ...base(), version: 2 })[0]).toMatch(/^version: Versi 2 lebih baru/);
    expect(problemsOf({ ...base(), format: 'drawio' })[0]).toMatch(/^format: Bukan berkas struktur Bagan Kerja/);
    expect(problemsOf([])[0]).toMatch(/harus berupa objek/);
  });

  it('drops prototype-pollution keys and leaves Object.prototype alone', () => {
    const text = JSON.stringify(base()).replace('"title":"Dinas Kesehatan"', '"title":"Dinas Kesehatan","__proto__":{"polluted":true}');
    const r = readStructureText(text);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports every problem at once, not just the first', () => {
    const s = base();
    delete (s.positions[2] as { grade?: string }).grade;
    s.positions[1].parent = 'nobody';
    s.teams[0].lead = 'kabid';
    expect(problemsOf(s).length).toBeGreaterThanOrEqual(3);
  });
});
