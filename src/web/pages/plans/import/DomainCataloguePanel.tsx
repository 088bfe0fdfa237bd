import { ScissorOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, List, Space, Tag, Tooltip, Typography } from 'antd';
import { splitHeading } from '../../../../domain/plans/domain-catalogue';
import type { DomainEntry, ImportItem } from '../../../api/types';
import { t } from '../../../i18n';

interface Props {
  /** The catalogue shown: the compiler's, or the server's proposal. */
  catalogue: readonly DomainEntry[];
  items: readonly ImportItem[];
  /** True once the compiler changed the proposal. */
  changed: boolean;
  onChange: (next: DomainEntry[]) => void;
  onReset: () => void;
}

/** The parts (A, B …) whose rows sit under a heading, so the compiler sees where each comes from. */
function partsOf(items: readonly ImportItem[], heading: string): string[] {
  const parts: string[] = [];
  for (const item of items)
    if (item.domain === heading && item.part !== null && !parts.includes(item.part)) parts.push(item.part);
  return parts;
}

/**
 * The domain catalogue proposed at import: headings of part A and part B that name one domain are
 * grouped, and reports count that domain once under the name shown. The compiler renames a domain
 * or splits a heading out; saving the plan confirms the catalogue as shown.
 */
export function DomainCataloguePanel({ catalogue, items, changed, onChange, onReset }: Props) {
  const merged = catalogue.filter((d) => d.headings.length > 1).length;
  const rename = (index: number, name: string) => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    onChange(catalogue.map((d, i) => (i === index ? { ...d, name: trimmed } : d)));
  };
  return (
    <Card
      size="small"
      title={t('planImport.domains.title', { count: catalogue.length })}
      extra={
        changed && (
          <Button size="small" icon={<UndoOutlined />} onClick={onReset} data-testid="domains-reset">
            {t('planImport.domains.reset')}
          </Button>
        )
      }
      data-testid="plan-domains"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={
          merged > 0 ? t('planImport.domains.hintMerged', { count: merged }) : t('planImport.domains.hint')
        }
      />
      <List
        size="small"
        dataSource={[...catalogue]}
        renderItem={(entry, index) => (
          <List.Item data-testid="domain-entry">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Typography.Text
                strong
                editable={{
                  onChange: (name) => rename(index, name),
                  tooltip: t('planImport.domains.rename'),
                }}
                data-testid="domain-name"
              >
                {entry.name}
              </Typography.Text>
              <Space size={[4, 4]} wrap>
                {entry.headings.map((heading) => (
                  <Tag key={heading} style={{ whiteSpace: 'normal' }} data-testid="domain-heading">
                    {partsOf(items, heading)
                      .map((p) => t('planImport.domains.part', { part: p }))
                      .join(', ')}
                    {partsOf(items, heading).length > 0 ? ': ' : ''}
                    {heading}
                    {entry.headings.length > 1 && (
                      <Tooltip title={t('planImport.domains.split')}>
                        <Button
                          type="link"
                          size="small"
                          icon={<ScissorOutlined />}
                          aria-label={t('planImport.domains.split')}
                          onClick={() => onChange(splitHeading(catalogue, heading))}
                          data-testid="domain-split"
                        />
                      </Tooltip>
                    )}
                  </Tag>
                ))}
              </Space>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
