// Recognises the columns of a peta jabatan / Anjab-ABK / SIMPEG export by their Indonesian headers.
// Headers vary by office ("Nama Jabatan", "JABATAN", "Jabatan Atasan", "Kelas", "ABK", "B", "K"…), so each
// field lists the words offices use; the user confirms or changes the mapping before anything is imported.

export const FIELDS = ['unitCode', 'unitType', 'unit', 'title', 'level', 'grade', 'parent', 'classGrade', 'need', 'bezetting', 'holder', 'code', 'parentCode'] as const;
export type Field = (typeof FIELDS)[number];

export const FIELD_LABEL: Record<Field, string> = {
  unitCode: 'Kode unit',
  unitType: 'Jenis unit',
  unit: 'Unit / Perangkat Daerah',
  title: 'Nama jabatan',
  level: 'Jenis / level jabatan',
  grade: 'Jenjang',
  parent: 'Atasan / kedudukan',
  classGrade: 'Kelas jabatan',
  need: 'Kebutuhan (K)',
  bezetting: 'Bezetting (B)',
  holder: 'Nama pemangku',
  code: 'Kode jabatan',
  parentCode: 'Kode jabatan atasan'
};

/** Normalised header texts, most specific first (checked as whole text, then as contained words). */
const SYNONYMS: Record<Field, string[]> = {
  unitCode: ['kode unit', 'id unit', 'kode opd', 'kode unit organisasi'],
  unitType: ['jenis unit', 'tipe unit', 'jenis perangkat daerah'],
  parentCode: ['kode atasan', 'kode jabatan atasan', 'id atasan'],
  code: ['kode jabatan', 'kode', 'id jabatan', 'id'],
  parent: ['jabatan atasan', 'atasan langsung', 'atasan', 'kedudukan', 'berkedudukan di bawah', 'nama jabatan atasan'],
  unit: ['unit kerja', 'unit organisasi', 'perangkat daerah', 'opd', 'skpd', 'unit', 'satuan kerja', 'instansi'],
  title: ['nama jabatan', 'jabatan', 'nama jab'],
  level: ['jenis jabatan', 'level jabatan', 'eselon', 'jenis', 'level', 'kategori jabatan'],
  grade: ['jenjang jabatan', 'jenjang'],
  classGrade: ['kelas jabatan', 'kelas', 'kelas jab'],
  need: ['kebutuhan pegawai', 'kebutuhan', 'abk', 'k'],
  bezetting: ['bezetting', 'jumlah pegawai', 'jumlah pemangku', 'b', 'jumlah yang ada', 'eksisting'],
  holder: ['nama pemangku', 'nama pegawai', 'pemangku', 'nama pejabat', 'nama']
};

export function normaliseHeader(h: string): string {
  return h.toLocaleLowerCase('id').replace(/[\s_.:()/\-]+/g, ' ').trim();
}

/** Field for one header text, or undefined. Exact synonyms win over contained words. */
export function fieldOfHeader(header: string): Field | undefined {
  const h = normaliseHeader(header);
  if (!h) return undefined;
  for (const f of FIELDS) if (SYNONYMS[f].includes(h)) return f;
  for (const f of FIELDS) if (SYNONYMS[f].some((s) => s.length > 2 && (h.startsWith(s + ' ') || h.endsWith(' ' + s) || h.includes(' ' + s + ' ')))) return f;
  return undefined;
}

export type Mapping = Partial<Record<Field, number>>;

export interface HeaderDetection {
  /** 0-based index of the (last) header row; data starts after it. */
  headerRow: number;
  headers: string[];
  mapping: Mapping;
}

/**
 * Finds the header row among the first 15 rows: the one mapping the most fields (at least title and
 * one more). A two-row header (merged "Jumlah" over "B" and "K") is read by combining a row with the one
 * below it: the lower row's text wins where present.
 */
export function detectHeader(rows: readonly (readonly string[])[]): HeaderDetection | undefined {
  let best: HeaderDetection | undefined;
  let bestScore = 1;
  const limit = Math.min(rows.length, 15);
  for (let r = 0; r < limit; r++) {
    const candidates: { headerRow: number; headers: string[] }[] = [{ headerRow: r, headers: [...rows[r]] }];
    if (r + 1 < rows.length) {
      const width = Math.max(rows[r].length, rows[r + 1].length);
      const merged = Array.from({ length: width }, (_, c) => (rows[r + 1][c]?.trim() ? rows[r + 1][c] : (rows[r][c] ?? '')));
      candidates.push({ headerRow: r + 1, headers: merged });
    }
    for (const c of candidates) {
      const mapping: Mapping = {};
      c.headers.forEach((h, i) => {
        const f = fieldOfHeader(h);
        if (f && mapping[f] === undefined) mapping[f] = i;
      });
      const score = Object.keys(mapping).length;
      if (mapping.title !== undefined && score > bestScore) {
        best = { ...c, mapping };
        bestScore = score;
      }
    }
  }
  return best;
}
