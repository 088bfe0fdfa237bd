/** Task sources (#16): source documents, directive import, tasks by hand, leadership and extensions. */
import type { z } from 'zod';
import type {
  createSourceBody,
  createTaskBody,
  directiveCommitBody,
  directivePreviewResponse,
  sourceListResponse,
  sourceSchema,
  taskPeopleBody,
} from '../../server/task-sources/task-sources.schemas';
import type {
  extensionDecisionBody,
  extensionListResponse,
  extensionRequestBody,
  extensionSchema,
  pendingExtensionsResponse,
} from '../../server/extensions/extensions.schemas';
import type { taskListResponse } from '../../server/tasks/tasks.schemas';
import { api } from './client';

export type TaskSource = z.infer<typeof sourceSchema>;
export type TaskSourceList = z.infer<typeof sourceListResponse>;
export type CreateSourceInput = z.input<typeof createSourceBody>;
export type CreateSourceTaskInput = z.input<typeof createTaskBody>;
export type TaskLeadershipInput = z.input<typeof taskPeopleBody>;
export type DirectivePreview = z.infer<typeof directivePreviewResponse>;
export type DirectiveCommitInput = z.input<typeof directiveCommitBody>;
export type Extension = z.infer<typeof extensionSchema>;
export type ExtensionList = z.infer<typeof extensionListResponse>;
export type PendingExtensions = z.infer<typeof pendingExtensionsResponse>;
export type ExtensionRequestInput = z.input<typeof extensionRequestBody>;
export type ExtensionDecisionInput = z.input<typeof extensionDecisionBody>;
export type OversightList = z.infer<typeof taskListResponse>;

const enc = encodeURIComponent;

export const taskSourcesApi = {
  list: (kind?: TaskSource['kind']) => api.get<TaskSourceList>('/api/task-sources', { kind }),
  create: (input: CreateSourceInput) => api.post<TaskSource>('/api/task-sources', input),
  addTask: (sourceId: string, input: CreateSourceTaskInput) =>
    api.post<{ taskId: string }>(`/api/task-sources/${enc(sourceId)}/tasks`, input),
  setLeadership: (taskId: string, input: TaskLeadershipInput) =>
    api.put<{ ok: true }>(`/api/tasks/${enc(taskId)}/leadership`, input),
  oversight: () => api.get<OversightList>('/api/my-oversight'),
  previewDirective(file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<DirectivePreview>('/api/task-sources/import', form);
  },
  commitDirective: (previewId: string, input: DirectiveCommitInput) =>
    api.post<{ sourceId: string }>(`/api/task-sources/import/${enc(previewId)}/commit`, input),
};

export const extensionsApi = {
  ofTask: (taskId: string) => api.get<ExtensionList>(`/api/tasks/${enc(taskId)}/extensions`),
  request: (taskId: string, input: ExtensionRequestInput) =>
    api.post<Extension>(`/api/tasks/${enc(taskId)}/extensions`, input),
  decide: (extensionId: string, input: ExtensionDecisionInput) =>
    api.post<Extension>(`/api/extensions/${enc(extensionId)}/decision`, input),
  pending: () => api.get<PendingExtensions>('/api/extensions/pending'),
};
