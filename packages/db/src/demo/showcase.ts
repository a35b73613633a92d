import { addDays, type LocalDate } from '@arus/domain';

import {
  uncoded,
  type DemoCustomer,
  type DemoInvoice,
  type DemoOrder,
  type DemoProject,
  type DemoQuote,
} from './model';

/**
 * The showcase account: written by hand, first in every series, so that the README tour and the
 * end-to-end tests can name it. Change a value here only together with those tests.
 *
 * With T = `today`, and T on or after 17 March (so that T-75 falls in the same year, Y):
 *
 *   Customer  CUS-000001  "PT Nusantara Digital Kreatif", IDR, Asia/Jakarta, owner am1@demo.arus,
 *                         tax id 01.234.567.8-901.000, finance@nusantaradigitalkreatif.example,
 *                         created T-80, payment terms 30 days
 *   Project   PRJ-Y-0001   "Website redesign", created T-75, deadline T+30, not delivered,
 *                         budget 150,000,000.00, delivery cost 67,500,000.00
 *   Quote     QUO-Y-00001  ACCEPTED 150,000,000.00, created T-70, valid until T-40, decided T-60
 *   Quote     QUO-Y-00002  DECLINED  40,000,000.00, created T-30, valid until T,    decided T-20
 *   Order     SO-Y-00001   IN_PROGRESS, progress 60, total 150,000,000.00, deadline T+30,
 *                         created T-60; billed 105,000,000.00, unbilled 45,000,000.00
 *   Invoice   INV-Y-00001  COMPLETED 45,000,000.00 (30% deposit), issued T-58, due T-28,
 *                         completed T-35
 *   Invoice   INV-Y-00002  SENT 60,000,000.00 (40% milestone), issued T-40, due T-10:
 *                         overdue by 10 days
 *
 * Earlier in the year a code is still "first of its series in the year of its date": a row
 * dated in the previous year takes number 1 of that year instead.
 */
export interface Showcase {
  customer: DemoCustomer;
  project: DemoProject;
  quotes: DemoQuote[];
  order: DemoOrder;
  invoices: DemoInvoice[];
}

const IDR = (rupiah: number) => BigInt(rupiah) * 100n;

export function buildShowcase(today: LocalDate): Showcase {
  const day = (offset: number) => addDays(today, offset);
  const customer: DemoCustomer = {
    ...uncoded(true),
    name: 'PT Nusantara Digital Kreatif',
    taxId: '01.234.567.8-901.000',
    email: 'finance@nusantaradigitalkreatif.example',
    currency: 'IDR',
    timeZone: 'Asia/Jakarta',
    owner: 'am1',
    createdOn: day(-80),
    paymentTermDays: 30,
    payer: 'REGULAR',
  };
  const project: DemoProject = {
    ...uncoded(true),
    customer,
    name: 'Website redesign',
    scopeNote: 'Corporate website on a headless CMS, in Bahasa Indonesia and English.',
    createdOn: day(-75),
    deadline: day(30),
    deliveredOn: null,
    budget: IDR(150_000_000),
    deliveryCost: IDR(67_500_000),
  };
  const accepted: DemoQuote = {
    ...uncoded(true),
    project,
    status: 'ACCEPTED',
    total: IDR(150_000_000),
    createdOn: day(-70),
    validUntil: day(-40),
    decidedOn: day(-60),
  };
  const declined: DemoQuote = {
    ...uncoded(true),
    project,
    status: 'DECLINED',
    total: IDR(40_000_000),
    createdOn: day(-30),
    validUntil: today,
    decidedOn: day(-20),
  };
  const order: DemoOrder = {
    ...uncoded(true),
    quote: accepted,
    status: 'IN_PROGRESS',
    progress: 60,
    createdOn: day(-60),
    deadline: project.deadline,
    billingEndsOn: today,
  };
  const deposit: DemoInvoice = {
    ...uncoded(true),
    order,
    status: 'COMPLETED',
    amount: IDR(45_000_000),
    issueDate: day(-58),
    dueDate: day(-28),
    completedOn: day(-35),
    rejectionReason: null,
    reissueOf: null,
    updatedOn: day(-35),
  };
  const milestone: DemoInvoice = {
    ...uncoded(true),
    order,
    status: 'SENT',
    amount: IDR(60_000_000),
    issueDate: day(-40),
    dueDate: day(-10),
    completedOn: null,
    rejectionReason: null,
    reissueOf: null,
    updatedOn: day(-40),
  };
  return { customer, project, quotes: [accepted, declined], order, invoices: [deposit, milestone] };
}
