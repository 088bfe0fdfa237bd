import {
  BoldOutlined,
  EditOutlined,
  EyeOutlined,
  FontSizeOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  PicRightOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Flex, Input, Tooltip, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { Fragment, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RichDoc, TextRun } from '../../../domain/rich-text/document';
import { t } from '../../i18n';
import {
  markupToDoc,
  setLineKind,
  wrapSelection,
  type LineKind,
  type TextEdit,
} from '../../lib/richTextMarkup';

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) => {
        let node = <Fragment>{run.text}</Fragment>;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}

/** A rich-text document drawn from its data (never from HTML). */
export function RichDocView({ doc, testId }: { doc: RichDoc; testId?: string }) {
  if (doc.blocks.length === 0)
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('submission.emptySection')}
      </Typography.Text>
    );
  return (
    <div className="rich-doc" data-testid={testId}>
      {doc.blocks.map((block, i) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={i}>
                <Runs runs={block.children} />
              </p>
            );
          case 'heading': {
            const Tag = (['h4', 'h5', 'h6'] as const)[block.level - 1] ?? 'h5';
            return (
              <Tag key={i}>
                <Runs runs={block.children} />
              </Tag>
            );
          }
          case 'bulletList':
          case 'orderedList': {
            const List = block.type === 'bulletList' ? 'ul' : 'ol';
            return (
              <List key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    <Runs runs={item} />
                  </li>
                ))}
              </List>
            );
          }
        }
      })}
    </div>
  );
}

function ToolButton(props: {
  title: string;
  icon: ReactNode;
  onClick: () => void;
  disabled: boolean;
  testId: string;
}) {
  return (
    <Tooltip title={props.title}>
      <Button
        size="small"
        type="text"
        icon={props.icon}
        onClick={props.onClick}
        disabled={props.disabled}
        aria-label={props.title}
        data-testid={props.testId}
      />
    </Tooltip>
  );
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  placeholder: string;
  testId: string;
}

/**
 * One outline section: a plain textarea with a light markup the toolbar writes for the user (see
 * lib/richTextMarkup), and a preview drawn from the parsed document, which is all that is saved.
 */
export function RichTextField({ value, onChange, disabled, placeholder, testId }: Props) {
  const [preview, setPreview] = useState(false);
  const ref = useRef<TextAreaRef>(null);
  const doc = useMemo(() => (preview || disabled ? markupToDoc(value) : null), [preview, disabled, value]);

  const apply = (edit: (text: string, start: number, end: number) => TextEdit) => {
    const area = ref.current?.resizableTextArea?.textArea;
    if (!area) return;
    const next = edit(value, area.selectionStart, area.selectionEnd);
    onChange(next.text);
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(next.start, next.end);
    });
  };
  const wrap = (marker: string) => apply((text, s, e) => wrapSelection(text, s, e, marker));
  const lines = (kind: LineKind) => apply((text, s, e) => setLineKind(text, s, e, kind));

  if (disabled && doc) return <RichDocView doc={doc} testId={`${testId}-view`} />;

  return (
    <div className="rich-field" data-testid={testId}>
      <Flex className="rich-toolbar" align="center" gap={2} wrap>
        <ToolButton
          title={t('submission.toolbar.bold')}
          icon={<BoldOutlined />}
          onClick={() => wrap('**')}
          disabled={preview}
          testId={`${testId}-bold`}
        />
        <ToolButton
          title={t('submission.toolbar.italic')}
          icon={<ItalicOutlined />}
          onClick={() => wrap('*')}
          disabled={preview}
          testId={`${testId}-italic`}
        />
        <ToolButton
          title={t('submission.toolbar.heading')}
          icon={<FontSizeOutlined />}
          onClick={() => lines('heading')}
          disabled={preview}
          testId={`${testId}-heading`}
        />
        <ToolButton
          title={t('submission.toolbar.bullet')}
          icon={<UnorderedListOutlined />}
          onClick={() => lines('bullet')}
          disabled={preview}
          testId={`${testId}-bullet`}
        />
        <ToolButton
          title={t('submission.toolbar.ordered')}
          icon={<OrderedListOutlined />}
          onClick={() => lines('ordered')}
          disabled={preview}
          testId={`${testId}-ordered`}
        />
        <ToolButton
          title={t('submission.toolbar.paragraph')}
          icon={<PicRightOutlined />}
          onClick={() => lines('paragraph')}
          disabled={preview}
          testId={`${testId}-paragraph`}
        />
        <Button
          size="small"
          type={preview ? 'primary' : 'default'}
          icon={preview ? <EditOutlined /> : <EyeOutlined />}
          onClick={() => setPreview((p) => !p)}
          style={{ marginInlineStart: 'auto' }}
          data-testid={`${testId}-preview`}
        >
          {preview ? t('submission.toolbar.edit') : t('submission.toolbar.preview')}
        </Button>
      </Flex>
      {preview && doc ? (
        <div className="rich-preview">
          <RichDocView doc={doc} testId={`${testId}-view`} />
        </div>
      ) : (
        <Input.TextArea
          ref={ref}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoSize={{ minRows: 4, maxRows: 24 }}
          placeholder={placeholder}
          variant="borderless"
          data-testid={`${testId}-input`}
        />
      )}
      <Typography.Text type="secondary" className="rich-help">
        {t('submission.toolbar.help')}
      </Typography.Text>
    </div>
  );
}
