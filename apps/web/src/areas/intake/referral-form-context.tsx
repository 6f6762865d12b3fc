// The referral form's shared state for its sections: the values, an updater, and each input's
// error (from the form's own checks or the server's field list), cleared as the user edits it.
import { NativeSelect, TextInput, Textarea, type TextInputProps } from '@mantine/core';
import { createContext, useContext } from 'react';
import { checklistFor } from '@infusio/domain/intake';
import type { ReferralForm } from './referral-form-model.ts';
import { fieldId } from './referral-form-validation.ts';

export interface ReferralFormContextValue {
  form: ReferralForm;
  update: (recipe: (form: ReferralForm) => ReferralForm) => void;
  errorOf: (id: string) => string | undefined;
  clearError: (id: string) => void;
}

export const ReferralFormContext = createContext<ReferralFormContextValue | null>(null);

export function useReferralForm(): ReferralFormContextValue {
  const value = useContext(ReferralFormContext);
  if (!value) throw new Error('useReferralForm outside the referral form');
  return value;
}

/** Whether the chosen therapy's checklist asks for an item (to say so beside its input). */
export function useAskedFor(): (checklistItemId: string) => boolean {
  const { form } = useReferralForm();
  const ids = new Set(form.therapy === '' ? [] : checklistFor(form.therapy).map((item) => item.id));
  return (id) => ids.has(id);
}

type Path = (string | number)[];

interface TextFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'id' | 'error'> {
  path: Path;
  value: string;
  onValue: (value: string) => void;
}

/** A text input whose id is its draft path, so server errors find it. */
export function TextField({ path, value, onValue, ...props }: TextFieldProps) {
  const { errorOf, clearError } = useReferralForm();
  const id = fieldId(...path);
  return (
    <TextInput
      {...props}
      id={id}
      value={value}
      error={errorOf(id)}
      onChange={(e) => {
        clearError(id);
        onValue(e.currentTarget.value);
      }}
    />
  );
}

export function TextAreaField({
  path,
  label,
  value,
  onValue,
  description,
}: {
  path: Path;
  label: string;
  value: string;
  onValue: (value: string) => void;
  description?: string;
}) {
  const { errorOf, clearError } = useReferralForm();
  const id = fieldId(...path);
  return (
    <Textarea
      id={id}
      label={label}
      description={description}
      value={value}
      autosize
      minRows={3}
      maxLength={20_000}
      error={errorOf(id)}
      onChange={(e) => {
        clearError(id);
        onValue(e.currentTarget.value);
      }}
    />
  );
}

export function SelectField<V extends string>({
  path,
  label,
  value,
  onValue,
  options,
  required,
  placeholder,
  description,
}: {
  path: Path;
  label: string;
  value: V | '';
  onValue: (value: V | '') => void;
  options: readonly { value: V; label: string }[];
  required?: boolean;
  /** Shown as the first, empty option. */
  placeholder?: string;
  description?: string;
}) {
  const { errorOf, clearError } = useReferralForm();
  const id = fieldId(...path);
  return (
    <NativeSelect
      id={id}
      label={label}
      description={description}
      required={required}
      value={value}
      error={errorOf(id)}
      data={[...(placeholder === undefined ? [] : [{ value: '', label: placeholder }]), ...options]}
      onChange={(e) => {
        clearError(id);
        onValue(e.currentTarget.value as V | '');
      }}
    />
  );
}
