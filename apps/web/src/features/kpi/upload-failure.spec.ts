import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../api/api-error';
import { explainUploadFailure, formatBytes } from './upload-failure';

const file = 'requests.csv';

describe('explainUploadFailure', () => {
  it('says a 413 file is too big, with the limit from the problem detail, and to export a shorter date range', () => {
    const error = ApiError.fromBody(413, 'Payload Too Large', {
      title: 'The file is too large',
      status: 413,
      detail: 'Imports are limited to 4294967296 bytes (RECORDROOM_IMPORT_MAX_BYTES); split the file.',
    });
    const text = explainUploadFailure(error, file);
    expect(text.heading).toBe('The file is too large');
    expect(text.body).toContain('requests.csv is bigger than Recordroom accepts (the limit is 4 GB)');
    expect(text.body).toContain('Export a shorter date range');
  });

  it('prefers a maxBytes member of the 413 problem, and leaves the limit out when nothing gives it', () => {
    expect(explainUploadFailure(ApiError.fromBody(413, '', { title: 'Too large', maxBytes: 1536 * 1024 }), file).body).toContain('(the limit is 1.5 MB)');
    const bare = explainUploadFailure(ApiError.fromBody(413, 'Payload Too Large', null), file).body;
    expect(bare).toContain('bigger than Recordroom accepts. Nothing was imported.');
    expect(bare).not.toContain('limit');
  });

  it('says an upload that lost the connection was interrupted and should be uploaded again', () => {
    const text = explainUploadFailure(ApiError.unreachable(new Error('The upload was interrupted')), file);
    expect(text.heading).toBe('The upload was interrupted');
    expect(text.body).toContain('upload the file again');
  });

  it('says a 415 file must be a CSV export', () => {
    const text = explainUploadFailure(ApiError.fromBody(415, 'Unsupported Media Type', { title: 'Send the file as CSV', detail: 'Content-Type: text/csv' }), file);
    expect(text.heading).toBe('The file must be a CSV export');
    expect(text.body).toContain('CSV file');
  });

  it("shows another 4xx problem's detail, or its title when it has none", () => {
    expect(explainUploadFailure(ApiError.fromBody(403, 'Forbidden', { title: 'Forbidden', detail: 'Only managers may import.' }), file)).toEqual({
      heading: 'requests.csv was not imported',
      body: 'Only managers may import.',
    });
    expect(explainUploadFailure(ApiError.fromBody(400, 'Bad Request', null), file).body).toBe('Bad Request');
  });

  it('gives the generic service message for a 5xx or an unexpected error', () => {
    for (const error of [ApiError.fromBody(503, 'Service Unavailable', { title: 'Down', detail: 'stack trace' }), new TypeError('boom')]) {
      const text = explainUploadFailure(error, file);
      expect(text.heading).toBe('Sorry, there is a problem with the service');
      expect(text.body).toBe('requests.csv was not imported. Try again later.');
    }
  });
});

describe('formatBytes', () => {
  it('reads in the largest whole unit', () => {
    expect(formatBytes(4 * 1024 ** 3)).toBe('4 GB');
    expect(formatBytes(250 * 1024 ** 2)).toBe('250 MB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(800)).toBe('800 bytes');
  });
});

describe('ApiError.fromBody', () => {
  it('keeps every member of the problem as extensions, and falls back to the status line', () => {
    const error = ApiError.fromBody(409, 'Conflict', { title: 'Changed', currentVersion: 3, violations: [] });
    expect(error.title).toBe('Changed');
    expect(error.currentVersion).toBe(3);
    expect(error.extensions).toHaveProperty('violations');
    expect(ApiError.fromBody(502, '', 'not json').title).toBe('HTTP 502');
  });
});
