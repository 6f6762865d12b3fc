// The work areas of the application as data: who sees each (from the same policy table the server
// enforces) and where it lives. An area whose page file exists (areas/registry.ts) shows it; the
// others show a description of what will live there, so every role sees the shape of its work.
import {
  IconAddressBook,
  IconAdjustmentsDollar,
  IconBuildingHospital,
  IconCalendarEvent,
  IconChartBar,
  IconClipboardList,
  IconListCheck,
  IconFileInvoice,
  IconFlask,
  IconHeartHandshake,
  IconHome,
  IconInbox,
  IconShieldCheck,
  IconShieldLock,
  IconStethoscope,
  IconTruckDelivery,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { canPerform, type Role } from '@infusio/domain/access';

export interface Area {
  id: string;
  path: string;
  icon: Icon;
  isVisibleTo(roles: readonly Role[]): boolean;
}

const has =
  (...wanted: Role[]) =>
  (roles: readonly Role[]) =>
    roles.some((r) => wanted.includes(r));

export const AREAS: readonly Area[] = [
  { id: 'home', path: '/', icon: IconHome, isVisibleTo: () => true },
  {
    id: 'myCare',
    path: '/my-care',
    icon: IconHeartHandshake,
    isVisibleTo: has('patient', 'caregiver'),
  },
  {
    id: 'patients',
    path: '/patients',
    icon: IconAddressBook,
    isVisibleTo: (r) => canPerform(r, 'patient', 'read') && !has('patient', 'caregiver')(r),
  },
  {
    id: 'workQueue',
    path: '/queue',
    icon: IconListCheck,
    isVisibleTo: (r) => canPerform(r, 'work-queue', 'read'),
  },
  {
    id: 'intakeQueue',
    path: '/intake',
    icon: IconClipboardList,
    isVisibleTo: (r) => canPerform(r, 'referral', 'create') && !has('physician')(r),
  },
  {
    id: 'inquiries',
    path: '/inquiries',
    icon: IconInbox,
    isVisibleTo: (r) => canPerform(r, 'inquiry', 'update'),
  },
  {
    id: 'myReferrals',
    path: '/my-referrals',
    icon: IconStethoscope,
    isVisibleTo: has('physician'),
  },
  {
    id: 'coverage',
    path: '/coverage',
    icon: IconShieldCheck,
    isVisibleTo: (r) => canPerform(r, 'authorization', 'create'),
  },
  {
    id: 'pharmacy',
    path: '/pharmacy',
    icon: IconFlask,
    isVisibleTo: has('pharmacist'),
  },
  {
    id: 'scheduling',
    path: '/scheduling',
    icon: IconCalendarEvent,
    isVisibleTo: has('scheduler'),
  },
  {
    id: 'deliveries',
    path: '/deliveries',
    icon: IconTruckDelivery,
    isVisibleTo: has('scheduler', 'pharmacist'),
  },
  {
    id: 'visits',
    path: '/visits',
    icon: IconBuildingHospital,
    isVisibleTo: has('nurse'),
  },
  {
    id: 'billing',
    path: '/billing',
    icon: IconFileInvoice,
    isVisibleTo: has('billing'),
  },
  {
    id: 'myBills',
    path: '/my-bills',
    icon: IconFileInvoice,
    isVisibleTo: has('patient', 'caregiver'),
  },
  {
    id: 'dashboard',
    path: '/dashboard',
    icon: IconChartBar,
    isVisibleTo: (r) => canPerform(r, 'dashboard', 'read'),
  },
  {
    id: 'users',
    path: '/admin/users',
    icon: IconUsersGroup,
    isVisibleTo: (r) => canPerform(r, 'user', 'create'),
  },
  {
    id: 'audit',
    path: '/admin/audit',
    icon: IconShieldLock,
    isVisibleTo: (r) => canPerform(r, 'audit-log', 'read'),
  },
  {
    id: 'assistanceSettings',
    path: '/admin/assistance-settings',
    icon: IconAdjustmentsDollar,
    isVisibleTo: (r) => canPerform(r, 'configuration', 'update'),
  },
];

export function areasFor(roles: readonly Role[]): Area[] {
  return AREAS.filter((area) => area.isVisibleTo(roles));
}
