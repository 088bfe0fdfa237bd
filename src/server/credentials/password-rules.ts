/** The password lengths, apart from the policy module so that the web client can read them without zxcvbn. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
