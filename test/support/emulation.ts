import { expect } from 'vitest';
import type { Session } from './app.js';

/** The shape of the emulation API as tests read it (responses are validated by the server's schemas). */
export interface Line {
  component: 'tasks' | 'indicators' | 'reports';
  sourceId: string;
  earned: number;
  max: number;
  link: string;
}
export interface Subject {
  kind: 'person' | 'unit';
  id: string;
  name: string;
  unit: { id: string; name: string };
  points: number | null;
  proposed: string | null;
  fromPoints: string | null;
  capped: boolean;
  lines: Line[];
  tally: { assigned: number; due: number; done: number; onTime: number; late: number; overdue: number; extended: number };
  components: Record<'tasks' | 'indicators' | 'reports', { earned: number; max: number; weight: number; points: number }>;
}
export interface Entry {
  id: string;
  subject: { id: string; name: string };
  title: string;
  finalRating: string | null;
  result: string | null;
  check: { eligible: boolean; verdict: string; confirmed: boolean };
  votes: { approve: number; passed: boolean };
}
export interface Campaign {
  id: string;
  stage: string;
  entries: Entry[];
}

export const NO_EVIDENCE = { discipline: 'none', initiatives: 0, provincialImpact: 0, researchAccepted: 0, history: [], note: '' };

export async function ok<T>(session: Session, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<T> {
  const res = await session.request(method, url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

export function entryOf(campaign: Campaign, subjectId: string, title: string): Entry {
  const entry = campaign.entries.find((e) => e.subject.id === subjectId && e.title === title);
  if (!entry) throw new Error(`no entry for ${subjectId} ${title}`);
  return entry;
}
