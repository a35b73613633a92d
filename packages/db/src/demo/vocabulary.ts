import type { DemoUser } from './model';

/** The sign-ins promised in API.md; their password is set by the caller. */
export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'admin', email: 'admin@demo.arus', name: 'Ayu Pratiwi', role: 'ADMIN' },
  { key: 'am1', email: 'am1@demo.arus', name: 'Budi Santoso', role: 'ACCOUNT_MANAGER' },
  { key: 'am2', email: 'am2@demo.arus', name: 'Sari Wulandari', role: 'ACCOUNT_MANAGER' },
  { key: 'sales', email: 'sales@demo.arus', name: 'Andi Kurniawan', role: 'SALES' },
  { key: 'delivery', email: 'delivery@demo.arus', name: 'Rizky Hidayat', role: 'DELIVERY' },
  { key: 'finance', email: 'finance@demo.arus', name: 'Fitri Handayani', role: 'FINANCE' },
];

export const COMPANY = {
  name: 'PT Arus Demo Indonesia',
  timeZone: 'Asia/Jakarta',
  reportingCurrency: 'IDR',
  reminderDays: 7,
} as const;

// Three word lists with no word in common, so every combination reads as a distinct company.
export const INDONESIAN_HEADS = [
  'Sinar',
  'Karya',
  'Mitra',
  'Cahaya',
  'Bintang',
  'Maju',
  'Gemilang',
  'Harapan',
  'Surya',
  'Lintas',
  'Tunas',
  'Bumi',
  'Prima',
  'Mega',
  'Citra',
  'Graha',
  'Samudra',
  'Inti',
  'Sumber',
  'Cipta',
  'Anugerah',
  'Wahana',
  'Kencana',
  'Pelangi',
  'Rajawali',
] as const;

export const INDONESIAN_TRADES = [
  'Teknologi',
  'Digital',
  'Solusi',
  'Media',
  'Kreasi',
  'Logistik',
  'Niaga',
  'Properti',
  'Farma',
  'Energi',
  'Pangan',
  'Retail',
  'Finansial',
  'Edukasi',
  'Informatika',
  'Sistem',
  'Data',
  'Agro',
  'Kargo',
  'Kesehatan',
  'Wisata',
  'Busana',
] as const;

export const INDONESIAN_TAILS = [
  'Nusantara',
  'Indonesia',
  'Mandiri',
  'Sejahtera',
  'Perkasa',
  'Utama',
  'Persada',
  'Lestari',
  'Makmur',
  'Sentral',
  'Global',
  'Raya',
  'Abadi',
  'Sentosa',
] as const;

export const INTERNATIONAL_HEADS = [
  'Harbor',
  'Bluefin',
  'Crescent',
  'Lighthouse',
  'Meridian',
  'Redwood',
  'Summit',
  'Tidewater',
  'Orchid',
  'Lotus',
  'Keystone',
  'Silverline',
  'Copperleaf',
  'Evergreen',
  'Ironbark',
  'Willow',
  'Granite',
  'Pinnacle',
  'Aurora',
  'Saltmarsh',
] as const;

export const INTERNATIONAL_TRADES = [
  'Analytics',
  'Labs',
  'Ventures',
  'Hospitality',
  'Logistics',
  'Health',
  'Studios',
  'Capital',
  'Foods',
  'Robotics',
  'Commerce',
  'Energy',
  'Travel',
  'Learning',
  'Partners',
] as const;

/** Where international customers sit: legal form, time zone and tax id style go together. */
export const INTERNATIONAL_REGIONS = [
  { form: 'Pte Ltd', timeZone: 'Asia/Singapore', taxId: 'UEN' },
  { form: 'Inc', timeZone: 'America/Los_Angeles', taxId: 'EIN' },
  { form: 'Inc', timeZone: 'America/New_York', taxId: 'EIN' },
  { form: 'B.V.', timeZone: 'Europe/Amsterdam', taxId: 'NL_VAT' },
  { form: 'Pty Ltd', timeZone: 'Australia/Sydney', taxId: 'ABN' },
] as const;

export type TaxIdStyle = (typeof INTERNATIONAL_REGIONS)[number]['taxId'] | 'NPWP';

export const PROJECT_TYPES = [
  { name: 'Website redesign', scope: 'New information architecture, design system and CMS.' },
  { name: 'Mobile app', scope: 'iOS and Android app with a shared backend and store release.' },
  { name: 'ERP integration', scope: 'Two-way sync of orders, stock and invoices with the ERP.' },
  { name: 'Brand refresh', scope: 'Logo, visual identity guidelines and launch collateral.' },
  {
    name: 'Data warehouse',
    scope: 'Reporting warehouse, nightly loads and management dashboards.',
  },
  { name: 'HR system rollout', scope: 'Payroll and leave module configuration, data migration.' },
  { name: 'Social media retainer', scope: 'Monthly content calendar, posting and reporting.' },
  { name: 'SEO retainer', scope: 'Technical SEO fixes, monthly content and ranking reports.' },
  { name: 'IT audit', scope: 'Review of infrastructure, access control and backup practice.' },
  { name: 'Cloud migration', scope: 'Move of on-premise servers to managed cloud services.' },
  {
    name: 'E-commerce platform',
    scope: 'Online store with payment gateway and courier integration.',
  },
  { name: 'Customer portal', scope: 'Self-service portal for orders, tickets and documents.' },
  { name: 'Campaign production', scope: 'Concept, video shoot and media plan for one campaign.' },
  { name: 'Annual report design', scope: 'Layout, infographics and print-ready annual report.' },
  { name: 'Payment gateway integration', scope: 'QRIS, virtual accounts and card payments.' },
  { name: 'Inventory app', scope: 'Warehouse stock app with barcode scanning and offline mode.' },
  {
    name: 'Loyalty programme app',
    scope: 'Points, vouchers and member tiers in the existing app.',
  },
  { name: 'Process consulting', scope: 'Current-state review and target operating model.' },
  { name: 'Security assessment', scope: 'Penetration test and remediation plan for public apps.' },
  { name: 'Staff training programme', scope: 'Workshops and e-learning for 120 employees.' },
] as const;

export const REJECTION_REASONS = [
  'PO number missing on the invoice.',
  'Amount does not match the signed quote.',
  'Wrong NPWP on the invoice.',
  'Billing address has changed; please re-issue.',
  'Milestone not yet accepted by the customer.',
  'Invoice addressed to the wrong legal entity.',
  'Tax invoice (faktur pajak) not attached.',
] as const;
