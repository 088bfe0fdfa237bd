import { Button, Card, Flex, Select, Space, Steps, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { emulationApi, type Campaign, type CampaignEntry, type CouncilDocument } from '../../api/emulation';
import { ApiError } from '../../api/client';
import { useMe } from '../../auth/AuthContext';
import { COLLECTIVE_TITLES, INDIVIDUAL_TITLES, type EmulationTitle } from '../../../domain/emulation/titles';
import type { QualityRating } from '../../../domain/emulation/ratings';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';
import { RATING_OPTIONS, titleName, titleOptions } from './labels';
import { ScoreModal } from './ScoreModal';

const STAGES = ['registration', 'scoring', 'voting', 'decided'] as const;
const noEvidence = () => ({
  discipline: 'none' as const,
  initiatives: 0,
  provincialImpact: 0,
  researchAccepted: 0,
  history: [],
  note: '',
});

export default function CampaignPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const queryClient = useQueryClient();
  const queryKey = ['emulation', 'campaign', id];
  const { data: campaign } = useQuery({ queryKey, queryFn: () => emulationApi.get(id) });
  const [title, setTitle] = useState<EmulationTitle>('advancedWorker');
  const [scoring, setScoring] = useState<{ entry: CampaignEntry; self: boolean } | null>(null);
  if (!campaign) return null;
  // Each step answers with the whole campaign: it replaces the cached one, no second request.
  const set = (next: Campaign) => queryClient.setQueryData(queryKey, next);
  const head = me.roles.includes('unitHead');
  const collective = (COLLECTIVE_TITLES as readonly string[]).includes(title);
  const stage = campaign.stage;

  const register = async () => {
    const input = collective
      ? { subjectKind: 'unit' as const, unitId: me.orgUnitId, title, evidence: noEvidence() }
      : { subjectKind: 'person' as const, userId: me.id, title, evidence: noEvidence() };
    set(await emulationApi.register(id, input));
    showSuccess(t('emulation.registered'));
  };
  const act = async (call: Promise<Campaign>, done?: string) => {
    try {
      set(await call);
      if (done) showSuccess(done);
    } catch (error) {
      // The API client has shown the server's Vietnamese message; a refusal leaves the page as it was.
      if (!(error instanceof ApiError)) throw error;
    }
  };
  const documents: CouncilDocument[] =
    stage === 'decided'
      ? ['minutes', 'proposal', 'decision']
      : stage === 'voting'
        ? ['minutes', 'proposal']
        : [];

  return (
    <Flex vertical gap={16} data-testid="campaign-page" data-stage={stage}>
      <Typography.Title level={3}>{campaign.name}</Typography.Title>
      <Steps
        size="small"
        current={STAGES.indexOf(stage)}
        items={STAGES.map((s) => ({ title: t(`emulation.stage.${s}`) }))}
      />
      <Typography.Text type="secondary">
        {t('emulation.chair')}: {campaign.chair.name}. {t('emulation.council')}:{' '}
        {campaign.council.map((c) => c.name).join(', ')}
      </Typography.Text>
      <Space wrap>
        {campaign.canManage && stage === 'registration' ? (
          <Button data-testid="to-scoring" onClick={() => void act(emulationApi.advance(id, 'scoring'))}>
            {t('emulation.toScoring')}
          </Button>
        ) : null}
        {campaign.canManage && stage === 'scoring' ? (
          <Button data-testid="to-voting" onClick={() => void act(emulationApi.advance(id, 'voting'))}>
            {t('emulation.toVoting')}
          </Button>
        ) : null}
        {(campaign.canManage || campaign.chair.id === me.id) && stage === 'voting' ? (
          <Button
            type="primary"
            data-testid="decide"
            onClick={() => void act(emulationApi.decide(id), t('emulation.decided'))}
          >
            {t('emulation.decide')}
          </Button>
        ) : null}
        {documents.map((kind) => (
          <Button
            key={kind}
            data-testid={`document-${kind}`}
            onClick={() => void emulationApi.document(id, kind)}
          >
            {t(`emulation.${kind}`)}
          </Button>
        ))}
      </Space>
      {stage === 'registration' ? (
        <Card title={t('emulation.register')} size="small">
          <Space wrap>
            <Select<EmulationTitle>
              style={{ minWidth: 280 }}
              value={title}
              onChange={setTitle}
              data-testid="register-title"
              options={titleOptions(head ? [...INDIVIDUAL_TITLES, ...COLLECTIVE_TITLES] : INDIVIDUAL_TITLES)}
            />
            <Button type="primary" data-testid="register-submit" onClick={() => void register()}>
              {t('emulation.register')} ({collective ? t('emulation.forUnit') : t('emulation.forMe')})
            </Button>
          </Space>
        </Card>
      ) : null}
      <Table<CampaignEntry>
        data-testid="campaign-entries"
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={campaign.entries}
        onRow={(e) => ({ 'data-testid': 'entry', 'data-subject': e.subject.name }) as object}
        columns={[
          { title: t('emulation.subject'), render: (_, e) => e.subject.name },
          { title: t('emulation.titleColumn'), render: (_, e) => titleName(e.title) },
          { title: t('emulation.points'), render: (_, e) => e.score?.points ?? t('emulation.noScore') },
          { title: t('emulation.proposed'), render: (_, e) => e.score?.proposed ?? t('common.none') },
          {
            title: t('emulation.selfRating'),
            render: (_, e) =>
              e.selfRating ? <span data-testid="self-rating">{e.selfRating}</span> : t('common.none'),
          },
          { title: t('emulation.headRating'), render: (_, e) => e.headRating ?? t('common.none') },
          {
            title: t('emulation.finalRating'),
            render: (_, e) =>
              campaign.isCouncilMember && (stage === 'scoring' || stage === 'voting') ? (
                <Select<QualityRating>
                  size="small"
                  style={{ minWidth: 120 }}
                  value={e.finalRating ?? undefined}
                  data-testid="final-rating"
                  options={RATING_OPTIONS.map((o) => ({ value: o.value, label: o.value }))}
                  onChange={(r) => void act(emulationApi.finalRating(e.id, r))}
                />
              ) : (
                (e.finalRating ?? t('common.none'))
              ),
          },
          {
            title: t('emulation.conditions'),
            render: (_, e) => (
              <div data-testid="entry-check" data-eligible={String(e.check.eligible)}>
                <Tag color={e.check.eligible ? 'green' : 'red'}>
                  {e.check.eligible ? t('emulation.eligible') : t('emulation.notEligible')}
                </Tag>
                {e.check.confirmed ? null : <Tag>{t('emulation.unconfirmed')}</Tag>}
                <Typography.Text type="secondary">{e.check.verdict}</Typography.Text>
              </div>
            ),
          },
          {
            title: t('emulation.votes'),
            render: (_, e) => (
              <span data-testid="entry-votes">{`${e.votes.approve}/${e.votes.members}`}</span>
            ),
          },
          {
            title: t('emulation.result'),
            render: (_, e) =>
              e.result ? (
                <Tag data-testid="entry-result" color={e.result === 'approved' ? 'green' : 'default'}>
                  {t(`emulation.${e.result}`)}
                </Tag>
              ) : null,
          },
          {
            title: t('common.actions'),
            render: (_, e) => (
              <Space wrap>
                {(stage === 'registration' || stage === 'scoring') &&
                e.subjectKind === 'person' &&
                e.subject.id === me.id ? (
                  <Button
                    size="small"
                    data-testid="self-assess"
                    onClick={() => setScoring({ entry: e, self: true })}
                  >
                    {t('emulation.selfAssess')}
                  </Button>
                ) : null}
                {campaign.isCouncilMember && (stage === 'scoring' || stage === 'voting') ? (
                  <Button
                    size="small"
                    data-testid="council-score"
                    onClick={() => setScoring({ entry: e, self: false })}
                  >
                    {t('emulation.councilScore')}
                  </Button>
                ) : null}
                {campaign.isCouncilMember && stage === 'voting' ? (
                  <>
                    <Button
                      size="small"
                      type={e.myVote === true ? 'primary' : 'default'}
                      data-testid="vote-approve"
                      onClick={() => void act(emulationApi.vote(e.id, true), t('emulation.voted'))}
                    >
                      {t('emulation.approve')}
                    </Button>
                    <Button
                      size="small"
                      danger={e.myVote === false}
                      data-testid="vote-reject"
                      onClick={() => void act(emulationApi.vote(e.id, false), t('emulation.voted'))}
                    >
                      {t('emulation.reject')}
                    </Button>
                  </>
                ) : null}
                <Button
                  size="small"
                  type="link"
                  data-testid="achievement"
                  onClick={() => void emulationApi.achievement(id, e.id)}
                >
                  {t('emulation.achievement')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <ScoreModal
        open={scoring !== null}
        title={scoring?.self ? t('emulation.selfAssess') : t('emulation.councilScore')}
        criteria={campaign.criteria}
        withRating={scoring?.self ?? false}
        onClose={() => setScoring(null)}
        onSave={async (scores, rating) => {
          if (!scoring) return;
          set(
            scoring.self && rating
              ? await emulationApi.selfAssess(scoring.entry.id, scores, rating)
              : await emulationApi.councilScore(scoring.entry.id, scores),
          );
        }}
      />
    </Flex>
  );
}
