import { addDays, daysBetween, type LocalDate } from '@arus/domain';

import { earlierOf, laterOf } from './calendar';
import type { DemoInvoice, PayerProfile } from './model';
import type { Random } from './random';

/**
 * Decides where a billed invoice stands on `today` from how its customer pays: prompt payers
 * settle before the due date, chronic ones months late or not at all, which is what fills the
 * overdue list and its ageing buckets.
 */
export function settleInvoice(random: Random, today: LocalDate, invoice: DemoInvoice): void {
  const age = daysBetween(invoice.issueDate, today);
  const isFresh = age <= 2 && random.chance(0.6);
  // A few were generated and then forgotten: past due but never sent, which the inbox flags.
  const isForgotten = invoice.dueDate < today && random.chance(0.01);
  if (isFresh || isForgotten) {
    setStatus(invoice, 'GENERATED', invoice.issueDate);
    return;
  }

  const paidOn = paymentDay(random, invoice.order.quote.project.customer.payer, invoice);
  if (paidOn !== null && paidOn <= today) {
    setStatus(invoice, 'COMPLETED', paidOn);
    invoice.completedOn = paidOn;
    return;
  }

  if (age >= 7 && random.chance(0.45)) {
    const acknowledgedOn = addDays(invoice.issueDate, random.int(3, Math.min(age, 20)));
    setStatus(invoice, 'PROCESSING', earlierOf(today, acknowledgedOn));
  } else {
    setStatus(invoice, 'SENT', earlierOf(today, addDays(invoice.issueDate, 1)));
  }
}

function paymentDay(random: Random, payer: PayerProfile, invoice: DemoInvoice): LocalDate | null {
  let delay: number;
  switch (payer) {
    case 'PROMPT':
      delay = random.int(-12, 0);
      break;
    case 'REGULAR':
      delay = random.int(-5, 20);
      break;
    case 'LATE':
      delay = random.int(5, 75);
      break;
    case 'CHRONIC':
      if (random.chance(0.3)) return null;
      delay = random.int(30, 120);
      break;
  }
  return laterOf(addDays(invoice.issueDate, 1), addDays(invoice.dueDate, delay));
}

function setStatus(invoice: DemoInvoice, status: DemoInvoice['status'], on: LocalDate): void {
  invoice.status = status;
  invoice.updatedOn = on;
}
