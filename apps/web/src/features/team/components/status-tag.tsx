import { Tag } from '@recordroom/ui';
import { STATUS_WORDS } from '../team-vocabulary';

export function StatusTag({ status }: { status: string }) {
  const words = STATUS_WORDS[status] ?? { text: status, colour: 'grey' as const };
  return <Tag colour={words.colour}>{words.text}</Tag>;
}
