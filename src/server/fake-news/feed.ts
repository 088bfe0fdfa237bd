import { Feed } from 'feed';
import type { z } from 'zod';
import type { publishedCaseSchema } from './fake-news.schemas.js';

type Published = z.infer<typeof publishedCaseSchema>;

/** The press's feed of published fake news (Atom 1.0 and RSS 2.0), written by the `feed` library. */
export function publishedFeed(items: readonly Published[], baseUrl: string): Feed {
  const feed = new Feed({
    title: 'Trung tâm xử lý tin giả — Tin giả, tin sai sự thật đã công bố',
    description:
      'Các tin giả, tin sai sự thật đã được Trung tâm xử lý tin giả xác minh, đóng dấu và công bố.',
    id: `${baseUrl}/tin-gia`,
    link: `${baseUrl}/tin-gia`,
    language: 'vi',
    copyright: 'Sở Thông tin và Truyền thông',
    updated: items[0] ? new Date(items[0].publishedAt) : new Date(0),
    feedLinks: {
      atom: `${baseUrl}/api/public/fake-news/feed.atom`,
      rss: `${baseUrl}/api/public/fake-news/feed.rss`,
    },
  });
  for (const item of items) {
    const link = `${baseUrl}/tin-gia/${encodeURIComponent(item.code)}`;
    feed.addItem({
      title: `[${item.verdictLabel.toUpperCase()}] ${item.title}`,
      id: link,
      link,
      description: item.notice,
      date: new Date(item.publishedAt),
      image: `${baseUrl}${item.stampUrl}`,
    });
  }
  return feed;
}
