/**
 * An article named as lists name it: its title linking to the reader, and where it came from. An article
 * stored without a title is named by its file (or URL) name, never by its hex id when it has a source.
 */
import { href } from '../router.js';

/** The last parts of a path or URL: enough to tell files apart without the whole path. */
export function shortSource(source: string): string {
  const parts = source
    .replace(/^https?:\/\//, '')
    .split('/')
    .filter(Boolean);
  return parts.length <= 3 ? parts.join('/') : `…/${parts.slice(-3).join('/')}`;
}

export function ArticleRef(props: {
  id: string;
  title?: string | undefined;
  source?: string | undefined;
  published?: string | undefined;
  span?: { start: number; end: number };
}) {
  const { id, title, source, published, span } = props;
  const link = href(['article', id], span ? { span: `${span.start}-${span.end}` } : {});
  return (
    <span class="article-ref">
      <a href={link} data-testid="article-ref">
        {title ?? (source ? (source.split('/').at(-1) ?? source) : `article ${id}`)}
      </a>
      {(source || published) && (
        <span class="meta source" title={source}>
          {' '}
          · {[published?.slice(0, 10), source && shortSource(source)].filter(Boolean).join(' · ')}
        </span>
      )}
    </span>
  );
}
