import { Card, Empty, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDisplayDate } from '../../../domain/text/display';
import { fakeNewsApi, type PublishedList } from '../../api/fakeNews';
import { t } from '../../i18n';

/** The public list of published fake news, searchable, with the press feeds. */
export default function PublishedPage() {
  const [q, setQ] = useState('');
  const [list, setList] = useState<PublishedList | null>(null);
  useEffect(() => {
    void fakeNewsApi.published(q).then(setList);
  }, [q]);
  return (
    <div style={{ maxWidth: 760, margin: '0 auto', padding: 16 }} data-testid="published-page">
      <Typography.Title level={3}>{t('fakeNews.published.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('fakeNews.centre')} · <Link to="/phan-anh-tin-gia">{t('fakeNews.published.reportLink')}</Link>
      </Typography.Paragraph>
      <Input.Search
        data-testid="published-search"
        allowClear
        placeholder={t('fakeNews.published.search')}
        onSearch={setQ}
        style={{ marginBottom: 16 }}
      />
      {list && list.items.length === 0 && <Empty description={t('fakeNews.published.empty')} />}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {list?.items.map((item) => (
          <Card key={item.code} data-testid="published-item" size="small">
            <Space wrap>
              <Tag color="red">{item.verdictLabel}</Tag>
              <Typography.Text strong>{item.code}</Typography.Text>
              <Typography.Text type="secondary">
                {t('fakeNews.published.publishedAt', {
                  date: formatDisplayDate(item.publishedAt.slice(0, 10)),
                })}
              </Typography.Text>
            </Space>
            <Typography.Title level={5}>{item.title}</Typography.Title>
            <img
              src={item.stampUrl}
              alt={item.title}
              style={{ width: '100%', maxWidth: 480 }}
              data-testid="published-stamp"
            />
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{item.notice}</Typography.Paragraph>
          </Card>
        ))}
      </Space>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        {t('fakeNews.published.feeds')} <a href="/api/public/fake-news/feed.atom">Atom</a> ·{' '}
        <a href="/api/public/fake-news/feed.rss">RSS</a>
      </Typography.Paragraph>
    </div>
  );
}
