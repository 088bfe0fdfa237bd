import { Alert, Radio, Space, Typography } from 'antd';
import type { PlanImportPreview } from '../../../api/types';
import { t } from '../../../i18n';

export type ExistingMode = 'update' | 'version';

interface Props {
  existing: NonNullable<PlanImportPreview['existingPlan']>;
  number: string | null;
  mode: ExistingMode | null;
  onChange: (mode: ExistingMode) => void;
}

/** The plan number is already in the system: update it in place, or keep it and add a new version. */
export function ModeChoice({ existing, number, mode, onChange }: Props) {
  const title =
    number && existing.title
      ? t('planImport.existing', { number, version: existing.version, title: existing.title })
      : t('planImport.existingUnknown');
  return (
    <Alert
      type="warning"
      showIcon
      title={title}
      data-testid="plan-import-existing"
      description={
        <Radio.Group
          value={mode}
          onChange={(e) => onChange(e.target.value as ExistingMode)}
          style={{ marginTop: 8 }}
          data-testid="plan-import-mode"
        >
          <Space orientation="vertical">
            <Radio value="update" data-testid="mode-update">
              {t('planImport.modeUpdate')}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('planImport.modeUpdateHint')}
              </Typography.Text>
            </Radio>
            <Radio value="version" data-testid="mode-version">
              {t('planImport.modeVersion')}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('planImport.modeVersionHint', { version: existing.version + 1 })}
              </Typography.Text>
            </Radio>
          </Space>
        </Radio.Group>
      }
    />
  );
}
