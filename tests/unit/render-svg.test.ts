import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { routeOverlays } from '../../src/lib/layout/route-overlays.ts';
import { renderSvg } from '../../src/lib/render/svg.ts';
import { escapeXml } from '../../src/lib/render/escape.ts';
import { StructureSchema } from '../../src/lib/domain/structure.ts';
import type { Line } from '../../src/lib/domain/result.ts';
import type { Scene } from '../../src/lib/layout/scene.ts';
import { dinasWithPuskesmas } from './layout-helpers/fixtures.ts';
import { Builder } from './helpers/build.ts';

const elk = nodeElk();
const basis = { source: 'uji', ref: 'Pasal 1', quote: 'uji' };
const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false });

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Every element of the parsed document, with its name, attributes and direct text. */
function elements(svg: string): { name: string; attrs: Record<string, string>; text: string }[] {
  const out: { name: string; attrs: Record<string, string>; text: string }[] = [];
  const walk = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      const name = Object.keys(n).find((k) => k !== ':@')!;
      if (name === '#text') continue;
      const kids = (n[name] as XmlNode[]) ?? [];
      const text = kids.filter((k) => '#text' in k).map((k) => String(k['#text'])).join('');
      out.push({ name, attrs: n[':@'] ?? {}, text });
      walk(kids);
    }
  };
  walk(parser.parse(svg) as XmlNode[]);
  return out;
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function visibleLabels(scene: Scene): string[] {
  const out: string[] = [];
  for (const n of scene.nodes) {
    if (n.kind === 'official') out.push(...n.title, ...n.detail);
    else if (n.kind === 'staffGroup') out.push(n.heading, ...n.rows.flatMap((r) => [...r.title, ...r.detail]));
    else out.push(...n.name);
  }
  return out;
}

async function figure(structure = dinasWithPuskesmas(2), lines: Line[] = []) {
  let scene = await layoutStructure(structure, { elk, cache: new LayoutCache() });
  scene = routeOverlays(scene, { lines }, ['rating', 'assignment']);
  return { scene, structure };
}

describe('renderSvg', () => {
  it('is well-formed XML with plain <text>, no foreignObject, no external reference, and a declared font', async () => {
    const { scene, structure } = await figure(dinasWithPuskesmas(2), [{ kind: 'rating', subKind: 'formal', from: 'kabid-kesmas', to: 'nutri-kesmas', rule: 'r', label: 'Penilaian', basis }]);
    const svg = renderSvg(scene, { structure });
    expect(XMLValidator.validate(svg)).toBe(true);
    const els = elements(svg);
    expect(els.some((e) => e.name.toLowerCase() === 'foreignobject')).toBe(false);
    expect(els.some((e) => e.name === 'image' || e.name === 'script' || e.name === 'use')).toBe(false);
    for (const e of els)
      for (const [k, v] of Object.entries(e.attrs)) {
        if (/href$/i.test(k)) expect(v.startsWith('#'), `${e.name} ${k}=${v}`).toBe(true);
        for (const m of v.matchAll(/url\(([^)]*)\)/g)) expect(m[1].startsWith('#'), `${e.name} ${k}=${v}`).toBe(true);
      }
    const root = els[0];
    expect(root.name).toBe('?xml');
    const svgEl = els.find((e) => e.name === 'svg')!;
    expect(svgEl.attrs['@_xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(decode(svgEl.attrs['@_font-family'])).toMatch(/^'Liberation Sans', Arial, Helvetica, sans-serif$/);
    // Arrowheads are plain triangles (no <marker>, which office suites and resvg handle poorly).
    expect(els.some((e) => e.name === 'marker' || e.attrs['@_marker-end'])).toBe(false);
    const rating = svg.slice(svg.indexOf('data-kind="rating"'));
    expect(rating).toMatch(/^[^>]*\/><path d="M[\d.,]+ L[\d.,]+ L[\d.,]+ z" fill="#b91c1c"\/>/);
  });

  it('contains every visible label as text', async () => {
    const { scene } = await figure();
    const texts = new Set(elements(renderSvg(scene)).filter((e) => e.name === 'text').map((e) => decode(e.text)));
    const labels = visibleLabels(scene);
    expect(labels.length).toBeGreaterThan(40);
    for (const l of labels) expect(texts.has(l), l).toBe(true);
  });

  it('writes hostile titles as text, never as markup', async () => {
    const hostile = ['<script>alert(1)</script>', '"/><image href="http://contoh.invalid/x.png"/>', "Kepala ]]> & 'Bidang' <!-- -->"];
    const b = new Builder('dinas', '<b>Dinas</b> "Uji" & Co');
    const kadis = b.pos(hostile[0], 'jpt_pratama', null, { id: 'kadis' });
    b.pos(hostile[1], 'administrator', kadis, { id: 'kabid' });
    b.pos(hostile[2], 'fungsional', kadis, { id: 'jf', grade: 'ahli_muda' });
    const structure = b.done();
    const { scene } = await figure(structure);
    const svg = renderSvg(scene, { structure, lampiran: { caption: hostile[1], regulation: hostile[0], about: hostile[2], signerOffice: hostile[0], signerName: hostile[1] } });
    expect(XMLValidator.validate(svg)).toBe(true);
    const els = elements(svg);
    expect(els.filter((e) => e.name === 'image' || e.name === 'script' || e.name === 'b')).toEqual([]);
    const allText = els.filter((e) => e.name === 'text').map((e) => decode(e.text)).join('\n');
    // Titles wrap at spaces, so compare with whitespace removed.
    const flat = allText.replace(/\s+/g, '');
    for (const h of hostile) expect(flat).toContain(h.replace(/\s+/g, ''));
    expect(flat).toContain('<b>Dinas</b>"Uji"&Co');
    expect(flat).toContain('<SCRIPT>ALERT(1)</SCRIPT>');
  });

  it('embeds the structure JSON in <metadata> so the figure can be re-opened', async () => {
    const structure = dinasWithPuskesmas(1, (b) => {
      b.positions[0].title = 'Kepala Dinas <Kesehatan> & "Gizi"';
    });
    const { scene } = await figure(structure);
    const meta = elements(renderSvg(scene, { structure })).find((e) => e.name === 'metadata')!;
    expect(StructureSchema.parse(JSON.parse(decode(meta.text)))).toEqual(structure);
  });

  it('draws the lampiran title block, the caption and the signature block', async () => {
    const { scene } = await figure();
    const svg = renderSvg(scene, { lampiran: { regulation: 'Peraturan Bupati Contoh', number: '12', year: '2026', about: 'Sistem Kerja', caption: 'Gambar 1 Bagan Sistem Kerja Dinas Kesehatan', signerOffice: 'Bupati Contoh', signerName: 'Budi Santoso' } });
    const texts = elements(svg).filter((e) => e.name === 'text').map((e) => decode(e.text));
    for (const t of ['LAMPIRAN', 'PERATURAN BUPATI CONTOH', 'NOMOR 12 TAHUN 2026', 'TENTANG', 'SISTEM KERJA', 'Gambar 1 Bagan Sistem Kerja Dinas Kesehatan', 'BUPATI CONTOH,', 'ttd', 'BUDI SANTOSO']) expect(texts, t).toContain(t);
  });

  it('lists in the legend ("Keterangan") exactly the line types that are drawn', async () => {
    const { scene } = await figure(dinasWithPuskesmas(1), [{ kind: 'rating', subKind: 'formal', from: 'kabid-kesmas', to: 'nutri-kesmas', rule: 'r', label: 'x', basis }]);
    const legendTexts = (svg: string) => {
      const start = svg.indexOf('<g class="legend">');
      return start < 0 ? [] : elements(svg.slice(start, svg.indexOf('</g>', start) + 4)).filter((e) => e.name === 'text').map((e) => e.text);
    };
    expect(legendTexts(renderSvg(scene))).toEqual(['Keterangan', 'Kedudukan (garis struktur)', 'Penilaian kinerja']);
    expect(legendTexts(renderSvg(scene, { kedudukan: false }))).toEqual(['Keterangan', 'Penilaian kinerja']);
  });

  it('escapes the five XML special characters and drops control characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('extractUnit (metadata of a one-unit figure)', () => {
  it('keeps the unit and its sub-units as a valid structure of their own', async () => {
    const { extractUnit } = await import('../../src/lib/render/unit-extract.ts');
    const { checkIntegrity } = await import('../../src/lib/domain/integrity.ts');
    const s = dinasWithPuskesmas(2);
    const pkm = extractUnit(s, 'pkm-1');
    expect(pkm.units.map((u) => u.id)).toEqual(['pkm-1']);
    expect(pkm.positions.map((p) => p.id)).toEqual(['kapus-1', 'dokter-1', 'perawat-1']);
    expect(pkm.positions[0].parent).toBeNull();
    expect(checkIntegrity(pkm)).toEqual([]);
    const dinas = extractUnit(s, 'u1');
    expect(dinas.units.map((u) => u.id)).toEqual(['u1', 'pkm-1', 'pkm-2']);
    expect(dinas.positions).toEqual(s.positions);
  });
});
