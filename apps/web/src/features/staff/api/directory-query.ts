import { STAFF_SORTS, type SortOrder, type StaffSort } from '@recordroom/contracts';
import { isAfcBand, isContractType, isSkill } from '../staff-vocabulary';

/** Everything that decides which page of the staff directory is shown; kept in the address bar. */
export interface DirectoryQuery {
  page: number;
  pageSize: number;
  sort: StaffSort;
  order: SortOrder;
  search: string;
  band: string;
  teamId: string;
  contractType: string;
  skill: string;
}

export type DirectoryFilters = Pick<DirectoryQuery, 'search' | 'band' | 'teamId' | 'contractType' | 'skill'>;

const PAGE_SIZES = [25, 50, 100] as const;

export const DEFAULT_DIRECTORY_QUERY: DirectoryQuery = {
  page: 1,
  pageSize: 25,
  sort: 'lastName',
  order: 'asc',
  search: '',
  band: '',
  teamId: '',
  contractType: '',
  skill: '',
};

function positiveInteger(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= 1 ? number : null;
}

/** Reads the directory query from the address, ignoring anything malformed (a hand-edited or old link). */
export function parseDirectoryQuery(params: URLSearchParams): DirectoryQuery {
  const sort = params.get('sort') ?? '';
  const pageSize = positiveInteger(params.get('pageSize'));
  const band = params.get('band') ?? '';
  const contractType = params.get('contractType') ?? '';
  const skill = params.get('skill') ?? '';
  return {
    page: positiveInteger(params.get('page')) ?? DEFAULT_DIRECTORY_QUERY.page,
    pageSize: pageSize !== null && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_DIRECTORY_QUERY.pageSize,
    sort: (STAFF_SORTS as readonly string[]).includes(sort) ? (sort as StaffSort) : DEFAULT_DIRECTORY_QUERY.sort,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    search: (params.get('search') ?? '').trim(),
    band: isAfcBand(band) ? band : '',
    teamId: params.get('teamId') ?? '',
    contractType: isContractType(contractType) ? contractType : '',
    skill: isSkill(skill) ? skill : '',
  };
}

/** The address query for a directory query, leaving out defaults so links stay short. */
export function directoryQueryToParams(query: DirectoryQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_DIRECTORY_QUERY) as (keyof DirectoryQuery)[]) {
    if (query[key] !== DEFAULT_DIRECTORY_QUERY[key]) params.set(key, String(query[key]));
  }
  return params;
}

export function hasFilters(query: DirectoryQuery): boolean {
  return query.search !== '' || query.band !== '' || query.teamId !== '' || query.contractType !== '' || query.skill !== '';
}
