import { describe, expect, it } from 'vitest';
import { uploadProgress } from '../../../src/renderer/src/pages/import/upload-progress';

describe('a staged file’s upload progress', () => {
  it('tells the share sent of the whole file, in whole percents', () => {
    expect(uploadProgress({ phase: 'uploading', sentBytes: 43_392_823, byteLength: 96_430_719 })).toEqual({ share: 43_392_823 / 96_430_719, text: '44% of 96.4 MB sent' });
    expect(uploadProgress({ phase: 'uploading', sentBytes: 96_430_719, byteLength: 96_430_719 })?.text).toBe('100% of 96.4 MB sent');
  });

  it('tells nothing before the browser has, nor once the file is uploaded', () => {
    expect(uploadProgress({ phase: 'uploading', byteLength: 96_430_719 })).toBeNull();
    expect(uploadProgress({ phase: 'checking', sentBytes: 96_430_719, byteLength: 96_430_719 })).toBeNull();
    expect(uploadProgress({ phase: 'uploading', sentBytes: 0, byteLength: 0 })).toBeNull();
  });
});
