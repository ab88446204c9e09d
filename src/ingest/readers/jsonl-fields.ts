import type { JsonlFieldNames } from '../item-types.js';

/**
 * Field names tried, in order, when a JSONL line's fields are not named on the command line. They are the
 * names used by common news dumps: news-please / CC-NEWS (`maintext`, `date_publish`), Hugging Face news
 * sets (`text`, `content`), scraper exports (`body`, `html`, `url`, `link`), GDELT-style (`published`).
 */
export const DEFAULT_JSONL_FIELDS: { readonly [K in keyof JsonlFieldNames]-?: readonly string[] } = {
  text: ['text', 'maintext', 'content', 'body', 'article', 'story'],
  html: ['html', 'raw_html', 'content_html', 'body_html'],
  url: ['url', 'link', 'uri', 'source_url', 'canonical_url'],
  title: ['title', 'headline'],
  date: ['date', 'published', 'date_publish', 'publish_date', 'published_at', 'pubDate', 'datePublished'],
};
