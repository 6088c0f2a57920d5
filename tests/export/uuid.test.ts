import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sha1 } from '../../src/core/export/odps/sha1';
import { URL_NAMESPACE, utf8Bytes, uuidV5 } from '../../src/core/export/odps/uuid';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const hex = (bytes: readonly number[]) => bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');

describe('SHA-1 in pure TypeScript', () => {
  test('the FIPS 180 test vectors', () => {
    expect(hex(sha1(utf8Bytes('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1([]))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(utf8Bytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  test('agrees with Node for any text, across block boundaries', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        expect(hex(sha1(utf8Bytes(text)))).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 100 },
    );
  }, 20_000);
});

describe('UUID v5', () => {
  test('the well-known example and Node-independent shape', () => {
    expect(uuidV5('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('http://python.org/', URL_NAMESPACE)).toBe('4c565f0d-3f5a-5890-b41b-20cf47701c5e');
  });

  test('same name → same id; another name → another id', () => {
    expect(uuidV5('board item 1', URL_NAMESPACE)).toBe(uuidV5('board item 1', URL_NAMESPACE));
    expect(uuidV5('board item 1', URL_NAMESPACE)).not.toBe(uuidV5('board item 2', URL_NAMESPACE));
    expect(uuidV5('board item 1', URL_NAMESPACE)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
