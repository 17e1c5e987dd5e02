export { bracketOf } from "./bracketOf";
export { groupRanks } from "./groupRanks";
export { improvement } from "./improvement";
export { listingOrder, placings } from "./placings";
export { isNewcomer, tenureMonths } from "./tenureMonths";
export { contestWindows, type ContestWindows } from "./contestWindows";
export { newCustomers, type CustomerSale, type NewCustomer } from "./newCustomers";
