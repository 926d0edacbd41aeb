// The helpers behind the variant forms: what a form click does to the draft, and that every rule or check
// a form adds is refused until its legal basis is filled in, then accepted.
import { describe, expect, it } from 'vitest';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import type { Check, PositionMatch } from '../../src/lib/domain/variant.ts';
import { CHECK_LABEL, move, newCheck, newLineRule, newRaterRule, newRole, setKeywords, setNumbers, setTri, toggleIn, uniqueId } from '../../src/lib/ui/variant-editor/form-helpers.ts';
import { checkDraft, cloneAsCustom } from '../../src/lib/ui/variant-editor/variant-draft.ts';

const fresh = () => cloneAsCustom(loadBuiltinVariant('tabanan-2023-107'), { region: 'Kabupaten Uji' }, new Set());
const basis = { source: 'perbup-uji.pdf', ref: 'Pasal 5 ayat (2)', quote: 'Kepala Sub Bagian menilai kinerja Pelaksana.' };

describe('match fields', () => {
  it('a list field disappears when its last value is unticked (an empty list would match nothing)', () => {
    const m: PositionMatch = {};
    toggleIn(m, 'levels', 'pengawas', true);
    toggleIn(m, 'levels', 'administrator', true);
    expect(m.levels).toEqual(['pengawas', 'administrator']);
    toggleIn(m, 'levels', 'pengawas', false);
    toggleIn(m, 'levels', 'administrator', false);
    expect('levels' in m).toBe(false);
  });

  it('keywords, numbers and yes/no/either fields', () => {
    const m: PositionMatch = {};
    setKeywords(m, 'titleIncludes', ' Puskesmas,  , sekolah ');
    expect(m.titleIncludes).toEqual(['Puskesmas', 'sekolah']);
    setKeywords(m, 'titleIncludes', ' , ');
    expect('titleIncludes' in m).toBe(false);
    setNumbers(m, 'depth', '1, 2, x, 2.5');
    expect(m.depth).toEqual([1, 2]);
    setTri(m, 'unitHead', 'tidak');
    expect(m.unitHead).toBe(false);
    setTri(m, 'unitHead', '');
    expect('unitHead' in m).toBe(false);
  });

  it('rules move up and down; ids stay unique', () => {
    const list = ['a', 'b', 'c'];
    move(list, 0, -1);
    move(list, 2, 1);
    expect(list).toEqual(['a', 'b', 'c']);
    move(list, 1, 1);
    expect(list).toEqual(['a', 'c', 'b']);
    expect(uniqueId('garis', ['garis', 'garis-2'])).toBe('garis-3');
  });
});

describe('what the forms add', () => {
  it('a new rater rule, line rule or role is refused until its basis is filled in, with the path of the gap', () => {
    const v = fresh();
    v.raterRules.push(newRaterRule(v));
    v.lineRules.push(newLineRule(v));
    v.roles.push(newRole(v));
    const r = checkDraft(v);
    expect(r.ok).toBe(false);
    const paths = !r.ok ? r.problems.map((p) => p.path.join('.')) : [];
    expect(paths).toEqual(expect.arrayContaining([`raterRules.${v.raterRules.length - 1}.basis.ref`, `lineRules.${v.lineRules.length - 1}.basis.quote`]));
    v.raterRules.at(-1)!.basis = { ...basis };
    v.lineRules.at(-1)!.basis = { ...basis };
    expect(checkDraft(v).ok).toBe(true);
  });

  it.each(Object.keys(CHECK_LABEL) as Check['check'][])('check %s: valid once its basis is filled in', (kind) => {
    const v = fresh();
    const c = newCheck(v, kind);
    v.checks.push(c);
    expect(checkDraft(v).ok).toBe(false);
    c.basis = { ...basis };
    const r = checkDraft(v);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
});
