import { describe, expect, it } from 'vitest';
import { composeHtml, inlineSafe, pageUsage, STANDALONE_CSP } from './html';

describe('the interactive HTML file', () => {
  const payload = {
    files: { organizations: [{ id: 'x', name: '</script><script>alert(1)</script>' }] },
    search: '?company=google',
    lang: 'en' as const,
    theme: 'dark' as const,
    exported: '2026-12-02T00:00:00Z',
  } as unknown as Parameters<typeof composeHtml>[0]['payload'];
  const html = composeHtml({
    script: 'var s = "</script>";',
    css: 'a::after{content:"</style>"}',
    fontCss: '',
    payload,
    title: 'AI Talent Flows & <friends>',
  });

  it('keeps data, script and styles inside their elements, whatever text they hold', () => {
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html.match(/<\/style>/g)).toHaveLength(2);
    const json = /<script type="application\/json" id="ai-talent-flows-data">([\s\S]*?)<\/script>/.exec(
      html,
    )![1]!;
    expect(JSON.parse(json)).toEqual(payload);
    expect(html).toContain('<title>AI Talent Flows &amp; &lt;friends&gt;</title>');
    expect(inlineSafe('x</SCRIPT>', 'script')).toBe('x<\\/SCRIPT>');
  });

  it('forbids every request: no source is allowed but the page itself', () => {
    expect(html).toContain(`content="${STANDALONE_CSP}"`);
    expect(STANDALONE_CSP).toMatch(/^default-src 'none'/);
    expect(STANDALONE_CSP).not.toMatch(/https?:|'self'/);
  });

  it('subsets Chinese at the regular weight only, and Latin at every weight', () => {
    const usage = pageUsage(['Google 谷歌']);
    const has = (weight: number, char: string) => usage.get(weight)!.has(char.codePointAt(0)!);
    expect(has(400, '谷')).toBe(true);
    expect(has(700, '谷')).toBe(false);
    expect(has(700, 'G')).toBe(true);
    expect(has(600, '→')).toBe(true);
  });
});
