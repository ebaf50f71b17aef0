// The registrable ("base") domain of a host, for the MX-based autoconfig lookup. A small built-in list of
// two-label public suffixes covers the Japanese and common cases without shipping the whole PSL.
const TWO_LABEL_SUFFIXES = new Set([
  'co.jp', 'ne.jp', 'or.jp', 'ad.jp', 'ac.jp', 'go.jp', 'gr.jp', 'ed.jp', 'lg.jp',
  'co.uk', 'org.uk', 'ac.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'com.br', 'com.cn', 'com.tw', 'co.kr',
]); // prettier-ignore

export function baseDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = TWO_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
