// Every export carries hostile text inertly (issue 8): seeded structures whose every text field (unit
// names, titles, holders, team names, decrees, the structure title) holds markup, script URLs, RTL
// overrides, control characters or very long text go through the chart SVG, the XLSX, the project file
// and the backup. SVG: well-formed, only drawing elements, no handler or script URL, the text intact.
// XLSX: every part well-formed XML, every cell a plain string (never a formula). JSON: exact round trip.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { renderSvg } from '../../src/lib/render/svg.ts';
import { flowSvg } from '../../src/lib/render/flow-svg.ts';
import { layoutFlow } from '../../src/lib/layout/flow-layout.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { writeXlsx } from '../../src/lib/io/spreadsheet/write-workbook.ts';
import { readProjectFileText, writeProjectFile, writeBackup } from '../../src/lib/io/project-file.ts';
import { readRestoreText } from '../../src/lib/store/backup.ts';
import { StructureSchema, type Structure } from '../../src/lib/domain/structure.ts';
import { checkIntegrity } from '../../src/lib/domain/integrity.ts';
import { randomStructure, rng } from './helpers/random-structure.ts';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"/><image href=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '=HYPERLINK("http://contoh.invalid","klik")',
  '+SUM(1;1)',
  '@cmd',
  '\u202eKepala Dinas\u202c',
  'Nama\u0007\u0001\u001b[31m\u0000akhir',
  ']]><!-- --><![CDATA[x',
  '&amp;&lt;&#x3C;',
  '__proto__',
  'Z'.repeat(500)
];

/** A random structure with every text field replaced by a hostile one (within the schema's limits). */
function hostile(seed: number): Structure {
  const r = rng(seed * 7919);
  const pick = () => (PAYLOADS[Math.floor(r() * PAYLOADS.length)] + (r() < 0.5 ? ` ${seed}` : '')).slice(0, 500);
  const s = randomStructure(seed, 25);
  const positions = s.positions.map((p) => ({ ...p, title: pick(), ...(r() < 0.4 ? { holders: [pick()].slice(0, p.count ?? 1) } : {}) }));
  const units = s.units.map((u) => ({ ...u, name: pick() }));
  const teams = [{ id: 'tim-1', name: pick(), owner: units[0].id, members: positions.slice(0, 3).map((p) => p.id), lead: null, decree: pick() }];
  const out = StructureSchema.parse({ ...s, title: pick(), units, positions, teams });
  expect(checkIntegrity(out)).toEqual([]);
  return out;
}

const ALLOWED_SVG = new Set(['svg', 'g', 'rect', 'line', 'path', 'polyline', 'polygon', 'circle', 'text', 'tspan', 'title', 'desc', 'defs', 'marker', 'metadata', 'style', 'clipPath', 'pattern', 'use', 'symbol', '?xml']);
const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false, processEntities: true, htmlEntities: true });
type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function walk(nodes: XmlNode[], visit: (name: string, attrs: Record<string, string>, text: string) => void) {
  for (const n of nodes) {
    const name = Object.keys(n).find((k) => k !== ':@')!;
    if (name === '#text') continue;
    const kids = (n[name] as XmlNode[]) ?? [];
    visit(name, n[':@'] ?? {}, kids.filter((k) => '#text' in k).map((k) => String(k['#text'])).join(''));
    walk(kids, visit);
  }
}

const elk = nodeElk();

describe('hostile text through every export', () => {
  it('chart SVG (24 seeded structures): only drawing elements, no handlers, no script URL, no external reference', async () => {
    for (let seed = 1; seed <= 24; seed++) {
      const structure = hostile(seed);
      const scene = await layoutStructure(structure, { elk, cache: new LayoutCache() });
      const svg = renderSvg(scene, { structure, lampiran: { caption: structure.title, regulation: structure.units[0].name, about: structure.positions[0].title, signerOffice: structure.teams[0].name, signerName: structure.teams[0].decree ?? '' } });
      expect(XMLValidator.validate(svg), `seed ${seed}`).toBe(true);
      const names = new Set<string>();
      walk(parser.parse(svg) as XmlNode[], (name, attrs) => {
        names.add(name);
        for (const [k, v] of Object.entries(attrs)) {
          const attr = k.replace(/^@_/, '');
          expect(attr, `seed ${seed}: ${name} ${attr}`).not.toMatch(/^on/i);
          if (/href$/i.test(attr)) expect(v, `seed ${seed}`).toMatch(/^#/);
        }
      });
      for (const n of names) expect(ALLOWED_SVG.has(n), `seed ${seed}: <${n}>`).toBe(true);
      // The embedded structure (for re-opening the figure) comes back exactly.
      let meta = '';
      walk(parser.parse(svg) as XmlNode[], (name, _a, text) => name === 'metadata' && (meta = text));
      expect(meta, `seed ${seed}`).not.toBe('');
      expect(StructureSchema.parse(JSON.parse(meta)), `seed ${seed}`).toEqual(structure);
    }
  }, 120_000);

  it('flow SVG (every payload as procedure title, official name and role): well-formed, only drawing elements, text intact', () => {
    const variant = loadBuiltinVariant('karanganyar-2023-50');
    const workflow = variant.workflows[0];
    for (const [i, evil] of PAYLOADS.entries()) {
      const svg = flowSvg(layoutFlow({ title: evil, subtitle: evil, workflow, actors: [{ key: 'owner_puo', name: evil, role: evil }] }), evil);
      expect(XMLValidator.validate(svg), `payload ${i}`).toBe(true);
      const texts: string[] = [];
      walk(parser.parse(svg) as XmlNode[], (name, attrs, text) => {
        expect(ALLOWED_SVG.has(name), `payload ${i}: <${name}>`).toBe(true);
        for (const k of Object.keys(attrs)) expect(k.replace(/^@_/, ''), `payload ${i}`).not.toMatch(/^on/i);
        if (name === 'title') texts.push(text);
      });
      // eslint-disable-next-line no-control-regex
      expect(texts, `payload ${i}`).toContain(evil.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));
    }
  });

  it('XLSX (16 seeded structures): every part is well-formed XML and every text cell is a plain string, never a formula', async () => {
    for (let seed = 1; seed <= 16; seed++) {
      const structure = hostile(seed);
      const bytes = await writeXlsx(structure);
      const zip = await JSZip.loadAsync(bytes);
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
        const xml = await zip.file(name)!.async('string');
        expect(XMLValidator.validate(xml), `seed ${seed}: ${name}`).toBe(true);
        expect(xml, `seed ${seed}: ${name}`).not.toMatch(/<f[ >]/);
      }
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes.buffer as ArrayBuffer);
      const titles: string[] = [];
      wb.worksheets[0].eachRow((row, n) => {
        if (n === 1) return;
        row.eachCell((cell) => expect(typeof cell.value === 'string' || typeof cell.value === 'number', `seed ${seed} ${cell.address}`).toBe(true));
        titles.push(String(row.getCell(5).value));
      });
      // Titles survive (minus the control characters XML cannot carry).
      // eslint-disable-next-line no-control-regex
      const strip = (t: string) => t.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
      expect(titles.map(strip), `seed ${seed}`).toEqual(structure.positions.map((p) => strip(p.title)));
    }
  }, 120_000);

  it('project file and backup (10,000 seeded structures): exact round trip, nothing dropped or reinterpreted', () => {
    const base = Array.from({ length: 200 }, (_, i) => hostile(i + 1));
    for (let seed = 1; seed <= 10000; seed++) {
      const structure = { ...base[seed % 200], title: `${PAYLOADS[seed % PAYLOADS.length]} ${seed}`.slice(0, 500) };
      const file = writeProjectFile({ name: PAYLOADS[seed % PAYLOADS.length].slice(0, 200), structure, variantId: null, options: {}, pins: {}, customVariants: [], snapshots: [] });
      const back = readProjectFileText(file);
      expect(back.ok, `seed ${seed}`).toBe(true);
      if (back.ok) expect(back.value.structure).toEqual(structure);
      if (seed % 100 === 0) {
        const restored = readRestoreText(writeBackup([JSON.parse(file)], []));
        expect(restored.ok && restored.value.projects[0].structure, `seed ${seed}`).toEqual(structure);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 180_000);
});
