const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-03-15" -> "15 Mar 2021"; "2021-03" -> "Mar 2021"; null -> "undated". */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[+m - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${+d} ${month} ${y}` : `${month} ${y}`;
}

/** "ANI · 15 Mar 2021"; an undated story gives its source alone ("BBC News"). */
export function sourceLine(source: string | null, published: string | null): string {
  if (!published) return source ?? 'Source and date unknown';
  return [source ?? 'Unknown source', formatDate(published)].join(' · ');
}
