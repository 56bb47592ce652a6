import type { StaffRole } from '../../core/staff/staff-input';

/** What each role may do, in a line, for the forms that hand out roles. */
export const ROLE_TEXT: Record<StaffRole, string> = {
  admin: 'Administrator: everything, and manages users',
  consultant: 'Quality consultant: contracts, goals, rounds and reports',
  leader: 'Unit leader: their unit and everything below it',
  viewer: 'Viewer (council, MED committee): reads, changes nothing',
};
