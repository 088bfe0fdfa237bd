import type { Evidence } from '../../domain/consolidation/index.js';
import { evidenceSchema } from '../../domain/consolidation/schema.js';
import type { Timeframe } from '../../domain/timeframe/index.js';
import { timeframeSchema } from '../../domain/timeframe/schema.js';
import { type Stored, parseStored, parseStoredOrNull } from '../common/stored.js';
import type { TaskPermissions } from '../../domain/access/task-access.js';
import type { TaskStatus } from '../../domain/tracking/index.js';
import { attachmentView } from '../attachments/attachments.service.js';
import type { TaskUpdateKind } from '../db/schema.js';
import {
  type Clock,
  currentPeriodCodes,
  currentView,
  occurrenceView,
  pickCurrent,
  timeframeLabel,
  unitRef,
} from './task-view.js';
import type { OccurrenceFields, TaskUnitRow } from './tasks.repository.js';
import type { TaskSourcing } from './tasks.schemas.js';
import type { TaskDetail } from './tasks.schemas.js';

export interface DetailRows {
  task: {
    id: string;
    plan_id: string;
    part: string | null;
    ordinal: string | null;
    sub_ordinal: number | null;
    domain: string | null;
    content: string;
    output: string | null;
    timeframe: Stored<Timeframe>;
    timeframe_kind: string;
    plan_number: string | null;
    plan_title: string;
    plan_year: number;
    plan_status: string;
  };
  units: readonly TaskUnitRow[];
  occurrences: readonly OccurrenceFields[];
  people: readonly { role: 'assignee' | 'watcher'; id: string; full_name: string; org_unit_id: string }[];
  timeline: readonly {
    id: string;
    kind: TaskUpdateKind;
    occurrence_id: string | null;
    occurrence_label: string | null;
    org_unit_id: string | null;
    unit_name: string | null;
    unit_short_name: string | null;
    author_id: string | null;
    author_name: string | null;
    status_from: string | null;
    status_to: string | null;
    progress: number | null;
    note: string | null;
    reason: string | null;
    evidence: Stored<Evidence> | null;
    created_at: Date;
  }[];
  attachments: readonly {
    id: string;
    owner_id: string;
    filename: string;
    content_type: string;
    size_bytes: number;
    sha256: string;
    created_at: Date;
  }[];
  permissions: TaskPermissions;
  sourcing: TaskSourcing;
}

function rawTimeframe(timeframe: Stored<Timeframe>): string {
  return parseStored(timeframeSchema, timeframe, 'thời gian thực hiện').raw;
}

export function taskDetailView(rows: DetailRows, clock: Clock): TaskDetail {
  const { task, units, people, permissions } = rows;
  const occurrences = rows.occurrences.map((o) => occurrenceView(o, clock));
  const current = pickCurrent(rows.occurrences, currentPeriodCodes(clock.today));
  const person = (p: DetailRows['people'][number]) => ({
    id: p.id,
    name: p.full_name,
    orgUnitId: p.org_unit_id,
  });
  return {
    id: task.id,
    planId: task.plan_id,
    plan: {
      id: task.plan_id,
      number: task.plan_number,
      title: task.plan_title,
      year: task.plan_year,
      status: task.plan_status,
    },
    part: task.part,
    ordinal: task.ordinal,
    subOrdinal: task.sub_ordinal,
    domain: task.domain,
    content: task.content,
    output: task.output,
    timeframe: timeframeLabel(task.timeframe),
    timeframeKind: task.timeframe_kind,
    timeframeRaw: rawTimeframe(task.timeframe),
    leadUnits: units.filter((u) => u.role === 'lead').map(unitRef),
    coordinatorUnits: units
      .filter((u) => u.role === 'coordinator')
      .map((u) => ({
        ...unitRef(u),
        partStatus: u.part_status,
        partNote: u.part_note,
        partVersion: u.part_version,
        partUpdatedAt: u.part_updated_at?.toISOString() ?? null,
      })),
    current: currentView(occurrences.find((o) => o.id === current?.id) ?? null),
    occurrenceCounts: {
      done: occurrences.filter((o) => o.status === 'done').length,
      total: occurrences.length,
    },
    occurrences,
    people: {
      assignees: people.filter((p) => p.role === 'assignee').map(person),
      watchers: people.filter((p) => p.role === 'watcher').map(person),
    },
    timeline: rows.timeline.map((t) => ({
      id: t.id,
      kind: t.kind,
      occurrenceId: t.occurrence_id,
      occurrenceLabel: t.occurrence_label,
      unit:
        t.org_unit_id === null || t.unit_name === null
          ? null
          : unitRef({ org_unit_id: t.org_unit_id, name: t.unit_name, short_name: t.unit_short_name }),
      author: t.author_name === null ? null : { id: t.author_id, name: t.author_name },
      statusFrom: t.status_from as TaskStatus | null,
      statusTo: t.status_to as TaskStatus | null,
      progress: t.progress,
      note: t.note,
      reason: t.reason,
      evidence: parseStoredOrNull(evidenceSchema, t.evidence, 'văn bản chứng minh kết quả'),
      attachments: rows.attachments.filter((a) => a.owner_id === t.id).map(attachmentView),
      createdAt: t.created_at.toISOString(),
    })),
    sourcing: rows.sourcing,
    permissions: {
      canUpdate: permissions.canUpdate,
      canManage: permissions.canManage,
      canUpdateParts: permissions.partUnitIds,
    },
  };
}
