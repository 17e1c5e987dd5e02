/** One sale (or won deal) to a customer: who made it and when. Customer and person are keys, compared as given. */
export interface CustomerSale {
  customer: string;
  person: string;
  /** A date serial. */
  date: number;
}

/** A customer won: the customer, the person credited and the day of the customer's first sale. */
export interface NewCustomer {
  customer: string;
  person: string;
  date: number;
}

/**
 * Who brought in each customer: the customer's first sale in the data, credited to the person who made
 * it. When several people sold to the customer on that first day, each of them is credited (as a split
 * sale credits each rep), so a customer may count once for each; a later sale to the customer by
 * anyone never counts as new.
 *
 * @param sales - every sale, in any order (the order only decides the order of the result)
 * @returns one entry per customer and person credited, in order of each customer's first appearance
 *
 * @example
 * newCustomers([{ customer: "Globex", person: "Ann", date: 46100 }, { customer: "Globex", person: "Bob", date: 46090 }])
 * // => [{ customer: "Globex", person: "Bob", date: 46090 }]
 */
export function newCustomers(sales: readonly CustomerSale[]): NewCustomer[] {
  const first = new Map<string, number>();
  for (const s of sales) {
    const day = first.get(s.customer);
    if (day === undefined || s.date < day) first.set(s.customer, s.date);
  }
  const credited = new Map<string, NewCustomer[]>([...first.keys()].map((c) => [c, []]));
  for (const s of sales) {
    const date = first.get(s.customer) as number;
    const list = credited.get(s.customer) as NewCustomer[];
    if (s.date === date && !list.some((n) => n.person === s.person)) list.push({ customer: s.customer, person: s.person, date });
  }
  return [...credited.values()].flat();
}
