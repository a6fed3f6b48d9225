import { describe, expect, it } from 'vitest';
import { buildUrl } from './apiClient';

describe('buildUrl', () => {
  it('encodes path parameters so ids cannot change the route', () => {
    expect(buildUrl('/connections/:id', { id: '../admin?x=1' })).toBe('/api/v1/connections/..%2Fadmin%3Fx%3D1');
  });
  it('joins multi-value filters and drops empty ones', () => {
    expect(buildUrl('/connections', {}, { platform: ['n8n', 'zapier'], q: '', limit: 5, cursor: undefined })).toBe(
      '/api/v1/connections?platform=n8n%2Czapier&limit=5',
    );
  });
  it('refuses to build a URL with a missing path parameter', () => {
    expect(() => buildUrl('/apps/:id', {})).toThrow('Missing path parameter id');
  });
});
