import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Switch, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { notificationsApi } from '../api/endpoints';
import type { AppNotification, NotificationList } from '../api/types';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';

const POLL_MS = 60_000;
const empty: NotificationList = { items: [], unreadCount: 0 };

/** Only links inside the app are followed (a notification's link is written by the server, but still). */
const inAppPath = (link: string | null) =>
  link && link.startsWith('/') && !link.startsWith('//') ? link : null;

/** The bell in the header: unread count, the latest notifications, mark read. */
export function NotificationBell() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [unreadOnly, setUnreadOnly] = useState(true);
  const [data, setData] = useState<NotificationList>(empty);
  const [loading, setLoading] = useState(false);

  const refresh = useCallback(
    () =>
      notificationsApi.list(unreadOnly).then(
        (list) => {
          setData(list);
          setLoading(false);
        },
        // a failed poll is retried on the next one; the bell is not worth an error message
        () => setLoading(false),
      ),
    [unreadOnly],
  );

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh]);

  const markRead = async (item: AppNotification) => {
    if (!item.readAt) {
      await notificationsApi.read(item.id).catch(() => undefined);
      void refresh();
    }
  };

  const openItem = async (item: AppNotification) => {
    await markRead(item);
    const path = inAppPath(item.link);
    if (path) {
      setOpen(false);
      void navigate(path);
    }
  };

  const readAll = async () => {
    await notificationsApi.readAll().catch(() => undefined);
    void refresh();
  };

  const content = (
    <Flex vertical gap={8} style={{ width: 380 }} data-testid="notifications-panel">
      <Flex justify="space-between" align="center">
        <Flex gap={6} align="center">
          <Switch size="small" checked={unreadOnly} onChange={setUnreadOnly} />
          <Typography.Text>{t('notifications.unreadOnly')}</Typography.Text>
        </Flex>
        <Button
          size="small"
          type="link"
          disabled={data.unreadCount === 0}
          onClick={() => void readAll()}
          data-testid="notifications-read-all"
        >
          {t('notifications.readAll')}
        </Button>
      </Flex>
      {data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          loading={loading}
          dataSource={data.items}
          style={{ maxHeight: 420, overflow: 'auto' }}
          renderItem={(item) => (
            <List.Item
              className={item.readAt ? 'notification' : 'notification notification-unread'}
              actions={
                item.readAt
                  ? []
                  : [
                      <Button
                        key="read"
                        size="small"
                        type="text"
                        icon={<CheckOutlined />}
                        title={t('notifications.markRead')}
                        aria-label={t('notifications.markRead')}
                        onClick={() => void markRead(item)}
                      />,
                    ]
              }
              data-testid="notification"
            >
              <Flex
                vertical
                gap={2}
                style={{ cursor: inAppPath(item.link) ? 'pointer' : undefined }}
                onClick={() => void openItem(item)}
              >
                <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.body}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                  {formatDateTime(item.createdAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setLoading(true);
          void refresh();
        }
      }}
      trigger="click"
      placement="bottomRight"
      title={t('notifications.title')}
      content={content}
    >
      <Badge count={data.unreadCount} size="small" overflowCount={99}>
        <Button
          shape="circle"
          icon={<BellOutlined />}
          aria-label={t('notifications.badge', { count: data.unreadCount })}
          title={t('notifications.badge', { count: data.unreadCount })}
          data-testid="notifications-bell"
        />
      </Badge>
    </Popover>
  );
}
