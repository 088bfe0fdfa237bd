import { Alert, Button, Flex, Input, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Contradiction } from '../../api/reports';
import { t } from '../../i18n';

const MIN_REASON = 10;

/**
 * Shown when a download meets text that contradicts the data (409 FIGURES_CONTRADICT): the list,
 * a way back to fix it, and the reason to give when the file must go out as it is.
 */
export function ContradictionsModal({
  contradictions,
  busy,
  onFix,
  onAcknowledge,
  onClose,
}: {
  contradictions: Contradiction[] | null;
  busy: boolean;
  onFix: (blockId: string | null) => void;
  onAcknowledge: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const short = reason.trim().length < MIN_REASON;
  return (
    <Modal
      open={contradictions !== null}
      title={t('figures.title')}
      onCancel={onClose}
      width={760}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button
            onClick={() => onFix(contradictions?.[0]?.blockId ?? null)}
            data-testid="contradictions-fix"
          >
            {t('figures.fix')}
          </Button>
          <Button
            type="primary"
            danger
            disabled={short}
            loading={busy}
            onClick={() => onAcknowledge(reason.trim())}
            data-testid="contradictions-acknowledge"
          >
            {t('figures.downloadAnyway')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12} data-testid="contradictions">
        <Alert type="warning" showIcon title={t('figures.intro')} />
        <List
          size="small"
          bordered
          dataSource={contradictions ?? []}
          renderItem={(c) => (
            <List.Item>
              <Flex vertical gap={4}>
                <Flex gap={8} wrap>
                  <Tag color="orange">{c.location}</Tag>
                  <Typography.Text type="secondary">{c.measure}</Typography.Text>
                </Flex>
                <Typography.Text italic>“{c.sentence}”</Typography.Text>
                <span>
                  {t('figures.stated')}: <Typography.Text delete>{c.stated}</Typography.Text> —{' '}
                  {t('figures.actual')}: <Typography.Text strong>{c.actual}</Typography.Text>
                </span>
              </Flex>
            </List.Item>
          )}
        />
        <Flex vertical gap={4}>
          <Typography.Text strong>{t('figures.reason')}</Typography.Text>
          <Input.TextArea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('figures.reasonPlaceholder')}
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={1000}
            data-testid="contradictions-reason"
          />
          {reason !== '' && short && (
            <Typography.Text type="danger">{t('figures.reasonTooShort')}</Typography.Text>
          )}
        </Flex>
      </Flex>
    </Modal>
  );
}
