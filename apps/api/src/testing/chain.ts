import type { TestApp } from './test-app';

/** Builds an account's quote-to-cash chain through the public API, as a client would. */
export function chainBuilder(app: TestApp, token: string) {
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await app.graphql<T>(query, variables, { token });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };

  return {
    call,
    async customer(input: {
      name: string;
      accountManagerId: string;
      currency?: string;
      timeZone?: string;
    }) {
      const data = await call<{ createCustomer: { customer: { id: string; code: string } } }>(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id code } } }',
        { input: { currency: 'IDR', timeZone: 'Asia/Jakarta', ...input } },
      );
      return data.createCustomer.customer;
    },
    async project(customerId: string, deadline: string, name = 'Website') {
      const data = await call<{ createProject: { project: { id: string; code: string } } }>(
        'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id code } } }',
        { input: { customerId, name, deadline } },
      );
      return data.createProject.project;
    },
    async quote(projectId: string, total: string, validUntil: string, asDraft = false) {
      const data = await call<{ createQuote: { quote: { id: string; code: string } } }>(
        'mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { quote { id code } } }',
        { input: { projectId, total, validUntil, asDraft } },
      );
      return data.createQuote.quote;
    },
    async accept(quoteId: string) {
      const data = await call<{ acceptQuote: { salesOrder: { id: string; code: string } } }>(
        'mutation ($id: ID!) { acceptQuote(id: $id) { salesOrder { id code } } }',
        { id: quoteId },
      );
      return data.acceptQuote.salesOrder;
    },
    async invoice(salesOrderId: string, amount: string, dueDate: string, issueDate?: string) {
      const data = await call<{ createInvoice: { invoice: { id: string; number: string } } }>(
        'mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id number } } }',
        { input: { salesOrderId, amount, dueDate, issueDate } },
      );
      return data.createInvoice.invoice;
    },
    async move(mutation: string, id: string, extra = '') {
      return call(`mutation ($id: ID!) { ${mutation}(id: $id${extra}) { invoice { status } } }`, {
        id,
      });
    },
  };
}
