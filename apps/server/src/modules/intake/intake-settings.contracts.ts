import { Type } from 'typebox';
import { ADMISSION_STAGES } from '@infusio/domain/intake';

export const IntakeSettingsSchema = Type.Object(
  {
    responseClock: Type.Object(
      {
        urgentMinutes: Type.Integer({ minimum: 5, maximum: 24 * 60 }),
        standardMinutes: Type.Integer({ minimum: 15, maximum: 7 * 24 * 60 }),
        dueSoonFraction: Type.Number({ minimum: 0.05, maximum: 0.9 }),
      },
      { additionalProperties: false },
    ),
    recentLabDays: Type.Integer({ minimum: 1, maximum: 90 }),
    stageTargetHours: Type.Object(
      Object.fromEntries(
        ADMISSION_STAGES.map((stage) => [
          stage,
          Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 24 * 90 })),
        ]),
      ),
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
