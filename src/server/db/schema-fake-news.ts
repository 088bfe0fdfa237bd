import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** The fake-news handling centre's tables (migration 0060). */
export interface FakeNewsTables {
  fake_news_team: {
    user_id: string;
    agency: string;
    role: string;
    created_at: Timestamp;
  };
  fake_news_cases: {
    id: Generated<string>;
    code: string;
    title: string;
    status: string;
    status_since: string;
    step_deadline: string | null;
    received_on: string;
    channel: string;
    domain: string | null;
    severity: string | null;
    platform: string | null;
    agencies: Json<unknown>;
    verdict: string | null;
    conclusion: string | null;
    concluded_by: string | null;
    approved_by: string | null;
    approved_at: Date | null;
    published_at: Date | null;
    notice: string | null;
    stamped_image: Uint8Array | null;
    referred_to: string | null;
    referred_at: Date | null;
    referral_note: string | null;
    outcome: Json<unknown> | null;
    closed_on: string | null;
    search_text: string;
    version: Generated<number>;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  fake_news_reports: {
    id: Generated<string>;
    case_id: string;
    tracking_code: string;
    channel: string;
    urls: Json<unknown>;
    description: string;
    platform: string | null;
    contact: string | null;
    challenge_id: string | null;
    created_by: string | null;
    created_at: Timestamp;
  };
  fake_news_keys: { key: string; case_id: string };
  fake_news_assignments: { case_id: string; user_id: string; assigned_at: Timestamp };
  fake_news_notes: {
    id: Generated<string>;
    case_id: string;
    author_id: string | null;
    body: string;
    created_at: Timestamp;
  };
}
