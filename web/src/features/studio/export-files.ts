/** Files the studio hands the reader: the JSON document, the diagram as SVG and as PNG (made here, in the browser). */

export { downloadBlob } from '../../components/download.ts';

/** A file name from a flywheel's name: letters, digits and CJK kept, the rest dashes. */
export function fileStem(name: string): string {
  const stem = name
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'flywheel';
}

/** The SVG as a data: URL (the content security policy lets images come from data:, not blob:). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Draws the SVG on a canvas at `scale` and returns it as a PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const image = new Image();
  image.decoding = 'sync';
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the diagram could not be drawn'));
    image.src = svgDataUrl(svg);
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(image.naturalWidth * scale);
  canvas.height = Math.ceil(image.naturalHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}
