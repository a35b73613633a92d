export { ActionButtons } from './ActionButtons';
export { ErrorState } from './ErrorState';
export { LanguageSwitch } from './LanguageSwitch';
export { LoadingState } from './LoadingState';
export { LocalDate } from './LocalDate';
export { Money } from './Money';
export { FormDialog } from './FormDialog';
export { RefusalAlert } from './RefusalAlert';
