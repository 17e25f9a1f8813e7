/**
 * The State Council notices shipped with the library (generated from data/holiday-cn), decoded once
 * on first use. Shared by the China calendar and by the reader of notices, which applies an amending
 * notice to the shipped schedule of its year.
 */
import { CN_NOTICES } from './cn-schedule.generated.js';
import { decodeNotice } from './cn-schedule-codec.js';
import type { Notice } from './holiday-cn.js';

let decoded: Notice[] | undefined;

/** The shipped notices, one per year, in year order. */
export function shippedNotices(): Notice[] {
  decoded ??= CN_NOTICES.map((compact) => decodeNotice(compact, `shipped ${compact.year} notice`));
  return decoded;
}

/** The shipped notice of a year, if the library ships one. */
export function shippedNotice(year: number): Notice | undefined {
  return shippedNotices().find((notice) => notice.year === year && notice.days.length > 0);
}
