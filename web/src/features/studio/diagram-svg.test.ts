import { describe, expect, it } from 'vitest';
import { amazonFlywheel } from '#domain/flywheel/templates.ts';
import { boxExit, flywheelSvg, wrapLabel, xmlEscape } from './diagram-svg.ts';

describe('the flywheel as an SVG picture', () => {
  it('draws the centre, every component and every link with its polarity', () => {
    const wheel = amazonFlywheel();
    wheel.links[0] = { ...wheel.links[0]!, polarity: '-' };
    const svg = flywheelSvg(wheel, 'zh-CN');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('业务增长');
    for (const label of ['用户体验', '流量', '卖家', '低成本结构', '更低的价格'])
      expect(svg).toContain(label);
    expect(svg.match(/<path d="M /g)).toHaveLength(wheel.links.length);
    expect(svg.match(/>−</g)).toHaveLength(1);
    expect(svg.match(/>\+</g)).toHaveLength(wheel.links.length - 1);
    expect(flywheelSvg(wheel, 'en')).toContain('Selection and');
  });

  it('escapes names, so a label cannot inject markup', () => {
    const wheel = amazonFlywheel();
    wheel.components[0]!.label = { en: '<script>alert(1)</script> & "x"' };
    const svg = flywheelSvg(wheel, 'en');
    expect(svg).not.toContain('<script>');
    expect(xmlEscape('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });

  it('ends arrows at the edge of the boxes and wraps long names', () => {
    expect(boxExit({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 5)).toEqual({ x: 10, y: 0 });
    expect(boxExit({ x: 0, y: 0 }, { x: 0, y: -100 }, 10, 5)).toEqual({ x: 0, y: -5 });
    expect(wrapLabel('Selection and convenience')).toEqual(['Selection and', 'convenience']);
    expect(wrapLabel('选品与便利性和更多的东西')).toHaveLength(2);
    expect(wrapLabel('Traffic')).toEqual(['Traffic']);
  });
});
