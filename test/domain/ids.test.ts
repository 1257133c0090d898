import { describe, expect, it } from 'vitest';
import { entityId, releaseId, statementKey } from '../../src/domain/ids.js';

describe('entity ids across releases', () => {
  it('gives one id to the same name in any case, umlaut spelling or punctuation', () => {
    expect(entityId('Person', 'Anja Ahlerding')).toBe('per:anja-ahlerding');
    expect(entityId('Person', 'ANJA  AHLERDING')).toBe('per:anja-ahlerding');
    expect(entityId('Person', 'Jörg Weiß-Müller')).toBe(entityId('Person', 'Joerg Weiss Mueller'));
    expect(entityId('Person', 'Jo\u0308rg')).toBe(entityId('Person', 'Jörg'));
  });

  it('merges organisation variants that differ only by a legal form', () => {
    expect(entityId('Organisation', 'MeißelArbeit kAöR')).toBe(entityId('Organisation', 'MeißelArbeit'));
    expect(entityId('Organisation', 'Stadtwerke Syke GmbH')).toBe('org:stadtwerke-syke');
    expect(entityId('Organisation', 'Tafel Diepholz e.V.')).toBe('org:tafel-diepholz');
    expect(entityId('Organisation', 'Tennford plc')).toBe('org:tennford');
    // Only organisations, and only a trailing legal form.
    expect(entityId('Person', 'Anna Ag')).toBe('per:anna-ag');
    expect(entityId('Organisation', 'AG Wohnen Syke')).toBe('org:ag-wohnen-syke');
  });

  it('keeps different types apart', () => {
    expect(entityId('Organisation', 'Landkreis Osnabrück')).not.toBe(entityId('Place', 'Landkreis Osnabrück'));
  });

  it('derives release ids from the text and statement keys from what a fact says', () => {
    expect(releaseId('a')).toBe(releaseId('a'));
    expect(releaseId('a')).not.toBe(releaseId('b'));
    const fact = { type: 'VISITED', from: 'per:a', to: 'org:b', evidence: { sentence: 'A besuchte B.' } };
    expect(statementKey(fact)).toBe(statementKey({ ...fact }));
    expect(statementKey(fact)).not.toBe(statementKey({ ...fact, to: 'org:c' }));
  });
});
