/** The dashboard shell: top bar with navigation and search, and the view for the current hash route. */
import { useEffect, useRef } from 'preact/hooks';
import { href, useRoute, type Route } from './router.js';
import { HomeView, SearchView } from './views/articles.js';
import { FindingsView } from './views/findings.js';
import { EntityView } from './views/entity.js';
import { QuotesView, StoriesView } from './views/lists.js';
import { MapView } from './views/map.js';
import { NetworkView } from './views/network.js';
import { ReaderView } from './views/reader.js';
import { StoryView } from './views/story.js';
import { TimelineView } from './views/timeline.js';

const NAV: [string, string][] = [
  ['', 'Articles'],
  ['timeline', 'Timeline'],
  ['map', 'Map'],
  ['network', 'Network'],
  ['quotes', 'Quotes'],
  ['findings', 'Findings'],
  ['stories', 'Stories'],
];

function View(props: { route: Route }) {
  const [view = '', arg] = props.route.parts;
  const params = props.route.params;
  switch (view) {
    case 'article':
      return arg ? (
        <ReaderView key={`${arg}${params.get('span')}`} id={arg} span={params.get('span') ?? undefined} />
      ) : (
        <HomeView params={params} />
      );
    case 'search':
      return <SearchView query={params.get('q') ?? ''} />;
    case 'timeline':
      return <TimelineView params={params} />;
    case 'map':
      return <MapView params={params} />;
    case 'network':
      return <NetworkView params={params} />;
    case 'quotes':
      return <QuotesView params={params} />;
    case 'findings':
      return <FindingsView params={params} />;
    case 'stories':
      return <StoriesView params={params} />;
    case 'story':
      return arg ? <StoryView id={arg} /> : <StoriesView params={params} />;
    case 'entity':
      return arg ? <EntityView name={arg} /> : <HomeView params={params} />;
    default:
      return <HomeView params={params} />;
  }
}

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const current = route.parts[0] ?? '';
  // Moving focus to the new view lets keyboard and screen-reader users start reading it at once.
  useEffect(() => main.current?.focus({ preventScroll: true }), [route]);
  const onSearch = (e: Event): void => {
    e.preventDefault();
    const q = new FormData(e.currentTarget as HTMLFormElement).get('q');
    if (typeof q === 'string' && q.trim()) location.hash = href(['search'], { q: q.trim() });
  };
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header class="topbar">
        <a class="brand" href="#/">
          newsgraph
        </a>
        <nav aria-label="Views">
          {NAV.map(([path, label]) => (
            <a key={path} href={`#/${path}`} aria-current={current === path ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <form role="search" onSubmit={onSearch}>
          <input
            type="search"
            name="q"
            aria-label="Search articles"
            placeholder="Search articles…"
            defaultValue={route.params.get('q') ?? ''}
          />
          <button type="submit">Search</button>
        </form>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <View route={route} />
      </main>
    </>
  );
}
