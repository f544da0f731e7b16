import { describe, expect, it } from 'vitest';
import { CONTACT_HOWS, contactHow, modeAndDelivery } from './words';

describe('contact how', () => {
  it('goes to the API’s mode and delivery and back for every choice', () => {
    for (const how of CONTACT_HOWS) {
      const { mode, delivery } = modeAndDelivery(how);
      expect(contactHow(mode, delivery)).toBe(how);
      expect(delivery === null).toBe(mode !== 'meeting');
    }
  });
});
