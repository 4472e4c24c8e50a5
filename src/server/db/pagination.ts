/** Keyset pagination over a text key in descending or ascending order: the cursor is the last key seen. */
export function pageOf<T>(rows: T[], limit: number, key: (row: T) => string): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? key(last) : null };
}
