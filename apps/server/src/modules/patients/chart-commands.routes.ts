// The chart's commands over HTTP: demographics, contacts, caregivers, allergies, diagnoses and
// home medicines. Each names the policy that admits it; the command then checks the caller's scope
// on this patient (403 when they may see but not change it, 404 when not theirs to know of).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { addAllergy } from './add-allergy.ts';
import { addCaregiver } from './add-caregiver.ts';
import { addContact } from './add-contact.ts';
import { addDiagnosis } from './add-diagnosis.ts';
import { addMedication } from './add-medication.ts';
import {
  AllergySchema,
  CaregiverSchema,
  ContactSchema,
  DiagnosisSchema,
  MedicationSchema,
} from './chart.contracts.ts';
import {
  AddAllergyRequestSchema,
  AddContactRequestSchema,
  AddDiagnosisRequestSchema,
  AddMedicationRequestSchema,
  AllergyParamsSchema,
  CaregiverParamsSchema,
  CaregiverRequestSchema,
  ContactParamsSchema,
  DiagnosisParamsSchema,
  MarkAllergyInactiveRequestSchema,
  MedicationParamsSchema,
  UpdateDemographicsRequestSchema,
} from './chart-commands.contracts.ts';
import type { CommandBase } from './chart-command.ts';
import { deactivateCaregiver } from './deactivate-caregiver.ts';
import { markAllergyInactive } from './mark-allergy-inactive.ts';
import { PatientDetailSchema, PatientIdParamsSchema } from './patients.contracts.ts';
import { removeContact } from './remove-contact.ts';
import { resolveDiagnosis } from './resolve-diagnosis.ts';
import { stopMedication } from './stop-medication.ts';
import { updateCaregiver } from './update-caregiver.ts';
import { updateDemographics } from './update-demographics.ts';

const TAGS = ['patients'];

export function chartCommandRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const base = (request: FastifyRequest, patientId: string): CommandBase => {
    const access = requireAccess(request);
    return { ctx, access, auditActor: auditActorOf(access, request), patientId };
  };

  return async (app) => {
    app.put(
      '/api/patients/:id/demographics',
      {
        config: { policy: { resource: 'patient', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Replace the patient’s demographics',
          description:
            'Every field is checked (USPS state, ZIP, 10-digit phones, e-mail, birth date not in the future, a known language tag); all problems come back at once. `ifUpdatedAt` is the updatedAt the form was loaded with: 409 when someone saved in between.',
          params: PatientIdParamsSchema,
          body: UpdateDemographicsRequestSchema,
          response: withProblems({ 200: PatientDetailSchema }, [404, 409]),
        },
      },
      async (request) => updateDemographics(base(request, request.params.id), request.body),
    );

    app.post(
      '/api/patients/:id/contacts',
      {
        config: { policy: { resource: 'patient', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Add a contact (emergency contact, legal representative)',
          params: PatientIdParamsSchema,
          body: AddContactRequestSchema,
          response: withProblems({ 201: ContactSchema }, [404]),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await addContact(base(request, request.params.id), request.body)),
    );

    app.post(
      '/api/patients/:id/contacts/:contactId/remove',
      {
        config: { policy: { resource: 'patient', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Remove a contact (the history keeps who they were)',
          params: ContactParamsSchema,
          response: withProblems({ 204: Type.Null() }, [404]),
        },
      },
      async (request, reply) => {
        await removeContact(base(request, request.params.id), request.params.contactId);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/patients/:id/caregivers',
      {
        config: { policy: { resource: 'caregiver', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'Add a family caregiver with what she may see and do',
          description:
            'permissions: view-schedule, view-clinical, view-billing, record-care, message. With portalUsername (a caregiver account) her portal access gets the same permissions.',
          params: PatientIdParamsSchema,
          body: CaregiverRequestSchema,
          response: withProblems({ 201: CaregiverSchema }, [404]),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await addCaregiver(base(request, request.params.id), request.body)),
    );

    app.put(
      '/api/patients/:id/caregivers/:caregiverId',
      {
        config: { policy: { resource: 'caregiver', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Change a caregiver’s details, permissions or portal account',
          params: CaregiverParamsSchema,
          body: CaregiverRequestSchema,
          response: withProblems({ 200: CaregiverSchema }, [404, 409]),
        },
      },
      async (request) =>
        updateCaregiver(base(request, request.params.id), request.params.caregiverId, request.body),
    );

    app.post(
      '/api/patients/:id/caregivers/:caregiverId/deactivate',
      {
        config: { policy: { resource: 'caregiver', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Deactivate a caregiver; her portal access ends now',
          params: CaregiverParamsSchema,
          response: withProblems({ 200: CaregiverSchema }, [404, 409]),
        },
      },
      async (request) =>
        deactivateCaregiver(base(request, request.params.id), request.params.caregiverId),
    );

    app.post(
      '/api/patients/:id/allergies',
      {
        config: { policy: { resource: 'patient-clinical', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'Record an allergy, or NKDA (no known drug allergies)',
          params: PatientIdParamsSchema,
          body: AddAllergyRequestSchema,
          response: withProblems({ 201: AllergySchema }, [404, 409, 422]),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await addAllergy(base(request, request.params.id), request.body)),
    );

    app.post(
      '/api/patients/:id/allergies/:allergyId/mark-inactive',
      {
        config: { policy: { resource: 'patient-clinical', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Mark an allergy inactive or entered in error',
          params: AllergyParamsSchema,
          body: MarkAllergyInactiveRequestSchema,
          response: withProblems({ 200: AllergySchema }, [404, 409]),
        },
      },
      async (request) =>
        markAllergyInactive(
          base(request, request.params.id),
          request.params.allergyId,
          request.body,
        ),
    );

    app.post(
      '/api/patients/:id/diagnoses',
      {
        config: { policy: { resource: 'patient-clinical', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'Add an ICD-10-CM diagnosis',
          params: PatientIdParamsSchema,
          body: AddDiagnosisRequestSchema,
          response: withProblems({ 201: DiagnosisSchema }, [404, 409]),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await addDiagnosis(base(request, request.params.id), request.body)),
    );

    app.post(
      '/api/patients/:id/diagnoses/:diagnosisId/resolve',
      {
        config: { policy: { resource: 'patient-clinical', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Mark a diagnosis resolved',
          params: DiagnosisParamsSchema,
          response: withProblems({ 200: DiagnosisSchema }, [404, 409]),
        },
      },
      async (request) =>
        resolveDiagnosis(base(request, request.params.id), request.params.diagnosisId),
    );

    app.post(
      '/api/patients/:id/medications',
      {
        config: { policy: { resource: 'patient-clinical', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'Add a home medicine (the patient’s own)',
          params: PatientIdParamsSchema,
          body: AddMedicationRequestSchema,
          response: withProblems({ 201: MedicationSchema }, [404]),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await addMedication(base(request, request.params.id), request.body)),
    );

    app.post(
      '/api/patients/:id/medications/:medicationId/stop',
      {
        config: { policy: { resource: 'patient-clinical', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Stop a home medicine today',
          params: MedicationParamsSchema,
          response: withProblems({ 200: MedicationSchema }, [404, 409, 422]),
        },
      },
      async (request) =>
        stopMedication(base(request, request.params.id), request.params.medicationId),
    );
  };
}
