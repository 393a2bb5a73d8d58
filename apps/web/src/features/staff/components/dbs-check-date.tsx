import { Tag } from '@recordroom/ui';
import { formatShortDate } from '../../../format/format-date';

/** The date of the last DBS check, or a tag saying there is none on file. */
export function DbsCheckDate({ date }: { date: string | null }) {
  if (date === null) return <Tag colour="red">None on file</Tag>;
  return <>{formatShortDate(date)}</>;
}
