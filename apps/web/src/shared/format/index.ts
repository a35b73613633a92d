export { formatDate } from './formatDate';
export { formatMoney } from './formatMoney';
export { formatPercent } from './formatPercent';
export { minorUnitsOf } from './minorUnits';
export { formatDateTime } from './formatDateTime';
