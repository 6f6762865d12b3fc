// A request for care from the public form: stored as a new inquiry in the intake queue of the
// branch that serves the family, with an anonymous audit entry. The honeypot case never gets here.
import type { AppContext } from '../../platform/app-context.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { inquiries } from '../intake/intake.tables.ts';
import { chooseInquiryBranch } from './choose-inquiry-branch.ts';
import type { SubmitInquiryRequest } from './inquiries.contracts.ts';
import { formatPhone } from './inquiry-values.ts';

function optional(value: string | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed.length > 0 ? trimmed : null;
}

export async function submitInquiry(
  ctx: AppContext,
  actor: AuditActor,
  request: SubmitInquiryRequest,
): Promise<{ id: string; receivedAt: Date }> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const branchId = await chooseInquiryBranch(tx, request.postalCode);
    const [row] = await tx
      .insert(inquiries)
      .values({
        branchId,
        requesterName: request.requesterName.trim(),
        requesterRelationship: request.requesterRelationship,
        patientName: request.patientName.trim(),
        phone: formatPhone(request.phone),
        email: optional(request.email),
        preferredLanguage: request.preferredLanguage,
        postalCode: optional(request.postalCode),
        therapyDescription: request.therapyDescription.trim(),
        prescriberName: optional(request.prescriberName),
        message: optional(request.message),
        status: 'new',
        receivedAt: now,
      })
      .returning({ id: inquiries.id });
    if (!row) throw new Error('inquiry insert returned no row');
    await recordAudit(
      tx,
      actor,
      [
        {
          action: 'create',
          resourceType: 'inquiry',
          resourceId: row.id,
          details: { channel: 'public-form', branchId },
        },
      ],
      now,
    );
    return { id: row.id, receivedAt: now };
  });
}
