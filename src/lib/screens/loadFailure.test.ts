import { describe, expect, it } from 'vitest';
import { DatasetError } from '../data/loadDataset.ts';
import { describeLoadFailure } from './loadFailure.ts';

describe('describeLoadFailure', () => {
  it('names the file and the reason of a DatasetError', () => {
    expect(describeLoadFailure(new DatasetError('practices.json', 'HTTP 503'))).toEqual({
      file: 'practices.json',
      reason: 'HTTP 503',
    });
  });

  it('has no file to name for any other error, only its message', () => {
    expect(describeLoadFailure(new TypeError('boom'))).toEqual({ file: '—', reason: 'boom' });
    expect(describeLoadFailure('refused')).toEqual({ file: '—', reason: 'refused' });
  });
});
