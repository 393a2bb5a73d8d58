import { TextInput } from '@recordroom/ui';

interface ChangeReasonProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** Once a rota is published, staff rely on it: every change records why (the API requires it). */
export function ChangeReason({ id, value, onChange, error }: ChangeReasonProps) {
  return (
    <TextInput
      id={id}
      label="Reason for the change"
      hint="This rota is published, so staff may already have planned around it. The reason is kept in the audit trail."
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

export const REASON_MISSING = 'Enter a reason for changing a published rota';
