/** One feed item or entry, as the RSS and Atom readers find it, before it becomes pipeline input. */
export interface FeedEntry {
  title?: string;
  link?: string;
  /** The item's own id: RSS `<guid>`, Atom `<id>` (what `watch` keys items on). */
  id?: string;
  /** As the feed writes it (RFC 822 for RSS, ISO 8601 for Atom); normalised later. */
  date?: string;
  /** The fullest body the entry has: content:encoded / content, else description / summary. */
  body?: string;
}
