// The web client (layout/ChangePasswordModal.tsx) reads the password lengths from here; the rule
// itself lives with the other credential pieces. Drop this once the web takes it from credentials/.
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../credentials/password-rules.js';
