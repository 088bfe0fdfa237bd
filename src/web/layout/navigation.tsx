import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FundOutlined,
  TrophyOutlined,
  InboxOutlined,
  ProjectOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../api/types';

export type ModuleKey =
  | 'myWork'
  | 'overview'
  | 'plans'
  | 'tasks'
  | 'taskSources'
  | 'indicators'
  | 'reports'
  | 'consolidation'
  | 'emulation'
  | 'orgUnits'
  | 'users'
  | 'audit'
  | 'calendar'
  | 'fakeNews';

export interface ModuleEntry {
  key: ModuleKey;
  path: string;
  icon: ReactNode;
  /** false: the module is not built yet and shows a "coming soon" state. */
  available: boolean;
  adminOnly: boolean;
}

export const MODULES: readonly ModuleEntry[] = [
  { key: 'myWork', path: '/my-work', icon: <InboxOutlined />, available: true, adminOnly: false },
  { key: 'overview', path: '/overview', icon: <DashboardOutlined />, available: true, adminOnly: false },
  { key: 'plans', path: '/plans', icon: <ProjectOutlined />, available: true, adminOnly: false },
  { key: 'tasks', path: '/tasks', icon: <CheckSquareOutlined />, available: true, adminOnly: false },
  {
    key: 'taskSources',
    path: '/task-sources',
    icon: <FileDoneOutlined />,
    available: true,
    adminOnly: false,
  },
  { key: 'indicators', path: '/indicators', icon: <FundOutlined />, available: true, adminOnly: false },
  { key: 'reports', path: '/reports', icon: <FileTextOutlined />, available: true, adminOnly: false },
  {
    key: 'consolidation',
    path: '/consolidation',
    icon: <BarChartOutlined />,
    available: true,
    adminOnly: false,
  },
  { key: 'emulation', path: '/emulation', icon: <TrophyOutlined />, available: true, adminOnly: false },
  { key: 'fakeNews', path: '/fake-news', icon: <WarningOutlined />, available: true, adminOnly: false },
  { key: 'orgUnits', path: '/org-units', icon: <ApartmentOutlined />, available: true, adminOnly: false },
  { key: 'users', path: '/users', icon: <TeamOutlined />, available: true, adminOnly: true },
  { key: 'audit', path: '/audit', icon: <AuditOutlined />, available: true, adminOnly: true },
  { key: 'calendar', path: '/calendar', icon: <CalendarOutlined />, available: true, adminOnly: true },
];

export function isAdmin(me: Me): boolean {
  return me.roles.includes('admin');
}

export function visibleModules(me: Me): ModuleEntry[] {
  return MODULES.filter((m) => !m.adminOnly || isAdmin(me));
}
