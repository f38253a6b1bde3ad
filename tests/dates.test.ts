// How dates read on the site and in feeds (date-fns, in UTC, whatever the machine's zone).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rfc3339, utcClock, utcDay } from '../src/dates/utc.ts';
import {
  dayOfMonth,
  daysInMonth,
  entryTimestamp,
  formatDate,
  formatDayHeading,
  formatShortDate,
  monthName,
  weekday,
} from '../src/render/dates.ts';
import { toInstant } from '../src/parse/parsePostHeading.ts';

test('dates read to their precision', () => {
  assert.equal(formatDate('2025-04-04'), '4 April 2025');
  assert.equal(formatDate('2025-04'), 'April 2025');
  assert.equal(formatDate('2025'), '2025');
  assert.equal(formatDayHeading('2025-04-04'), 'Friday 4 April 2025');
  assert.equal(formatDayHeading('2025-09'), 'September 2025');
  assert.equal(formatShortDate('2025-09-01'), '1 Sep');
  assert.equal(formatShortDate('2025-09'), 'Sep 2025');
  assert.equal(formatDate('2024-02-29'), '29 February 2024');
  assert.equal(monthName(12), 'December');
  assert.equal(monthName(13), '');
  assert.equal(weekday('2025-04-06'), 0);
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(2025, 2), 28);
  assert.equal(dayOfMonth('2025-04', 4), '2025-04-04');
});

test('instants are written one way: RFC 3339 in UTC, to the second', () => {
  assert.equal(rfc3339(Date.UTC(2025, 3, 4, 15, 50, 0, 123)), '2025-04-04T15:50:00Z');
  assert.equal(utcDay(Date.UTC(2025, 3, 4, 23, 59)), '2025-04-04');
  assert.equal(utcClock(Date.UTC(2025, 3, 4, 9, 5)), '09:05');
  assert.equal(entryTimestamp({ date: '2025-04', instant: null }), '2025-04-01T00:00:00Z');
  assert.equal(entryTimestamp({ date: '2025-04-04', instant: '2025-04-04T15:50:00Z' }), '2025-04-04T15:50:00Z');
  assert.equal(toInstant('2025-04-04', '16:50', '+01:00'), '2025-04-04T15:50:00Z');
  assert.equal(toInstant('2025-04-04', '16:50', 'Europe/London'), '2025-04-04T15:50:00Z');
});
