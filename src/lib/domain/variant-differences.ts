// "Apa yang berubah?": how one variant differs from another, generated from the data (never hand-written):
// unit types covered, options, rater rules, line rules, checks, team criteria and workflows.
import type { Variant } from './variant.ts';
import { UNIT_TYPE_LABEL, UNIT_TYPES } from './vocabulary.ts';

export interface VariantDifference {
  topic: 'cakupan' | 'opsi' | 'penilai' | 'garis' | 'pemeriksaan' | 'tim' | 'mekanisme';
  text: string;
}

const name = (v: Variant) => `${v.identity.region} ${v.identity.number}/${v.identity.year}`;

function setDiff<T>(a: Iterable<T>, b: Iterable<T>): { onlyA: T[]; onlyB: T[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  return { onlyA: [...sa].filter((x) => !sb.has(x)), onlyB: [...sb].filter((x) => !sa.has(x)) };
}

export function describeDifferences(a: Variant, b: Variant): VariantDifference[] {
  const out: VariantDifference[] = [];
  const A = name(a);
  const B = name(b);

  for (const t of UNIT_TYPES) {
    const ca = a.coverage[t];
    const cb = b.coverage[t];
    if (ca && !cb) out.push({ topic: 'cakupan', text: `${UNIT_TYPE_LABEL[t]} diatur khusus oleh ${A} (${ca.pattern}), tidak oleh ${B}.` });
    if (!ca && cb) out.push({ topic: 'cakupan', text: `${UNIT_TYPE_LABEL[t]} diatur khusus oleh ${B} (${cb.pattern}), tidak oleh ${A}.` });
  }

  const opt = setDiff(a.options.map((o) => o.label), b.options.map((o) => o.label));
  for (const o of opt.onlyA) out.push({ topic: 'opsi', text: `Hanya ${A} menyisakan pilihan tafsir: ${o}.` });
  for (const o of opt.onlyB) out.push({ topic: 'opsi', text: `Hanya ${B} menyisakan pilihan tafsir: ${o}.` });

  const describeRater = (v: Variant) =>
    v.raterRules.map((r) => {
      const who = r.candidate.roles?.join('/') ?? r.candidate.levels?.join('/') ?? (r.candidate.unitHead ? 'pimpinan unit' : 'pejabat');
      const whom = r.staff?.grades?.join('/') ?? r.staff?.levels?.join('/') ?? 'JF/Pelaksana';
      const verb = r.effect === 'allow' ? 'menilai' : r.effect === 'skip' ? 'tidak menilai (naik ke atasan berikutnya)' : 'tidak boleh menilai';
      const where = r.candidate.unitTypes ? ` pada ${r.candidate.unitTypes.map((t) => UNIT_TYPE_LABEL[t]).join(', ')}` : '';
      return `${who}${where} ${verb} ${whom}`;
    });
  const rater = setDiff(describeRater(a), describeRater(b));
  for (const r of rater.onlyA) out.push({ topic: 'penilai', text: `${A}: ${r}; ${B} tidak mengatur demikian.` });
  for (const r of rater.onlyB) out.push({ topic: 'penilai', text: `${B}: ${r}; ${A} tidak mengatur demikian.` });

  const lineSig = (v: Variant) => v.lineRules.map((l) => `${l.label} (${l.from} → ${l.to})`);
  const lines = setDiff(lineSig(a), lineSig(b));
  for (const l of lines.onlyA) out.push({ topic: 'garis', text: `Hanya ${A}: ${l}.` });
  for (const l of lines.onlyB) out.push({ topic: 'garis', text: `Hanya ${B}: ${l}.` });

  const checkSig = (v: Variant) => v.checks.map((c) => `${c.check === 'placement' ? c.code : c.check} (${c.severity})`);
  const checks = setDiff(checkSig(a), checkSig(b));
  for (const c of checks.onlyA) out.push({ topic: 'pemeriksaan', text: `Pemeriksaan hanya di ${A}: ${c}.` });
  for (const c of checks.onlyB) out.push({ topic: 'pemeriksaan', text: `Pemeriksaan hanya di ${B}: ${c}.` });

  const ka = a.teams.ketuaCriteria.map((c) => c.criterion).join(' > ');
  const kb = b.teams.ketuaCriteria.map((c) => c.criterion).join(' > ');
  if (ka !== kb) out.push({ topic: 'tim', text: `Kriteria Ketua Tim — ${A}: ${ka || '(tidak diatur)'}; ${B}: ${kb || '(tidak diatur)'}.` });

  const wf = (v: Variant) => v.workflows.map((w) => `${w.mode} ${w.scope.replace('_', ' ')}: ${w.allowed ? 'diatur' : 'tidak diperbolehkan/tidak diatur'}`);
  const flows = setDiff(wf(a), wf(b));
  for (const f of flows.onlyA) out.push({ topic: 'mekanisme', text: `${A} — ${f}.` });
  for (const f of flows.onlyB) out.push({ topic: 'mekanisme', text: `${B} — ${f}.` });
  return out;
}
