/** What a new second factor shows once: the secret (as text and QR code) and the recovery codes. */
export type TEnrolment = { secret: string; uri: string; qrSvg: string; recoveryCodes: string[] };
