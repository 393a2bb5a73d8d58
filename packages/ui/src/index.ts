export { DataTable, type DataTableProps, type TableCaptionSize } from './data-table/data-table.js';
export {
  createDataTableColumnHelper,
  dataTableFeatures,
  type DataTableColumn,
  type DataTableColumnMeta,
  type DataTableFeatures,
} from './data-table/data-table-features.js';
export { Details, type DetailsProps } from './details/details.js';
export { Pagination, type PaginationProps } from './pagination/pagination.js';
export { pageItems, type PageItem } from './pagination/page-items.js';
export { SummaryList, type SummaryListProps, type SummaryListRow } from './summary-list/summary-list.js';
export { Tag, TAG_COLOURS, type TagColour, type TagProps } from './tag/tag.js';
export { KeyFigure, type KeyFigureProps } from './key-figure/key-figure.js';
export { KeyFigureGroup, type KeyFigureGroupProps } from './key-figure/key-figure-group.js';
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from './error-summary/error-summary.js';
export { ErrorMessage, type ErrorMessageProps } from './form/error-message.js';
export { Fieldset, type FieldsetProps } from './form/fieldset.js';
export { TextInput, type InputWidth, type TextInputProps } from './form/text-input.js';
export { Select, type SelectOption, type SelectProps } from './form/select.js';
export { Checkboxes, type CheckboxesProps } from './form/checkboxes.js';
export { Radios, type RadiosProps } from './form/radios.js';
export { choiceId, type ChoiceOption } from './form/choice-option.js';
export { DateInput, type DateInputProps, type DateParts } from './form/date-input.js';
export { NhsukIcon, type NhsukIconName } from './icon/nhsuk-icon.js';
export type { ColumnFiltersState, PaginationState, SortingState } from '@tanstack/react-table';
export { SpcChart, type SpcChartProps } from './spc/spc-chart.js';
export { SpcDataTable, type SpcDataTableProps } from './spc/spc-data-table.js';
export { spcChartSummary } from './spc/spc-chart-summary.js';
export { VariationIcon, type VariationIconProps } from './spc/variation-icon.js';
export { AssuranceIcon, type AssuranceIconProps } from './spc/assurance-icon.js';
export { ASSURANCE_ICON_DESCRIPTIONS, POINT_TYPE_DESCRIPTIONS, VARIATION_ICON_DESCRIPTIONS } from './spc/icon-descriptions.js';
export { SPC_ICON_COLOURS, SPC_LINE_COLOURS, SPC_POINT_COLOURS } from './spc/spc-colours.js';
export { KpiSummaryTable, type KpiSummaryTableProps, type KpiSummaryTableRow } from './kpi-summary/kpi-summary-table.js';
export { Sparkline, type SparklineProps } from './kpi-summary/sparkline.js';
export { formatKpiTick, formatKpiValue, formatPeriod } from './kpi-format/format-kpi-value.js';
export { RotaGrid, RotaGridRow, type RotaGridCell, type RotaGridColumn, type RotaGridDayMarker, type RotaGridProps, type RotaGridRowProps } from './rota/rota-grid.js';
export { useTooltip, type Tooltip, type TooltipOptions } from './tooltip/use-tooltip.js';
export { SHIFT_CHIP_TONES, ShiftChip, type ShiftChipBreach, type ShiftChipProps } from './rota/shift-chip.js';
export { GapHeatmap, HEAT_LEVELS, type GapHeatmapProps, type HeatLevel, type HeatmapCell, type HeatmapColumn, type HeatmapRow } from './rota/gap-heatmap.js';
