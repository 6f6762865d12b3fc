/**
 * Words that name the vascular access device and the administration method in an order's free
 * text (ServiceRequest.orderDetail/code/note, Dosage.method/text). EHRs have no standard element
 * for either in R4, so intake reads the words clinicians write. DOMAIN.md §3.3 (devices) and §1
 * (pump vs elastomeric vs gravity vs push). ⚠️ keyword list from practice, extend as EHRs show us.
 */
import type { AccessDevice, AdministrationMethod } from '../../intake/referral-draft.ts';

export const ACCESS_DEVICE_WORDS: readonly { pattern: RegExp; device: AccessDevice }[] = [
  { pattern: /\bPICC\b|peripherally inserted central/i, device: 'PICC' },
  { pattern: /\bmidline\b/i, device: 'midline' },
  { pattern: /\btunnel(l)?ed\b|\bhickman\b|\bbroviac\b|\bgroshong\b/i, device: 'tunneled-CVC' },
  {
    pattern: /\bimplanted port\b|\bport-?a-?cath\b|\bportacath\b|\bmediport\b|\bchest port\b/i,
    device: 'port',
  },
  { pattern: /\bperipheral IV\b|\bPIV\b|\bperipheral (intravenous )?catheter\b/i, device: 'PIV' },
];

export const ADMINISTRATION_METHOD_WORDS: readonly {
  pattern: RegExp;
  method: AdministrationMethod;
}[] = [
  { pattern: /\belastomeric\b|\bhomepump\b|\beclipse\b/i, method: 'elastomeric-pump' },
  {
    pattern: /\b(ambulatory|electronic|infusion) pump\b|\bCADD\b|\bcurlin\b|\bsapphire\b/i,
    method: 'electronic-pump',
  },
  { pattern: /\bgravity\b/i, method: 'gravity' },
  { pattern: /\b(IV|slow) push\b/i, method: 'iv-push' },
];

/** PICC tip position confirmed (by X-ray or ECG tip confirmation), in the order's words. */
export const TIP_CONFIRMED =
  /\btip\b[^.]*\b(confirmed|verified)\b|\b(confirmed|verified)\b[^.]*\btip\b/i;
