// Mechanism flow → SVG (src/lib/render/flow-svg.ts): well-formed standalone XML, hostile text stays text.
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { layoutFlow } from '../../src/lib/layout/flow-layout.ts';
import { flowSvg } from '../../src/lib/render/flow-svg.ts';
import { FONT_FAMILY } from '../../src/lib/layout/box-content.ts';

const kra = loadBuiltinVariant('karanganyar-2023-50');
const w = kra.workflows.find((x) => x.id === 'penunjukan-lintas-uo')!;

describe('flow SVG', () => {
  const actors = [
    { key: 'owner_puo', name: 'Kepala Dinas Pekerjaan Umum', role: 'Pimpinan Unit Organisasi pemilik kinerja' },
    { key: 'home_ppk', name: 'Kepala Bidang Aplikasi Informatika', role: 'Pejabat Penilai Kinerja asal' }
  ];
  const svg = flowSvg(layoutFlow({ title: 'Mekanisme penunjukan', subtitle: 'Peraturan Bupati Karanganyar Nomor 50 Tahun 2023', workflow: w, actors }), 'Mekanisme — Perbup Karanganyar 50/2023');

  it('is valid XML with its title, font stack, every step and the officials as plain text', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg);
    expect(doc.svg['@_font-family']).toBe(FONT_FAMILY);
    expect(doc.svg.title).toBe('Mekanisme — Perbup Karanganyar 50/2023');
    expect(svg).not.toMatch(/<image|<foreignObject|xlink:href|https?:\/\/(?!www\.w3\.org)/);
    for (const s of w.steps) expect(svg).toContain(`data-step="${s.id}"`);
    expect(svg).toContain('>Kepala Dinas Pekerjaan Umum<');
    expect(svg).toContain('data-kind="reject"');
    expect(svg).toContain('marker-end="url(#flow-arrow-reject)"');
    expect(svg).toContain('id="flow-arrow-reject"');
  });

  it('escapes hostile names and titles', () => {
    const evil = '"/><script>alert(1)</script><text x="0">&amp;';
    const out = flowSvg(layoutFlow({ title: evil, workflow: w, actors: [{ key: 'owner_puo', name: evil, role: evil }] }), evil);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;script&gt;');
    const doc = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(out);
    expect(doc.svg.title).toBe(evil);
  });

  it('marks the current step only when asked', () => {
    const scene = layoutFlow({ title: 't', workflow: w, actors });
    expect(flowSvg(scene, 't')).not.toContain('class="step current"');
    const marked = flowSvg(scene, 't', { current: w.steps[1].id });
    expect(XMLValidator.validate(marked)).toBe(true);
    expect(marked.match(/class="step current"/g)).toHaveLength(1);
    expect(marked).toContain(`class="step current" data-step="${w.steps[1].id}"`);
  });
});
