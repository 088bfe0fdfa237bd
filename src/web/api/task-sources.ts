/** Task sources (#16): source documents, directive import, tasks by hand, leadership and extensions. */
import type { BodyOf, ResponseOf } from './contract';
import { client, ok, uploadOf } from './client';

export type TaskSource = ResponseOf<'/api/task-sources', 'post'>;
export type TaskSourceList = ResponseOf<'/api/task-sources'>;
export type CreateSourceInput = BodyOf<'/api/task-sources', 'post'>;
export type CreateSourceTaskInput = BodyOf<'/api/task-sources/{id}/tasks', 'post'>;
export type TaskLeadershipInput = BodyOf<'/api/tasks/{id}/leadership', 'put'>;
export type DirectivePreview = ResponseOf<'/api/task-sources/import', 'post'>;
export type DirectiveCommitInput = BodyOf<'/api/task-sources/import/{previewId}/commit', 'post'>;
export type Extension = ResponseOf<'/api/tasks/{id}/extensions', 'post'>;
export type ExtensionList = ResponseOf<'/api/tasks/{id}/extensions'>;
export type PendingExtensions = ResponseOf<'/api/extensions/pending'>;
export type ExtensionRequestInput = BodyOf<'/api/tasks/{id}/extensions', 'post'>;
export type ExtensionDecisionInput = BodyOf<'/api/extensions/{extensionId}/decision', 'post'>;
export type OversightList = ResponseOf<'/api/my-oversight'>;

const path = <T>(p: T) => ({ params: { path: p } });

export const taskSourcesApi = {
  list: (kind?: TaskSource['kind']) => ok(client.GET('/api/task-sources', { params: { query: { kind } } })),
  create: (input: CreateSourceInput) => ok(client.POST('/api/task-sources', { body: input })),
  addTask: (sourceId: string, input: CreateSourceTaskInput) =>
    ok(client.POST('/api/task-sources/{id}/tasks', { ...path({ id: sourceId }), body: input })),
  setLeadership: (taskId: string, input: TaskLeadershipInput) =>
    ok(client.PUT('/api/tasks/{id}/leadership', { ...path({ id: taskId }), body: input })),
  oversight: () => ok(client.GET('/api/my-oversight')),
  previewDirective: (file: File) => ok(client.POST('/api/task-sources/import', uploadOf(file))),
  commitDirective: (previewId: string, input: DirectiveCommitInput) =>
    ok(client.POST('/api/task-sources/import/{previewId}/commit', { ...path({ previewId }), body: input })),
};

export const extensionsApi = {
  ofTask: (taskId: string) => ok(client.GET('/api/tasks/{id}/extensions', path({ id: taskId }))),
  request: (taskId: string, input: ExtensionRequestInput) =>
    ok(client.POST('/api/tasks/{id}/extensions', { ...path({ id: taskId }), body: input })),
  decide: (extensionId: string, input: ExtensionDecisionInput) =>
    ok(client.POST('/api/extensions/{extensionId}/decision', { ...path({ extensionId }), body: input })),
  pending: () => ok(client.GET('/api/extensions/pending')),
};
