/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_API?: 'mock' | 'server';
}
