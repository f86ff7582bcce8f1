export interface ThrowawayPostgres {
  dir: string;
  pgData: string;
  log: string;
  port: number;
  baseUrl: string;
  options: string;
  pgCtl: [string, string[]];
  stop(): void;
}
export function postgresAnswers(url: string): Promise<boolean>;
export function startThrowawayPostgres(options?: {
  kind?: string;
  port?: number;
}): Promise<ThrowawayPostgres>;
