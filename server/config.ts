import { resolve } from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  staticDir: string;
  tls: { cert: string; key: string } | null;
  insecureHttp: boolean;
  /** First-start provisioning only (see README); ignored once any user exists. */
  adminPassword: string | undefined;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;
export const isLoopback = (host: string) => LOOPBACK.test(host);

/** Reads the environment and flags; refuses an exposed plain-HTTP listener unless explicitly told. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv.slice(2)): ServerConfig {
  const host = env.HOST ?? '127.0.0.1';
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`);
  if ((env.TLS_CERT === undefined) !== (env.TLS_KEY === undefined)) throw new Error('Set both TLS_CERT and TLS_KEY, or neither');
  const tls = env.TLS_CERT && env.TLS_KEY ? { cert: env.TLS_CERT, key: env.TLS_KEY } : null;
  const insecureHttp = argv.includes('--insecure-http');
  if (!isLoopback(host) && !tls && !insecureHttp) {
    throw new Error(`Refusing to serve plain HTTP on ${host}: sessions would cross the network in clear text. Set TLS_CERT and TLS_KEY, or pass --insecure-http if a TLS proxy sits in front.`);
  }
  return {
    host, port, tls, insecureHttp,
    dataDir: resolve(env.SHAREGRAPH_DATA_DIR ?? 'data'),
    staticDir: resolve(env.SHAREGRAPH_STATIC_DIR ?? 'dist-server'),
    adminPassword: env.SHAREGRAPH_ADMIN_PASSWORD,
  };
}
