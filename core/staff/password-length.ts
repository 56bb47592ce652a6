/** How long a password may be; apart from the strength check so the app can say it without zxcvbn. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
