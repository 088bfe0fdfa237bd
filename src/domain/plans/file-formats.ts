/** The plan document formats the importer reads; shared by the server and the upload form. */
export const PLAN_FILE_EXTENSIONS = ['.txt', '.docx', '.xlsx', '.pdf'] as const;
export type PlanFileExtension = (typeof PLAN_FILE_EXTENSIONS)[number];
