/** Made-up towns of a made-up trust; the first is the trust's main hospital. */
const TOWNS = [
  'Northgate', 'Ashworth', 'Kingsmere', 'Holbrook', 'Westfield', 'Brackley Vale', 'Elmstead', 'Fernhill',
  'Hartwell', 'Longmoor', 'Millbridge', 'Oakham Cross', 'Penrith Green', 'Queensbury', 'Redcliffe', 'Stanwick',
  'Thornbury Hill', 'Upperton', 'Wexcombe', 'Yardley Chase',
] as const;
const SITE_KINDS = ['General Hospital', 'Community Hospital', 'Treatment Centre', 'Infirmary'] as const;

/**
 * The name of the `index`-th hospital site (0-based): every town's general hospital first, then
 * community hospitals and so on; beyond 80 sites a number keeps names unique.
 *
 * @example siteName(0) // 'Northgate General Hospital'
 */
export function siteName(index: number): string {
  const town = TOWNS[index % TOWNS.length] as string;
  const round = Math.floor(index / TOWNS.length);
  const kind = SITE_KINDS[round % SITE_KINDS.length] as string;
  const repeat = Math.floor(round / SITE_KINDS.length);
  return repeat === 0 ? `${town} ${kind}` : `${town} ${kind} ${repeat + 1}`;
}
