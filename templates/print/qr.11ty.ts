// The QR code of each card: an SVG beside the card page, opening the sector's
// page on the public site.
import QRCode from 'qrcode';
import type { PrintPageView } from '../../src/views/print.ts';
import { onePrintPer } from '../_components/paginate.ts';

const pages = onePrintPer('card');
export const data = { ...pages, permalink: ({ view }: { view: PrintPageView }) => `${view.path}qr.svg` };

export async function render({ view }: { view: PrintPageView }): Promise<string> {
  return QRCode.toString(view.card.qr.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
