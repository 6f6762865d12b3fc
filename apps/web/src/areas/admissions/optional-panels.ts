// Panels other areas build for the admission page, picked up when their file exists so this page
// never fails to build while they are still being written.
import type { ComponentType } from 'react';

type PanelModule = Partial<Record<string, ComponentType<{ admissionId: string }>>>;

const financial = Object.values(
  import.meta.glob<PanelModule>('../financial/admission-financial-panel.tsx', { eager: true }),
)[0];

/** The financial review (benefit routing, the estimate and its acknowledgement, assistance). */
export const AdmissionFinancialPanel: ComponentType<{ admissionId: string }> | undefined =
  financial?.AdmissionFinancialPanel ?? financial?.default;
