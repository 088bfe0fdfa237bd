import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Input, Typography } from 'antd';
import { t } from '../../i18n';
import type { Section } from './regimeForm';

function newKey(outline: Section[]): string {
  let n = outline.length + 1;
  while (outline.some((s) => s.key === `section${n}`)) n++;
  return `section${n}`;
}

/** The report outline: section titles in order, each optionally split by domain. */
export function OutlineEditor({
  outline,
  onChange,
}: {
  outline: Section[];
  onChange: (outline: Section[]) => void;
}) {
  const setSection = (i: number, patch: Partial<Section>) =>
    onChange(outline.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...outline];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    onChange(next);
  };

  return (
    <Card size="small" title={t('regimeEditor.outline')} data-testid="regime-outline">
      <Flex vertical gap={8}>
        {outline.map((s, i) => (
          <Flex key={s.key} gap={8} align="center">
            <Typography.Text style={{ width: 24 }}>{i + 1}.</Typography.Text>
            <Input
              value={s.title}
              onChange={(e) => setSection(i, { title: e.target.value })}
              placeholder={t('regimeEditor.sectionTitle')}
            />
            <Checkbox
              checked={s.perDomain ?? false}
              onChange={(e) => setSection(i, { perDomain: e.target.checked || undefined })}
              style={{ whiteSpace: 'nowrap' }}
            >
              {t('regimeEditor.perDomain')}
            </Checkbox>
            <Button
              size="small"
              icon={<ArrowUpOutlined />}
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={t('regimeEditor.moveUp')}
            />
            <Button
              size="small"
              icon={<ArrowDownOutlined />}
              disabled={i === outline.length - 1}
              onClick={() => move(i, 1)}
              aria-label={t('regimeEditor.moveDown')}
            />
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              disabled={outline.length <= 1}
              onClick={() => onChange(outline.filter((_, j) => j !== i))}
              aria-label={t('regimeEditor.remove')}
            />
          </Flex>
        ))}
        <Button
          icon={<PlusOutlined />}
          onClick={() => onChange([...outline, { key: newKey(outline), title: '' }])}
          style={{ width: 'fit-content' }}
        >
          {t('regimeEditor.addSection')}
        </Button>
      </Flex>
    </Card>
  );
}
