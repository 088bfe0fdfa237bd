import { App, message as staticMessage } from 'antd';

type AppApi = ReturnType<typeof App.useApp>;

let bound: AppApi | null = null;

/** Called once by <FeedbackBridge/> inside antd <App>, so non-React code (the API client) can show messages. */
export function bindFeedback(api: AppApi | null): void {
  bound = api;
}

export function showError(text: string): void {
  void (bound?.message ?? staticMessage).error(text);
}

export function showSuccess(text: string): void {
  void (bound?.message ?? staticMessage).success(text);
}

/** `key` collapses repeats (e.g. several requests failing with the same expired session) into one message. */
export function showWarning(text: string, key?: string): void {
  void (bound?.message ?? staticMessage).open({ type: 'warning', content: text, key });
}
