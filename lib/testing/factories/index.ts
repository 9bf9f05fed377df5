// Factories for integration tests: each makes the rows a test needs (and their required parents) with
// unique names, codes, e-mails and SKUs, and returns plain objects with the ids. See docs/decisions.md.
export * from './assortment';
export * from './base';
export * from './carts';
export * from './catalog';
export * from './channels';
export * from './companies';
export * from './inventory';
export * from './orders';
export * from './people';
export * from './pricing';
export * from './unique';
