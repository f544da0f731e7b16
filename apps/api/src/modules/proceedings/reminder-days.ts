import type { OrganizationSettings } from '../identity/organization.entity';

/** Days ahead a deadline is reminded when the organization sets nothing. */
export const DEFAULT_REMINDER_DAYS = 3;

/**
 * The organization's reminder window in days (0 to 60). A saved value outside that range (set by
 * hand in the database) falls back to the default rather than silencing or flooding reminders.
 */
export function reminderDaysOf(settings: OrganizationSettings | null | undefined): number {
  const setting: unknown = settings?.deadlineReminderDays;
  return typeof setting === 'number' && Number.isInteger(setting) && setting >= 0 && setting <= 60
    ? setting
    : DEFAULT_REMINDER_DAYS;
}
