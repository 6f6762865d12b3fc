import { CLAIM_STATUS_CODES, PRODUCT_QUALIFIER_CODES } from '../codes/remittance-codes.ts';
import { checkCode, requireElement } from '../core/check-code.ts';
import type { TransactionContext } from '../core/envelope.ts';
import { readAddressSegment, readParty, readReference } from '../core/party.ts';
import type { X12Problem } from '../core/problems.ts';
import type { X12Segment } from '../core/segment.ts';
import { element, optionalElement, problemAt } from '../core/segment.ts';
import { readTransactionInfo } from '../core/transaction-info.ts';
import { parseDate8 } from '../core/values.ts';
import { checkRemittanceBalance } from './balance-835.ts';
import {
  readAdjustments,
  readAmount,
  readMoney,
  readN1,
  readProcedure,
  readQuantity,
  readRemittanceDate,
} from './read-remittance-segments.ts';
import type { ClaimPayment, RemittanceAdvice, ServicePayment } from './remittance-types.ts';

type Party = NonNullable<RemittanceAdvice['payer']>;

class RemittanceReader {
  readonly advice: RemittanceAdvice;
  private claim: ClaimPayment | null = null;
  private service: ServicePayment | null = null;
  private party: Party | null = null;

  constructor(
    context: TransactionContext,
    private readonly problems: X12Problem[],
  ) {
    this.advice = {
      transaction: readTransactionInfo(context),
      payment: null,
      trace: null,
      productionDate: null,
      payer: null,
      payee: null,
      claims: [],
      providerAdjustments: [],
      isBalanced: true,
    };
  }

  read(segment: X12Segment): void {
    switch (segment.id) {
      case 'BPR':
        this.readPayment(segment);
        return;
      case 'TRN':
        this.advice.trace ??= {
          number: element(segment, 2),
          originatorId: optionalElement(segment, 3),
        };
        return;
      case 'N1':
        this.readN1(segment);
        return;
      case 'CLP':
        this.readClaim(segment);
        return;
      case 'SVC':
        this.readService(segment);
        return;
      case 'PLB':
        this.readProviderAdjustments(segment);
        return;
      default:
        this.readDetail(segment);
    }
  }

  private readPayment(bpr: X12Segment): void {
    requireElement(bpr, 1, this.problems, 'BPR01 (transaction handling code)');
    const rawDate = optionalElement(bpr, 16);
    const date = rawDate === null ? null : parseDate8(rawDate);
    if (rawDate !== null && date === null) {
      this.problems.push(
        problemAt(
          bpr,
          16,
          'warning',
          'INVALID_VALUE',
          `BPR16 "${rawDate}" is not a date CCYYMMDD; the payment date is left empty.`,
        ),
      );
    }
    this.advice.payment = {
      handling: element(bpr, 1),
      amountCents: readMoney(bpr, 2, this.problems) ?? 0,
      creditDebit: optionalElement(bpr, 3),
      method: optionalElement(bpr, 4),
      date,
    };
  }

  private readN1(n1: X12Segment): void {
    const party: Party = { ...readN1(n1), address: null, references: [] };
    this.party = party;
    if (party.entityCode === 'PR') this.advice.payer ??= party;
    else if (party.entityCode === 'PE') this.advice.payee ??= party;
  }

  private readClaim(clp: X12Segment): void {
    this.service = null;
    this.party = null;
    for (let n = 1; n <= 4; n++) requireElement(clp, n, this.problems, `CLP0${String(n)}`);
    checkCode(CLAIM_STATUS_CODES, clp, 2, this.problems);
    const status = element(clp, 2);
    this.claim = {
      segmentIndex: clp.index,
      patientControlNumber: element(clp, 1),
      status,
      statusMeaning: CLAIM_STATUS_CODES.byCode.get(status)?.meaning ?? null,
      chargeCents: readMoney(clp, 3, this.problems) ?? 0,
      paidCents: readMoney(clp, 4, this.problems) ?? 0,
      patientResponsibilityCents: readMoney(clp, 5, this.problems, false),
      filingIndicator: optionalElement(clp, 6),
      payerClaimControlNumber: optionalElement(clp, 7),
      facilityType: optionalElement(clp, 8),
      frequency: optionalElement(clp, 9),
      patient: null,
      otherParties: [],
      dates: [],
      amounts: [],
      references: [],
      adjustments: [],
      services: [],
      isBalanced: true,
    };
    this.advice.claims.push(this.claim);
  }

  private readService(svc: X12Segment): void {
    if (this.claim === null) {
      this.problems.push(
        problemAt(
          svc,
          null,
          'error',
          'UNEXPECTED_SEGMENT',
          'SVC (service payment) must follow a CLP (claim payment).',
        ),
      );
      return;
    }
    const procedure = readProcedure(svc, 1);
    checkCode(PRODUCT_QUALIFIER_CODES, svc, 1, this.problems, { component: 0 });
    if (procedure === null) {
      this.problems.push(
        problemAt(svc, 1, 'error', 'MISSING_ELEMENT', 'SVC01 (procedure) is required.'),
      );
    }
    this.service = {
      segmentIndex: svc.index,
      procedure: procedure ?? { qualifier: '', code: '', modifiers: [] },
      chargeCents: readMoney(svc, 2, this.problems) ?? 0,
      paidCents: readMoney(svc, 3, this.problems) ?? 0,
      revenueCode: optionalElement(svc, 4),
      units: readQuantity(svc, 5, this.problems),
      originalProcedure: readProcedure(svc, 6),
      dates: [],
      adjustments: [],
      amounts: [],
      remarks: [],
      references: [],
      isBalanced: true,
    };
    this.claim.services.push(this.service);
  }

  private readProviderAdjustments(plb: X12Segment): void {
    this.claim = null;
    this.service = null;
    const fiscal = element(plb, 2);
    for (let n = 3; n <= 13; n += 2) {
      const [reason = '', reference = ''] = element(plb, n).split(plb.separators.component);
      if (reason === '') continue;
      this.advice.providerAdjustments.push({
        segmentIndex: plb.index,
        providerId: element(plb, 1),
        fiscalPeriodEnd: parseDate8(fiscal),
        reason,
        reference: reference === '' ? null : reference,
        amountCents: readMoney(plb, n + 1, this.problems) ?? 0,
      });
    }
  }

  /** Segments that attach to the current service, claim or party. */
  private readDetail(segment: X12Segment): void {
    const target = this.service ?? this.claim;
    switch (segment.id) {
      case 'CAS':
        target?.adjustments.push(...readAdjustments(segment, this.problems));
        return;
      case 'DTM': {
        const date = readRemittanceDate(segment, this.problems);
        if (date === null) return;
        if (target === null) {
          if (date.qualifier === '405') this.advice.productionDate ??= date.date;
        } else target.dates.push(date);
        return;
      }
      case 'AMT':
        target?.amounts.push(readAmount(segment, this.problems));
        return;
      case 'REF':
        (target ?? this.party)?.references.push(readReference(segment));
        return;
      case 'LQ':
        if (element(segment, 1) === 'HE') this.service?.remarks.push(element(segment, 2));
        return;
      case 'NM1':
        this.readClaimParty(segment);
        return;
      case 'N3':
      case 'N4':
        if (this.party !== null)
          this.party.address = readAddressSegment(segment, this.party.address);
        return;
      default:
        return;
    }
  }

  private readClaimParty(nm1: X12Segment): void {
    if (this.claim === null) return;
    const party = readParty(nm1);
    if (party.entityCode === 'QC' && this.claim.patient === null) this.claim.patient = party;
    else this.claim.otherParties.push(party);
  }
}

function requireHeader(
  context: TransactionContext,
  advice: RemittanceAdvice,
  problems: X12Problem[],
): void {
  const { st } = context.transaction;
  const missing: [boolean, string][] = [
    [advice.payment === null, 'BPR (financial information)'],
    [advice.trace === null, 'TRN (check or EFT trace number)'],
    [advice.payer === null, 'N1*PR (payer identification)'],
    [advice.payee === null, 'N1*PE (payee identification)'],
  ];
  for (const [absent, what] of missing) {
    if (absent)
      problems.push(problemAt(st, null, 'error', 'MISSING_SEGMENT', `An 835 requires ${what}.`));
  }
}

/** Reads one 835 transaction set and checks its balancing; problems are appended. */
export function interpretRemittance(
  context: TransactionContext,
  problems: X12Problem[],
): RemittanceAdvice {
  const reader = new RemittanceReader(context, problems);
  for (const segment of context.transaction.body) reader.read(segment);
  requireHeader(context, reader.advice, problems);
  checkRemittanceBalance(reader.advice, context.transaction.body, problems);
  return reader.advice;
}
