import fc from "fast-check";
import { newCustomers, type CustomerSale } from "../../../src/core/ranking";

const sale = (customer: string, person: string, date: number): CustomerSale => ({ customer, person, date });

describe("newCustomers", () => {
  it("credits a customer to whoever made its first sale, whatever the order of the rows", () => {
    expect(newCustomers([sale("Globex", "Ann", 20), sale("Globex", "Bob", 10), sale("Hooli", "Ann", 15)])).toEqual([
      { customer: "Globex", person: "Bob", date: 10 },
      { customer: "Hooli", person: "Ann", date: 15 },
    ]);
  });

  it("never counts a repeat sale to a customer as new, even by someone else", () => {
    const won = newCustomers([sale("Globex", "Ann", 10), sale("Globex", "Ann", 11), sale("Globex", "Bob", 30)]);
    expect(won).toEqual([{ customer: "Globex", person: "Ann", date: 10 }]);
  });

  it("credits each person who sold to the customer on its first day, once each", () => {
    const won = newCustomers([sale("Globex", "Ann", 10), sale("Globex", "Bob", 10), sale("Globex", "Ann", 10)]);
    expect(won.map((n) => n.person)).toEqual(["Ann", "Bob"]);
  });

  it("returns nothing for no sales", () => {
    expect(newCustomers([])).toEqual([]);
  });

  it("credits every customer at least once, only on its earliest day, to someone who sold to it that day", () => {
    const sales = fc.array(fc.record({ customer: fc.constantFrom("A", "B", "C", "D"), person: fc.constantFrom("x", "y", "z"), date: fc.integer({ min: 1, max: 9 }) }), { maxLength: 40 });
    fc.assert(
      fc.property(sales, (list) => {
        const won = newCustomers(list);
        const customers = new Set(list.map((s) => s.customer));
        expect(new Set(won.map((n) => n.customer))).toEqual(customers);
        for (const n of won) {
          const earliest = Math.min(...list.filter((s) => s.customer === n.customer).map((s) => s.date));
          expect(n.date).toBe(earliest);
          expect(list.some((s) => s.customer === n.customer && s.person === n.person && s.date === n.date)).toBe(true);
        }
        expect(new Set(won.map((n) => `${n.customer}|${n.person}`)).size).toBe(won.length);
      }),
    );
  });
});
