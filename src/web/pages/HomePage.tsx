import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../auth/AuthContext';
import { RoleTags } from '../components/RoleTags';
import { t } from '../i18n';
import { visibleModules } from '../layout/navigation';

// The desk pulls in tree selects and lists the login page never needs.
const MyWorkView = lazy(() => import('./my-work/MyWorkView').then((m) => ({ default: m.MyWorkView })));

export function HomePage() {
  const me = useMe();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="home-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('home.greeting', { name: me.fullName })}
      </Typography.Title>
      <Suspense fallback={<Card loading />}>
        <MyWorkView limit={5} />
      </Suspense>
      <Card title={t('home.account')}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('home.username')}>{me.username}</Descriptions.Item>
          <Descriptions.Item label={t('home.unit')}>{me.orgUnitName}</Descriptions.Item>
          <Descriptions.Item label={t('home.roles')}>
            <RoleTags roles={me.roles} />
          </Descriptions.Item>
          <Descriptions.Item label={t('home.email')}>{me.email ?? t('common.none')}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('home.modules')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {visibleModules(me).map((m) => (
          <Col key={m.key} xs={24} sm={12} xl={6}>
            <Link to={m.path} data-testid={`home-link-${m.key}`}>
              <Card hoverable style={{ height: '100%' }}>
                <Space orientation="vertical" size={4}>
                  <Space>
                    <span style={{ fontSize: 18, color: '#1f5fa8' }}>{m.icon}</span>
                    <Typography.Text strong>{t(`nav.${m.key}`)}</Typography.Text>
                  </Space>
                  <Typography.Text type="secondary">{t(`home.desc.${m.key}`)}</Typography.Text>
                  {m.available ? (
                    <Tag color="green">{t('home.available')}</Tag>
                  ) : (
                    <Tag>{t('home.comingSoon')}</Tag>
                  )}
                </Space>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
